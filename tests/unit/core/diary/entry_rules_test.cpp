// What a person types into an entry: refused beside the field with the reason, never
// stored wrong (issue 14, item 8).
#include "core/diary/entry_rules.h"

#include <gtest/gtest.h>

#include "core/diary/timestamp.h"
#include "episode_builder.h"

using core::diary::CutNotesToLimit;
using core::diary::Episode;
using core::diary::FieldError;
using core::diary::StartedAtFrom;
using core::diary::ValidateEntry;
using test_diary::MakeEpisode;

namespace {

// 2026-11-23T03:12:00+08:00 in UTC seconds: "now" for these tests.
const std::int64_t kNow = core::diary::ParseTimestamp("2026-11-23T03:12:00+08:00",
                                                      core::diary::TimestampKind::kLocalWithOffset)
                              ->UtcSeconds();

std::vector<std::string> Reasons(const std::vector<FieldError>& errors, const std::string& field) {
  std::vector<std::string> reasons;
  for (const FieldError& e : errors) {
    if (e.field == field) reasons.push_back(e.reason);
  }
  return reasons;
}

}  // namespace

TEST(EntryRules, NowAndThePastAreAccepted) {
  EXPECT_TRUE(ValidateEntry(MakeEpisode(1, "2026-11-23T03:12:00+08:00"), kNow).empty());
  EXPECT_TRUE(ValidateEntry(MakeEpisode(1, "2000-01-01T00:00:00+08:00"), kNow).empty());
}

TEST(EntryRules, ATimeInTheFutureIsRefused) {
  const auto errors = ValidateEntry(MakeEpisode(1, "2026-11-23T03:13:00+08:00"), kNow);
  EXPECT_EQ(Reasons(errors, "started_at"), std::vector<std::string>{"in_future"});
  // The same instant written in another offset is the same instant.
  EXPECT_TRUE(ValidateEntry(MakeEpisode(1, "2026-11-22T19:12:00+00:00"), kNow).empty());
  EXPECT_FALSE(ValidateEntry(MakeEpisode(1, "2026-11-22T19:13:00+00:00"), kNow).empty());
}

TEST(EntryRules, BeforeTheYear2000IsRefused) {
  const auto errors = ValidateEntry(MakeEpisode(1, "1999-12-31T23:59:00+08:00"), kNow);
  EXPECT_EQ(Reasons(errors, "started_at"), std::vector<std::string>{"before_2000"});
}

TEST(EntryRules, DurationOutside1To3600IsRefused) {
  for (int seconds : {0, -5, 3601, 100000}) {
    const auto errors = ValidateEntry(MakeEpisode(1, "2026-11-23T03:00:00+08:00", seconds), kNow);
    EXPECT_EQ(Reasons(errors, "duration_s"), std::vector<std::string>{"duration_range"}) << seconds;
  }
  for (int seconds : {1, 3600})
    EXPECT_TRUE(ValidateEntry(MakeEpisode(1, "2026-11-23T03:00:00+08:00", seconds), kNow).empty());
}

TEST(EntryRules, ATypoInTheTimeIsNamed) {
  Episode e = MakeEpisode(1, StartedAtFrom("2026-02-30", "03:00", 480));
  EXPECT_EQ(Reasons(ValidateEntry(e, kNow), "started_at"), std::vector<std::string>{"bad_time"});
  e.started_at = StartedAtFrom("2026-11-22", "25:00", 480);
  EXPECT_EQ(Reasons(ValidateEntry(e, kNow), "started_at"), std::vector<std::string>{"bad_time"});
}

TEST(EntryRules, StartedAtKeepsTheEntrysOffset) {
  EXPECT_EQ(StartedAtFrom("2026-11-22", "03:05", 480), "2026-11-22T03:05:00+08:00");
  EXPECT_EQ(StartedAtFrom(" 2026-11-22 ", "3:05", -300), "2026-11-22T03:05:00-05:00");
  EXPECT_EQ(StartedAtFrom("2026-11-22", "23:45", 0), "2026-11-22T23:45:00+00:00");
  EXPECT_EQ(StartedAtFrom("2026-11-22", "01:00", 345), "2026-11-22T01:00:00+05:45");
}

TEST(EntryRules, NotesAreCutAtACharacterBoundaryAndTheCutIsCounted) {
  const auto short_notes = CutNotesToLimit("calf, after a long walk");
  EXPECT_EQ(short_notes.text, "calf, after a long walk");
  EXPECT_EQ(short_notes.removed_bytes, 0u);

  // 667 three-byte characters are 2001 bytes: the last whole one goes, not a part of it.
  std::string chinese;
  for (int i = 0; i < 667; ++i) chinese += "抽";
  const auto cut = CutNotesToLimit(chinese);
  EXPECT_EQ(cut.text.size(), 1998u);
  EXPECT_EQ(cut.removed_bytes, 3u);
  EXPECT_EQ(cut.removed_characters, 1u);
  EXPECT_TRUE(core::diary::IsValidUtf8(cut.text));

  const auto exact = CutNotesToLimit(std::string(2000, 'a'));
  EXPECT_EQ(exact.removed_bytes, 0u);
  const auto over = CutNotesToLimit(std::string(2000, 'a') + "é");
  EXPECT_EQ(over.text, std::string(2000, 'a'));
  EXPECT_EQ(over.removed_bytes, 2u);
  EXPECT_EQ(over.removed_characters, 1u);
}
