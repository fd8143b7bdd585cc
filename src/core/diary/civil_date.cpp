#include "core/diary/civil_date.h"

#include <cstdio>

namespace core::diary {

bool IsLeapYear(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  if (month == 2 && IsLeapYear(year)) return 29;
  return kDays[month - 1];
}

bool IsValidDate(int year, int month, int day) {
  return day >= 1 && day <= DaysInMonth(year, month);
}

// http://howardhinnant.github.io/date_algorithms.html#days_from_civil
std::int64_t DaysFromCivil(int year, int month, int day) {
  const std::int64_t y = static_cast<std::int64_t>(year) - (month <= 2 ? 1 : 0);
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const std::int64_t yoe = y - era * 400;
  const std::int64_t mp = (month + 9) % 12;
  const std::int64_t doy = (153 * mp + 2) / 5 + day - 1;
  const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

LocalDate CivilFromDays(std::int64_t days) {
  const std::int64_t z = days + 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const std::int64_t doe = z - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  const std::int64_t d = doy - (153 * mp + 2) / 5 + 1;
  const std::int64_t m = mp < 10 ? mp + 3 : mp - 9;
  const std::int64_t y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return LocalDate{static_cast<int>(y), static_cast<int>(m), static_cast<int>(d)};
}

LocalDate AddDays(const LocalDate& date, std::int64_t days) {
  return CivilFromDays(DaysFromCivil(date) + days);
}

int Weekday(std::int64_t days) {
  // 1970-01-01 was a Thursday (3 when Monday is 0).
  const std::int64_t w = (days % 7 + 7 + 3) % 7;
  return static_cast<int>(w);
}

std::int64_t MondayOnOrBefore(std::int64_t days) {
  return days - Weekday(days);
}

IsoWeek IsoWeekOf(std::int64_t days) {
  // The ISO year is the year of this week's Thursday.
  const std::int64_t thursday = MondayOnOrBefore(days) + 3;
  const LocalDate thursday_date = CivilFromDays(thursday);
  const std::int64_t jan1 = DaysFromCivil(thursday_date.year, 1, 1);
  return IsoWeek{thursday_date.year, static_cast<int>((thursday - jan1) / 7 + 1)};
}

namespace {
bool ParseDigits(std::string_view text, std::size_t pos, std::size_t count, int* value) {
  if (pos + count > text.size()) return false;
  int v = 0;
  for (std::size_t i = pos; i < pos + count; ++i) {
    const char c = text[i];
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  *value = v;
  return true;
}
}  // namespace

std::optional<LocalDate> ParseDate(std::string_view text) {
  int y = 0, m = 0, d = 0;
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  if (!ParseDigits(text, 0, 4, &y) || !ParseDigits(text, 5, 2, &m) || !ParseDigits(text, 8, 2, &d))
    return std::nullopt;
  if (!IsValidDate(y, m, d)) return std::nullopt;
  return LocalDate{y, m, d};
}

std::string FormatDate(const LocalDate& date) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
  return buffer;
}

std::string FormatIsoWeek(const IsoWeek& week) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-W%02d", week.year, week.week);
  return buffer;
}

}  // namespace core::diary
