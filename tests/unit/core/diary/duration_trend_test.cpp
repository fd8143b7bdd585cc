#include "core/diary/duration_trend.h"

#include <gtest/gtest.h>

#include "core/diary/civil_date.h"
#include "episode_builder.h"

using namespace core::diary;
using test_diary::Date;
using test_diary::OnNights;

namespace {
// `count` episodes, one every `every` nights ending on as_of, durations from `duration(i)`.
template <typename F>
std::vector<PreparedEpisode> Series(int count, int every, F duration, LocalDate as_of) {
  std::vector<LocalDate> nights;
  std::vector<int> durations;
  for (int i = 0; i < count; ++i) {
    nights.push_back(AddDays(as_of, -static_cast<std::int64_t>((count - 1 - i) * every)));
    durations.push_back(duration(i));
  }
  return PrepareEpisodes(OnNights(nights, durations));
}
const LocalDate kAsOf = Date(2026, 11, 29);
const std::int64_t kAsOfNight = DaysFromCivil(kAsOf);
}  // namespace

TEST(TheilSen, ExactLine) {
  std::vector<double> x, y;
  for (int i = 0; i < 10; ++i) {
    x.push_back(i);
    y.push_back(2.0 * i + 1.0);
  }
  EXPECT_DOUBLE_EQ(*TheilSenSlope(x, y), 2.0);
}

TEST(TheilSen, IgnoresAnOutlier) {
  std::vector<double> x, y;
  for (int i = 0; i < 10; ++i) {
    x.push_back(i);
    y.push_back(2.0 * i + 1.0);
  }
  y[5] = 1000.0;
  y[9] = -1000.0;
  EXPECT_DOUBLE_EQ(*TheilSenSlope(x, y), 2.0);
}

TEST(TheilSen, EvenNumberOfSlopesAveragesTheMiddle) {
  // Pairs: (0,1): 1, (0,2): 2, (1,2): 3 -> median 2; add a point for 6 slopes.
  EXPECT_DOUBLE_EQ(*TheilSenSlope({0, 1, 2}, {0, 1, 4}), 2.0);
  EXPECT_DOUBLE_EQ(*TheilSenSlope({0, 1}, {0, 5}), 5.0);
}

TEST(TheilSen, NoDistinctTimes) {
  EXPECT_FALSE(TheilSenSlope({}, {}));
  EXPECT_FALSE(TheilSenSlope({1}, {1}));
  EXPECT_FALSE(TheilSenSlope({3, 3, 3}, {1, 2, 3}));
}

TEST(DurationTrend, GettingLongerWithEnoughData) {
  // 8 episodes every 3 nights (22 nights), each 10 s longer: 10/3 s a day.
  const auto episodes = Series(
      8, 3, [](int i) { return 60 + 10 * i; }, kAsOf);
  const DurationTrend t = ComputeDurationTrend(episodes, kAsOfNight);
  EXPECT_EQ(t.episodes_used, 8);
  EXPECT_EQ(t.days_spanned, 22);
  EXPECT_TRUE(t.enough_data);
  EXPECT_NEAR(t.slope_s_per_week, 70.0 / 3.0, 1e-9);
  EXPECT_TRUE(t.getting_longer);
}

TEST(DurationTrend, FlatOrFallingIsNotGettingLonger) {
  const auto flat = Series(
      8, 3, [](int) { return 90; }, kAsOf);
  EXPECT_FALSE(ComputeDurationTrend(flat, kAsOfNight).getting_longer);
  EXPECT_DOUBLE_EQ(ComputeDurationTrend(flat, kAsOfNight).slope_s_per_week, 0.0);
  const auto falling = Series(
      8, 3, [](int i) { return 300 - 20 * i; }, kAsOf);
  const DurationTrend t = ComputeDurationTrend(falling, kAsOfNight);
  EXPECT_LT(t.slope_s_per_week, 0.0);
  EXPECT_FALSE(t.getting_longer);
}

TEST(DurationTrend, TooFewEpisodesOrDaysGiveNoVerdict) {
  const auto five = Series(
      5, 4, [](int i) { return 60 + 60 * i; }, kAsOf);
  const DurationTrend a = ComputeDurationTrend(five, kAsOfNight);
  EXPECT_FALSE(a.enough_data);
  EXPECT_FALSE(a.getting_longer);
  EXPECT_GT(a.slope_s_per_week, 0.0);  // the slope is still reported
  // Six episodes, but within 11 nights.
  const auto short_span = Series(
      6, 2, [](int i) { return 60 + 60 * i; }, kAsOf);
  const DurationTrend b = ComputeDurationTrend(short_span, kAsOfNight);
  EXPECT_EQ(b.days_spanned, 11);
  EXPECT_FALSE(b.enough_data);
  EXPECT_FALSE(b.getting_longer);
  // Six over exactly 14 nights: enough.
  const auto six = Series(
      6, 2, [](int i) { return 60 + 60 * i; }, AddDays(kAsOf, 0));
  auto widened = six;
  widened.front().night -= 3;
  widened.front().utc_seconds -= 3 * 86400;
  EXPECT_TRUE(ComputeDurationTrend(widened, kAsOfNight).enough_data);
}

TEST(DurationTrend, TinyRiseInLongCrampsDoesNotCount) {
  // +1 s every night on 600 s cramps: 7 s a week, but only ~2% over the window.
  const auto episodes = Series(
      20, 1, [](int i) { return 600 + i; }, kAsOf);
  const DurationTrend t = ComputeDurationTrend(episodes, kAsOfNight);
  EXPECT_TRUE(t.enough_data);
  EXPECT_NEAR(t.slope_s_per_week, 7.0, 1e-9);
  EXPECT_FALSE(t.getting_longer);
}

TEST(DurationTrend, OnlyTheLastTwelveWeeksCount) {
  // Long cramps long ago, short ones now: the old ones are outside the window.
  auto episodes = Series(
      8, 3, [](int) { return 60; }, kAsOf);
  const auto old = Series(
      8, 3, [](int) { return 3000; }, AddDays(kAsOf, -200));
  episodes.insert(episodes.begin(), old.begin(), old.end());
  const DurationTrend t = ComputeDurationTrend(episodes, kAsOfNight);
  EXPECT_EQ(t.episodes_used, 8);
  EXPECT_FALSE(t.getting_longer);
}

TEST(DurationTrend, CapsTheNumberOfEpisodes) {
  const auto episodes = Series(
      84 * 5, 0, [](int i) { return 60 + i % 7; }, kAsOf);
  const DurationTrend t = ComputeDurationTrend(episodes, kAsOfNight);
  EXPECT_EQ(t.episodes_used, kMaxTrendEpisodes);
}
