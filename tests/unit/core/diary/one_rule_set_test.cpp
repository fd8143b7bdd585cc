// One set of rules for every way an episode enters: the entry editor, import (JSON and CSV)
// and storage load refuse the same things for the same reason (issue 24, item 11).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/diary/entry_rules.h"
#include "core/diary/timestamp.h"
#include "core/io/diary_json.h"
#include "core/io/episode_csv.h"
#include "core/io/episode_json.h"
#include "core/io/import.h"
#include "core/storage/stored_records.h"
#include "episode_builder.h"

using core::diary::Episode;
using core::diary::FieldError;
using core::io::ImportPlan;
using core::io::PlanImport;
using test_diary::MakeEpisode;

namespace {

const std::int64_t kNow = core::diary::ParseTimestamp("2026-11-23T03:12:00+08:00",
                                                      core::diary::TimestampKind::kLocalWithOffset)
                              ->UtcSeconds();

// Both export formats of `episode`, as a file a person would import.
std::vector<std::string> Files(const Episode& episode) {
  return {core::io::ExportDiaryJson({episode}, "2026-11-24T00:00:00Z"),
          core::io::ExportDiaryCsv({episode})};
}

const FieldError* ErrorFor(const std::vector<FieldError>& errors, const std::string& field) {
  for (const FieldError& error : errors)
    if (error.field == field) return &error;
  return nullptr;
}

// The editor's reason for `field` must be the import's reason for the same record.
void ExpectImportRefusesAsTheEditor(const Episode& episode, const std::string& field,
                                    const std::string& reason) {
  const auto editor = core::diary::ValidateEntry(episode, kNow);
  const FieldError* error = ErrorFor(editor, field);
  ASSERT_NE(error, nullptr) << field;
  EXPECT_EQ(error->reason, reason);
  for (const std::string& file : Files(episode)) {
    const ImportPlan plan = PlanImport({}, file);
    EXPECT_FALSE(plan.Valid());
    ASSERT_EQ(plan.issue_count, 1) << file;
    EXPECT_EQ(plan.issues[0].field, field);
    EXPECT_EQ(plan.issues[0].message, error->message);
    EXPECT_TRUE(plan.to_add.empty());
  }
}

}  // namespace

TEST(OneRuleSet, ACrampIn1900IsRefusedByImportWithTheEditorsReason) {
  const Episode episode = MakeEpisode(1, "1900-03-04T03:00:00+08:00");
  ExpectImportRefusesAsTheEditor(episode, "started_at", "before_2000");
  EXPECT_TRUE(
      core::diary::ValidateEntry(MakeEpisode(1, "2000-01-01T00:00:00+08:00"), kNow).empty());
}

TEST(OneRuleSet, ANoteWithANulOrABellIsRefusedByImportAndTheEditor) {
  for (const std::string& notes : {std::string("woke\0up", 7), std::string("woke\x07up"),
                                   std::string("del\x7F"), std::string("c1 \xC2\x85 line")}) {
    Episode episode = MakeEpisode(1, "2026-11-23T03:00:00+08:00");
    episode.notes = notes;
    ExpectImportRefusesAsTheEditor(episode, "notes", "notes_control");
  }
}

TEST(OneRuleSet, TabAndNewlineInNotesAreKept) {
  Episode episode = MakeEpisode(1, "2026-11-23T03:00:00+08:00");
  episode.notes = "calf\tleft\nwoke at 3\n\tstretched";
  EXPECT_TRUE(core::diary::ValidateEntry(episode, kNow).empty());
  for (const std::string& file : Files(episode)) {
    const ImportPlan plan = PlanImport({}, file);
    ASSERT_TRUE(plan.Valid()) << file;
    ASSERT_EQ(plan.to_add.size(), 1u);
    EXPECT_EQ(plan.to_add[0].notes, episode.notes);
  }
}

TEST(OneRuleSet, AStoredRecordBreakingTheRulesIsNamedAndKeptNotDropped) {
  core::storage::Snapshot snapshot;
  core::storage::EpisodeRecordReader reader(snapshot);
  const Episode good = MakeEpisode(1, "2026-11-23T03:00:00+08:00");
  Episode old = MakeEpisode(2, "1900-11-23T03:00:00+08:00");
  Episode bell = MakeEpisode(3, "2026-11-23T03:00:00+08:00");
  bell.notes = "a\x07";
  for (const Episode& e : {good, old, bell})
    reader.AddValue(e.id, nlohmann::json::parse(core::io::EpisodeToJson(e)));
  ASSERT_EQ(snapshot.episodes.size(), 1u);
  EXPECT_EQ(snapshot.episodes[0].id, good.id);
  ASSERT_EQ(snapshot.problems.size(), 2u);
  EXPECT_NE(snapshot.problems[0].find("2000"), std::string::npos) << snapshot.problems[0];
  EXPECT_NE(snapshot.problems[1].find("control"), std::string::npos) << snapshot.problems[1];
  EXPECT_NE(core::storage::ProblemsSummary(snapshot).find("kept"), std::string::npos);
}

TEST(OneRuleSet, ImportRefusesACrampADayOrMoreInTheFutureWithTheEditorsReason) {
  const Episode ahead = MakeEpisode(1, "2026-11-25T03:12:00+08:00");  // two days after kNow
  const auto editor_errors = core::diary::ValidateEntry(ahead, kNow);
  const FieldError* editor = ErrorFor(editor_errors, "started_at");
  ASSERT_NE(editor, nullptr);
  EXPECT_EQ(editor->reason, "in_future");
  const std::vector<std::string> files = Files(ahead);
  const ImportPlan json = PlanImport({}, files[0], kNow);
  ASSERT_EQ(json.issue_count, 1);
  EXPECT_EQ(core::io::FormatIssue(json.issues[0]), "episodes[0]: started_at: " + editor->message);
  const ImportPlan csv = PlanImport({}, files[1], kNow);
  ASSERT_EQ(csv.issue_count, 1);
  EXPECT_EQ(core::io::FormatIssue(csv.issues[0]), "line 2: started_at: " + editor->message);
  EXPECT_TRUE(csv.to_add.empty());
  // Another device's clock a few hours ahead is not a typo.
  const Episode hours_ahead = MakeEpisode(1, "2026-11-23T09:12:00+08:00");
  for (const std::string& file : Files(hours_ahead))
    EXPECT_TRUE(PlanImport({}, file, kNow).Valid());
}
