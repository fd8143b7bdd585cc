#include "core/i18n/language.h"

namespace core::i18n {

std::string_view LanguageTag(Language language) {
  return language == Language::kZhHans ? "zh-Hans" : "en";
}

std::optional<Language> LanguageFromTag(std::string_view tag) {
  if (tag == "en") return Language::kEn;
  if (tag == "zh-Hans") return Language::kZhHans;
  return std::nullopt;
}

Language LanguageFromLocale(std::string_view locale) {
  const bool zh = locale.size() >= 2 && (locale[0] == 'z' || locale[0] == 'Z') &&
                  (locale[1] == 'h' || locale[1] == 'H') &&
                  (locale.size() == 2 || locale[2] == '-' || locale[2] == '_' || locale[2] == '.');
  return zh ? Language::kZhHans : Language::kEn;
}

}  // namespace core::i18n
