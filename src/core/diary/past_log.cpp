#include "core/diary/past_log.h"

#include "core/diary/quick_log.h"
#include "core/diary/timestamp.h"

namespace core::diary {

WallClockReading Shifted(const WallClockReading& reading, std::int64_t seconds) {
  return WallClockReading{reading.utc_seconds + seconds, reading.offset_minutes};
}

WallClockReading MinutesBefore(const WallClockReading& now, int minutes) {
  const WallClockReading earlier = Shifted(now, -std::int64_t{minutes} * 60);
  // Whole minutes: the seconds of "now" mean nothing in a remembered time. Offsets are
  // whole minutes, so the UTC seconds say how far into the minute it is.
  const std::int64_t into_minute = ((earlier.utc_seconds % 60) + 60) % 60;
  return Shifted(earlier, -into_minute);
}

WallClockParts PartsOf(const WallClockReading& reading) {
  const auto timestamp = ParseTimestamp(FormatLocalTime(reading), TimestampKind::kLocalWithOffset);
  if (!timestamp) return {};
  return WallClockParts{timestamp->date, timestamp->hour, timestamp->minute};
}

LocalDate NightOfReading(const WallClockReading& reading) {
  const auto timestamp = ParseTimestamp(FormatLocalTime(reading), TimestampKind::kLocalWithOffset);
  return timestamp ? CivilFromDays(NightOf(*timestamp)) : LocalDate{};
}

Episode MakePastEpisode(const PastCramp& cramp, const WallClockReading& now, std::string id) {
  Episode episode;
  episode.id = std::move(id);
  episode.started_at = FormatLocalTime(cramp.started);
  episode.duration_s = cramp.duration_s;
  episode.muscle = cramp.muscle;
  episode.side = cramp.side;
  episode.woke_from_sleep = LikelyWokeFromSleep(cramp.started);
  episode.relief = Relief::kNone;
  episode.relief_helped = std::nullopt;
  episode.created_at = FormatUtcSeconds(now.utc_seconds);
  episode.updated_at = episode.created_at;
  return episode;
}

}  // namespace core::diary
