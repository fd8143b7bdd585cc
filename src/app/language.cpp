#include "app/language.h"

namespace app {
namespace {
core::i18n::Language g_language = core::i18n::Language::kEn;
}  // namespace

void SetCurrentLanguage(core::i18n::Language language) {
  g_language = language;
}

core::i18n::Language CurrentLanguage() {
  return g_language;
}

std::string T(std::string_view key) {
  return std::string(core::i18n::Text(g_language, key));
}

std::string T(std::string_view key, const core::triage::EmergencyRegion& region) {
  return core::triage::RegionText(CurrentLookup(), key, region, g_language);
}

std::string RegionName(const core::triage::EmergencyRegion& region) {
  return std::string(core::triage::RegionName(region, g_language));
}

core::triage::TextLookup CurrentLookup() {
  return core::i18n::Lookup(g_language);
}

}  // namespace app
