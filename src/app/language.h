#pragma once
// The language the app speaks this frame (App sets it from the settings before drawing),
// and the words in it: every screen reads text through these, never a table directly.
#include <string>
#include <string_view>

#include "core/i18n/language.h"
#include "core/i18n/text.h"
#include "core/triage/emergency_numbers.h"
#include "core/triage/triage_text.h"

namespace app {

void SetCurrentLanguage(core::i18n::Language language);
core::i18n::Language CurrentLanguage();

// The text of `key` in the current language (English when the table lacks it).
std::string T(std::string_view key);
// The same with the region's number and services filled in.
std::string T(std::string_view key, const core::triage::EmergencyRegion& region);
// The region's name in the current language.
std::string RegionName(const core::triage::EmergencyRegion& region);
// The current language's lookup, for the triage's message functions.
core::triage::TextLookup CurrentLookup();

}  // namespace app
