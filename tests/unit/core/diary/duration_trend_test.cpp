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

// --- trends: a verdict one odd entry cannot reverse ---
namespace {
// Durations rising `per_week` seconds a week from 60 s, with a fixed +-`noise` pattern, one
// cramp every `every` nights ending on kAsOf.
std::vector<PreparedEpisode> Rising(int count, int every, double per_week, int noise) {
  return Series(
      count, every,
      [=](int i) {
        const int wobble = (i * 7919 % 5 - 2) * noise / 2;
        return 60 + static_cast<int>(per_week * i * every / 7.0) + wobble;
      },
      kAsOf);
}

std::vector<PreparedEpisode> WithOddEntry(std::vector<PreparedEpisode> episodes, int night_back,
                                          int duration_s) {
  const auto odd =
      PrepareEpisodes(test_diary::OnNights({AddDays(kAsOf, -night_back)}, {duration_s}));
  episodes.push_back(odd.front());
  return episodes;
}
}  // namespace

TEST(DurationTrend, OneShortCrampDoesNotReverseLastingLonger) {
  // The diary: "5.3 s more each week" flipped to "not lasting longer" after one 16 s
  // cramp. A clear rise stays a rise; one odd entry anywhere never makes it "not longer".
  const auto rising = Rising(24, 3, 20.0, 10);
  const DurationTrend before = ComputeDurationTrend(rising, kAsOfNight);
  ASSERT_EQ(before.verdict, TrendVerdict::kLonger);
  for (int back = 0; back < 70; ++back) {
    for (int odd : {16, 1, 900, 3600}) {
      const DurationTrend after = ComputeDurationTrend(WithOddEntry(rising, back, odd), kAsOfNight);
      EXPECT_NE(after.verdict, TrendVerdict::kNotLonger)
          << "night -" << back << ", " << odd << " s";
    }
  }
  EXPECT_EQ(ComputeDurationTrend(WithOddEntry(rising, 0, 16), kAsOfNight).verdict,
            TrendVerdict::kLonger)
      << "a 16 s cramp last night leaves a clear rise standing";
}

TEST(DurationTrend, OneLongCrampDoesNotMakeAFlatDiaryLastLonger) {
  const auto flat = Series(
      20, 3, [](int i) { return 90 + (i % 3) * 10; }, kAsOf);
  ASSERT_EQ(ComputeDurationTrend(flat, kAsOfNight).verdict, TrendVerdict::kNotLonger);
  for (int back = 0; back < 60; ++back) {
    for (int odd : {16, 900, 3600}) {
      const DurationTrend after = ComputeDurationTrend(WithOddEntry(flat, back, odd), kAsOfNight);
      EXPECT_NE(after.verdict, TrendVerdict::kLonger) << "night -" << back << ", " << odd << " s";
    }
  }
}

TEST(DurationTrend, ANoisySmallRiseIsNotEnoughToTell) {
  // About 5 s a week under +-60 s of scatter: neither a rise nor its absence is clear.
  const auto noisy = Series(
      10, 5, [](int i) { return 120 + 4 * i + ((i * 37) % 3 - 1) * 60; }, kAsOf);
  const DurationTrend t = ComputeDurationTrend(noisy, kAsOfNight);
  ASSERT_TRUE(t.enough_data);
  EXPECT_EQ(t.verdict, TrendVerdict::kCannotTell);
  EXPECT_FALSE(t.getting_longer);
  EXPECT_LT(t.slope_low_s_per_week, t.slope_s_per_week);
  EXPECT_GT(t.slope_high_s_per_week, t.effect_s_per_week);
}

TEST(DurationTrend, TooLittleDataIsItsOwnVerdict) {
  const auto five = Series(
      5, 4, [](int i) { return 60 + 60 * i; }, kAsOf);
  EXPECT_EQ(ComputeDurationTrend(five, kAsOfNight).verdict, TrendVerdict::kNotEnoughData);
}
