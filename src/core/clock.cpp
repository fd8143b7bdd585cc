#include "core/clock.h"

#include <chrono>
#include <ctime>

#include "core/diary/civil_date.h"

namespace core {
namespace {

// `local` counted as if it were UTC: local time minus this gives the UTC instant.
std::int64_t LocalAsUtcSeconds(const LocalDateTime& local) {
  return diary::DaysFromCivil(local.year, local.month, local.day) * 86400 +
         std::int64_t{local.hour} * 3600 + std::int64_t{local.minute} * 60;
}

// Local minus UTC at `at`, as broken-down times, which needs no tm_gmtoff.
int OffsetOfTimeT(std::time_t at) {
  std::tm local{};
  localtime_r(&at, &local);
  std::tm utc{};
  gmtime_r(&at, &utc);
  utc.tm_isdst = local.tm_isdst;
  return static_cast<int>(
      (static_cast<std::int64_t>(timegm(&local)) - static_cast<std::int64_t>(timegm(&utc))) / 60);
}

}  // namespace

WallClockReading SystemClock::Now() const {
  const std::time_t now = std::time(nullptr);
  return WallClockReading{static_cast<std::int64_t>(now), OffsetOfTimeT(now)};
}

int SystemClock::OffsetMinutesAtUtc(std::int64_t utc_seconds) const {
  return OffsetOfTimeT(static_cast<std::time_t>(utc_seconds));
}

std::optional<int> SystemClock::UtcOffsetMinutesAt(const LocalDateTime& local) const {
  // Every offset the zone could give that moment is the offset at local-as-UTC shifted by
  // at most a day; try those around it and keep the ones that map back to `local`.
  const std::int64_t local_as_utc = LocalAsUtcSeconds(local);
  std::optional<int> found;
  std::int64_t found_instant = 0;
  for (const std::int64_t probe_hours : {-26, -14, -2, 0, 2, 14, 26}) {
    const int offset = OffsetMinutesAtUtc(local_as_utc + probe_hours * 3600);
    const std::int64_t instant = local_as_utc - std::int64_t{offset} * 60;
    if (OffsetMinutesAtUtc(instant) != offset) continue;
    if (!found || instant < found_instant) found = offset, found_instant = instant;
  }
  return found;
}

double SystemClock::MonotonicSeconds() const {
  using std::chrono::duration;
  using std::chrono::steady_clock;
  return duration<double>(steady_clock::now().time_since_epoch()).count();
}

int ManualClock::OffsetMinutesAtUtc(std::int64_t utc_seconds) const {
  if (!offset_before_) return now_.offset_minutes;
  int offset = *offset_before_;
  for (const OffsetChange& change : changes_) {
    if (change.utc_seconds > utc_seconds) break;
    offset = change.offset_minutes;
  }
  return offset;
}

std::optional<int> ManualClock::UtcOffsetMinutesAt(const LocalDateTime& local) const {
  const std::int64_t local_as_utc = LocalAsUtcSeconds(local);
  std::vector<int> offsets = {offset_before_.value_or(now_.offset_minutes)};
  for (const OffsetChange& change : changes_) offsets.push_back(change.offset_minutes);
  std::optional<int> found;
  std::int64_t found_instant = 0;
  for (const int offset : offsets) {
    const std::int64_t instant = local_as_utc - std::int64_t{offset} * 60;
    if (OffsetMinutesAtUtc(instant) != offset) continue;
    if (!found || instant < found_instant) found = offset, found_instant = instant;
  }
  return found;
}

}  // namespace core
