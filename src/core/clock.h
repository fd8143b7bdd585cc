#pragma once
// Time as the app needs it: the wall clock with the device's current UTC offset (episodes
// are stored in local time with offset, so nights are counted the way the person lived
// them), and a monotonic clock for timers that must not jump when the wall clock does.
// A past moment carries the offset the zone's rules gave it then (a cramp before last
// night's daylight-saving change keeps that night's offset), not today's.
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace core {

struct WallClockReading {
  std::int64_t utc_seconds = 0;
  int offset_minutes = 0;  // local time minus UTC at that moment
};

// A wall-clock date and time as a person reads it, in no particular offset.
struct LocalDateTime {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;
  int hour = 0;
  int minute = 0;
};

class Clock {
 public:
  virtual ~Clock() = default;
  virtual WallClockReading Now() const = 0;
  virtual double MonotonicSeconds() const = 0;
  // The device zone's offset (local minus UTC, minutes) at the instant `utc_seconds`.
  virtual int OffsetMinutesAtUtc(std::int64_t utc_seconds) const = 0;
  // The offset the zone gives the local time `local`; nullopt when that time did not exist
  // there (skipped when the clocks went forward). A time that happened twice (clocks went
  // back) gets the earlier instant's offset.
  virtual std::optional<int> UtcOffsetMinutesAt(const LocalDateTime& local) const = 0;
};

// The device's clock and time zone (<ctime>; in the browser Emscripten asks JS's Date).
class SystemClock final : public Clock {
 public:
  WallClockReading Now() const override;
  double MonotonicSeconds() const override;
  int OffsetMinutesAtUtc(std::int64_t utc_seconds) const override;
  std::optional<int> UtcOffsetMinutesAt(const LocalDateTime& local) const override;
};

// From `utc_seconds` on (until the next change), the zone's offset is `offset_minutes`.
struct OffsetChange {
  std::int64_t utc_seconds = 0;
  int offset_minutes = 0;
};

// A clock tests move by hand. Its zone keeps Now()'s offset at every instant unless
// SetZoneRules gives it rules (e.g. a daylight-saving change last night).
class ManualClock final : public Clock {
 public:
  WallClockReading Now() const override { return now_; }
  double MonotonicSeconds() const override { return monotonic_; }
  int OffsetMinutesAtUtc(std::int64_t utc_seconds) const override;
  std::optional<int> UtcOffsetMinutesAt(const LocalDateTime& local) const override;
  void Set(WallClockReading now) { now_ = now; }
  // `offset_before_minutes` until the first of `changes` (in time order). Set() should
  // give Now() the offset these rules give it.
  void SetZoneRules(int offset_before_minutes, std::vector<OffsetChange> changes) {
    offset_before_ = offset_before_minutes;
    changes_ = std::move(changes);
  }
  void Advance(double seconds) {
    monotonic_ += seconds;
    now_.utc_seconds += static_cast<std::int64_t>(seconds);
  }

 private:
  WallClockReading now_;
  double monotonic_ = 0.0;
  std::optional<int> offset_before_;  // no rules: Now()'s offset everywhere
  std::vector<OffsetChange> changes_;
};

}  // namespace core
