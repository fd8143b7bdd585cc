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

WallClockReading WithOffsetThen(const Clock& clock, const WallClockReading& reading) {
  return WallClockReading{reading.utc_seconds, clock.OffsetMinutesAtUtc(reading.utc_seconds)};
}

LocalTimeReading ReadingAtLocalTime(const Clock& clock, const LocalDateTime& local,
                                    bool moving_earlier) {
  const std::int64_t local_as_utc = DaysFromCivil(local.year, local.month, local.day) * 86400 +
                                    std::int64_t{local.hour} * 3600 +
                                    std::int64_t{local.minute} * 60;
  if (const std::optional<int> offset = clock.UtcOffsetMinutesAt(local))
    return {WallClockReading{local_as_utc - std::int64_t{*offset} * 60, *offset}, false};
  // In the gap: read in the offset before the change (a day and a half away is clear of
  // any change near this time) it lands after the change by the gap's length; read in the
  // offset after it, before the change.
  const std::int64_t away = moving_earlier ? 36 * 3600 : -36 * 3600;
  const int offset = clock.OffsetMinutesAtUtc(local_as_utc + away);
  const std::int64_t instant = local_as_utc - std::int64_t{offset} * 60;
  return {WithOffsetThen(clock, WallClockReading{instant, offset}), true};
}

LocalTimeReading ShiftedOnTheWall(const Clock& clock, const WallClockReading& reading,
                                  std::int64_t seconds) {
  const std::int64_t local_as_utc =
      reading.utc_seconds + std::int64_t{reading.offset_minutes} * 60 + seconds;
  const std::int64_t days =
      local_as_utc >= 0 ? local_as_utc / 86400 : -((-local_as_utc + 86399) / 86400);
  const std::int64_t into_day = local_as_utc - days * 86400;
  const LocalDate date = CivilFromDays(days);
  const LocalDateTime local{date.year, date.month, date.day, static_cast<int>(into_day / 3600),
                            static_cast<int>(into_day % 3600 / 60)};
  return ReadingAtLocalTime(clock, local, seconds < 0);
}

LocalTimeReading LatestWallClockHour(const Clock& clock, int hour) {
  const WallClockReading now = clock.Now();
  const std::int64_t today = DaysFromCivil(LocalDateAt(now.utc_seconds, now.offset_minutes));
  // Today's, else yesterday's; the day before that only if a gap moved yesterday's on past
  // now (an hour after a change at most: never, but nothing here may land in the future).
  for (std::int64_t day = today; day >= today - 2; --day) {
    const LocalDate date = CivilFromDays(day);
    const LocalTimeReading reading =
        ReadingAtLocalTime(clock, LocalDateTime{date.year, date.month, date.day, hour, 0});
    if (reading.reading.utc_seconds <= now.utc_seconds) return reading;
  }
  return {MinutesBefore(now, 0), false};
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
  episode.relief = std::nullopt;  // not answered yet
  episode.relief_helped = std::nullopt;
  episode.created_at = FormatUtcSeconds(now.utc_seconds);
  episode.updated_at = episode.created_at;
  return episode;
}

}  // namespace core::diary
