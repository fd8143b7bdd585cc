#pragma once
// "Cramp now": the episode logged at 3 a.m. with as few taps as possible. The person picks
// the muscle and the side (the relief timer starts at the side tap), stretches, and taps
// "it has eased": that saves the episode at once. Details (pain, triggers, notes) can be
// added afterwards; until then the fields hold the defaults documented below, and pain
// stays unrated (nullopt): a number nobody entered must never reach the doctor's report.
#include <cstdint>
#include <string>

#include "core/clock.h"
#include "core/diary/episode.h"

namespace core::diary {

struct QuickLogStart {
  WallClockReading started;  // when the side was tapped: the time stored as started_at
  // Clock::MonotonicSeconds() at the same tap: the duration is measured on it, because the
  // wall clock may be set (or corrected by the network) during a cramp.
  double monotonic_started_s = 0.0;
  Muscle muscle = Muscle::kCalfBack;
  Side side = Side::kLeft;
};

// Local wall-clock time with offset, e.g. "2026-11-23T03:12:00+08:00".
std::string FormatLocalTime(const WallClockReading& reading);

// True for a start between 20:00 and 09:59 local time: such a cramp most likely woke the
// person, which is the default until they say otherwise.
bool LikelyWokeFromSleep(const WallClockReading& started);

// The episode for a cramp that eased at `eased` (wall clock) and `monotonic_eased_s`
// (Clock::MonotonicSeconds()): duration the whole monotonic seconds between the taps,
// clamped to 1..3600 s, relief "stretch" that helped (the person says it eased),
// created/updated at `eased` in UTC.
Episode MakeQuickEpisode(const QuickLogStart& start, const WallClockReading& eased,
                         double monotonic_eased_s, std::string id);

}  // namespace core::diary
