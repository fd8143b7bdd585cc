#pragma once
// "Log a past cramp": the entry made afterwards ("it woke me at 3, I log it at 7"). The
// person says when it started (a preset "15 minutes ago" or a day and time stepped by
// hand), where, which leg and how long; the rest are details added afterwards, as for
// "Cramp now" (quick_log.h). Times are wall-clock readings in the offset the device's zone
// had at that moment (a cramp before last night's daylight-saving change keeps the offset
// of then), so the night is the one the person lived (NightOf: 01:30 belongs to the
// evening before).
#include <cstdint>
#include <string>

#include "core/clock.h"
#include "core/diary/civil_date.h"
#include "core/diary/episode.h"

namespace core::diary {

struct PastCramp {
  WallClockReading started;
  int duration_s = 0;  // 0 until chosen: ValidateEpisode then names the field
  Muscle muscle = Muscle::kCalfBack;
  Side side = Side::kLeft;
};

// `reading` moved by `seconds` (negative: earlier), in the same offset.
WallClockReading Shifted(const WallClockReading& reading, std::int64_t seconds);
// `reading`'s instant with the offset `clock`'s zone had then.
WallClockReading WithOffsetThen(const Clock& clock, const WallClockReading& reading);

// A wall-clock time turned into a reading by `clock`'s zone rules. A time that did not
// exist (skipped when the clocks went forward) is moved out of the gap by its length, as
// the clock on the wall was: on (02:30 becomes 03:30), or back (02:30 becomes 01:30) when
// `moving_earlier` (a step back must not land later); `moved_over_gap` says so, for a
// note to the person.
struct LocalTimeReading {
  WallClockReading reading;
  bool moved_over_gap = false;
};
LocalTimeReading ReadingAtLocalTime(const Clock& clock, const LocalDateTime& local,
                                    bool moving_earlier = false);

// `reading` moved by `seconds` of wall-clock time (negative: earlier), so a day back from
// 03:00 is 03:00 even across a daylight-saving change, in the offset of that moment (to
// the whole minute).
LocalTimeReading ShiftedOnTheWall(const Clock& clock, const WallClockReading& reading,
                                  std::int64_t seconds);

// The last time, at or before `clock`'s now, the wall clock showed `hour`:00: a night hour
// tapped in "Log a past cramp" ("around 3 a.m."). At 07:00 that is today's 03:00, in the
// night that began yesterday evening (NightOf); at 02:00 it is yesterday's, since today's
// has not come yet. An hour the clocks skipped is moved on out of the gap, as
// ReadingAtLocalTime does (02:00 becomes 03:00), with moved_over_gap set; the offset is
// the zone's at that moment.
LocalTimeReading LatestWallClockHour(const Clock& clock, int hour);

// `minutes` before `now`, to the whole minute (a preset: "15 minutes ago").
WallClockReading MinutesBefore(const WallClockReading& now, int minutes);
// The wall-clock date and time of `reading`.
struct WallClockParts {
  LocalDate date;
  int hour = 0;
  int minute = 0;
};
WallClockParts PartsOf(const WallClockReading& reading);
// The night `reading` belongs to (NightOf), as the date the night began.
LocalDate NightOfReading(const WallClockReading& reading);

// The episode for a cramp logged afterwards at `now`: started and lasting as the person
// said (duration not clamped: an impossible one is refused by ValidateEpisode, never
// changed), "woke me" guessed from the hour as Cramp now does, relief not recorded,
// created and updated at `now` in UTC.
Episode MakePastEpisode(const PastCramp& cramp, const WallClockReading& now, std::string id);

}  // namespace core::diary
