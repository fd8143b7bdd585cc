#pragma once
// Every word the person reads, by key, in their language. The tables are plain keyed
// arrays, one per language and area (triage: core/triage/triage_text_*.cpp), all with the
// same keys and the same {named} placeholders (a test checks both).
//
// Bad input never shows a blank, a raw key or a crash: a key missing from a language's
// table falls back to English, and is reported once (SetMissingKeyHandler); an unknown
// key gives the empty string, which a test forbids for every key the code uses.
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

#include "core/i18n/language.h"
#include "core/triage/triage_text.h"

namespace core::i18n {

std::string_view Text(Language language, std::string_view key);

// Text() as the triage's TextLookup (a plain function pointer) for `language`.
core::triage::TextLookup Lookup(Language language);

// "{count} nights" with {{"count", "3"}}: every {name} given is replaced; others stay.
using Values = std::initializer_list<std::pair<std::string_view, std::string_view>>;
std::string Fill(std::string_view pattern, Values values);

// The plural category of `count` for keys written as "<key>.one" / "<key>.other": English
// has both; Chinese has no plural forms and uses "other" only.
std::string_view PluralCategory(Language language, long long count);
// Text(language, key + "." + PluralCategory(...)) filled with {count} and `values`.
std::string Plural(Language language, std::string_view key, long long count, Values values = {});

// Told once per language and key when a table lacks a key English has.
using MissingKeyHandler = void (*)(Language language, std::string_view key);
void SetMissingKeyHandler(MissingKeyHandler handler);

}  // namespace core::i18n
