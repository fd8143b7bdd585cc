#include "core/i18n/date_format.h"

#include <cmath>
#include <cstdio>

#include "core/i18n/text.h"

namespace core::i18n {
namespace {

namespace d = core::diary;

constexpr std::string_view kWeekdayKeys[7] = {
    "date.weekday.mon", "date.weekday.tue", "date.weekday.wed", "date.weekday.thu",
    "date.weekday.fri", "date.weekday.sat", "date.weekday.sun"};
constexpr std::string_view kMonthKeys[12] = {"date.month.jan", "date.month.feb", "date.month.mar",
                                             "date.month.apr", "date.month.may", "date.month.jun",
                                             "date.month.jul", "date.month.aug", "date.month.sep",
                                             "date.month.oct", "date.month.nov", "date.month.dec"};

std::string TwoDigits(int value) {
  char text[16];
  std::snprintf(text, sizeof text, "%02d", value);
  return text;
}

// The pattern `key` filled with the parts of `date`.
std::string FillDate(Language language, std::string_view key, const d::LocalDate& date) {
  const std::string day = std::to_string(date.day);
  const std::string year = std::to_string(date.year);
  return Fill(Text(language, key),
              {{"weekday", WeekdayName(language, d::Weekday(d::DaysFromCivil(date)))},
               {"day", day},
               {"month", MonthName(language, date.month)},
               {"year", year}});
}

}  // namespace

std::string_view WeekdayName(Language language, int weekday) {
  return Text(language, kWeekdayKeys[((weekday % 7) + 7) % 7]);
}

std::string_view MonthName(Language language, int month) {
  if (month < 1 || month > 12) return {};
  return Text(language, kMonthKeys[month - 1]);
}

std::string FormatMonthYear(Language language, int year, int month) {
  constexpr std::string_view kFullMonthKeys[12] = {
      "date.month.full_jan", "date.month.full_feb", "date.month.full_mar", "date.month.full_apr",
      "date.month.full_may", "date.month.full_jun", "date.month.full_jul", "date.month.full_aug",
      "date.month.full_sep", "date.month.full_oct", "date.month.full_nov", "date.month.full_dec"};
  const std::string_view name =
      month >= 1 && month <= 12 ? Text(language, kFullMonthKeys[month - 1]) : std::string_view();
  const std::string year_text = std::to_string(year);
  return Fill(Text(language, "date.month_year"), {{"month", name}, {"year", year_text}});
}

std::string FormatDayDate(Language language, const d::LocalDate& date) {
  return FillDate(language, "date.day", date);
}

std::string FormatFullDate(Language language, const d::LocalDate& date) {
  return FillDate(language, "date.day_year", date);
}

std::string FormatDateNear(Language language, const d::LocalDate& date, const d::LocalDate& today) {
  return date.year == today.year ? FormatDayDate(language, date) : FormatFullDate(language, date);
}

std::string FormatShortDate(Language language, const d::LocalDate& date) {
  return FillDate(language, "date.short", date);
}

std::string FormatShortDateStacked(Language language, const d::LocalDate& date) {
  return FillDate(language, "date.short_stacked", date);
}

std::string FormatTime(Language language, int hour, int minute) {
  return Fill(Text(language, "date.time"),
              {{"hour", TwoDigits(hour)}, {"minute", TwoDigits(minute)}});
}

std::string FormatDateTime(Language language, const d::Timestamp& timestamp,
                           const d::LocalDate& today) {
  const std::string date = FormatDateNear(language, timestamp.date, today);
  const std::string time = FormatTime(language, timestamp.hour, timestamp.minute);
  return Fill(Text(language, "date.date_time"), {{"date", date}, {"time", time}});
}

std::string FormatNightOf(Language language, const d::LocalDate& night, const d::LocalDate& today) {
  const std::string date = FormatDateNear(language, night, today);
  return Fill(Text(language, "date.night_of"), {{"date", date}});
}

std::string FormatDuration(Language language, int seconds) {
  if (seconds < 0) seconds = 0;
  const std::string minutes = std::to_string(seconds / 60);
  const std::string rest = std::to_string(seconds % 60);
  if (seconds < 60) return Fill(Text(language, "date.duration.seconds"), {{"seconds", rest}});
  if (seconds % 60 == 0)
    return Fill(Text(language, "date.duration.minutes"), {{"minutes", minutes}});
  return Fill(Text(language, "date.duration.minutes_seconds"),
              {{"minutes", minutes}, {"seconds", rest}});
}

std::string FormatDecimal(Language /*language*/, double value, int decimals) {
  if (!std::isfinite(value)) value = 0.0;
  if (decimals < 0) decimals = 0;
  if (decimals > 6) decimals = 6;
  char text[64];
  std::snprintf(text, sizeof text, "%.*f", decimals, value);
  // "-0.0" reads as a sign error; a value that rounds to zero is zero.
  const std::string shown = text;
  return shown.find_first_not_of("-0.") == std::string::npos && shown[0] == '-' ? shown.substr(1)
                                                                                : shown;
}

}  // namespace core::i18n
