#include "core/io/report.h"

#include <gtest/gtest.h>

#include "../diary/episode_builder.h"
#include "core/io/html.h"

using namespace core::io;
using core::diary::Episode;
using test_diary::Date;
using test_diary::MakeEpisode;

namespace {
std::size_t Count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}
ReportOptions Options() {
  ReportOptions options;
  options.as_of = Date(2026, 11, 29);
  options.generated_at = "2026-11-30T08:00:00Z";
  return options;
}
}  // namespace

TEST(Html, EscapesEverythingDangerous) {
  EXPECT_EQ(HtmlEscape("<script>alert('x') & \"y\"</script>"),
            "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
}

TEST(Html, BarChartIsInlineSvg) {
  const std::string svg = BarChartSvg({{"2026-W47", 3}, {"<b>", 0}}, "weekly");
  EXPECT_EQ(svg.rfind("<svg", 0), 0u);
  EXPECT_EQ(Count(svg, "<rect"), 2u);
  EXPECT_NE(svg.find("&lt;b&gt;"), std::string::npos);
  EXPECT_EQ(svg.find("<b>"), std::string::npos);
  EXPECT_NE(BarChartSvg({}, "empty").find("</svg>"), std::string::npos);
}

TEST(DoctorReport, StandalonePrintablePage) {
  std::vector<Episode> episodes;
  for (int i = 0; i < 10; ++i)
    episodes.push_back(MakeEpisode(static_cast<std::uint64_t>(i),
                                   test_diary::MorningAfter(Date(2026, 11, 2 + 2 * i)), 60 + i));
  const std::string html = DoctorReportHtml(episodes, Options());
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(html.find("@page { size: A4"), std::string::npos);
  EXPECT_NE(html.find("<svg"), std::string::npos);
  EXPECT_NE(html.find("2026-11-02 to 2026-11-29 (28 nights)"), std::string::npos);
  EXPECT_NE(html.find("No self-check recorded."), std::string::npos);
  // Nothing to fetch: no scripts, links, images, imports or remote URLs.
  for (const char* banned :
       {"<script", "<link", "<img", "<iframe", "@import", "url(", "src=", "href="})
    EXPECT_EQ(html.find(banned), std::string::npos) << banned;
  EXPECT_EQ(Count(html, "http"), Count(html, "http://www.w3.org/2000/svg"));
}

TEST(DoctorReport, UserTextIsEscaped) {
  Episode e = MakeEpisode(1, "2026-11-24T03:00:00+01:00");
  e.notes = "<script>alert(\"x\")</script> & <img src=x onerror=alert(1)>";
  ReportOptions options = Options();
  SelfCheckSummary check;
  check.level = "<b>routine</b>";
  check.rules.push_back({"frequent", "routine", "3 or more <i>a week</i>", "NHS & co"});
  check.medicines = {"statin", "<svg onload=alert(1)>"};
  options.self_check = check;
  const std::string html = DoctorReportHtml({e}, options);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("<img"), std::string::npos);
  EXPECT_EQ(html.find("<svg onload"), std::string::npos);
  EXPECT_EQ(html.find("<b>routine"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x"),
            std::string::npos);
  EXPECT_NE(html.find("3 or more &lt;i&gt;a week&lt;/i&gt;"), std::string::npos);
  EXPECT_NE(html.find("NHS &amp; co"), std::string::npos);
  EXPECT_NE(html.find("statin, &lt;svg onload=alert(1)&gt;"), std::string::npos);
}

TEST(DoctorReport, EmptyDiaryAndLimits) {
  const std::string empty = DoctorReportHtml({}, Options());
  EXPECT_NE(empty.find("no episodes up to 2026-11-29"), std::string::npos);
  std::vector<Episode> episodes;
  for (int i = 0; i < 30; ++i) {
    Episode e = MakeEpisode(static_cast<std::uint64_t>(i),
                            test_diary::MorningAfter(core::diary::AddDays(Date(2026, 11, 29), -i)));
    e.notes = "note " + std::to_string(i);
    episodes.push_back(e);
  }
  ReportOptions options = Options();
  options.max_notes = 5;
  options.max_episode_rows = 7;
  const std::string html = DoctorReportHtml(episodes, options);
  EXPECT_NE(html.find("25 older notes not shown."), std::string::npos);
  EXPECT_NE(html.find("23 more episodes not shown."), std::string::npos);
  EXPECT_NE(html.find("note 0<"), std::string::npos);  // newest first
  EXPECT_EQ(html.find("note 29<"), std::string::npos);
}
