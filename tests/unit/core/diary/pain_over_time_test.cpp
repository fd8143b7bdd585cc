#include "core/diary/pain_over_time.h"

#include <gtest/gtest.h>

#include "episode_builder.h"

using core::diary::ComputePainOverTime;
using core::diary::LocalDate;

namespace {

// Monday 23 November 2026: the last of the 12 weeks is 23..29 November.
constexpr LocalDate kAsOf{2026, 11, 23};

core::diary::Episode RatedOnNight(std::uint64_t n, LocalDate night, int pain) {
  core::diary::Episode e = test_diary::MakeEpisode(n, test_diary::MorningAfter(night));
  e.pain = pain;
  return e;
}

}  // namespace

TEST(PainOverTime, NothingIsShownBelowTheMinimumOfRatings) {
  std::vector<core::diary::Episode> episodes;
  for (int i = 0; i < core::diary::kMinRatedPain - 1; ++i)
    episodes.push_back(
        RatedOnNight(static_cast<std::uint64_t>(i), core::diary::AddDays(kAsOf, -i), 8));
  const core::diary::PainOverTime pain = ComputePainOverTime(episodes, kAsOf);
  EXPECT_EQ(pain.rated, core::diary::kMinRatedPain - 1);
  EXPECT_FALSE(pain.shown);
  episodes.push_back(RatedOnNight(99, core::diary::AddDays(kAsOf, -20), 2));
  EXPECT_TRUE(ComputePainOverTime(episodes, kAsOf).shown);
}

TEST(PainOverTime, AveragesEachWeekByNightAndTheLastFourWeeks) {
  const std::vector<core::diary::Episode> episodes = {
      RatedOnNight(0, {2026, 11, 23}, 6),  // this week
      RatedOnNight(1, {2026, 11, 22}, 3),  // Sunday: last week
      RatedOnNight(2, {2026, 11, 16}, 5),  // Monday: last week
      RatedOnNight(3, {2026, 9, 7}, 10),   // 12th week back: the first one
      RatedOnNight(4, {2026, 9, 6}, 0),    // before the 12 weeks: left out
      RatedOnNight(5, {2026, 11, 24}, 9),  // after as_of: left out
  };
  const core::diary::PainOverTime pain = ComputePainOverTime(episodes, kAsOf);
  EXPECT_EQ(pain.weeks.front().monday, (LocalDate{2026, 9, 7}));
  EXPECT_EQ(pain.weeks.back().monday, (LocalDate{2026, 11, 23}));
  EXPECT_EQ(pain.weeks.back().rated, 1);
  EXPECT_DOUBLE_EQ(pain.weeks.back().mean.value_or(-1), 6.0);
  EXPECT_DOUBLE_EQ(pain.weeks[10].mean.value_or(-1), 4.0);
  EXPECT_FALSE(pain.weeks[5].mean.has_value()) << "a week without ratings has no number";
  EXPECT_DOUBLE_EQ(pain.weeks.front().mean.value_or(-1), 10.0);
  EXPECT_EQ(pain.rated, 4);
  EXPECT_DOUBLE_EQ(pain.mean.value_or(-1), 6.0);
  EXPECT_EQ(pain.recent_rated, 3);
  EXPECT_DOUBLE_EQ(pain.recent_mean.value_or(-1), 14.0 / 3.0);
}
