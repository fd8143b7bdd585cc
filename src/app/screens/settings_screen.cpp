// Settings: the diary's files, the text size, the emergency number's region (default from
// the device's language and country), privacy and version. Changes are saved by App as
// soon as they are made.
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <string>

#include "app/app_settings.h"
#include "app/fonts.h"
#include "app/language.h"
#include "app/model/diary_model.h"
#include "app/screens/screens.h"
#include "app/theme.h"
#include "app/widgets.h"
#include "core/version.h"

namespace app::screens {

namespace {

std::string StorageLine(core::storage::Persistence persistence) {
  switch (persistence) {
    case core::storage::Persistence::kPersistent:
      return T("settings.storage_persistent");
    case core::storage::Persistence::kBestEffort:
      return T("settings.storage_best_effort");
    case core::storage::Persistence::kMemoryOnly:
      return T("settings.storage_memory");
    case core::storage::Persistence::kUnknown:
      break;
  }
  return T("settings.storage_checking");
}

// Whether `label` (up to its "###") fits a BigButton `width` wide on one line in the
// large font, the one the button uses unless it has to wrap.
bool FitsOnOneLine(const char* label, float width) {
  PushFont(FontRole::kLarge);
  const float text = ImGui::CalcTextSize(label, nullptr, /*hide_text_after_double_hash=*/true).x;
  PopFont();
  return text + 2.0f * ImGui::GetStyle().FramePadding.x <= width;
}

// How many of `count` text-size choices share a row: all when each label fits its button
// (a wide selected button also needs room for its tick at the left edge), else half, else
// one, so the choices fit a 360 px phone at every text size.
int TextSizeColumns(float widest_label, int count) {
  // widgets::ToggleButton draws the tick when a button is at least this wide, and ends it
  // this far from the button's left edge.
  constexpr float kTickMinButtonWidth = 120.0f;
  constexpr float kTickRoom = 40.0f;
  const float padding = ImGui::GetStyle().FramePadding.x;
  for (int columns = count; columns > 1; columns /= 2) {
    const float width = widgets::RowButtonWidth(columns);
    const bool fits = width < kTickMinButtonWidth ? widest_label + 2.0f * padding <= width
                                                  : (width - widest_label) * 0.5f >= kTickRoom;
    if (fits) return columns;
  }
  return 1;
}

// Text size: larger text for every screen, saved with the other settings; App applies it
// from the next frame.
void DrawTextSize(AppSettings& settings) {
  PushFont(FontRole::kLarge);
  ImGui::TextUnformatted(T("settings.text_size").c_str());
  PopFont();
  widgets::Note(T("settings.text_size_note").c_str());
  constexpr int kCount = static_cast<int>(sizeof kTextSizePercents / sizeof kTextSizePercents[0]);
  char labels[kCount][32];
  float widest = 0.0f;
  PushFont(FontRole::kLarge);
  for (int i = 0; i < kCount; ++i) {
    std::snprintf(labels[i], sizeof labels[i], "%d%%###text_size_%d", kTextSizePercents[i],
                  kTextSizePercents[i]);
    widest = std::max(widest, ImGui::CalcTextSize(labels[i], nullptr, true).x);
  }
  PopFont();
  const int columns = TextSizeColumns(widest, kCount);
  const float width = widgets::RowButtonWidth(columns);
  for (int i = 0; i < kCount; ++i) {
    if (i % columns != 0) ImGui::SameLine();
    const int percent = kTextSizePercents[i];
    const bool chosen =
        widgets::ToggleButton(labels[i], settings.TextSizePercent() == percent, width);
    if (chosen) settings.SetTextSizePercent(percent);
    widgets::KeepInPlace(chosen);
  }
}

// Moving stretch pictures, on unless the device asks for less motion; off shows the key
// poses one by one with the timer. One switch: a tap flips it, the tick says which.
void DrawStretchMotion(const SettingsServices& services) {
  const bool moving = !services.stretch.reduced_motion();
  if (widgets::ToggleButton((T("stretch.motion") + "###stretch_motion").c_str(), moving))
    services.settings.SetStretchMotion(!moving);
  widgets::Note(T("stretch.motion_note").c_str());
}

// The report, export and import, at the top: the things people come to Settings for.
void DrawYourDiary(const SettingsServices& services) {
  const DataActions& data = services.data;
  widgets::Paragraph(core::i18n::Plural(CurrentLanguage(), "settings.diary_count",
                                        static_cast<long long>(services.diary.Episodes().size()))
                         .c_str());
  if (data.can_save_files()) {
    if (widgets::BigButton((T("data.report") + "###report").c_str(), true))
      data.run(DataAction::kReport);
    widgets::Note(T("settings.export_note").c_str());
    const std::string json_label = T("settings.export_json") + "###export_json";
    const std::string csv_label = T("settings.export_csv") + "###export_csv";
    const char* json = json_label.c_str();
    const char* csv = csv_label.c_str();
    // Side by side when both fit on one line (wide screens), else one under the other,
    // full width: on a phone a wrapped label would be small and, at large text sizes,
    // "Spreadsheet" alone is wider than half the screen.
    const float half = widgets::RowButtonWidth(2);
    const bool side_by_side = FitsOnOneLine(json, half) && FitsOnOneLine(csv, half);
    const float width = side_by_side ? half : -1.0f;
    if (widgets::BigButton(json, false, width)) data.run(DataAction::kExportJson);
    if (side_by_side) ImGui::SameLine();
    if (widgets::BigButton(csv, false, width)) data.run(DataAction::kExportCsv);
  }
  if (widgets::BigButton((T("settings.import") + "###import").c_str()))
    data.run(DataAction::kImport);
  if (!data.message.empty() && data.message_from != DataAction::kBedtimeReminder)
    widgets::Note(data.message.c_str());
}

}  // namespace

namespace {

// The installed app: install where the browser offers it, say so once installed, and the
// update offer after "not now" took it out of the banner.
void DrawInstalledApp(const InstalledAppActions& actions) {
  const InstalledAppState installed_app = actions.state();
  if (installed_app.installed) {
    widgets::Callout((T("settings.installed") + "###installed").c_str(), theme::kSurface);
  } else if (installed_app.can_install) {
    if (widgets::BigButton((T("settings.install") + "###install").c_str())) actions.install();
    widgets::Note(T("settings.install_note").c_str());
  }
  if (!installed_app.offer_update) return;
  if (installed_app.updating) {
    widgets::Note(T("update.updating").c_str());
  } else {
    if (widgets::BigButton((T("update.ready") + "###update_reload").c_str())) actions.update();
    widgets::Note(T("update.note").c_str());
  }
}

// Each language in its own words, so a person who reads only one of them finds it.
void DrawLanguage(AppSettings& settings) {
  widgets::Paragraph(T("settings.language").c_str());
  const float half = widgets::RowButtonWidth(2);
  const core::i18n::Language current = settings.Language();
  const bool english =
      widgets::ToggleButton("English###lang_en", current == core::i18n::Language::kEn, half);
  if (english) settings.ChooseLanguage(core::i18n::Language::kEn);
  widgets::KeepInPlace(english);
  ImGui::SameLine();
  const bool chinese =
      widgets::ToggleButton("中文###lang_zh", current == core::i18n::Language::kZhHans, half);
  if (chinese) settings.ChooseLanguage(core::i18n::Language::kZhHans);
  widgets::KeepInPlace(chinese);
}

}  // namespace

void DrawSettings(const SettingsServices& services) {
  AppSettings& settings = services.settings;
  widgets::Heading(T("nav.settings").c_str());

  widgets::Paragraph(T("settings.privacy").c_str());
  widgets::Note(StorageLine(services.diary.Storage().PersistenceStatus()).c_str());
  DrawYourDiary(services);
  ImGui::Spacing();

  const core::triage::EmergencyRegion& current = settings.EmergencyRegion();
  PushFont(FontRole::kLarge);
  ImGui::TextWrapped("%s", core::i18n::Fill(T("settings.emergency_number"),
                                            {{"number", std::string(current.number)}})
                               .c_str());
  PopFont();
  const std::string where =
      RegionName(current) +
      (settings.RegionChosen() ? T("settings.region_chosen") : T("settings.region_from_device")) +
      " " + T("settings.region_note");
  widgets::Note(where.c_str());
  for (const core::triage::EmergencyRegion& region : core::triage::EmergencyRegions()) {
    const std::string label = RegionName(region) + "  " + std::string(region.number) +
                              "###region_" + std::string(region.code);
    if (widgets::ToggleButton(label.c_str(), region.code == current.code))
      settings.ChooseRegion(region.code);
  }
  widgets::Note(T("settings.region_112").c_str());

  ImGui::Spacing();
  DrawLanguage(settings);
  ImGui::Spacing();
  DrawTextSize(settings);
  ImGui::Spacing();
  DrawStretchMotion(services);
  ImGui::Spacing();
  DrawBedtimeReminder(settings,
                      services.data);  // also on Stretches, beside the routine it reminds of

  ImGui::Spacing();
  DrawInstalledApp(services.installed_app);

  ImGui::Spacing();
  widgets::Paragraph(T("settings.start_again").c_str());
  if (widgets::DangerButton((T("settings.delete_all") + "###delete_all").c_str()))
    services.data.run(DataAction::kDeleteAll);

  ImGui::Spacing();
  widgets::Note(T("settings.disclaimer").c_str());
  ImGui::TextDisabled(
      "%s", core::i18n::Fill(T("settings.version"), {{"version", core::Version()}}).c_str());
}

}  // namespace app::screens
