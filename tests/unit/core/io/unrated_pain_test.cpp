// Pain a person did not rate is null, everywhere: stored, exported, imported, counted and
// reported, and never turned into a number nobody entered (issue 14, item 3).
#include <gtest/gtest.h>

#include <string>

#include "../diary/episode_builder.h"
#include "core/diary/quick_log.h"
#include "core/diary/stats.h"
#include "core/io/diary_json.h"
#include "core/io/episode_csv.h"
#include "core/io/episode_json.h"
#include "core/io/report.h"
#include "core/io/stats_json.h"

using core::diary::Episode;
using test_diary::MakeEpisode;

namespace {

Episode Unrated(std::uint64_t n, const std::string& started_at) {
  Episode e = MakeEpisode(n, started_at);
  e.pain.reset();
  return e;
}

Episode Rated(std::uint64_t n, const std::string& started_at, int pain) {
  Episode e = MakeEpisode(n, started_at);
  e.pain = pain;
  return e;
}

}  // namespace

TEST(UnratedPain, CrampNowLeavesPainUnrated) {
  core::diary::QuickLogStart start;
  start.started = {1795374720, 480};
  const Episode e =
      core::diary::MakeQuickEpisode(start, {1795374800, 480}, 80.0, test_diary::IdFor(1));
  EXPECT_FALSE(e.pain.has_value()) << "no invented 5";
  EXPECT_TRUE(core::diary::ValidateEpisode(e).empty());
}

TEST(UnratedPain, JsonWritesNullAndReadsItBack) {
  const Episode e = Unrated(1, "2026-11-23T03:12:00+08:00");
  const std::string json = core::io::EpisodeToJson(e);
  EXPECT_NE(json.find("\"pain\":null"), std::string::npos) << json;
  const auto parsed =
      core::io::ParseDiaryJson(core::io::ExportDiaryJson({e}, "2026-11-24T00:00:00Z"));
  ASSERT_TRUE(parsed.Ok());
  ASSERT_EQ(parsed.episodes.size(), 1u);
  EXPECT_EQ(parsed.episodes[0], e);
  EXPECT_FALSE(parsed.episodes[0].pain.has_value());
}

TEST(UnratedPain, OlderFilesWithNumbersStillImport) {
  const std::string older =
      R"({"format":"crampcheck-diary","version":1,"exported_at":"2026-11-24T00:00:00Z","episodes":[)"
      R"({"id":")" +
      test_diary::IdFor(1) +
      R"(","started_at":"2026-11-23T03:12:00+08:00","duration_s":90,"muscle":"calf_back",)"
      R"("side":"left","pain":5,"woke_from_sleep":true,"triggers":[],"relief":"stretch",)"
      R"("relief_helped":null,"notes":"","created_at":"2026-11-22T19:15:00Z",)"
      R"("updated_at":"2026-11-22T19:15:00Z"}]})";
  const auto parsed = core::io::ParseDiaryJson(older);
  ASSERT_TRUE(parsed.Ok());
  EXPECT_EQ(parsed.episodes[0].pain, 5);
}

TEST(UnratedPain, JsonRefusesOtherKindsAndStillWantsTheField) {
  for (const char* value : {"\"5\"", "5.5", "true", "11", "-1"}) {
    nlohmann::json j =
        nlohmann::json::parse(core::io::EpisodeToJson(Rated(1, "2026-11-23T03:12:00+08:00", 3)));
    j["pain"] = nlohmann::json::parse(value);
    const auto parsed = core::io::ReadEpisodeRecords("[" + j.dump() + "]");
    EXPECT_FALSE(parsed.Ok()) << value;
  }
  nlohmann::json j =
      nlohmann::json::parse(core::io::EpisodeToJson(Rated(1, "2026-11-23T03:12:00+08:00", 3)));
  j.erase("pain");
  EXPECT_FALSE(core::io::ReadEpisodeRecords("[" + j.dump() + "]").Ok()) << "missing is not null";
}

TEST(UnratedPain, CsvHasAnEmptyCellBothWays) {
  const Episode unrated = Unrated(1, "2026-11-23T03:12:00+08:00");
  const Episode rated = Rated(2, "2026-11-22T03:12:00+08:00", 7);
  const std::string csv = core::io::ExportDiaryCsv({unrated, rated});
  EXPECT_NE(csv.find(",left,,true,"), std::string::npos) << csv;
  EXPECT_NE(csv.find(",left,7,true,"), std::string::npos) << csv;
  const auto parsed = core::io::ParseDiaryCsv(csv);
  ASSERT_TRUE(parsed.Ok());
  ASSERT_EQ(parsed.episodes.size(), 2u);
  EXPECT_EQ(parsed.episodes[0], unrated);
  EXPECT_EQ(parsed.episodes[1], rated);
}

TEST(UnratedPain, CsvRefusesAPainThatIsNotANumber) {
  std::string csv = core::io::ExportDiaryCsv({Rated(1, "2026-11-23T03:12:00+08:00", 7)});
  csv.replace(csv.find(",left,7,"), 8, ",left,x,");
  const auto parsed = core::io::ParseDiaryCsv(csv);
  ASSERT_FALSE(parsed.Ok());
  EXPECT_EQ(parsed.issues[0].field, "pain");
}

TEST(UnratedPain, StatisticsLeaveUnratedOutOfPainFigures) {
  const std::vector<Episode> episodes = {
      Rated(1, "2026-11-20T03:00:00+08:00", 2), Unrated(2, "2026-11-21T03:00:00+08:00"),
      Rated(3, "2026-11-22T03:00:00+08:00", 8), Unrated(4, "2026-11-23T03:00:00+08:00")};
  const auto stats = core::diary::ComputeStats(episodes, test_diary::Date(2026, 11, 23));
  EXPECT_EQ(stats.total_episodes, 4);
  EXPECT_EQ(stats.pain.rated, 2);
  EXPECT_EQ(stats.pain.not_rated, 2);
  EXPECT_EQ(stats.pain.median, 5);  // (2 + 8) / 2, not pulled towards any default
  EXPECT_EQ(stats.pain.min, 2);
  EXPECT_EQ(stats.pain.max, 8);
  EXPECT_DOUBLE_EQ(stats.pain.mean, 5.0);
  const auto json = core::io::StatsToJson(stats);
  EXPECT_EQ(json["pain"]["rated"], 2);
  EXPECT_EQ(json["pain"]["not_rated"], 2);

  const auto none =
      core::diary::ComputeStats({episodes[1], episodes[3]}, test_diary::Date(2026, 11, 23));
  EXPECT_EQ(none.pain.rated, 0);
  EXPECT_FALSE(none.pain.median.has_value());
  EXPECT_TRUE(core::io::StatsToJson(none)["pain"]["mean"].is_null());
}

TEST(UnratedPain, TheReportShowsOnlyPainThatWasRated) {
  core::io::ReportOptions options;
  options.as_of = test_diary::Date(2026, 11, 23);
  const std::string unrated_only =
      core::io::DoctorReportHtml({Unrated(1, "2026-11-23T03:00:00+08:00")}, options);
  EXPECT_NE(unrated_only.find("No pain was rated."), std::string::npos);
  EXPECT_NE(unrated_only.find(">not rated<"), std::string::npos) << "the episode row says so";
  EXPECT_EQ(unrated_only.find("<td class=\"n\">5</td>"), std::string::npos) << "no invented 5";

  const std::string mixed = core::io::DoctorReportHtml(
      {Unrated(1, "2026-11-23T03:00:00+08:00"), Rated(2, "2026-11-22T03:00:00+08:00", 6)}, options);
  EXPECT_NE(mixed.find("1 of 2 episodes"), std::string::npos);
  EXPECT_NE(mixed.find("<th>Typical (median)</th><td>6</td>"), std::string::npos) << mixed;
}
