#pragma once
// Time as the app needs it: the wall clock with the device's current UTC offset (episodes
// are stored in local time with offset, so nights are counted the way the person lived
// them), and a monotonic clock for timers that must not jump when the wall clock does.
#include <cstdint>

namespace core {

struct WallClockReading {
  std::int64_t utc_seconds = 0;
  int offset_minutes = 0;  // local time minus UTC at that moment
};

class Clock {
 public:
  virtual ~Clock() = default;
  virtual WallClockReading Now() const = 0;
  virtual double MonotonicSeconds() const = 0;
};

// The device's clock and time zone (<ctime>; in the browser Emscripten asks JS's Date).
class SystemClock final : public Clock {
 public:
  WallClockReading Now() const override;
  double MonotonicSeconds() const override;
};

// A clock tests move by hand.
class ManualClock final : public Clock {
 public:
  WallClockReading Now() const override { return now_; }
  double MonotonicSeconds() const override { return monotonic_; }
  void Set(WallClockReading now) { now_ = now; }
  void Advance(double seconds) {
    monotonic_ += seconds;
    now_.utc_seconds += static_cast<std::int64_t>(seconds);
  }

 private:
  WallClockReading now_;
  double monotonic_ = 0.0;
};

}  // namespace core
