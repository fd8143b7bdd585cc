#pragma once
// Dates, times, durations and numbers as a person reads them in their language:
//   en       "Wed 2 Dec"     "Wed 2 Dec 2026"        "03:10"  "1 min 30 s"  "night of Tue 1 Dec"
//   zh-Hans  "12月2日 周三"  "2026年12月2日 周三"    "03:10"  "1分30秒"     "12月1日 周二夜间"
// Every word and every pattern comes from the text tables ("date.*" keys of
// core/i18n/report_text.h), so a language is added there, not here. Dates are the wall-clock
// dates the diary stores (core/diary/timestamp.h): no time zone or C locale is consulted,
// so the result is the same natively, in WebAssembly and in every test.
#include <string>
#include <string_view>

#include "core/diary/civil_date.h"
#include "core/diary/timestamp.h"
#include "core/i18n/language.h"

namespace core::i18n {

// "Mon" ... "Sun" / "周一" ... "周日"; `weekday` as core::diary::Weekday (0 = Monday).
std::string_view WeekdayName(Language language, int weekday);
// "Jan" ... "Dec" / "1月" ... "12月"; `month` 1..12.
std::string_view MonthName(Language language, int month);

// "December 2026" / "2026年12月": a month heading; `month` 1..12.
std::string FormatMonthYear(Language language, int year, int month);

// "Wed 2 Dec" / "12月2日 周三".
std::string FormatDayDate(Language language, const core::diary::LocalDate& date);
// "Wed 2 Dec 2026" / "2026年12月2日 周三".
std::string FormatFullDate(Language language, const core::diary::LocalDate& date);
// FormatDayDate within the year of `today`, FormatFullDate outside it (a list of entries).
std::string FormatDateNear(Language language, const core::diary::LocalDate& date,
                           const core::diary::LocalDate& today);
// "2 Dec" / "12月2日": no weekday, for chart labels.
std::string FormatShortDate(Language language, const core::diary::LocalDate& date);
// The same on two lines where a label is narrow: "2\nDec" / "12月\n2日".
std::string FormatShortDateStacked(Language language, const core::diary::LocalDate& date);
// "03:10": the 24-hour clock, two digits each.
std::string FormatTime(Language language, int hour, int minute);
// The date near `today` and the wall-clock time: "Wed 2 Dec 03:10" / "12月2日 周三 03:10".
std::string FormatDateTime(Language language, const core::diary::Timestamp& timestamp,
                           const core::diary::LocalDate& today);
// The night that began on `night` (core::diary::NightOf): "night of Tue 1 Dec" /
// "12月1日 周二夜间"; with the year when it is not the year of `today`.
std::string FormatNightOf(Language language, const core::diary::LocalDate& night,
                          const core::diary::LocalDate& today);

// "45 s", "2 min", "1 min 30 s" / "45秒", "2分钟", "1分30秒". Negative counts as 0.
std::string FormatDuration(Language language, int seconds);
// `value` with exactly `decimals` digits after the point ("1.5"); both languages write
// Western digits and a full stop. A value that is not finite shows as "0".
std::string FormatDecimal(Language language, double value, int decimals);

}  // namespace core::i18n
