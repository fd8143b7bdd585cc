#pragma once
// ISO 8601 timestamps as the diary stores them, parsed and formatted by hand:
//   started_at  "2026-11-23T03:12:00+08:00"  local wall-clock time with its UTC offset
//   created_at  "2026-11-22T19:12:05Z"        UTC (an optional fraction ".123" is accepted,
//                                              because JavaScript's toISOString writes one)
// The wall-clock part is what the person saw on their clock, so night attribution uses it
// directly: daylight-saving changes and travel are handled by the offset in each string,
// with no time-zone database. Parsing never throws; it says what is wrong instead.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/diary/civil_date.h"

namespace core::diary {

// The wall-clock date at `utc_seconds` in a place `offset_minutes` ahead of UTC (a
// core::WallClockReading): what the device calls today.
LocalDate LocalDateAt(std::int64_t utc_seconds, int offset_minutes);

struct Timestamp {
  LocalDate date;          // the wall-clock date
  int hour = 0;            // 0..23
  int minute = 0;          // 0..59
  int second = 0;          // 0..59 (leap seconds are refused)
  int nanos = 0;           // fraction of a second, 0..999'999'999
  int offset_minutes = 0;  // local time minus UTC, -720..+840
  bool utc = false;        // written with "Z"

  // Wall-clock minutes since 1970-01-01T00:00 local: for ordering within one place.
  std::int64_t LocalMinutes() const;
  // Seconds since the Unix epoch, UTC.
  std::int64_t UtcSeconds() const;
};

enum class TimestampKind {
  kLocalWithOffset,  // "+08:00", "-05:00" or "Z"
  kUtc,              // must end in "Z"
};

// Parses `text`; on failure returns nullopt and, when `error` is not null, a short reason
// such as "2026-02-30 is not a date" or "offset must be between -12:00 and +14:00".
std::optional<Timestamp> ParseTimestamp(std::string_view text, TimestampKind kind,
                                        std::string* error = nullptr);

// "2026-11-23T03:12:00+08:00" ("Z" when `offset_minutes` is 0 and `utc` is set).
std::string FormatTimestamp(const Timestamp& timestamp);
// "2026-11-22T19:12:05Z" from seconds since the Unix epoch.
std::string FormatUtcSeconds(std::int64_t utc_seconds);

// The night an episode belongs to, as a day number (DaysFromCivil): a night runs from
// 12:00 local time to 11:59 the next day and is named by the date it began, so an
// episode at 02:30 on the 24th belongs to the night of the 23rd.
std::int64_t NightOf(const Timestamp& timestamp);
// The night a moment belongs to, by the same rule (the night under way): at 00:39 on the
// 3rd it is the night of the 2nd, at 15:00 on the 3rd the night of the 3rd.
LocalDate NightAt(std::int64_t utc_seconds, int offset_minutes);

// Plausible years for diary entries; anything outside is refused as a typo.
constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2199;

}  // namespace core::diary
