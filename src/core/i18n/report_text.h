#pragma once
// The words of the doctor report (core/io/report.h, keys "report.*") and of dates, times
// and durations everywhere (core/i18n/date_format.h, keys "date.*"), kept apart from the
// screens' words (app_text.h) and the triage's (core/triage/triage_text.h).
// core::i18n::Text searches a language's triage table, then its app table, then this one;
// a test checks that no key of this table is hidden by one of the others. The rules of
// every table hold: the same keys in both languages, the same {placeholders}, plurals as
// "<key>.one" / "<key>.other", and the same digits (except month names: "Dec" is "12月").
#include <string_view>
#include <vector>

namespace core::i18n {

// Text for a key, or an empty view when the table has none.
std::string_view ReportTextEn(std::string_view key);
std::string_view ReportTextZhHans(std::string_view key);

// Every key of each table, in table order.
const std::vector<std::string_view>& ReportTextKeysEn();
const std::vector<std::string_view>& ReportTextKeysZhHans();

}  // namespace core::i18n
