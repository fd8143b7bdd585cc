#include "core/clock.h"

#include <chrono>
#include <ctime>

namespace core {

WallClockReading SystemClock::Now() const {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  std::tm utc{};
  gmtime_r(&now, &utc);
  // The offset is local minus UTC as broken-down times, which needs no tm_gmtoff.
  utc.tm_isdst = local.tm_isdst;
  const auto local_as_utc = static_cast<std::int64_t>(timegm(&local));
  const auto utc_as_utc = static_cast<std::int64_t>(timegm(&utc));
  WallClockReading reading;
  reading.utc_seconds = static_cast<std::int64_t>(now);
  reading.offset_minutes = static_cast<int>((local_as_utc - utc_as_utc) / 60);
  return reading;
}

double SystemClock::MonotonicSeconds() const {
  using std::chrono::duration;
  using std::chrono::steady_clock;
  return duration<double>(steady_clock::now().time_since_epoch()).count();
}

}  // namespace core
