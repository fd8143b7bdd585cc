#include "core/io/report.h"

#include <gtest/gtest.h>

#include "../diary/episode_builder.h"
#include "core/diary/stats.h"
#include "core/i18n/language.h"
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
  EXPECT_NE(html.find("<html lang=\"en\">"), std::string::npos);
  EXPECT_NE(html.find("Period: Mon 2 Nov 2026 to Sun 29 Nov 2026 (28 nights)."), std::string::npos);
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
  // A known id in the self-check's words, anything else as given (escaped).
  EXPECT_NE(html.find("A statin, &lt;svg onload=alert(1)&gt;"), std::string::npos);
}

TEST(DoctorReport, EmptyDiaryAndLimits) {
  const std::string empty = DoctorReportHtml({}, Options());
  EXPECT_NE(empty.find("no episodes up to Sun 29 Nov 2026"), std::string::npos);
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

// [SECTION] Languages

namespace {
std::vector<Episode> TwoEpisodes() {
  Episode first = MakeEpisode(1, "2026-11-24T03:10:00+08:00", 90);
  first.notes = "left calf";
  first.relief_helped = true;
  Episode second = MakeEpisode(2, "2026-12-02T02:05:00+08:00", 45);
  second.triggers.Add(core::diary::Trigger::kCold);
  return {first, second};
}

ReportOptions ZhOptions() {
  ReportOptions options;
  options.as_of = Date(2026, 12, 2);
  options.generated_at = "2026-12-02T08:00:00Z";
  options.language = core::i18n::Language::kZhHans;
  SelfCheckSummary check;
  check.level = "urgent";
  check.assessed_at = "最近一次的答案";
  check.rules.push_back({"dvt", "urgent", "一侧小腿肿胀", "NHS"});
  check.medicines = {"statin"};
  options.self_check = check;
  return options;
}
}  // namespace

TEST(DoctorReport, ChineseHeadingsDatesAndLang) {
  const std::string html = DoctorReportHtml(TwoEpisodes(), ZhOptions());
  EXPECT_NE(html.find("<html lang=\"zh-Hans\">"), std::string::npos);
  for (const char* heading :
       {"<title>夜间腿抽筋日记 - CrampCheck 报告</title>", "<h1>夜间腿抽筋日记</h1>",
        "<h2>概况</h2>", "<h2>每周次数</h2>", "<h2>持续时间</h2>", "<h2>部位和侧别</h2>",
        "<h2>诱因</h2>", "<h2>缓解方法</h2>", "<h2>最近一次自查</h2>", "<h2>备注</h2>",
        "<h2>最近12周的抽筋记录</h2>"})
    EXPECT_NE(html.find(heading), std::string::npos) << heading;
  // The period from the first night (23 Nov, the night of the 24th's 03:10) to as_of.
  EXPECT_NE(html.find("记录期间：2026年11月23日 周一至2026年12月2日 周三（共10晚）。"),
            std::string::npos);
  // Entries as the clock showed them, durations in Chinese units.
  EXPECT_NE(html.find("11月24日 周二 03:10"), std::string::npos);
  EXPECT_NE(html.find("12月2日 周三 02:05"), std::string::npos);
  EXPECT_NE(html.find("1分30秒"), std::string::npos);
  EXPECT_NE(html.find("45秒"), std::string::npos);
  EXPECT_NE(html.find("小腿后侧（小腿肚），左侧"), std::string::npos);
  EXPECT_NE(html.find("拉伸（有效）"), std::string::npos);
  EXPECT_NE(html.find("受凉"), std::string::npos);
  // The self-check: the glossary's level words, rule message as given, medicine in Chinese.
  EXPECT_NE(html.find("结果：<span class=\"level\">当天就医（夜间请立即就医）</span>"),
            std::string::npos);
  EXPECT_NE(html.find("<td>dvt</td>"), std::string::npos) << "ids are never translated";
  EXPECT_NE(html.find("一侧小腿肿胀"), std::string::npos);
  EXPECT_NE(html.find("他汀类降脂药"), std::string::npos);
  EXPECT_NE(html.find("由 CrampCheck "), std::string::npos);
  EXPECT_NE(html.find("2026年12月2日 周三 08:00（UTC）"), std::string::npos);
  // No English word of the report's own is left.
  for (const char* english : {"Summary", "Period", "Episodes", "nights", "Relief", "Notes",
                              "Generated", "not a diagnosis", "calf_back", " min ", "Dec"})
    EXPECT_EQ(html.find(english), std::string::npos) << english;
}

TEST(DoctorReport, EnglishDatesDurationsAndWords) {
  ReportOptions options = ZhOptions();
  options.language = core::i18n::Language::kEn;
  options.self_check->medicines.clear();
  const std::string html = DoctorReportHtml(TwoEpisodes(), options);
  EXPECT_NE(html.find("<html lang=\"en\">"), std::string::npos);
  EXPECT_NE(html.find("Period: Mon 23 Nov 2026 to Wed 2 Dec 2026 (10 nights)."), std::string::npos);
  EXPECT_NE(html.find("Tue 24 Nov 03:10"), std::string::npos);
  EXPECT_NE(html.find("1 min 30 s"), std::string::npos);
  EXPECT_NE(html.find("back of calf, left"), std::string::npos);
  EXPECT_NE(html.find("stretching (yes)"), std::string::npos);
  EXPECT_NE(html.find("urgent: get medical advice today (at night: now)"), std::string::npos);
  EXPECT_NE(html.find("Medicines started before the cramps: none answered"), std::string::npos);
  EXPECT_NE(html.find("Generated Wed 2 Dec 2026 08:00 UTC by CrampCheck "), std::string::npos);
}

TEST(DoctorReport, ChineseWeeklyChartIsLabelledByTheWeeksLastNight) {
  const std::string html = DoctorReportHtml(TwoEpisodes(), ZhOptions());
  // As Trends names them: 7 nights ending on the as-of night (2 Dec), and the 3 before it.
  EXPECT_NE(html.find(">11月25日</text>"), std::string::npos);
  EXPECT_NE(html.find(">12月2日</text>"), std::string::npos);
  EXPECT_EQ(html.find("-W4"), std::string::npos);
}

// [SECTION] What the doctor reads (issue 14, item 7): nights, frequency per week, the
// duration trend, pain where rated, relief that helped, triggers with counts and the last
// self-check with its fired rules, kept short enough for one or two A4 pages.

namespace {

// Six weeks of cramps, one night in two (41 nights covered), with what the person entered.
std::vector<Episode> SixWeeks() {
  std::vector<Episode> episodes;
  for (int i = 0; i < 21; ++i) {
    Episode e =
        MakeEpisode(static_cast<std::uint64_t>(i),
                    test_diary::MorningAfter(core::diary::AddDays(Date(2026, 11, 29), -2 * i)),
                    260 - 10 * i);  // newest longest: getting longer
    if (i % 3 == 0) e.pain.reset();
    if (i % 3 == 1) e.pain = 4;
    if (i % 3 == 2) e.pain = 8;
    e.relief = i % 2 ? core::diary::Relief::kHeat : core::diary::Relief::kStretch;
    e.relief_helped = i % 2 == 0;
    if (i % 4 == 0) e.triggers.Add(core::diary::Trigger::kHardExercise);
    e.notes = "note " + std::to_string(i);
    episodes.push_back(e);
  }
  return episodes;
}

ReportOptions WithSelfCheck() {
  ReportOptions options = Options();
  SelfCheckSummary check;
  check.level = "soon";
  check.rules.push_back({"long_episodes", "soon", "cramps usually last longer than 10 minutes",
                         "NHS \"Leg cramps\""});
  options.self_check = check;
  return options;
}

}  // namespace

TEST(ReportContents, EverythingTheDoctorAsksForIsThere) {
  const std::string html = DoctorReportHtml(SixWeeks(), WithSelfCheck());
  EXPECT_NE(html.find("<th>Nights with cramps</th><td>21 of 41 nights</td>"), std::string::npos);
  EXPECT_NE(html.find("<th>Episodes per week (last 4 weeks)</th><td>3.5</td>"), std::string::npos);
  EXPECT_NE(html.find("getting longer"), std::string::npos) << "the duration trend";
  EXPECT_NE(html.find("<th>Rated</th><td>14 of 21 episodes"), std::string::npos) << "pain rated";
  EXPECT_NE(html.find("<th>Lowest / highest</th><td>4 / 8</td>"), std::string::npos);
  // Relief: stretching was used 11 times and helped every time; heat 10 times, never.
  EXPECT_NE(html.find("<td>stretching</td><td class=\"n\">11</td><td class=\"n\">11</td>"),
            std::string::npos);
  EXPECT_NE(html.find("<td>heat</td><td class=\"n\">10</td><td class=\"n\">0</td>"),
            std::string::npos);
  EXPECT_NE(html.find("<td>hard exercise</td><td class=\"n\">6</td>"), std::string::npos)
      << "triggers with counts";
  EXPECT_NE(html.find("<td>long_episodes</td>"), std::string::npos) << "the fired rule";
  EXPECT_NE(html.find("cramps usually last longer than 10 minutes"), std::string::npos);
}

TEST(ReportContents, ALongDiaryStaysShortEnoughToPrintOnTwoPages) {
  std::vector<Episode> episodes;
  for (int i = 0; i < 84; ++i) {
    Episode e = MakeEpisode(static_cast<std::uint64_t>(i),
                            test_diary::MorningAfter(core::diary::AddDays(Date(2026, 11, 29), -i)));
    e.notes = "note " + std::to_string(i);
    episodes.push_back(e);
  }
  const std::string html = DoctorReportHtml(episodes, WithSelfCheck());
  EXPECT_NE(html.find("@page { size: A4;"), std::string::npos);
  EXPECT_NE(html.find("@media print"), std::string::npos);
  // Newest rows only, and the rest counted: the exported file has them all.
  EXPECT_LE(Count(html, "<td class=\"when\">"), 12u);
  EXPECT_NE(html.find("72 more episodes not shown."), std::string::npos);
  EXPECT_LE(Count(html, "<td class=\"note\">"), 4u);
  EXPECT_NE(html.find("80 older notes not shown."), std::string::npos);
  EXPECT_NE(html.find("note 0<"), std::string::npos) << "the newest note is shown";
}

// Issue 24 item 2: a relief nobody gave reads "not answered" / "未填写", never "nothing".
TEST(DoctorReport, UnansweredReliefIsNotNothing) {
  Episode e = MakeEpisode(1, "2026-12-01T03:10:00+08:00", 60);
  e.relief = std::nullopt;
  ReportOptions options = ZhOptions();
  options.language = core::i18n::Language::kEn;
  const std::string en = DoctorReportHtml({e}, options);
  EXPECT_NE(en.find("<td>not answered</td>"), std::string::npos);
  EXPECT_EQ(en.find("<td>nothing</td>"), std::string::npos);
  const std::string zh = DoctorReportHtml({e}, ZhOptions());
  EXPECT_NE(zh.find("<td>未填写</td>"), std::string::npos);
  EXPECT_EQ(zh.find("什么都没做</td>"), std::string::npos);
}

// --- trends: one week definition in the app and the report ---
TEST(Report, WeeklyChartHasTheWeeksTrendsShowsWithTheirLabelsAndCounts) {
  // First entry on Tue 1 Dec; as of Mon 7 Dec: one week of 7 nights, "7 Dec", 6 cramps.
  std::vector<Episode> episodes;
  for (int day = 1; day <= 6; ++day)
    episodes.push_back(MakeEpisode(day, test_diary::MorningAfter(Date(2026, 12, day + 1)), 60));
  ReportOptions options = Options();
  options.as_of = Date(2026, 12, 7);
  const std::string html = DoctorReportHtml(episodes, options);
  const auto stats = core::diary::ComputeStats(episodes, options.as_of);
  const auto recent = core::diary::LastWeeks(stats, 26);
  ASSERT_EQ(recent.weeks.size(), 1u);
  EXPECT_EQ(recent.weeks[0].episodes, 6);
  EXPECT_NE(html.find("<title>7 Dec: 6</title>"), std::string::npos)
      << "the bar Trends labels \"7 Dec\" holds the same 6 cramps";
  EXPECT_EQ(Count(html, "<rect "), 1u) << "no bar for weeks before the diary began";
  EXPECT_NE(html.find("Cramps per week"), std::string::npos) << "the chart has a title";
}

TEST(Report, FooterShowsTheLocalTimeItWasMade) {
  ReportOptions options = Options();
  options.generated_at = "2026-12-08T07:30:00+08:00";
  const std::string html = DoctorReportHtml({}, options);
  EXPECT_NE(html.find("07:30"), std::string::npos);
  EXPECT_EQ(html.find("UTC"), std::string::npos);
}

TEST(Report, ReadsOnAPhone) {
  const std::string html = DoctorReportHtml({}, Options());
  EXPECT_NE(html.find("name=\"viewport\" content=\"width=device-width"), std::string::npos);
  EXPECT_NE(html.find("@media screen and (max-width: 700px)"), std::string::npos);
  EXPECT_NE(html.find("padding: 0 16px"), std::string::npos) << "text kept off the screen's edges";
}

TEST(Report, NotEnoughToTellGivesTheSlopesRange) {
  // About 5 s a week under +-60 s of scatter: the report says so, with the interval.
  std::vector<Episode> episodes;
  for (int i = 0; i < 10; ++i) {
    const int duration = 120 + 4 * i + ((i * 37) % 3 - 1) * 60;
    episodes.push_back(MakeEpisode(
        i + 1, test_diary::MorningAfter(core::diary::AddDays(Date(2026, 11, 29), -5 * (9 - i))),
        duration));
  }
  const std::string html = DoctorReportHtml(episodes, Options());
  const auto at = html.find("not enough to tell: ");
  ASSERT_NE(at, std::string::npos);
  const std::string line = html.substr(at, html.find("</td>", at) - at);
  EXPECT_NE(line.find(" s per week, but anywhere from -"), std::string::npos) << line;
  EXPECT_NE(line.find("(Theil-Sen, 95% interval, 10 episodes, last 12 weeks)"), std::string::npos)
      << line;
}
