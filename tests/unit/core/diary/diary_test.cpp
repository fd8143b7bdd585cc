#include "core/diary/diary.h"

#include <gtest/gtest.h>

#include "episode_builder.h"

using namespace core::diary;
using test_diary::MakeEpisode;

namespace {
std::vector<std::string> Ids(const Diary& diary) {
  std::vector<std::string> ids;
  for (const auto& e : diary.Episodes()) ids.push_back(e.id);
  return ids;
}
}  // namespace

TEST(Diary, AddEditDeleteAndUndo) {
  Diary diary;
  EXPECT_FALSE(diary.CanUndo());
  const Episode a = MakeEpisode(1, "2026-11-23T03:12:00+08:00");
  ASSERT_TRUE(diary.Add(a).ok);
  ASSERT_TRUE(diary.Add(MakeEpisode(2, "2026-11-24T03:12:00+08:00")).ok);
  EXPECT_EQ(diary.Size(), 2u);

  Episode edited = a;
  edited.duration_s = 120;
  edited.updated_at = "2026-01-02T00:00:00Z";
  ASSERT_TRUE(diary.Edit(edited).ok);
  EXPECT_EQ(diary.Find(a.id)->duration_s, 120);

  ASSERT_TRUE(diary.Delete(a.id).ok);
  EXPECT_EQ(diary.Find(a.id), nullptr);

  ASSERT_TRUE(diary.Undo());  // delete
  ASSERT_NE(diary.Find(a.id), nullptr);
  EXPECT_EQ(Ids(diary).front(), a.id);  // back in its place
  ASSERT_TRUE(diary.Undo());            // edit
  EXPECT_EQ(*diary.Find(a.id), a);
  ASSERT_TRUE(diary.Undo());  // second add
  EXPECT_EQ(diary.Size(), 1u);
  ASSERT_TRUE(diary.Undo());  // first add
  EXPECT_EQ(diary.Size(), 0u);
  EXPECT_FALSE(diary.Undo());
}

TEST(Diary, RefusesInvalidAndDuplicateEpisodes) {
  Diary diary;
  Episode bad = MakeEpisode(1, "2026-11-23T24:00:00+08:00");
  const auto result = diary.Add(bad);
  EXPECT_FALSE(result.ok);
  ASSERT_EQ(result.errors.size(), 1u);
  EXPECT_EQ(result.errors[0].field, "started_at");
  ASSERT_TRUE(diary.Add(MakeEpisode(1, "2026-11-23T03:00:00+08:00")).ok);
  EXPECT_FALSE(diary.Add(MakeEpisode(1, "2026-11-23T04:00:00+08:00")).ok);
  EXPECT_EQ(diary.Size(), 1u);
  EXPECT_FALSE(diary.Delete("no-such-id").ok);
  EXPECT_FALSE(diary.Edit(MakeEpisode(9, "2026-11-23T03:00:00+08:00")).ok);
}

TEST(Diary, EditKeepsCreatedAtAndValidates) {
  Diary diary;
  const Episode a = MakeEpisode(1, "2026-11-23T03:12:00+08:00");
  ASSERT_TRUE(diary.Add(a).ok);
  Episode edited = a;
  edited.created_at = "2030-01-01T00:00:00Z";
  edited.updated_at = "2026-02-01T00:00:00Z";
  ASSERT_TRUE(diary.Edit(edited).ok);
  EXPECT_EQ(diary.Find(a.id)->created_at, a.created_at);
  edited.pain = 12;
  const auto result = diary.Edit(edited);
  EXPECT_FALSE(result.ok);
  EXPECT_EQ(result.errors.at(0).field, "pain");
  EXPECT_EQ(diary.Find(a.id)->pain, a.pain);
}

TEST(Diary, DeleteAllIsOneUndoStepAndKeepsOrder) {
  Diary diary;
  for (int i = 0; i < 50; ++i)
    ASSERT_TRUE(
        diary.Add(MakeEpisode(static_cast<std::uint64_t>(i), "2026-11-23T03:12:00+08:00")).ok);
  const auto before = Ids(diary);
  ASSERT_TRUE(diary.Delete(before[10]).ok);
  ASSERT_TRUE(diary.Delete(before[40]).ok);
  const auto middle = Ids(diary);
  diary.DeleteAll();
  EXPECT_EQ(diary.Size(), 0u);
  ASSERT_TRUE(diary.Undo());
  EXPECT_EQ(Ids(diary), middle);
  ASSERT_TRUE(diary.Undo());
  ASSERT_TRUE(diary.Undo());
  EXPECT_EQ(Ids(diary), before);
}

TEST(Diary, UpsertIsAllOrNothing) {
  Diary diary;
  ASSERT_TRUE(diary.Add(MakeEpisode(1, "2026-11-23T03:12:00+08:00")).ok);
  Episode update = MakeEpisode(1, "2026-11-23T03:12:00+08:00", 200);
  Episode bad = MakeEpisode(2, "2026-11-23T03:12:00+08:00", 0);
  const auto refused = diary.Upsert({update, bad});
  EXPECT_FALSE(refused.ok);
  EXPECT_EQ(refused.errors.at(0).field, "episodes[1].duration_s");
  EXPECT_EQ(diary.Find(update.id)->duration_s, 60);

  ASSERT_TRUE(diary.Upsert({update, MakeEpisode(2, "2026-11-24T03:12:00+08:00")}).ok);
  EXPECT_EQ(diary.Size(), 2u);
  EXPECT_EQ(diary.Find(update.id)->duration_s, 200);
  ASSERT_TRUE(diary.Undo());
  EXPECT_EQ(diary.Size(), 1u);
  EXPECT_EQ(diary.Find(update.id)->duration_s, 60);
}

TEST(Diary, FromEpisodesReportsEveryProblem) {
  std::vector<FieldError> errors;
  auto ok = Diary::FromEpisodes({MakeEpisode(1, "2026-11-23T03:12:00+08:00")}, &errors);
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->Size(), 1u);
  auto bad = Diary::FromEpisodes(
      {MakeEpisode(1, "2026-11-23T03:12:00+08:00"), MakeEpisode(1, "2026-11-23T03:12:00+08:00", 0)},
      &errors);
  EXPECT_FALSE(bad);
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].field, "episodes[1].duration_s");
  EXPECT_EQ(errors[1].field, "episodes[1].id");
}

TEST(Diary, UndoHistoryIsBounded) {
  Diary diary;
  for (std::size_t i = 0; i < Diary::kMaxUndoSteps + 10; ++i)
    ASSERT_TRUE(diary.Add(MakeEpisode(i, "2026-11-23T03:12:00+08:00")).ok);
  std::size_t undone = 0;
  while (diary.Undo()) ++undone;
  EXPECT_EQ(undone, Diary::kMaxUndoSteps);
  EXPECT_EQ(diary.Size(), 10u);
}

TEST(Diary, PeekUndoSaysWhatUndoWillWriteWithoutChangingAnything) {
  Diary diary;
  EXPECT_FALSE(diary.PeekUndo().has_value());
  const Episode a = MakeEpisode(1, "2026-11-23T03:12:00+08:00");
  ASSERT_TRUE(diary.Add(a).ok);
  auto effect = diary.PeekUndo();
  ASSERT_TRUE(effect.has_value());
  EXPECT_TRUE(effect->restored.empty());
  EXPECT_EQ(effect->removed, std::vector<std::string>{a.id}) << "undoing an add removes it";
  EXPECT_EQ(diary.Size(), 1u) << "peeking changes nothing";

  ASSERT_TRUE(diary.Delete(a.id).ok);
  effect = diary.PeekUndo();
  ASSERT_EQ(effect->restored.size(), 1u);
  EXPECT_EQ(effect->restored[0], a) << "undoing a delete puts the episode back";
  EXPECT_TRUE(effect->removed.empty());
  ASSERT_TRUE(diary.Undo());
  EXPECT_EQ(*diary.Find(a.id), a);
}

TEST(Diary, ReplaceAllKeepsTheUndoHistoryAndSkipsBadEpisodes) {
  Diary diary;
  const Episode a = MakeEpisode(1, "2026-11-23T03:12:00+08:00");
  const Episode b = MakeEpisode(2, "2026-11-24T03:12:00+08:00");
  ASSERT_TRUE(diary.Add(a).ok);
  ASSERT_TRUE(diary.Delete(a.id).ok);
  Episode broken = MakeEpisode(3, "2026-11-25T03:12:00+08:00");
  broken.duration_s = 0;
  EXPECT_EQ(diary.ReplaceAll({b, broken, b}), 2u) << "the invalid one and the repeat";
  EXPECT_EQ(Ids(diary), std::vector<std::string>{b.id});
  ASSERT_TRUE(diary.Undo()) << "this tab's delete can still be undone";
  EXPECT_NE(diary.Find(a.id), nullptr);
  EXPECT_NE(diary.Find(b.id), nullptr);
}
