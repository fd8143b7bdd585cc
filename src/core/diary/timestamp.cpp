#include "core/diary/timestamp.h"

#include <cstdio>

namespace core::diary {

LocalDate LocalDateAt(std::int64_t utc_seconds, int offset_minutes) {
  const std::int64_t local = utc_seconds + std::int64_t{offset_minutes} * 60;
  // Floor division, so a moment before 1970 still falls on the right day.
  const std::int64_t days = local >= 0 ? local / 86400 : -((-local + 86399) / 86400);
  return CivilFromDays(days);
}

std::int64_t Timestamp::LocalMinutes() const {
  return DaysFromCivil(date) * 1440 + hour * 60 + minute;
}

std::int64_t Timestamp::UtcSeconds() const {
  return DaysFromCivil(date) * 86400 + hour * 3600 + minute * 60 + second -
         static_cast<std::int64_t>(offset_minutes) * 60;
}

namespace {

bool Digits(std::string_view text, std::size_t pos, std::size_t count, int* value) {
  if (pos + count > text.size()) return false;
  int v = 0;
  for (std::size_t i = pos; i < pos + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
    v = v * 10 + (text[i] - '0');
  }
  *value = v;
  return true;
}

std::optional<Timestamp> Fail(std::string* error, std::string message) {
  if (error != nullptr) *error = std::move(message);
  return std::nullopt;
}

}  // namespace

std::optional<Timestamp> ParseTimestamp(std::string_view text, TimestampKind kind,
                                        std::string* error) {
  const char* shape = kind == TimestampKind::kUtc ? "expected YYYY-MM-DDTHH:MM:SSZ"
                                                  : "expected YYYY-MM-DDTHH:MM:SS+HH:MM";
  Timestamp t;
  if (text.size() < 20 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' ||
      text[16] != ':')
    return Fail(error, shape);
  if (!Digits(text, 0, 4, &t.date.year) || !Digits(text, 5, 2, &t.date.month) ||
      !Digits(text, 8, 2, &t.date.day) || !Digits(text, 11, 2, &t.hour) ||
      !Digits(text, 14, 2, &t.minute) || !Digits(text, 17, 2, &t.second))
    return Fail(error, shape);
  if (t.date.year < kMinYear || t.date.year > kMaxYear)
    return Fail(error, "year must be between " + std::to_string(kMinYear) + " and " +
                           std::to_string(kMaxYear));
  if (!IsValidDate(t.date.year, t.date.month, t.date.day))
    return Fail(error, std::string(text.substr(0, 10)) + " is not a date");
  if (t.hour > 23) return Fail(error, "hour must be 00-23");
  if (t.minute > 59) return Fail(error, "minute must be 00-59");
  if (t.second > 59) return Fail(error, "second must be 00-59");

  std::size_t pos = 19;
  if (pos < text.size() && text[pos] == '.') {
    ++pos;
    int digits = 0;
    while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
      if (digits == 9) return Fail(error, "at most 9 digits of fraction");
      t.nanos = t.nanos * 10 + (text[pos] - '0');
      ++digits;
      ++pos;
    }
    if (digits == 0) return Fail(error, shape);
    for (int i = digits; i < 9; ++i) t.nanos *= 10;
  }
  const std::string_view zone = text.substr(pos);
  if (zone == "Z") {
    t.utc = true;
    return t;
  }
  if (kind == TimestampKind::kUtc) return Fail(error, "must be UTC, ending in Z");
  int oh = 0, om = 0;
  if (zone.size() != 6 || (zone[0] != '+' && zone[0] != '-') || zone[3] != ':' ||
      !Digits(zone, 1, 2, &oh) || !Digits(zone, 4, 2, &om))
    return Fail(error, shape);
  if (om > 59 || om % 15 != 0) return Fail(error, "offset minutes must be 00, 15, 30 or 45");
  const int offset = (zone[0] == '-' ? -1 : 1) * (oh * 60 + om);
  if (offset < -12 * 60 || offset > 14 * 60)
    return Fail(error, "offset must be between -12:00 and +14:00");
  if (offset == 0 && zone[0] == '-')
    return Fail(error, "offset -00:00 means an unknown offset; use +00:00 or Z");
  t.offset_minutes = offset;
  return t;
}

std::string FormatTimestamp(const Timestamp& t) {
  char buffer[64];
  const int written =
      std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d", t.date.year,
                    t.date.month, t.date.day, t.hour, t.minute, t.second);
  std::string text(buffer, written > 0 ? static_cast<std::size_t>(written) : 0);
  if (t.utc && t.offset_minutes == 0) return text + "Z";
  const int magnitude = t.offset_minutes < 0 ? -t.offset_minutes : t.offset_minutes;
  std::snprintf(buffer, sizeof buffer, "%c%02d:%02d", t.offset_minutes < 0 ? '-' : '+',
                magnitude / 60, magnitude % 60);
  return text + buffer;
}

std::string FormatUtcSeconds(std::int64_t utc_seconds) {
  std::int64_t days = utc_seconds / 86400;
  std::int64_t rest = utc_seconds % 86400;
  if (rest < 0) {
    rest += 86400;
    --days;
  }
  Timestamp t;
  t.date = CivilFromDays(days);
  t.hour = static_cast<int>(rest / 3600);
  t.minute = static_cast<int>(rest / 60 % 60);
  t.second = static_cast<int>(rest % 60);
  t.utc = true;
  return FormatTimestamp(t);
}

std::int64_t NightOf(const Timestamp& timestamp) {
  const std::int64_t day = DaysFromCivil(timestamp.date);
  return timestamp.hour < 12 ? day - 1 : day;
}

LocalDate NightAt(std::int64_t utc_seconds, int offset_minutes) {
  return LocalDateAt(utc_seconds - 12 * 3600, offset_minutes);
}

}  // namespace core::diary
