#include "app/app_settings.h"

namespace app {
namespace {
constexpr const char* kRegionKey = "emergency_region";
}  // namespace

void AppSettings::LoadJson(std::string_view text) {
  stored_ = nlohmann::json::object();
  region_.clear();
  nlohmann::json parsed = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!parsed.is_object()) return;
  stored_ = std::move(parsed);
  const auto region = stored_.find(kRegionKey);
  if (region != stored_.end() && region->is_string() &&
      core::triage::FindEmergencyRegion(region->get_ref<const std::string&>()) != nullptr) {
    region_ = region->get<std::string>();
  }
}

void AppSettings::Reset() {
  stored_ = nlohmann::json::object();
  region_.clear();
  changed_ = false;
}

std::string AppSettings::ToJson() const {
  nlohmann::json out = stored_;
  if (region_.empty()) {
    out.erase(kRegionKey);
  } else {
    out[kRegionKey] = region_;
  }
  return out.dump();
}

const core::triage::EmergencyRegion& AppSettings::EmergencyRegion() const {
  if (!region_.empty()) return core::triage::EmergencyRegionOrFallback(region_);
  return core::triage::EmergencyRegionOrFallback(core::triage::RegionFromLocale(locale_));
}

void AppSettings::ChooseRegion(std::string_view code) {
  if (core::triage::FindEmergencyRegion(code) == nullptr || region_ == code) return;
  region_ = std::string(code);
  changed_ = true;
}

bool AppSettings::ConsumeChanged() {
  const bool changed = changed_;
  changed_ = false;
  return changed;
}

}  // namespace app
