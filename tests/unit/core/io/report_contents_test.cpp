// What the doctor reads (issue 14, item 7): nights, frequency per week, the duration trend,
// pain where rated, relief that helped, triggers with counts and the last self-check with
// its fired rules, kept short enough for one or two A4 pages.
#include <gtest/gtest.h>

#include "../diary/episode_builder.h"
#include "core/io/report.h"

using core::diary::Episode;
using core::io::DoctorReportHtml;
using core::io::ReportOptions;
using test_diary::Date;
using test_diary::MakeEpisode;

namespace {

std::size_t Count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

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
  ReportOptions options;
  options.as_of = Date(2026, 11, 29);
  options.generated_at = "2026-11-30T08:00:00Z";
  core::io::SelfCheckSummary check;
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
