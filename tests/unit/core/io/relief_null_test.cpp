// Issue 24 item 2: `relief` is an enum or null (null = not answered, DESIGN.md). Null
// round-trips through JSON and CSV; files from older versions, where every entry has a
// value, still import with that value.
#include <gtest/gtest.h>

#include <string>

#include "../diary/episode_builder.h"
#include "core/diary/episode.h"
#include "core/io/diary_json.h"
#include "core/io/episode_csv.h"
#include "core/io/episode_json.h"
#include "core/io/report.h"

namespace {

core::diary::Episode Unanswered() {
  core::diary::Episode e = test_diary::MakeEpisode(1, "2026-03-02T03:00:00+00:00");
  e.relief = std::nullopt;
  e.relief_helped = std::nullopt;
  return e;
}

}  // namespace

TEST(ReliefNull, JsonWritesNullAndReadsItBack) {
  const core::diary::Episode e = Unanswered();
  const std::string json = core::io::ExportDiaryJson({e}, "2026-03-03T00:00:00Z");
  EXPECT_NE(json.find("\"relief\":null"), std::string::npos) << json;
  const auto parsed = core::io::ParseDiaryJson(json);
  ASSERT_TRUE(parsed.Ok());
  ASSERT_EQ(parsed.episodes.size(), 1u);
  EXPECT_EQ(parsed.episodes[0], e);
}

TEST(ReliefNull, CsvWritesAnEmptyCellAndReadsItBack) {
  const core::diary::Episode e = Unanswered();
  const auto parsed = core::io::ParseDiaryCsv(core::io::ExportDiaryCsv({e}));
  ASSERT_TRUE(parsed.Ok());
  ASSERT_EQ(parsed.episodes.size(), 1u);
  EXPECT_FALSE(parsed.episodes[0].relief.has_value());
  EXPECT_EQ(parsed.episodes[0], e);
}

TEST(ReliefNull, AnOlderFileWithAValueStillImports) {
  core::diary::Episode e = Unanswered();
  e.relief = core::diary::Relief::kNone;  // older versions wrote "none" for every entry
  const auto json =
      core::io::ParseDiaryJson(core::io::ExportDiaryJson({e}, "2026-03-03T00:00:00Z"));
  ASSERT_TRUE(json.Ok());
  EXPECT_EQ(json.episodes.at(0).relief, core::diary::Relief::kNone);
  const auto csv = core::io::ParseDiaryCsv(core::io::ExportDiaryCsv({e}));
  ASSERT_TRUE(csv.Ok());
  EXPECT_EQ(csv.episodes.at(0).relief, core::diary::Relief::kNone);
}

TEST(ReliefNull, AReliefThatIsNeitherAStringNorNullIsRefused) {
  std::string json = core::io::ExportDiaryJson({Unanswered()}, "2026-03-03T00:00:00Z");
  const std::size_t at = json.find("\"relief\":null");
  ASSERT_NE(at, std::string::npos);
  json.replace(at, 13, "\"relief\":3");
  EXPECT_FALSE(core::io::ParseDiaryJson(json).Ok());
}
