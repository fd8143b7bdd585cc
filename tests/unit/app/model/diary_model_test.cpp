// The diary model: one write-result policy, nothing the person entered ever lost, undo
// through the diary's own undo, other tabs' changes merged, statistics cached.
#include "app/model/diary_model.h"

#include <gtest/gtest.h>

#include "core/diary/episode_builder.h"
#include "core/storage/storage.h"

using app::model::DiaryModel;
using core::storage::MemoryStorage;
using core::storage::Result;
using core::storage::Status;
using test_diary::MakeEpisode;

namespace {

struct Loaded {
  MemoryStorage storage;
  DiaryModel model{storage};
  explicit Loaded(std::vector<core::diary::Episode> stored = {}) {
    for (const auto& episode : stored) storage.PutEpisode(episode, [](const Result&) {});
    model.Load([](const Result&) {});
  }
};

Status Outcome(std::function<void(DiaryModel::Done)> verb) {
  Status status = Status::kFailed;
  bool answered = false;
  verb([&](const Result& result) {
    status = result.status;
    answered = true;
  });
  EXPECT_TRUE(answered) << "MemoryStorage answers at once";
  return status;
}

}  // namespace

TEST(DiaryModel, LoadShowsWhatIsStoredAndKeepsWhatWasAddedMeanwhile) {
  MemoryStorage storage;
  const auto stored = MakeEpisode(1, "2026-11-20T03:00:00+08:00");
  storage.PutEpisode(stored, [](const Result&) {});
  storage.HoldLoads();
  DiaryModel model(storage);
  model.Load([](const Result&) {});
  EXPECT_FALSE(model.Loaded());
  const auto tapped = MakeEpisode(2, "2026-11-23T03:12:00+08:00");
  EXPECT_EQ(Outcome([&](auto done) { model.Add(tapped, done); }), Status::kOk);
  storage.AnswerHeldLoads();  // the read began before the entry was written
  EXPECT_TRUE(model.Loaded());
  ASSERT_EQ(model.Episodes().size(), 2u);
  EXPECT_NE(model.Find(stored.id), nullptr);
  EXPECT_NE(model.Find(tapped.id), nullptr);
}

TEST(DiaryModel, AFailedWriteKeepsTheEntryInViewAndUnsavedUntilSaved) {
  Loaded diary;
  diary.storage.FailWritesWith(Status::kQuotaExceeded);
  const auto episode = MakeEpisode(1, "2026-11-23T03:12:00+08:00");
  EXPECT_EQ(Outcome([&](auto done) { diary.model.Add(episode, done); }), Status::kQuotaExceeded);
  EXPECT_NE(diary.model.Find(episode.id), nullptr) << "still shown";
  ASSERT_EQ(diary.model.Unsaved().size(), 1u);
  EXPECT_TRUE(diary.storage.Contents().episodes.empty());

  EXPECT_EQ(Outcome([&](auto done) { diary.model.SaveUnsaved(done); }), Status::kQuotaExceeded);
  EXPECT_FALSE(diary.model.UnsavedError().empty());
  diary.storage.FailWritesWith(Status::kOk);
  EXPECT_EQ(Outcome([&](auto done) { diary.model.SaveUnsaved(done); }), Status::kOk);
  EXPECT_TRUE(diary.model.Unsaved().empty());
  ASSERT_EQ(diary.storage.Contents().episodes.size(), 1u);
  EXPECT_EQ(diary.storage.Contents().episodes[0], episode);
}

TEST(DiaryModel, AFailedEditStaysOnThePageAndAFailedDeleteChangesNothing) {
  const auto episode = MakeEpisode(1, "2026-11-23T03:12:00+08:00");
  Loaded diary({episode});
  diary.storage.FailWritesWith(Status::kFailed);
  auto edited = episode;
  edited.duration_s = 300;
  EXPECT_EQ(Outcome([&](auto done) { diary.model.Update(edited, done); }), Status::kFailed);
  EXPECT_EQ(diary.model.Find(episode.id)->duration_s, 300) << "the edit is kept on the page";
  ASSERT_EQ(diary.model.Unsaved().size(), 1u);
  EXPECT_EQ(Outcome([&](auto done) { diary.model.Delete(episode.id, done); }), Status::kFailed);
  EXPECT_NE(diary.model.Find(episode.id), nullptr) << "not deleted";
  EXPECT_FALSE(diary.model.Undoable().has_value());
}

TEST(DiaryModel, InvalidEntriesAreRefusedBeforeAnyWrite) {
  Loaded diary;
  auto episode = MakeEpisode(1, "2026-11-23T03:12:00+08:00");
  episode.duration_s = 0;
  Result said;
  diary.model.Add(episode, [&](const Result& result) { said = result; });
  EXPECT_EQ(said.status, Status::kFailed);
  EXPECT_NE(said.message.find("duration_s"), std::string::npos) << said.message;
  EXPECT_TRUE(diary.model.Episodes().empty());
  EXPECT_TRUE(diary.storage.Contents().episodes.empty());
  EXPECT_EQ(Outcome([&](auto done) { diary.model.Import({episode}, done); }), Status::kFailed);
  EXPECT_TRUE(diary.storage.Contents().episodes.empty());
}

TEST(DiaryModel, UndoOfADeleteWritesTheEntryBackThroughTheDiarysUndo) {
  const auto a = MakeEpisode(1, "2026-11-22T03:12:00+08:00");
  const auto b = MakeEpisode(2, "2026-11-23T03:12:00+08:00");
  Loaded diary({a, b});
  EXPECT_EQ(Outcome([&](auto done) { diary.model.Delete(a.id, done); }), Status::kOk);
  ASSERT_TRUE(diary.model.Undoable().has_value());
  EXPECT_EQ(diary.model.Undoable()->episode.id, a.id);
  EXPECT_EQ(diary.storage.Contents().episodes.size(), 1u);
  ASSERT_TRUE(diary.model.CanUndo());
  EXPECT_EQ(Outcome([&](auto done) { diary.model.Undo(done); }), Status::kOk);
  EXPECT_EQ(diary.storage.Contents().episodes.size(), 2u) << "written back";
  EXPECT_EQ(*diary.model.Find(a.id), a);
  EXPECT_FALSE(diary.model.Undoable().has_value());
}

TEST(DiaryModel, AFailedUndoIsNotShownAsDone) {
  const auto a = MakeEpisode(1, "2026-11-22T03:12:00+08:00");
  Loaded diary({a});
  ASSERT_EQ(Outcome([&](auto done) { diary.model.Delete(a.id, done); }), Status::kOk);
  diary.storage.FailWritesWith(Status::kQuotaExceeded);
  EXPECT_EQ(Outcome([&](auto done) { diary.model.Undo(done); }), Status::kQuotaExceeded);
  EXPECT_EQ(diary.model.Find(a.id), nullptr);
  EXPECT_FALSE(diary.model.UndoError().empty());
  EXPECT_TRUE(diary.model.CanUndo()) << "it can be tried again";
}

TEST(DiaryModel, UndoOfAnImportRemovesTheNewEntriesAndRestoresTheReplacedOnes) {
  const auto a = MakeEpisode(1, "2026-11-22T03:12:00+08:00");
  Loaded diary({a});
  auto newer_a = a;
  newer_a.duration_s = 200;
  newer_a.updated_at = "2026-11-24T00:00:00Z";
  const auto b = MakeEpisode(2, "2026-11-23T03:12:00+08:00");
  ASSERT_EQ(Outcome([&](auto done) { diary.model.Import({newer_a, b}, done); }), Status::kOk);
  EXPECT_EQ(diary.storage.Contents().episodes.size(), 2u);
  ASSERT_EQ(Outcome([&](auto done) { diary.model.Undo(done); }), Status::kOk);
  ASSERT_EQ(diary.storage.Contents().episodes.size(), 1u);
  EXPECT_EQ(diary.storage.Contents().episodes[0], a);
  EXPECT_EQ(diary.model.Episodes().size(), 1u);
}

TEST(DiaryModel, AnotherTabsChangeIsShownWithThisPagesUnsavedEntries) {
  Loaded diary;
  diary.storage.FailWritesWith(Status::kQuotaExceeded);
  const auto mine = MakeEpisode(1, "2026-11-23T03:12:00+08:00");
  diary.model.Add(mine);
  core::storage::Snapshot other;
  other.episodes = {MakeEpisode(2, "2026-11-22T03:12:00+08:00")};
  diary.storage.NotifyOutsideChange(Result{}, other);
  EXPECT_EQ(diary.model.Episodes().size(), 2u);
  EXPECT_NE(diary.model.Find(mine.id), nullptr) << "ours, not yet written, is kept";
  diary.storage.NotifyOutsideChange(Result{Status::kVersionChanged, "newer"}, {});
  EXPECT_EQ(diary.model.OutsideStatus().status, Status::kVersionChanged);
  EXPECT_EQ(diary.model.Episodes().size(), 2u) << "a failed re-read replaces nothing";
}

TEST(DiaryModel, StatisticsAreComputedAgainOnlyAfterAChangeOrOnANewDay) {
  Loaded diary({MakeEpisode(1, "2026-11-22T03:12:00+08:00")});
  const core::diary::LocalDate today{2026, 11, 23};
  diary.model.Stats(today);
  diary.model.Stats(today);
  diary.model.Stats(today);
  EXPECT_EQ(diary.model.StatsComputed(), 1);
  diary.model.Add(MakeEpisode(2, "2026-11-23T03:12:00+08:00"));
  EXPECT_EQ(diary.model.Stats(today).total_episodes, 2);
  EXPECT_EQ(diary.model.StatsComputed(), 2);
  diary.model.Stats({2026, 11, 24});
  EXPECT_EQ(diary.model.StatsComputed(), 3);
  diary.model.PutMeta("settings", "{}");
  diary.model.Stats({2026, 11, 24});
  EXPECT_EQ(diary.model.StatsComputed(), 3) << "a setting is not a diary change";
}

TEST(DiaryModel, DeleteEverythingEmptiesStorageAndTheModelOrNothingOnFailure) {
  Loaded diary({MakeEpisode(1, "2026-11-22T03:12:00+08:00")});
  diary.model.PutMeta("settings", "{}");
  diary.storage.FailWritesWith(Status::kFailed);
  EXPECT_EQ(Outcome([&](auto done) { diary.model.DeleteEverything(done); }), Status::kFailed);
  EXPECT_EQ(diary.model.Episodes().size(), 1u);
  diary.storage.FailWritesWith(Status::kOk);
  EXPECT_EQ(Outcome([&](auto done) { diary.model.DeleteEverything(done); }), Status::kOk);
  EXPECT_TRUE(diary.model.Episodes().empty());
  EXPECT_EQ(diary.model.Meta("settings"), nullptr);
  EXPECT_TRUE(diary.storage.Contents().episodes.empty());
}

// "Try again" after a failed change writes it again; the undo then goes back to the entry
// as it was before the change, not to the attempt that failed.
TEST(DiaryModel, ARetriedChangeIsOneUndoStepAndOffersItsUndo) {
  const auto a = MakeEpisode(1, "2026-11-22T03:12:00+08:00", 60);
  Loaded diary({a});
  auto changed = a;
  changed.duration_s = 120;
  changed.updated_at = "2026-11-23T00:00:00Z";
  diary.storage.FailWritesWith(Status::kQuotaExceeded);
  EXPECT_EQ(Outcome([&](auto done) { diary.model.Update(changed, done); }), Status::kQuotaExceeded);
  EXPECT_FALSE(diary.model.Undoable().has_value()) << "no undo offered for a change not stored";
  diary.storage.FailWritesWith(Status::kOk);
  EXPECT_EQ(Outcome([&](auto done) { diary.model.Update(changed, done); }), Status::kOk);
  ASSERT_TRUE(diary.model.Undoable().has_value());
  EXPECT_EQ(diary.model.Undoable()->kind, app::model::UndoOffer::Kind::kChanged);
  EXPECT_EQ(diary.storage.Contents().episodes.at(0), changed);
  EXPECT_EQ(Outcome([&](auto done) { diary.model.Undo(done); }), Status::kOk);
  EXPECT_EQ(diary.storage.Contents().episodes.at(0), a);
  EXPECT_FALSE(diary.model.CanUndo()) << "the failed attempt left no second step";
}

// Issue 24, item 10: two tabs editing one entry.
namespace {
core::diary::Episode ChangedAt(core::diary::Episode e, int duration_s, const char* updated_at) {
  e.duration_s = duration_s;
  e.updated_at = updated_at;
  return e;
}
}  // namespace

TEST(DiaryModel, AnEditOverTheVersionItBeganFromIsWrittenWithAnUndo) {
  const auto episode = MakeEpisode(1, "2026-11-23T03:12:00+08:00");
  Loaded diary({episode});
  const auto mine = ChangedAt(episode, 300, "2026-11-23T08:00:00Z");
  EXPECT_EQ(Outcome([&](auto done) { diary.model.UpdateFrom(episode.updated_at, mine, done); }),
            Status::kOk);
  ASSERT_EQ(diary.storage.Contents().episodes.size(), 1u);
  EXPECT_EQ(diary.storage.Contents().episodes[0], mine);
  EXPECT_EQ(*diary.model.Find(episode.id), mine);
  EXPECT_TRUE(diary.model.Undoable().has_value());
}

TEST(DiaryModel, AnEditOverAChangeFromAnotherTabIsRefusedAndShowsTheNewerVersion) {
  const auto episode = MakeEpisode(1, "2026-11-23T03:12:00+08:00");
  Loaded diary({episode});
  // Tab B saved first; its notice has not arrived here yet.
  const auto theirs = ChangedAt(episode, 90, "2026-11-23T07:59:00Z");
  diary.storage.PutFromOutside(theirs);
  const auto mine = ChangedAt(episode, 300, "2026-11-23T08:00:00Z");
  core::storage::Result answer;
  diary.model.UpdateFrom(episode.updated_at, mine, [&](const Result& r) { answer = r; });
  EXPECT_EQ(answer.status, Status::kConflict);
  EXPECT_EQ(answer.message, "This entry was changed in another tab.");
  ASSERT_EQ(diary.storage.Contents().episodes.size(), 1u);
  EXPECT_EQ(diary.storage.Contents().episodes[0], theirs) << "B's change is never overwritten";
  EXPECT_EQ(*diary.model.Find(episode.id), theirs) << "the newer version is shown";
  EXPECT_TRUE(diary.model.Unsaved().empty());
  // The person chose to write theirs over B's: based on B's version, it is written.
  EXPECT_EQ(Outcome([&](auto done) { diary.model.UpdateFrom(theirs.updated_at, mine, done); }),
            Status::kOk);
  EXPECT_EQ(diary.storage.Contents().episodes[0], mine);
}

TEST(DiaryModel, AnEditAfterTheNoticeOfAnotherTabsChangeIsStillRefused) {
  const auto episode = MakeEpisode(1, "2026-11-23T03:12:00+08:00");
  Loaded diary({episode});
  const auto theirs = ChangedAt(episode, 90, "2026-11-23T07:59:00Z");
  diary.storage.PutFromOutside(theirs);
  diary.storage.NotifyOutsideChange(Result{}, diary.storage.Contents());  // list refreshed
  EXPECT_EQ(*diary.model.Find(episode.id), theirs);
  const auto mine = ChangedAt(episode, 300, "2026-11-23T08:00:00Z");  // the form's version
  EXPECT_EQ(Outcome([&](auto done) { diary.model.UpdateFrom(episode.updated_at, mine, done); }),
            Status::kConflict);
  EXPECT_EQ(diary.storage.Contents().episodes[0], theirs);
}

TEST(DiaryModel, AnEditOfAnEntryDeletedInAnotherTabIsRefusedAndNotRecreated) {
  const auto episode = MakeEpisode(1, "2026-11-23T03:12:00+08:00");
  const auto other = MakeEpisode(2, "2026-11-22T03:12:00+08:00");
  Loaded diary({episode, other});
  diary.storage.DeleteFromOutside(episode.id);
  const auto mine = ChangedAt(episode, 300, "2026-11-23T08:00:00Z");
  EXPECT_EQ(Outcome([&](auto done) { diary.model.UpdateFrom(episode.updated_at, mine, done); }),
            Status::kGone);
  ASSERT_EQ(diary.storage.Contents().episodes.size(), 1u);
  EXPECT_EQ(diary.storage.Contents().episodes[0], other);
  EXPECT_EQ(diary.model.Find(episode.id), nullptr) << "gone here too";
  EXPECT_TRUE(diary.model.Unsaved().empty());
  // Once the delete's notice has arrived, nothing is written either.
  const int writes = diary.storage.EpisodeWrites();
  EXPECT_EQ(Outcome([&](auto done) { diary.model.UpdateFrom(episode.updated_at, mine, done); }),
            Status::kGone);
  EXPECT_EQ(diary.storage.EpisodeWrites(), writes);
}

TEST(DiaryModel, AnEditThatFailsToBeWrittenStaysInViewAndIsWrittenOnRetry) {
  const auto episode = MakeEpisode(1, "2026-11-23T03:12:00+08:00");
  Loaded diary({episode});
  diary.storage.FailWritesWith(Status::kQuotaExceeded);
  const auto mine = ChangedAt(episode, 300, "2026-11-23T08:00:00Z");
  EXPECT_EQ(Outcome([&](auto done) { diary.model.UpdateFrom(episode.updated_at, mine, done); }),
            Status::kQuotaExceeded);
  EXPECT_EQ(*diary.model.Find(episode.id), mine) << "kept on the page";
  EXPECT_EQ(diary.model.Unsaved().size(), 1u);
  diary.storage.FailWritesWith(Status::kOk);
  EXPECT_EQ(Outcome([&](auto done) { diary.model.UpdateFrom(episode.updated_at, mine, done); }),
            Status::kOk);
  EXPECT_EQ(diary.storage.Contents().episodes[0], mine);
  EXPECT_TRUE(diary.model.Unsaved().empty());
}
