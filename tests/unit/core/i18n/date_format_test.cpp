// Dates, times and durations in each language (core/i18n/date_format.h): the forms the
// diary, Trends and the doctor report show, on ordinary and odd dates (leap days, year ends,
// the turn of a century), and never a blank or a crash on values out of range.
#include "core/i18n/date_format.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>

#include "core/diary/civil_date.h"
#include "core/diary/timestamp.h"

namespace {

using core::diary::LocalDate;
using core::i18n::Language;

constexpr Language kEn = Language::kEn;
constexpr Language kZh = Language::kZhHans;

core::diary::Timestamp At(const char* text) {
  return *core::diary::ParseTimestamp(text, core::diary::TimestampKind::kLocalWithOffset);
}

TEST(DateFormat, WeekdayAndMonthNamesInBothLanguages) {
  const char* en_days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  const char* zh_days[] = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};
  for (int day = 0; day < 7; ++day) {
    EXPECT_EQ(core::i18n::WeekdayName(kEn, day), en_days[day]);
    EXPECT_EQ(core::i18n::WeekdayName(kZh, day), zh_days[day]);
  }
  const char* en_months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  for (int month = 1; month <= 12; ++month) {
    EXPECT_EQ(core::i18n::MonthName(kEn, month), en_months[month - 1]);
    EXPECT_EQ(core::i18n::MonthName(kZh, month), std::to_string(month) + "月");
  }
}

TEST(DateFormat, DayDateAndFullDate) {
  const LocalDate wednesday{2026, 12, 2};
  EXPECT_EQ(core::i18n::FormatDayDate(kEn, wednesday), "Wed 2 Dec");
  EXPECT_EQ(core::i18n::FormatDayDate(kZh, wednesday), "12月2日 周三");
  EXPECT_EQ(core::i18n::FormatFullDate(kEn, wednesday), "Wed 2 Dec 2026");
  EXPECT_EQ(core::i18n::FormatFullDate(kZh, wednesday), "2026年12月2日 周三");
  EXPECT_EQ(core::i18n::FormatShortDate(kEn, wednesday), "2 Dec");
  EXPECT_EQ(core::i18n::FormatShortDate(kZh, wednesday), "12月2日");
  EXPECT_EQ(core::i18n::FormatShortDateStacked(kEn, wednesday), "2\nDec");
  EXPECT_EQ(core::i18n::FormatShortDateStacked(kZh, wednesday), "12月\n2日");
}

TEST(DateFormat, LeapDaysAndTheTurnOfCenturies) {
  EXPECT_EQ(core::i18n::FormatFullDate(kEn, {2028, 2, 29}), "Tue 29 Feb 2028");
  EXPECT_EQ(core::i18n::FormatFullDate(kZh, {2028, 2, 29}), "2028年2月29日 周二");
  EXPECT_EQ(core::i18n::FormatFullDate(kEn, {2000, 2, 29}), "Tue 29 Feb 2000");
  // 2100 is not a leap year: the day after 28 February is 1 March, a Monday.
  EXPECT_EQ(core::i18n::FormatFullDate(kEn, core::diary::AddDays({2100, 2, 28}, 1)),
            "Mon 1 Mar 2100");
  EXPECT_EQ(core::i18n::FormatFullDate(kZh, {1900, 1, 1}), "1900年1月1日 周一");
}

TEST(DateFormat, YearBoundaries) {
  const LocalDate new_years_eve{2026, 12, 31};
  const LocalDate new_year = core::diary::AddDays(new_years_eve, 1);
  EXPECT_EQ(core::i18n::FormatFullDate(kEn, new_years_eve), "Thu 31 Dec 2026");
  EXPECT_EQ(core::i18n::FormatFullDate(kEn, new_year), "Fri 1 Jan 2027");
  EXPECT_EQ(core::i18n::FormatFullDate(kZh, new_year), "2027年1月1日 周五");
  // In a list the year shows only for another year than today's.
  EXPECT_EQ(core::i18n::FormatDateNear(kEn, new_years_eve, new_year), "Thu 31 Dec 2026");
  EXPECT_EQ(core::i18n::FormatDateNear(kEn, new_year, new_year), "Fri 1 Jan");
  EXPECT_EQ(core::i18n::FormatDateNear(kZh, new_years_eve, new_year), "2026年12月31日 周四");
  EXPECT_EQ(core::i18n::FormatDateNear(kZh, new_year, new_year), "1月1日 周五");
}

TEST(DateFormat, TimesAreTwentyFourHourWithTwoDigits) {
  EXPECT_EQ(core::i18n::FormatTime(kEn, 3, 10), "03:10");
  EXPECT_EQ(core::i18n::FormatTime(kZh, 3, 10), "03:10");
  EXPECT_EQ(core::i18n::FormatTime(kEn, 0, 0), "00:00");
  EXPECT_EQ(core::i18n::FormatTime(kZh, 23, 59), "23:59");
}

TEST(DateFormat, DateTimeIsTheWallClockOfTheEntry) {
  const LocalDate today{2026, 12, 2};
  // The clock the person saw, whatever the offset: 03:10 in Shanghai stays 03:10.
  EXPECT_EQ(core::i18n::FormatDateTime(kEn, At("2026-12-02T03:10:00+08:00"), today),
            "Wed 2 Dec 03:10");
  EXPECT_EQ(core::i18n::FormatDateTime(kZh, At("2026-12-02T03:10:00+08:00"), today),
            "12月2日 周三 03:10");
  EXPECT_EQ(core::i18n::FormatDateTime(kEn, At("2025-12-31T23:59:00-05:00"), today),
            "Wed 31 Dec 2025 23:59");
  EXPECT_EQ(core::i18n::FormatDateTime(kZh, At("2025-12-31T23:59:00-05:00"), today),
            "2025年12月31日 周三 23:59");
}

TEST(DateFormat, NightOf) {
  const LocalDate today{2026, 12, 2};
  // 03:10 on Wednesday belongs to the night that began on Tuesday.
  const auto t = At("2026-12-02T03:10:00+08:00");
  const LocalDate night = core::diary::CivilFromDays(core::diary::NightOf(t));
  EXPECT_EQ(core::i18n::FormatNightOf(kEn, night, today), "night of Tue 1 Dec");
  EXPECT_EQ(core::i18n::FormatNightOf(kZh, night, today), "12月1日 周二夜间");
  // New Year's night began in the old year.
  const LocalDate new_year{2027, 1, 1};
  EXPECT_EQ(core::i18n::FormatNightOf(kEn, {2026, 12, 31}, new_year), "night of Thu 31 Dec 2026");
  EXPECT_EQ(core::i18n::FormatNightOf(kZh, {2026, 12, 31}, new_year), "2026年12月31日 周四夜间");
}

TEST(DateFormat, Durations) {
  EXPECT_EQ(core::i18n::FormatDuration(kEn, 90), "1 min 30 s");
  EXPECT_EQ(core::i18n::FormatDuration(kZh, 90), "1分30秒");
  EXPECT_EQ(core::i18n::FormatDuration(kEn, 45), "45 s");
  EXPECT_EQ(core::i18n::FormatDuration(kZh, 45), "45秒");
  EXPECT_EQ(core::i18n::FormatDuration(kEn, 120), "2 min");
  EXPECT_EQ(core::i18n::FormatDuration(kZh, 120), "2分钟");
  EXPECT_EQ(core::i18n::FormatDuration(kEn, 3600), "60 min");
  EXPECT_EQ(core::i18n::FormatDuration(kZh, 3599), "59分59秒");
  EXPECT_EQ(core::i18n::FormatDuration(kEn, 0), "0 s");
  EXPECT_EQ(core::i18n::FormatDuration(kEn, -5), "0 s");
}

TEST(DateFormat, Decimals) {
  EXPECT_EQ(core::i18n::FormatDecimal(kEn, 1.25, 1), "1.2");  // printf rounding, both languages
  EXPECT_EQ(core::i18n::FormatDecimal(kZh, 1.5, 1), "1.5");
  EXPECT_EQ(core::i18n::FormatDecimal(kEn, 3.0, 0), "3");
  EXPECT_EQ(core::i18n::FormatDecimal(kEn, -0.04, 1), "0.0");
  EXPECT_EQ(core::i18n::FormatDecimal(kEn, -2.5, 1), "-2.5");
  EXPECT_EQ(core::i18n::FormatDecimal(kEn, std::nan(""), 1), "0.0");
  EXPECT_EQ(core::i18n::FormatDecimal(kZh, std::numeric_limits<double>::infinity(), 2), "0.00");
}

TEST(DateFormat, OutOfRangeNeverBlanksOrCrashes) {
  EXPECT_TRUE(core::i18n::MonthName(kEn, 0).empty());
  EXPECT_TRUE(core::i18n::MonthName(kZh, 13).empty());
  EXPECT_EQ(core::i18n::WeekdayName(kEn, -1), "Sun");
  EXPECT_EQ(core::i18n::WeekdayName(kEn, 7), "Mon");
  EXPECT_FALSE(core::i18n::FormatFullDate(kZh, {2026, 13, 40}).empty());
}

}  // namespace
