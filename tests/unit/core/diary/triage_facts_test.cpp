#include "core/diary/triage_facts.h"

#include <gtest/gtest.h>

#include "episode_builder.h"

using namespace core::diary;
using test_diary::Date;
using test_diary::OnNights;

TEST(TriageFacts, EmptyDiary) {
  const auto facts = TriageFacts(Diary{}, Date(2026, 11, 29));
  EXPECT_FALSE(facts.has_enough_data);
  EXPECT_EQ(facts.days_covered, 0);
  EXPECT_DOUBLE_EQ(facts.episodes_per_week, 0.0);
  EXPECT_FALSE(facts.relief_taking_longer);
  EXPECT_FALSE(facts.typical_duration_s);
}

TEST(TriageFacts, FourteenDaysIsEnough) {
  const auto thirteen = TriageFacts(OnNights({Date(2026, 11, 17)}), Date(2026, 11, 29));
  EXPECT_EQ(thirteen.days_covered, 13);
  EXPECT_FALSE(thirteen.has_enough_data);
  const auto fourteen = TriageFacts(OnNights({Date(2026, 11, 16)}), Date(2026, 11, 29));
  EXPECT_EQ(fourteen.days_covered, 14);
  EXPECT_TRUE(fourteen.has_enough_data);
}

TEST(TriageFacts, RateMedianAndTrend) {
  // 8 episodes every 3 nights over 22 covered nights, getting longer.
  std::vector<LocalDate> nights;
  std::vector<int> durations;
  for (int i = 0; i < 8; ++i) {
    nights.push_back(AddDays(Date(2026, 11, 8), 3 * i));
    durations.push_back(60 + 10 * i);
  }
  auto diary = Diary::FromEpisodes(OnNights(nights, durations));
  ASSERT_TRUE(diary);
  const auto facts = TriageFacts(*diary, Date(2026, 11, 29));
  EXPECT_TRUE(facts.has_enough_data);
  EXPECT_EQ(facts.days_covered, 22);
  EXPECT_DOUBLE_EQ(facts.episodes_per_week, 8.0 * 7.0 / 22.0);
  ASSERT_TRUE(facts.relief_taking_longer);
  EXPECT_TRUE(*facts.relief_taking_longer);
  EXPECT_EQ(facts.typical_duration_s, 95);  // (90 + 100) / 2
}

TEST(TriageFacts, FewEpisodesGiveNoTrendVerdict) {
  const auto facts =
      TriageFacts(OnNights({Date(2026, 11, 1), Date(2026, 11, 20)}), Date(2026, 11, 29));
  EXPECT_TRUE(facts.has_enough_data);
  EXPECT_FALSE(facts.relief_taking_longer);
  EXPECT_DOUBLE_EQ(facts.episodes_per_week, 0.25);  // only the 20th is in the last 28 nights
}

TEST(TriageFacts, TypicalDurationIsTheMedianOfTheLast28NightsOnly) {
  // A long run of 15-minute cramps in October, short ones in the last four weeks: the old
  // ones must not decide tonight's check (CLINICAL.md: "the typical duration then comes from
  // the same recent window, not the whole history").
  std::vector<LocalDate> nights;
  std::vector<int> durations;
  for (int i = 0; i < 10; ++i) {
    nights.push_back(AddDays(Date(2026, 10, 1), i));
    durations.push_back(900);
  }
  for (int i = 0; i < 3; ++i) {
    nights.push_back(AddDays(Date(2026, 11, 20), i));
    durations.push_back(40 + 10 * i);
  }
  const auto facts = TriageFacts(OnNights(nights, durations), Date(2026, 11, 29));
  EXPECT_TRUE(facts.has_enough_data);
  EXPECT_EQ(facts.typical_duration_s, 50);  // median of 40, 50, 60; the 900s are older
  EXPECT_DOUBLE_EQ(facts.episodes_per_week, 3.0 * 7.0 / 28.0);
}

TEST(TriageFacts, TypicalDurationWindowEdges) {
  // as_of 2026-11-29: the window is the nights 2026-11-02 .. 2026-11-29.
  const auto inside =
      TriageFacts(OnNights({Date(2026, 10, 1), Date(2026, 11, 2)}, {900, 120}), Date(2026, 11, 29));
  EXPECT_EQ(inside.typical_duration_s, 120) << "the 28th night back counts";
  const auto outside =
      TriageFacts(OnNights({Date(2026, 10, 1), Date(2026, 11, 1)}, {900, 120}), Date(2026, 11, 29));
  EXPECT_TRUE(outside.has_enough_data);
  EXPECT_FALSE(outside.typical_duration_s) << "the 29th night back does not";
  const auto tonight = TriageFacts(OnNights({Date(2026, 11, 1), Date(2026, 11, 29)}, {900, 700}),
                                   Date(2026, 11, 29));
  EXPECT_EQ(tonight.typical_duration_s, 700) << "the as-of night counts";
}

TEST(TriageFacts, NoRecentEpisodeMeansUnknownDurationNotTheOldMedian) {
  std::vector<LocalDate> nights;
  for (int i = 0; i < 5; ++i) nights.push_back(AddDays(Date(2026, 9, 1), 7 * i));
  const auto facts = TriageFacts(OnNights(nights, {700, 700, 700, 700, 700}), Date(2026, 11, 29));
  EXPECT_TRUE(facts.has_enough_data);
  EXPECT_FALSE(facts.typical_duration_s);
  EXPECT_DOUBLE_EQ(facts.episodes_per_week, 0.0);
}

TEST(TriageFacts, EvenCountMedianRoundsHalfUp) {
  const auto facts = TriageFacts(
      OnNights({Date(2026, 11, 10), Date(2026, 11, 11), Date(2026, 11, 12), Date(2026, 11, 13)},
               {60, 61, 700, 9}),
      Date(2026, 11, 29));
  EXPECT_EQ(facts.typical_duration_s, 61);  // (60 + 61 + 1) / 2 rounds 60.5 up
}
