#include "core/diary/episode.h"

#include <gtest/gtest.h>

#include <set>

#include "core/diary/episode_validation.h"
#include "core/diary/uuid.h"
#include "episode_builder.h"

using namespace core::diary;
using test_diary::MakeEpisode;

namespace {
bool HasError(const std::vector<FieldError>& errors, const std::string& field) {
  for (const auto& e : errors) {
    if (e.field == field) return true;
  }
  return false;
}
}  // namespace

TEST(EpisodeEnums, NamesRoundTrip) {
  for (auto v : kAllMuscles) EXPECT_EQ(ParseMuscle(Name(v)), v);
  for (auto v : kAllSides) EXPECT_EQ(ParseSide(Name(v)), v);
  for (auto v : kAllTriggers) EXPECT_EQ(ParseTrigger(Name(v)), v);
  for (auto v : kAllReliefs) EXPECT_EQ(ParseRelief(Name(v)), v);
  EXPECT_STREQ(Name(Muscle::kCalfBack), "calf_back");
  EXPECT_STREQ(Name(Trigger::kNewMedicine), "new_medicine");
  EXPECT_FALSE(ParseMuscle("Calf_back"));
  EXPECT_FALSE(ParseSide(""));
  EXPECT_FALSE(ParseTrigger("coffee"));
  EXPECT_FALSE(ParseRelief("quinine"));
  EXPECT_STREQ(Name(static_cast<Muscle>(99)), "?");
}

TEST(EpisodeEnums, TriggerSetIsASet) {
  TriggerSet set;
  EXPECT_TRUE(set.Empty());
  set.Add(Trigger::kCold);
  set.Add(Trigger::kCold);
  set.Add(Trigger::kOther);
  EXPECT_EQ(set.Count(), 2);
  EXPECT_TRUE(set.Has(Trigger::kOther));
  set.Remove(Trigger::kCold);
  EXPECT_FALSE(set.Has(Trigger::kCold));
}

TEST(EpisodeValidation, ValidEpisodeHasNoErrors) {
  EXPECT_TRUE(ValidateEpisode(MakeEpisode(1, "2026-11-23T03:12:00+08:00")).empty());
}

TEST(EpisodeValidation, EachProblemNamesItsField) {
  Episode e = MakeEpisode(1, "2026-02-30T03:12:00+08:00", 0);
  e.id = "not-a-uuid";
  e.pain = 11;
  e.created_at = "2026-11-23T03:12:00+08:00";
  e.updated_at = "yesterday";
  const auto errors = ValidateEpisode(e);
  for (const char* field : {"id", "started_at", "duration_s", "pain", "created_at", "updated_at"})
    EXPECT_TRUE(HasError(errors, field)) << field;
  EXPECT_EQ(errors.size(), 6u);
}

TEST(EpisodeValidation, Limits) {
  Episode e = MakeEpisode(1, "2026-11-23T03:12:00+08:00", 1);
  EXPECT_TRUE(ValidateEpisode(e).empty());
  e.duration_s = 3600;
  EXPECT_TRUE(ValidateEpisode(e).empty());
  e.duration_s = 3601;
  EXPECT_TRUE(HasError(ValidateEpisode(e), "duration_s"));
  e.duration_s = -5;
  EXPECT_TRUE(HasError(ValidateEpisode(e), "duration_s"));
  e.duration_s = 60;
  e.pain = -1;
  EXPECT_TRUE(HasError(ValidateEpisode(e), "pain"));
  e.pain = 0;
  EXPECT_TRUE(ValidateEpisode(e).empty());
  e.muscle = static_cast<Muscle>(42);
  EXPECT_TRUE(HasError(ValidateEpisode(e), "muscle"));
}

TEST(EpisodeValidation, NotesUpTo2000Bytes) {
  Episode e = MakeEpisode(1, "2026-11-23T03:12:00+08:00");
  e.notes = std::string(2000, 'a');
  EXPECT_TRUE(ValidateEpisode(e).empty());
  e.notes = std::string(2001, 'a');
  EXPECT_TRUE(HasError(ValidateEpisode(e), "notes"));
  // 667 three-byte characters are 2001 bytes although only 667 characters.
  e.notes.clear();
  for (int i = 0; i < 667; ++i) e.notes += "\xE8\x85\xBF";  // 腿
  EXPECT_TRUE(HasError(ValidateEpisode(e), "notes"));
  e.notes = "calf \xE8\x85\xBF cramp, woke at 3";
  EXPECT_TRUE(ValidateEpisode(e).empty());
}

TEST(EpisodeValidation, NotesMustBeUtf8) {
  EXPECT_TRUE(IsValidUtf8("plain"));
  EXPECT_TRUE(IsValidUtf8("\xF0\x9F\xA6\xB5"));  // leg emoji
  EXPECT_FALSE(IsValidUtf8("\xFF"));
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));          // overlong '/'
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));      // surrogate
  EXPECT_FALSE(IsValidUtf8("\xE8\x85"));          // cut short
  EXPECT_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));  // past U+10FFFF
  Episode e = MakeEpisode(1, "2026-11-23T03:12:00+08:00");
  e.notes = "bad \xFF byte";
  EXPECT_TRUE(HasError(ValidateEpisode(e), "notes"));
}

TEST(EpisodeValidation, UpdatedNotBeforeCreated) {
  Episode e = MakeEpisode(1, "2026-11-23T03:12:00+08:00");
  e.created_at = "2026-11-23T00:00:00.500Z";
  e.updated_at = "2026-11-23T00:00:00.400Z";
  EXPECT_TRUE(HasError(ValidateEpisode(e), "updated_at"));
  e.updated_at = "2026-11-23T00:00:00.500Z";
  EXPECT_TRUE(ValidateEpisode(e).empty());
}

TEST(Uuid, DeterministicWithSeededSource) {
  const std::string a = NewUuidV4(SeededRandomSource(7));
  const std::string b = NewUuidV4(SeededRandomSource(7));
  EXPECT_EQ(a, b);
  EXPECT_NE(a, NewUuidV4(SeededRandomSource(8)));
  EXPECT_TRUE(IsUuidV4(a)) << a;
}

TEST(Uuid, VersionAndVariantBits) {
  const RandomSource zeros = [] { return std::uint64_t{0}; };
  const RandomSource ones = [] { return ~std::uint64_t{0}; };
  EXPECT_EQ(NewUuidV4(zeros), "00000000-0000-4000-8000-000000000000");
  EXPECT_EQ(NewUuidV4(ones), "ffffffff-ffff-4fff-bfff-ffffffffffff");
}

TEST(Uuid, SystemSourceGivesDistinctValidIds) {
  const RandomSource random = SystemRandomSource();
  std::set<std::string> ids;
  for (int i = 0; i < 1000; ++i) {
    const std::string id = NewUuidV4(random);
    ASSERT_TRUE(IsUuidV4(id)) << id;
    ids.insert(id);
  }
  EXPECT_EQ(ids.size(), 1000u);
}

TEST(Uuid, RejectsOtherShapes) {
  EXPECT_FALSE(IsUuidV4("0B3C8A8E-2F4B-4C4E-9B1A-1F2E3D4C5B6A"));  // uppercase
  EXPECT_FALSE(IsUuidV4("0b3c8a8e-2f4b-1c4e-9b1a-1f2e3d4c5b6a"));  // version 1
  EXPECT_FALSE(IsUuidV4("0b3c8a8e-2f4b-4c4e-cb1a-1f2e3d4c5b6a"));  // variant
  EXPECT_FALSE(IsUuidV4("0b3c8a8e2f4b4c4e9b1a1f2e3d4c5b6a"));
  EXPECT_FALSE(IsUuidV4(""));
  EXPECT_TRUE(IsUuidV4("0b3c8a8e-2f4b-4c4e-9b1a-1f2e3d4c5b6a"));
}
