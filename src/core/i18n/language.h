#pragma once
// The languages CrampCheck speaks, and how one is chosen: the saved choice, else the
// device's (navigator.languages in the browser, $LANG natively), else English.
#include <optional>
#include <string_view>

namespace core::i18n {

enum class Language { kEn, kZhHans };

// BCP 47 tags of the contract: "en", "zh-Hans" (CLI --lang, <html lang>, settings).
std::string_view LanguageTag(Language language);
// The exact tags above; nullopt for anything else.
std::optional<Language> LanguageFromTag(std::string_view tag);
// A device locale: any Chinese one ("zh", "zh-CN", "zh-Hans-SG", "zh_CN.UTF-8", also
// "zh-TW": Simplified is what we have) is zh-Hans; everything else is English.
Language LanguageFromLocale(std::string_view locale);

}  // namespace core::i18n
