#include "core/diary/past_log.h"

#include <gtest/gtest.h>

#include "core/diary/episode_validation.h"
#include "core/diary/quick_log.h"

using core::WallClockReading;
using core::diary::LocalDate;

namespace {

// 2026-11-22T23:00:30Z is 07:00:30 on 23 November in Shanghai (+08:00): the morning after.
constexpr std::int64_t kShanghaiSevenAm = 1795374720 + (3 * 3600 + 48 * 60) + 30;
constexpr const char* kId = "9b2f0a4e-6c1d-4e8a-9f3b-2a1c0d9e8f7a";

}  // namespace

TEST(PastLog, MinutesBeforeIsToTheWholeMinute) {
  const WallClockReading now{kShanghaiSevenAm, 480};
  EXPECT_EQ(core::diary::FormatLocalTime(core::diary::MinutesBefore(now, 0)),
            "2026-11-23T07:00:00+08:00");
  EXPECT_EQ(core::diary::FormatLocalTime(core::diary::MinutesBefore(now, 15)),
            "2026-11-23T06:45:00+08:00");
  EXPECT_EQ(core::diary::FormatLocalTime(core::diary::MinutesBefore(now, 60)),
            "2026-11-23T06:00:00+08:00");
  // Offsets behind UTC too: the minute is the wall clock's.
  EXPECT_EQ(core::diary::FormatLocalTime(core::diary::MinutesBefore({kShanghaiSevenAm, -330}, 30)),
            "2026-11-22T17:00:00-05:30");
}

TEST(PastLog, ACrampAfterMidnightBelongsToTheNightThatBeganTheEveningBefore) {
  const WallClockReading half_past_one =
      core::diary::Shifted({kShanghaiSevenAm - 30, 480}, -(5 * 3600 + 30 * 60));
  EXPECT_EQ(core::diary::FormatLocalTime(half_past_one), "2026-11-23T01:30:00+08:00");
  EXPECT_EQ(core::diary::NightOfReading(half_past_one), (LocalDate{2026, 11, 22}));
  // Until 11:59 the next morning; from noon it is that day's night.
  const WallClockReading noon = core::diary::Shifted(half_past_one, (10 * 3600 + 30 * 60));
  EXPECT_EQ(core::diary::NightOfReading(noon), (LocalDate{2026, 11, 23}));
  EXPECT_EQ(core::diary::NightOfReading(core::diary::Shifted(noon, -60)),
            (LocalDate{2026, 11, 22}));
  const core::diary::WallClockParts parts = core::diary::PartsOf(half_past_one);
  EXPECT_EQ(parts.date, (LocalDate{2026, 11, 23}));
  EXPECT_EQ(parts.hour, 1);
  EXPECT_EQ(parts.minute, 30);
}

TEST(PastLog, TheEpisodeIsWhatThePersonSaidAndNothingInvented) {
  core::diary::PastCramp cramp;
  cramp.started = core::diary::MinutesBefore({kShanghaiSevenAm, 480}, 4 * 60);
  cramp.duration_s = 120;
  cramp.muscle = core::diary::Muscle::kFoot;
  cramp.side = core::diary::Side::kBoth;
  const core::diary::Episode e = core::diary::MakePastEpisode(cramp, {kShanghaiSevenAm, 480}, kId);
  EXPECT_EQ(e.started_at, "2026-11-23T03:00:00+08:00");
  EXPECT_EQ(e.duration_s, 120);
  EXPECT_EQ(e.muscle, core::diary::Muscle::kFoot);
  EXPECT_EQ(e.side, core::diary::Side::kBoth);
  EXPECT_TRUE(e.woke_from_sleep) << "03:00, as Cramp now guesses";
  EXPECT_FALSE(e.relief.has_value()) << "what helped is not known yet: not \"nothing\"";
  EXPECT_FALSE(e.relief_helped.has_value());
  EXPECT_EQ(e.created_at, "2026-11-22T23:00:30Z") << "made now, not when the cramp was";
  EXPECT_EQ(e.updated_at, e.created_at);
  EXPECT_TRUE(core::diary::ValidateEpisode(e).empty());
}

TEST(PastLog, ADurationNotChosenIsRefusedByValidationNotClamped) {
  core::diary::PastCramp cramp;
  cramp.started = {kShanghaiSevenAm - 600, 480};
  const core::diary::Episode e = core::diary::MakePastEpisode(cramp, {kShanghaiSevenAm, 480}, kId);
  EXPECT_EQ(e.duration_s, 0);
  const auto errors = core::diary::ValidateEpisode(e);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].field, "duration_s");
}

TEST(PastLog, TheLatestWallClockHourIsTodaysOnceItHasPassedElseYesterdays) {
  core::ManualClock clock;
  clock.Set({kShanghaiSevenAm, 480});  // 07:00:30 on 23 Nov
  auto at = core::diary::LatestWallClockHour(clock, 3);
  EXPECT_EQ(core::diary::FormatLocalTime(at.reading), "2026-11-23T03:00:00+08:00");
  EXPECT_FALSE(at.moved_over_gap);
  EXPECT_EQ(core::diary::NightOfReading(at.reading), (LocalDate{2026, 11, 22}));
  clock.Set({kShanghaiSevenAm - 5 * 3600, 480});  // 02:00:30
  EXPECT_EQ(core::diary::FormatLocalTime(core::diary::LatestWallClockHour(clock, 3).reading),
            "2026-11-22T03:00:00+08:00")
      << "never later than now";
  EXPECT_EQ(core::diary::FormatLocalTime(core::diary::LatestWallClockHour(clock, 2).reading),
            "2026-11-23T02:00:00+08:00")
      << "a time equal to now to the minute is not in the future";
}

TEST(PastLog, TheLatestWallClockHourTakesTheOffsetOfThenAndLeavesAGap) {
  core::ManualClock clock;
  clock.SetZoneRules(60, {{1774746000, 120}});  // Berlin: 02:00 +01:00 became 03:00 +02:00
  clock.Set({1774760420, 120});                 // 07:00:20 that morning
  const auto one = core::diary::LatestWallClockHour(clock, 1);
  EXPECT_EQ(core::diary::FormatLocalTime(one.reading), "2026-03-29T01:00:00+01:00");
  EXPECT_FALSE(one.moved_over_gap);
  const auto two = core::diary::LatestWallClockHour(clock, 2);
  EXPECT_EQ(core::diary::FormatLocalTime(two.reading), "2026-03-29T03:00:00+02:00");
  EXPECT_TRUE(two.moved_over_gap);
}
