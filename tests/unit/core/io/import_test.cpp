#include "core/io/import.h"

#include <gtest/gtest.h>

#include "../diary/episode_builder.h"
#include "core/io/diary_json.h"
#include "core/io/episode_csv.h"

using namespace core::io;
using core::diary::Diary;
using core::diary::Episode;
using test_diary::MakeEpisode;

namespace {
Episode At(std::uint64_t n, const char* updated_at, int duration_s = 60) {
  Episode e = MakeEpisode(n, "2026-11-23T03:12:00+08:00", duration_s);
  e.updated_at = updated_at;
  return e;
}
std::string Json(const std::vector<Episode>& episodes) {
  return ExportDiaryJson(episodes, "2026-11-24T00:00:00Z");
}
}  // namespace

TEST(Import, DetectsFormat) {
  EXPECT_EQ(DetectFormat("{\"format\":1}"), ImportFormat::kJson);
  EXPECT_EQ(DetectFormat("\xEF\xBB\xBF \r\n\t{"), ImportFormat::kJson);
  EXPECT_EQ(DetectFormat("[1]"), ImportFormat::kJson);
  EXPECT_EQ(DetectFormat("id,started_at"), ImportFormat::kCsv);
  EXPECT_EQ(DetectFormat(""), ImportFormat::kCsv);
}

TEST(Import, MergeRules) {
  const std::vector<Episode> existing = {
      At(1, "2026-02-01T00:00:00Z"),      // file has a newer copy: updated
      At(2, "2026-02-01T00:00:00Z"),      // file has an older copy: kept
      At(3, "2026-02-01T00:00:00Z"),      // identical: unchanged
      At(4, "2026-02-01T00:00:00Z"),      // same time, different content: ours kept
      At(5, "2026-02-01T00:00:00.100Z"),  // fraction decides: file is newer
  };
  const std::vector<Episode> incoming = {
      At(1, "2026-03-01T00:00:00Z", 300),     At(2, "2026-01-15T00:00:00Z", 300),
      At(3, "2026-02-01T00:00:00Z"),          At(4, "2026-02-01T00:00:00Z", 300),
      At(5, "2026-02-01T00:00:00.200Z", 300), At(6, "2026-02-01T00:00:00Z")};
  for (const auto& text : {Json(incoming), ExportDiaryCsv(incoming)}) {
    const ImportPlan plan = PlanImport(existing, text);
    ASSERT_TRUE(plan.Valid());
    EXPECT_EQ(plan.rows, 6);
    ASSERT_EQ(plan.to_add.size(), 1u);
    EXPECT_EQ(plan.to_add[0].id, test_diary::IdFor(6));
    ASSERT_EQ(plan.to_update.size(), 2u);
    EXPECT_EQ(plan.to_update[0].id, test_diary::IdFor(1));
    EXPECT_EQ(plan.to_update[1].id, test_diary::IdFor(5));
    EXPECT_EQ(plan.unchanged, 1);
    EXPECT_EQ(plan.kept_existing, 2);

    auto diary = Diary::FromEpisodes(existing);
    ASSERT_TRUE(diary);
    ASSERT_TRUE(ApplyImport(*diary, plan).ok);
    EXPECT_EQ(diary->Size(), 6u);
    EXPECT_EQ(diary->Find(test_diary::IdFor(1))->duration_s, 300);
    EXPECT_EQ(diary->Find(test_diary::IdFor(2))->duration_s, 60);
    EXPECT_EQ(diary->Find(test_diary::IdFor(4))->duration_s, 60);
    EXPECT_EQ(diary->Find(test_diary::IdFor(5))->duration_s, 300);
    ASSERT_TRUE(diary->Undo());  // the whole import is one step
    EXPECT_EQ(diary->Episodes(), existing);
  }
}

TEST(Import, PlanningChangesNothing) {
  auto diary = Diary::FromEpisodes({At(1, "2026-02-01T00:00:00Z")});
  ASSERT_TRUE(diary);
  const auto before = diary->Episodes();
  const ImportPlan plan = PlanImport(diary->Episodes(), Json({At(2, "2026-02-01T00:00:00Z")}));
  EXPECT_EQ(plan.to_add.size(), 1u);
  EXPECT_EQ(diary->Episodes(), before);
  EXPECT_FALSE(diary->CanUndo());
}

TEST(Import, InvalidFileChangesNothing) {
  auto diary = Diary::FromEpisodes({At(1, "2026-02-01T00:00:00Z")});
  ASSERT_TRUE(diary);
  const auto before = diary->Episodes();
  Episode bad = At(3, "2026-02-01T00:00:00Z");
  bad.pain = 42;
  // Two good rows and one bad one: none is imported.
  std::string text = Json({At(2, "2026-02-01T00:00:00Z"), At(1, "2026-05-01T00:00:00Z")});
  const std::string bad_json = "{\"id\":\"" + bad.id + "\"}";
  text.insert(text.rfind(']'), "," + bad_json);
  const ImportPlan plan = PlanImport(diary->Episodes(), text);
  EXPECT_FALSE(plan.Valid());
  EXPECT_TRUE(plan.to_add.empty());
  EXPECT_TRUE(plan.to_update.empty());
  ASSERT_FALSE(plan.issues.empty());
  EXPECT_EQ(plan.issues[0].location, "episodes[2]");
  EXPECT_FALSE(ApplyImport(*diary, plan).ok);
  EXPECT_EQ(diary->Episodes(), before);
}

TEST(Import, CsvErrorsAreReportedByLine) {
  std::string csv = ExportDiaryCsv({At(1, "2026-02-01T00:00:00Z"), At(2, "2026-02-01T00:00:00Z")});
  csv.replace(csv.find("calf_back"), 9, "calf_side");
  const ImportPlan plan = PlanImport({}, csv);
  EXPECT_EQ(plan.format, ImportFormat::kCsv);
  ASSERT_EQ(plan.issue_count, 1);
  EXPECT_EQ(FormatIssue(plan.issues[0]), "line 2: muscle: unknown value \"calf_side\"");
}

TEST(Import, GarbageNeverThrows) {
  const std::vector<std::string> inputs = {"",
                                           "{",
                                           "[",
                                           "null",
                                           "\"x\"",
                                           "{\"episodes\":[null,[],{}]}",
                                           "\xFF\xFE",
                                           "a,b\n\"",
                                           std::string(1, '\0'),
                                           "{\"format\":\"crampcheck-diary\",\"version\":1e400}",
                                           std::string(10000, '['),
                                           "id\n" + std::string(5000, ',')};
  for (const auto& text : inputs) {
    const ImportPlan plan = PlanImport({}, text);
    EXPECT_FALSE(plan.Valid()) << text.substr(0, 20);
  }
}
