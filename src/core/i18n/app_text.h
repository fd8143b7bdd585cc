#pragma once
// The words of the app's screens (src/app), kept apart from the triage's words
// (core/triage/triage_text.h). core::i18n::Text searches a language's triage table first,
// then its app table. Keys are "<area>.<thing>" ("nav.home", "cramp.where"); a plural is a
// pair "<key>.one" / "<key>.other" read through core::i18n::Plural. Placeholders are
// {named} (core::i18n::Fill) and identical in every language.
#include <string_view>
#include <vector>

namespace core::i18n {

// Text for a key, or an empty view when the table has none.
std::string_view AppTextEn(std::string_view key);
// Simplified Chinese: the same keys and placeholders as English (a test checks).
std::string_view AppTextZhHans(std::string_view key);

// Every key of each table, in table order.
const std::vector<std::string_view>& AppTextKeysEn();
const std::vector<std::string_view>& AppTextKeysZhHans();

}  // namespace core::i18n
