#include "app/app_settings.h"

#include <cstdint>
#include <cstdio>
#include <string>

namespace app {
namespace {
constexpr const char* kRegionKey = "emergency_region";
constexpr const char* kTextSizeKey = "text_size_percent";
constexpr const char* kLanguageKey = "language";
constexpr const char* kBedtimeKey = "bedtime_reminder";
constexpr const char* kStretchMotionKey = "stretch_motion";
constexpr int kMinutesPerDay = 24 * 60;

// "22:30" -> 1350; -1 for anything else.
int ParseClockTime(const std::string& text) {
  if (text.size() != 5 || text[2] != ':') return -1;
  for (int i : {0, 1, 3, 4}) {
    if (text[i] < '0' || text[i] > '9') return -1;
  }
  const int hours = (text[0] - '0') * 10 + (text[1] - '0');
  const int minutes = (text[3] - '0') * 10 + (text[4] - '0');
  return hours < 24 && minutes < 60 ? hours * 60 + minutes : -1;
}

std::string FormatClockTime(int minutes) {
  char text[16];
  std::snprintf(text, sizeof text, "%02d:%02d", minutes / 60, minutes % 60);
  return text;
}

bool IsTextSizeChoice(std::int64_t percent) {
  for (int choice : kTextSizePercents)
    if (choice == percent) return true;
  return false;
}
}  // namespace

void AppSettings::LoadJson(std::string_view text) {
  stored_ = nlohmann::json::object();
  region_.clear();
  text_size_percent_ = kDefaultTextSizePercent;
  language_chosen_ = false;
  bedtime_minutes_ = kDefaultBedtimeMinutes;
  stretch_motion_.reset();
  nlohmann::json parsed = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!parsed.is_object()) return;
  stored_ = std::move(parsed);
  const auto region = stored_.find(kRegionKey);
  if (region != stored_.end() && region->is_string() &&
      core::triage::FindEmergencyRegion(region->get_ref<const std::string&>()) != nullptr) {
    region_ = region->get<std::string>();
  }
  const auto text_size = stored_.find(kTextSizeKey);
  if (text_size != stored_.end() && text_size->is_number_integer() &&
      IsTextSizeChoice(text_size->get<std::int64_t>())) {
    text_size_percent_ = static_cast<int>(text_size->get<std::int64_t>());
  }
  const auto bedtime = stored_.find(kBedtimeKey);
  if (bedtime != stored_.end() && bedtime->is_string()) {
    const int minutes = ParseClockTime(bedtime->get_ref<const std::string&>());
    if (minutes >= 0) bedtime_minutes_ = minutes;
  }
  const auto motion = stored_.find(kStretchMotionKey);
  if (motion != stored_.end() && motion->is_boolean()) stretch_motion_ = motion->get<bool>();
  const auto language = stored_.find(kLanguageKey);
  if (language != stored_.end() && language->is_string()) {
    if (auto chosen = core::i18n::LanguageFromTag(language->get_ref<const std::string&>())) {
      language_ = *chosen;
      language_chosen_ = true;
    }
  }
}

void AppSettings::Reset() {
  stored_ = nlohmann::json::object();
  region_.clear();
  text_size_percent_ = kDefaultTextSizePercent;
  language_chosen_ = false;
  bedtime_minutes_ = kDefaultBedtimeMinutes;
  stretch_motion_.reset();
}

std::string AppSettings::ToJson() const {
  nlohmann::json out = stored_;
  if (region_.empty()) {
    out.erase(kRegionKey);
  } else {
    out[kRegionKey] = region_;
  }
  if (text_size_percent_ == kDefaultTextSizePercent) {
    out.erase(kTextSizeKey);
  } else {
    out[kTextSizeKey] = text_size_percent_;
  }
  if (bedtime_minutes_ == kDefaultBedtimeMinutes) {
    out.erase(kBedtimeKey);
  } else {
    out[kBedtimeKey] = FormatClockTime(bedtime_minutes_);
  }
  if (stretch_motion_) out[kStretchMotionKey] = *stretch_motion_;
  // Not chosen: whatever was stored under the key stays as it was (a newer version's value).
  if (language_chosen_) out[kLanguageKey] = std::string(core::i18n::LanguageTag(language_));
  return out.dump();
}

void AppSettings::SetBedtimeMinutes(int minutes) {
  const int wrapped = ((minutes % kMinutesPerDay) + kMinutesPerDay) % kMinutesPerDay;
  if (wrapped == bedtime_minutes_) return;
  bedtime_minutes_ = wrapped;
  Save();
}

void AppSettings::SetStretchMotion(bool moving) {
  if (stretch_motion_ == moving) return;
  stretch_motion_ = moving;
  Save();
}

const core::triage::EmergencyRegion& AppSettings::EmergencyRegion() const {
  if (!region_.empty()) return core::triage::EmergencyRegionOrFallback(region_);
  return core::triage::EmergencyRegionOrFallback(core::triage::RegionFromLocale(locale_));
}

void AppSettings::ChooseRegion(std::string_view code) {
  if (core::triage::FindEmergencyRegion(code) == nullptr || region_ == code) return;
  region_ = std::string(code);
  Save();
}

void AppSettings::SetTextSizePercent(int percent) {
  if (!IsTextSizeChoice(percent) || percent == text_size_percent_) return;
  text_size_percent_ = percent;
  Save();
}

core::i18n::Language AppSettings::Language() const {
  return language_chosen_ ? language_ : core::i18n::LanguageFromLocale(locale_);
}

void AppSettings::ChooseLanguage(core::i18n::Language language) {
  if (language_chosen_ && language_ == language) return;
  language_ = language;
  language_chosen_ = true;
  Save();
}

}  // namespace app
