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
