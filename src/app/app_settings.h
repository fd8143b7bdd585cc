#pragma once
// The person's settings, stored as one JSON object under the storage meta key "settings":
// the emergency region ("emergency_region"), the text size ("text_size_percent"), the language
// ("language"), the bedtime reminder ("bedtime_reminder", "22:30") and moving pictures of the
// stretches ("stretch_motion"). Keys written by other parts of the app (or a newer version)
// are kept as they were when saving, never dropped.
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "core/i18n/language.h"
#include "core/triage/emergency_numbers.h"

namespace app {

inline constexpr const char* kSettingsMetaKey = "settings";
// The text sizes Settings offers, in percent of the theme's sizes; the first is the default.
// Settings' choices are labelled "###text_size_<percent>" (DESIGN.md).
inline constexpr int kTextSizePercents[] = {100, 125, 150, 200};
inline constexpr int kDefaultTextSizePercent = 100;
inline constexpr int kDefaultBedtimeMinutes = 22 * 60;

class AppSettings {
 public:
  // Where a change is saved (App: the storage meta key "settings"), told ToJson() after
  // every change, at once: a phone may kill the page at any time.
  void SetSaver(std::function<void(const std::string& json)> saver) { saver_ = std::move(saver); }
  // Reads the stored JSON (keeping the locale); anything unreadable gives the defaults (a
  // broken setting must never stop the app from showing an emergency number).
  void LoadJson(std::string_view text);
  std::string ToJson() const;

  // The locale the platform reports ("en-GB", "zh_CN.UTF-8"); picks the default region.
  void SetLocale(std::string_view locale) { locale_ = std::string(locale); }

  // The region chosen in Settings, else the one the locale points to.
  const core::triage::EmergencyRegion& EmergencyRegion() const;
  bool RegionChosen() const { return !region_.empty(); }
  // Back to the defaults (the locale stays: it is the device's, not a setting). Not saved:
  // this follows "delete everything", which already emptied storage.
  void Reset();
  // Chooses a region by code; unknown codes are ignored. Saved.
  void ChooseRegion(std::string_view code);

  // The text size in percent, one of kTextSizePercents (a stored value that is not one of
  // them reads as the default). App applies it each frame: SetTextScale(percent / 100).
  int TextSizePercent() const { return text_size_percent_; }
  // Values outside kTextSizePercents are ignored. Saved.
  void SetTextSizePercent(int percent);

  // The language chosen in Settings ("language": "en" | "zh-Hans"), else the locale's.
  core::i18n::Language Language() const;
  // Saved (the choice is kept even when it equals the locale's).
  void ChooseLanguage(core::i18n::Language language);

  // The time of the daily bedtime reminder, in minutes after midnight ("bedtime_reminder":
  // "HH:MM"; default 22:00). Any value is taken round the clock (-15 is 23:45). Saved.
  int BedtimeMinutes() const { return bedtime_minutes_; }
  void SetBedtimeMinutes(int minutes);

  // Moving stretch pictures ("stretch_motion": true | false), when the person chose; unset
  // follows the device (prefers-reduced-motion). Saved.
  std::optional<bool> StretchMotion() const { return stretch_motion_; }
  void SetStretchMotion(bool moving);

 private:
  void Save() const {
    if (saver_) saver_(ToJson());
  }

  nlohmann::json stored_ = nlohmann::json::object();
  std::string region_;  // empty: follow the locale
  int text_size_percent_ = kDefaultTextSizePercent;
  core::i18n::Language language_ = core::i18n::Language::kEn;
  bool language_chosen_ = false;
  int bedtime_minutes_ = kDefaultBedtimeMinutes;
  std::optional<bool> stretch_motion_;
  std::string locale_;
  std::function<void(const std::string& json)> saver_;
};

}  // namespace app
