#pragma once
// Calendar dates without time zones: proleptic Gregorian arithmetic on plain integers
// (Howard Hinnant's days_from_civil), so the core never needs <chrono> zones, the C
// library's TZ database or a locale, and behaves the same natively and in WebAssembly.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace core::diary {

// A local calendar date. Always valid when it comes from the functions below.
struct LocalDate {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..31

  friend bool operator==(const LocalDate& a, const LocalDate& b) {
    return a.year == b.year && a.month == b.month && a.day == b.day;
  }
  friend bool operator!=(const LocalDate& a, const LocalDate& b) { return !(a == b); }
  friend bool operator<(const LocalDate& a, const LocalDate& b) {
    if (a.year != b.year) return a.year < b.year;
    if (a.month != b.month) return a.month < b.month;
    return a.day < b.day;
  }
  friend bool operator<=(const LocalDate& a, const LocalDate& b) { return !(b < a); }
};

// ISO 8601 week: weeks start on Monday; week 1 holds the year's first Thursday.
struct IsoWeek {
  int year = 1970;
  int week = 1;  // 1..53
};

bool IsLeapYear(int year);
int DaysInMonth(int year, int month);  // 0 for a month outside 1..12
bool IsValidDate(int year, int month, int day);

// Days since 1970-01-01 (negative before it). Exact for any int year.
std::int64_t DaysFromCivil(int year, int month, int day);
inline std::int64_t DaysFromCivil(const LocalDate& date) {
  return DaysFromCivil(date.year, date.month, date.day);
}
LocalDate CivilFromDays(std::int64_t days);

LocalDate AddDays(const LocalDate& date, std::int64_t days);
// 0 = Monday ... 6 = Sunday.
int Weekday(std::int64_t days);
// The Monday on or before `days` (a day number).
std::int64_t MondayOnOrBefore(std::int64_t days);
IsoWeek IsoWeekOf(std::int64_t days);

// "YYYY-MM-DD" exactly; nullopt for anything else, including impossible dates.
std::optional<LocalDate> ParseDate(std::string_view text);
std::string FormatDate(const LocalDate& date);
// "2026-W48".
std::string FormatIsoWeek(const IsoWeek& week);

}  // namespace core::diary
