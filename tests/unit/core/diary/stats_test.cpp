#include "core/diary/stats.h"

#include <gtest/gtest.h>

#include "episode_builder.h"

using namespace core::diary;
using test_diary::Date;
using test_diary::MakeEpisode;
using test_diary::OnNights;

namespace {
const LocalDate kAsOf = Date(2026, 11, 29);  // a Sunday

std::vector<LocalDate> Nights(std::initializer_list<int> november_days) {
  std::vector<LocalDate> nights;
  for (int day : november_days) nights.push_back(Date(2026, 11, day));
  return nights;
}
}  // namespace

TEST(DiaryStats, EmptyDiary) {
  const DiaryStats s = ComputeStats(std::vector<Episode>{}, kAsOf);
  EXPECT_EQ(s.total_episodes, 0);
  EXPECT_EQ(s.band, FrequencyBand::kNone);
  EXPECT_EQ(s.days_covered, 0);
  EXPECT_FALSE(s.durations.median_s);
  EXPECT_EQ(s.heatmap.size(), 84u);
  EXPECT_TRUE(s.calendar_weeks.empty());
}

TEST(DiaryStats, LastFourWeeksAndExactlyThreeAWeekIsFrequent) {
  const auto episodes = OnNights(Nights({2, 4, 6, 9, 11, 13, 16, 18, 20, 23, 25, 27}));
  const DiaryStats s = ComputeStats(episodes, kAsOf);
  ASSERT_EQ(s.last_4_weeks.size(), 4u);
  EXPECT_EQ(s.last_4_weeks[0].first_night, Date(2026, 11, 2));
  EXPECT_EQ(s.last_4_weeks[0].last_night, Date(2026, 11, 8));
  EXPECT_EQ(s.last_4_weeks[3].last_night, kAsOf);
  for (const auto& week : s.last_4_weeks) EXPECT_EQ(week.episodes, 3);
  EXPECT_DOUBLE_EQ(s.episodes_per_week, 3.0);
  EXPECT_DOUBLE_EQ(s.last_4_weeks_per_week, 3.0);
  EXPECT_EQ(s.band, FrequencyBand::kFrequent);

  auto fewer = episodes;
  fewer.pop_back();  // 11 in 4 weeks: 2.75 a week
  const DiaryStats t = ComputeStats(fewer, kAsOf);
  EXPECT_DOUBLE_EQ(t.episodes_per_week, 2.75);
  EXPECT_EQ(t.band, FrequencyBand::kOccasional);
}

TEST(DiaryStats, RareIsLessThanOnceInFourWeeks) {
  // Covered span of more than 84 nights; 2 episodes in the last 84 nights: rare.
  std::vector<LocalDate> nights = {Date(2026, 6, 1), Date(2026, 9, 20), Date(2026, 11, 1)};
  EXPECT_EQ(ComputeStats(OnNights(nights), kAsOf).band, FrequencyBand::kRare);
  nights.push_back(Date(2026, 11, 15));  // 3 in 84 nights: once every 4 weeks
  EXPECT_EQ(ComputeStats(OnNights(nights), kAsOf).band, FrequencyBand::kOccasional);
}

TEST(DiaryStats, ShortDiaryUsesCoveredSpanNeverUnderAWeek) {
  // First night 3 nights before as_of: the rate is per 7 nights, not per 3.
  const DiaryStats one = ComputeStats(OnNights({Date(2026, 11, 27)}), kAsOf);
  EXPECT_EQ(one.days_covered, 3);
  EXPECT_DOUBLE_EQ(one.episodes_per_week, 1.0);
  // 14 nights covered, 6 episodes: 3 a week.
  const DiaryStats two = ComputeStats(OnNights(Nights({16, 18, 20, 22, 24, 26})), kAsOf);
  EXPECT_EQ(two.days_covered, 14);
  EXPECT_DOUBLE_EQ(two.episodes_per_week, 3.0);
  EXPECT_EQ(two.band, FrequencyBand::kFrequent);
}

TEST(DiaryStats, NightsAcrossMidnightAndFutureEpisodes) {
  std::vector<Episode> episodes = {
      MakeEpisode(1, "2026-11-23T23:30:00+08:00"),  // night of the 23rd
      MakeEpisode(2, "2026-11-24T02:30:00+08:00"),  // same night
      MakeEpisode(3, "2026-11-30T02:00:00+08:00"),  // night of the 29th = as_of
      MakeEpisode(4, "2026-11-30T13:00:00+08:00"),  // night of the 30th: after as_of
  };
  const DiaryStats s = ComputeStats(episodes, kAsOf);
  EXPECT_EQ(s.total_episodes, 3);
  EXPECT_EQ(s.streaks.cramp_nights, 2);
  EXPECT_EQ(s.first_night, Date(2026, 11, 23));
  EXPECT_EQ(s.last_night, kAsOf);
  EXPECT_EQ(s.days_covered, 7);
  EXPECT_EQ(s.last_4_weeks[3].episodes, 3);
}

TEST(DiaryStats, DaylightSavingNightCountsOnce) {
  std::vector<Episode> episodes = {
      MakeEpisode(1, "2026-03-29T01:30:00+01:00"),  // before the clocks change
      MakeEpisode(2, "2026-03-29T03:30:00+02:00"),  // after: still the same night
      MakeEpisode(3, "2026-03-30T01:30:00+02:00"),
  };
  const DiaryStats s = ComputeStats(episodes, Date(2026, 3, 29));
  EXPECT_EQ(s.first_night, Date(2026, 3, 28));
  EXPECT_EQ(s.streaks.cramp_nights, 2);
  EXPECT_EQ(s.days_covered, 2);
  ASSERT_EQ(s.calendar_weeks.size(), 1u);  // Monday 23 March to Sunday 29 March
  EXPECT_EQ(s.calendar_weeks[0].episodes, 3);
  EXPECT_EQ(FormatIsoWeek(s.calendar_weeks[0].week), "2026-W13");
}

TEST(DiaryStats, CramplessStreaks) {
  const DiaryStats s = ComputeStats(OnNights(Nights({10, 12, 20})), kAsOf);
  EXPECT_EQ(s.days_covered, 20);
  EXPECT_EQ(s.streaks.cramp_nights, 3);
  EXPECT_EQ(s.streaks.current_cramp_free_nights, 9);  // 21st..29th
  EXPECT_EQ(s.streaks.longest_cramp_free_nights, 9);
  EXPECT_EQ(s.streaks.longest_last_night, kAsOf);

  const DiaryStats t = ComputeStats(OnNights(Nights({10, 12, 20, 29})), kAsOf);
  EXPECT_EQ(t.streaks.current_cramp_free_nights, 0);
  EXPECT_EQ(t.streaks.longest_cramp_free_nights, 8);  // 21st..28th
  EXPECT_EQ(t.streaks.longest_last_night, Date(2026, 11, 28));
}

TEST(DiaryStats, CalendarWeeksAreIsoWeeksAcrossTheYear) {
  const auto episodes = OnNights({Date(2026, 12, 28), Date(2026, 12, 31), Date(2027, 1, 4)});
  const DiaryStats s = ComputeStats(episodes, Date(2027, 1, 5));
  ASSERT_EQ(s.calendar_weeks.size(), 2u);
  EXPECT_EQ(FormatIsoWeek(s.calendar_weeks[0].week), "2026-W53");
  EXPECT_EQ(s.calendar_weeks[0].monday, Date(2026, 12, 28));
  EXPECT_EQ(s.calendar_weeks[0].episodes, 2);
  EXPECT_EQ(FormatIsoWeek(s.calendar_weeks[1].week), "2027-W01");
  EXPECT_EQ(s.calendar_weeks[1].episodes, 1);
}

TEST(DiaryStats, HeatmapIsTwelveWholeWeeks) {
  const auto episodes = OnNights(Nights({23, 23, 24}));
  const DiaryStats s = ComputeStats(episodes, Date(2026, 11, 25));  // a Wednesday
  ASSERT_EQ(s.heatmap.size(), 84u);
  EXPECT_EQ(s.heatmap.front().night, Date(2026, 9, 7));  // a Monday
  EXPECT_EQ(s.heatmap.back().night, kAsOf);              // the Sunday after as_of
  const HeatmapCell& monday = s.heatmap[77];
  EXPECT_EQ(monday.night, Date(2026, 11, 23));
  EXPECT_EQ(monday.episodes, 2);
  EXPECT_EQ(s.heatmap[78].episodes, 1);
  int future = 0;
  for (const auto& cell : s.heatmap) future += cell.future ? 1 : 0;
  EXPECT_EQ(future, 4);  // Thursday to Sunday
}

TEST(DiaryStats, CountsByMuscleSideTriggerAndRelief) {
  auto episodes = OnNights(Nights({20, 21, 22, 23}), {30, 60, 90, 600});
  episodes[0].muscle = Muscle::kFoot;
  episodes[1].side = Side::kBoth;
  episodes[1].triggers.Add(Trigger::kCold);
  episodes[1].triggers.Add(Trigger::kAlcohol);
  episodes[2].triggers.Add(Trigger::kCold);
  episodes[0].relief_helped = true;
  episodes[1].relief_helped = false;
  episodes[2].relief_helped = true;
  episodes[3].relief = Relief::kHeat;
  const DiaryStats s = ComputeStats(episodes, kAsOf);
  EXPECT_EQ(s.by_muscle[Index(Muscle::kFoot)], 1);
  EXPECT_EQ(s.by_muscle[Index(Muscle::kCalfBack)], 3);
  EXPECT_EQ(s.by_side[Index(Side::kLeft)], 3);
  EXPECT_EQ(s.by_side[Index(Side::kBoth)], 1);
  EXPECT_EQ(s.by_trigger[Index(Trigger::kCold)], 2);
  EXPECT_EQ(s.by_trigger[Index(Trigger::kAlcohol)], 1);
  const ReliefStat& stretch = s.relief[Index(Relief::kStretch)];
  EXPECT_EQ(stretch.used, 3);
  EXPECT_EQ(stretch.helped, 2);
  EXPECT_EQ(stretch.not_helped, 1);
  ASSERT_TRUE(stretch.helped_rate);
  EXPECT_NEAR(*stretch.helped_rate, 2.0 / 3.0, 1e-12);
  const ReliefStat& heat = s.relief[Index(Relief::kHeat)];
  EXPECT_EQ(heat.not_recorded, 1);
  EXPECT_FALSE(heat.helped_rate);
  EXPECT_EQ(s.durations.median_s, 75);  // (60 + 90) / 2
  EXPECT_EQ(s.durations.min_s, 30);
  EXPECT_EQ(s.durations.max_s, 600);
  EXPECT_DOUBLE_EQ(s.durations.mean_s, 195.0);
}

TEST(DiaryStats, TriggerAssociationNeedsEnoughNights) {
  // 12 cramp nights over 28 covered nights; cold on 4 of them, alcohol on 2.
  auto episodes = OnNights(Nights({2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24}),
                           {100, 100, 100, 100, 50, 50, 50, 50, 50, 50, 50, 50});
  for (int i = 0; i < 4; ++i) episodes[static_cast<std::size_t>(i)].triggers.Add(Trigger::kCold);
  for (int i = 0; i < 2; ++i) episodes[static_cast<std::size_t>(i)].triggers.Add(Trigger::kAlcohol);
  episodes.push_back(MakeEpisode(100, test_diary::MorningAfter(Date(2026, 11, 2), "05:00:00")));
  const DiaryStats s = ComputeStats(episodes, kAsOf);
  const TriggerAssociation& cold = s.trigger_association[Index(Trigger::kCold)];
  EXPECT_TRUE(cold.shown);
  EXPECT_EQ(cold.nights_covered, 28);
  EXPECT_EQ(cold.cramp_nights_with, 4);
  EXPECT_EQ(cold.cramp_nights_without, 8);
  EXPECT_DOUBLE_EQ(cold.rate_with, 4.0 / 28.0);
  EXPECT_DOUBLE_EQ(cold.rate_without, 8.0 / 28.0);
  EXPECT_DOUBLE_EQ(cold.episodes_per_night_with, 5.0 / 4.0);  // the 2nd had two episodes
  EXPECT_DOUBLE_EQ(cold.episodes_per_night_without, 1.0);
  EXPECT_DOUBLE_EQ(cold.mean_duration_with_s, 460.0 / 5.0);
  EXPECT_DOUBLE_EQ(cold.mean_duration_without_s, 50.0);
  const TriggerAssociation& alcohol = s.trigger_association[Index(Trigger::kAlcohol)];
  EXPECT_FALSE(alcohol.shown);  // only 2 nights with it
  EXPECT_EQ(alcohol.cramp_nights_with, 2);
  EXPECT_FALSE(s.trigger_association[Index(Trigger::kPregnancy)].shown);
}

TEST(DiaryStats, PreparedAndRawGiveTheSameAnswer) {
  const auto episodes =
      OnNights(Nights({1, 5, 9, 13, 17, 21, 25, 29}), {60, 70, 65, 80, 90, 85, 100, 120});
  const DiaryStats a = ComputeStats(episodes, kAsOf);
  const DiaryStats b = ComputeStats(PrepareEpisodes(episodes), kAsOf);
  EXPECT_EQ(a.total_episodes, b.total_episodes);
  EXPECT_DOUBLE_EQ(a.trend.slope_s_per_week, b.trend.slope_s_per_week);
  EXPECT_EQ(a.streaks.longest_cramp_free_nights, b.streaks.longest_cramp_free_nights);
}

// --- trends: weeks counted from the diary's first entry ---
TEST(DiaryWeeks, DayOneHasOneShortWeekAndNoWeeklyRate) {
  const DiaryStats s = ComputeStats(OnNights(Nights({29})), kAsOf);
  ASSERT_EQ(s.weeks.size(), 1u) << "no week before the diary began";
  EXPECT_EQ(s.weeks[0].first_night, kAsOf);
  EXPECT_EQ(s.weeks[0].nights_in_diary, 1);
  EXPECT_EQ(s.weeks[0].episodes, 1);
  const RecentWeeks recent = LastWeeks(s, 4);
  EXPECT_EQ(recent.weeks.size(), 1u);
  EXPECT_FALSE(recent.per_week) << "no \"0.2 a week\" on day one";
}

TEST(DiaryWeeks, AreSevenNightsEndingTonightBackToTheFirstEntry) {
  // First entry on 12 Nov: weeks end 29, 22, 15 Nov; the oldest holds 12..15 Nov (4 nights).
  const DiaryStats s = ComputeStats(OnNights(Nights({12, 14, 20, 22, 23, 29})), kAsOf);
  ASSERT_EQ(s.weeks.size(), 3u);
  EXPECT_EQ(s.weeks[0].first_night, Date(2026, 11, 12));
  EXPECT_EQ(s.weeks[0].last_night, Date(2026, 11, 15));
  EXPECT_EQ(s.weeks[0].nights_in_diary, 4);
  EXPECT_EQ(s.weeks[0].episodes, 2);
  EXPECT_EQ(s.weeks[1].last_night, Date(2026, 11, 22));
  EXPECT_EQ(s.weeks[1].episodes, 2);
  EXPECT_EQ(s.weeks[2].last_night, kAsOf);
  EXPECT_EQ(s.weeks[2].episodes, 2);
  const RecentWeeks recent = LastWeeks(s, 4);
  ASSERT_TRUE(recent.per_week);
  EXPECT_DOUBLE_EQ(*recent.per_week, 6 * 7.0 / 18.0) << "over the 18 nights of the diary";
  // The last 4 weeks of the CLI contract agree with the same weeks.
  EXPECT_EQ(s.last_4_weeks[3].episodes, s.weeks[2].episodes);
  EXPECT_EQ(s.last_4_weeks[2].episodes, s.weeks[1].episodes);
}
