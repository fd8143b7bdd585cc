#include "core/diary/quick_log.h"

#include <algorithm>

#include "core/diary/civil_date.h"
#include "core/diary/timestamp.h"

namespace core::diary {
namespace {

constexpr std::int64_t kSecondsPerDay = 86400;

std::int64_t FloorDiv(std::int64_t a, std::int64_t b) {
  const std::int64_t q = a / b;
  return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

Timestamp LocalTimestamp(const WallClockReading& reading) {
  const std::int64_t local = reading.utc_seconds + std::int64_t{reading.offset_minutes} * 60;
  const std::int64_t days = FloorDiv(local, kSecondsPerDay);
  const auto second_of_day = static_cast<int>(local - days * kSecondsPerDay);
  Timestamp timestamp;
  timestamp.date = CivilFromDays(days);
  timestamp.hour = second_of_day / 3600;
  timestamp.minute = second_of_day / 60 % 60;
  timestamp.second = second_of_day % 60;
  timestamp.offset_minutes = reading.offset_minutes;
  return timestamp;
}

}  // namespace

std::string FormatLocalTime(const WallClockReading& reading) {
  return FormatTimestamp(LocalTimestamp(reading));
}

bool LikelyWokeFromSleep(const WallClockReading& started) {
  const int hour = LocalTimestamp(started).hour;
  return hour >= 20 || hour < 10;
}

Episode MakeQuickEpisode(const QuickLogStart& start, const WallClockReading& eased,
                         double monotonic_eased_s, std::string id) {
  Episode episode;
  episode.id = std::move(id);
  episode.started_at = FormatLocalTime(start.started);
  // Whole seconds, as the relief timer showed them.
  const double elapsed_s = monotonic_eased_s - start.monotonic_started_s;
  const auto elapsed =
      static_cast<std::int64_t>(std::clamp(elapsed_s, 0.0, static_cast<double>(kMaxDurationS)));
  episode.duration_s =
      static_cast<int>(std::clamp<std::int64_t>(elapsed, kMinDurationS, kMaxDurationS));
  episode.muscle = start.muscle;
  episode.side = start.side;
  episode.woke_from_sleep = LikelyWokeFromSleep(start.started);
  // What eased it and whether that helped are the person's answers, asked afterwards.
  episode.relief = std::nullopt;
  episode.relief_helped = std::nullopt;
  episode.created_at = FormatUtcSeconds(eased.utc_seconds);
  episode.updated_at = episode.created_at;
  return episode;
}

}  // namespace core::diary
