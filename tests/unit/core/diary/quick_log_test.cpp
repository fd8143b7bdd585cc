#include "core/diary/quick_log.h"

#include <gtest/gtest.h>

#include "core/diary/episode_validation.h"

using core::WallClockReading;
using core::diary::MakeQuickEpisode;
using core::diary::QuickLogStart;

namespace {

// 2026-11-22T19:12:00Z is 03:12 on 23 November in Shanghai (+08:00).
constexpr std::int64_t kShanghaiThreeAm = 1795374720;

QuickLogStart StartAt(std::int64_t utc, int offset) {
  QuickLogStart start;
  start.started = WallClockReading{utc, offset};
  start.muscle = core::diary::Muscle::kCalfBack;
  start.side = core::diary::Side::kRight;
  return start;
}

}  // namespace

TEST(QuickLog, StartedAtIsLocalTimeWithOffset) {
  EXPECT_EQ(core::diary::FormatLocalTime({kShanghaiThreeAm, 480}), "2026-11-23T03:12:00+08:00");
  EXPECT_EQ(core::diary::FormatLocalTime({kShanghaiThreeAm, -300}), "2026-11-22T14:12:00-05:00");
  EXPECT_EQ(core::diary::FormatLocalTime({kShanghaiThreeAm, 0}), "2026-11-22T19:12:00+00:00");
}

TEST(QuickLog, DurationIsTimeFromSideTapToEasedTap) {
  const auto episode =
      MakeQuickEpisode(StartAt(kShanghaiThreeAm, 480), {kShanghaiThreeAm + 95, 480}, 95.4,
                       "9b2f0a4e-6c1d-4e8a-9f3b-2a1c0d9e8f7a");
  EXPECT_EQ(episode.duration_s, 95);
  EXPECT_EQ(episode.started_at, "2026-11-23T03:12:00+08:00");
  EXPECT_EQ(episode.side, core::diary::Side::kRight);
  EXPECT_EQ(episode.created_at, "2026-11-22T19:13:35Z");
  EXPECT_TRUE(episode.woke_from_sleep);
  EXPECT_TRUE(core::diary::ValidateEpisode(episode).empty());
}

TEST(QuickLog, DurationIsClampedToTheEpisodeLimits) {
  const auto start = StartAt(kShanghaiThreeAm, 480);
  EXPECT_EQ(MakeQuickEpisode(start, {kShanghaiThreeAm, 480}, 0.0, "x").duration_s, 1);
  EXPECT_EQ(MakeQuickEpisode(start, {kShanghaiThreeAm - 30, 480}, -30.0, "x").duration_s, 1);
  EXPECT_EQ(MakeQuickEpisode(start, {kShanghaiThreeAm + 7200, 480}, 7200.0, "x").duration_s, 3600);
}

// Issue 24, item 12: the wall clock set an hour on (or back) during a 90 s cramp is not a
// cramp of an hour (or of 1 s): the duration is the monotonic clock's.
TEST(QuickLog, DurationIsMonotonicWhenTheWallClockJumps) {
  QuickLogStart start = StartAt(kShanghaiThreeAm, 480);
  start.monotonic_started_s = 5000.25;
  const auto forward = MakeQuickEpisode(start, {kShanghaiThreeAm + 3600 + 90, 480}, 5090.5, "x");
  EXPECT_EQ(forward.duration_s, 90);
  EXPECT_EQ(forward.started_at, "2026-11-23T03:12:00+08:00") << "started_at stays wall-clock";
  const auto back = MakeQuickEpisode(start, {kShanghaiThreeAm - 3600 + 90, 480}, 5090.5, "x");
  EXPECT_EQ(back.duration_s, 90);
}

TEST(QuickLog, DaytimeCrampIsNotAssumedToWakeSomeone) {
  // 14:12 local in New York.
  EXPECT_FALSE(core::diary::LikelyWokeFromSleep({kShanghaiThreeAm, -300}));
  EXPECT_TRUE(core::diary::LikelyWokeFromSleep({kShanghaiThreeAm, 480}));
}

TEST(SystemClock, OffsetIsAWholeNumberOfMinutesWithinRealZones) {
  const auto now = core::SystemClock().Now();
  EXPECT_GE(now.offset_minutes, -720);
  EXPECT_LE(now.offset_minutes, 840);
  EXPECT_GT(now.utc_seconds, 1700000000);
}
