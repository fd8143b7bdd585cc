// A past time carries the offset its zone gave it then, not today's (issue 24, item 12).
#include <gtest/gtest.h>

#include <cstdlib>
#include <ctime>
#include <string>

#include "core/clock.h"
#include "core/diary/past_log.h"
#include "core/diary/quick_log.h"

using core::LocalDateTime;
using core::ManualClock;

namespace {

// Berlin, 2026: summer time from 2026-03-29T01:00:00Z (02:00 became 03:00) to
// 2026-10-25T01:00:00Z (03:00 became 02:00).
constexpr std::int64_t kSpringForward = 1774746000;
constexpr std::int64_t kFallBack = 1792890000;

ManualClock Berlin() {
  ManualClock clock;
  clock.SetZoneRules(60, {{kSpringForward, 120}, {kFallBack, 60}});
  clock.Set({kSpringForward + 5 * 3600, 120});
  return clock;
}

std::string Formatted(const core::diary::LocalTimeReading& read) {
  return core::diary::FormatLocalTime(read.reading);
}

// Runs `check` with the process's zone set to `zone`, then puts the old one back.
template <typename Check>
void InZone(const char* zone, Check check) {
  const char* old = std::getenv("TZ");
  const std::string saved = old ? old : "";
  setenv("TZ", zone, 1);
  tzset();
  check();
  if (old) {
    setenv("TZ", saved.c_str(), 1);
  } else {
    unsetenv("TZ");
  }
  tzset();
}

}  // namespace

TEST(ZoneRules, ManualClockGivesEachMomentItsOffset) {
  const ManualClock clock = Berlin();
  EXPECT_EQ(clock.OffsetMinutesAtUtc(kSpringForward - 1), 60);
  EXPECT_EQ(clock.OffsetMinutesAtUtc(kSpringForward), 120);
  EXPECT_EQ(clock.OffsetMinutesAtUtc(kFallBack), 60);
  EXPECT_EQ(clock.UtcOffsetMinutesAt(LocalDateTime{2026, 3, 29, 1, 59}), 60);
  EXPECT_EQ(clock.UtcOffsetMinutesAt(LocalDateTime{2026, 3, 29, 2, 30}), std::nullopt);
  EXPECT_EQ(clock.UtcOffsetMinutesAt(LocalDateTime{2026, 3, 29, 3, 0}), 120);
  // 02:30 happened twice on 25 October: the first time, in summer time.
  EXPECT_EQ(clock.UtcOffsetMinutesAt(LocalDateTime{2026, 10, 25, 2, 30}), 120);
  ManualClock fixed;
  fixed.Set({kSpringForward, 480});
  EXPECT_EQ(fixed.UtcOffsetMinutesAt(LocalDateTime{2026, 3, 29, 2, 30}), 480) << "no rules";
}

TEST(ZoneRules, APastTimeAcrossTheChangeTakesThatMomentsOffset) {
  const ManualClock clock = Berlin();
  EXPECT_EQ(Formatted(core::diary::ReadingAtLocalTime(clock, {2026, 3, 29, 1, 30})),
            "2026-03-29T01:30:00+01:00");
  // A day back from 06:00 summer time is 06:00 the day before, in winter time.
  const auto day_back =
      core::diary::ShiftedOnTheWall(clock, {kSpringForward + 3 * 3600, 120}, -86400);
  EXPECT_EQ(Formatted(day_back), "2026-03-28T06:00:00+01:00");
  EXPECT_FALSE(day_back.moved_over_gap);
  EXPECT_EQ(core::diary::FormatLocalTime(
                core::diary::WithOffsetThen(clock, {kSpringForward - 15 * 60, 120})),
            "2026-03-29T01:45:00+01:00");
}

TEST(ZoneRules, ATimeThatDidNotExistIsMovedOutOfTheGapTheWayTheStepWent) {
  const ManualClock clock = Berlin();
  const auto on = core::diary::ReadingAtLocalTime(clock, {2026, 3, 29, 2, 30});
  EXPECT_TRUE(on.moved_over_gap);
  EXPECT_EQ(Formatted(on), "2026-03-29T03:30:00+02:00");
  const auto back = core::diary::ReadingAtLocalTime(clock, {2026, 3, 29, 2, 30}, true);
  EXPECT_TRUE(back.moved_over_gap);
  EXPECT_EQ(Formatted(back), "2026-03-29T01:30:00+01:00");
}

TEST(ZoneRules, SystemClockReadsTheZonesRules) {
  InZone("Europe/Berlin", [] {
    const core::SystemClock clock;
    EXPECT_EQ(clock.OffsetMinutesAtUtc(kSpringForward - 1), 60);
    EXPECT_EQ(clock.OffsetMinutesAtUtc(kSpringForward), 120);
    EXPECT_EQ(clock.UtcOffsetMinutesAt(LocalDateTime{2026, 3, 29, 1, 30}), 60);
    EXPECT_EQ(clock.UtcOffsetMinutesAt(LocalDateTime{2026, 3, 29, 2, 30}), std::nullopt);
    EXPECT_EQ(clock.UtcOffsetMinutesAt(LocalDateTime{2026, 3, 29, 3, 30}), 120);
    EXPECT_EQ(clock.UtcOffsetMinutesAt(LocalDateTime{2026, 10, 25, 2, 30}), 120);
  });
  InZone("Asia/Shanghai", [] {
    EXPECT_EQ(core::SystemClock().UtcOffsetMinutesAt(LocalDateTime{2026, 3, 29, 2, 30}), 480);
  });
}
