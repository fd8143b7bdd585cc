// Settings: the emergency number's region (default from the device's language and
// country), privacy and version. Changes are saved by App as soon as they are made.
#include <imgui.h>

#include <cstdio>
#include <string>

#include "app/app_settings.h"
#include "app/fonts.h"
#include "app/screens/screens.h"
#include "app/widgets.h"
#include "core/version.h"

namespace app::screens {

namespace {

const char* StorageLine(core::storage::Persistence persistence) {
  switch (persistence) {
    case core::storage::Persistence::kPersistent:
      return "Storage: kept on this device until you delete it.";
    case core::storage::Persistence::kBestEffort:
      return "Storage: saved, but the browser may clear it if the device runs out of space. "
             "Installing the app, or exporting now and then, keeps your diary safe.";
    case core::storage::Persistence::kMemoryOnly:
      return "Storage: off. Entries last only until you close this page.";
    case core::storage::Persistence::kUnknown:
      break;
  }
  return "Storage: checking…";
}

// The report, export and import, at the top: the things people come to Settings for.
void DrawYourDiary(ScreenContext& context) {
  const DataActions& data = context.data;
  char count[64];
  std::snprintf(count, sizeof count, "Your diary: %zu %s.", context.episodes.size(),
                context.episodes.size() == 1 ? "entry" : "entries");
  widgets::Paragraph(count);
  if (data.can_save_files) {
    if (widgets::BigButton("Report for your doctor###report", true)) data.run(DataAction::kReport);
    widgets::Note("Export a copy to keep or to move to another device:");
    const float half = widgets::RowButtonWidth(2);
    if (widgets::BigButton("JSON file###export_json", false, half))
      data.run(DataAction::kExportJson);
    ImGui::SameLine();
    if (widgets::BigButton("Spreadsheet (CSV)###export_csv", false, half))
      data.run(DataAction::kExportCsv);
  }
  if (widgets::BigButton("Import a file###import")) data.run(DataAction::kImport);
  if (!data.message.empty()) widgets::Note(data.message.c_str());
}

}  // namespace

void DrawSettings(ScreenContext& context) {
  widgets::Heading("Settings");

  widgets::Paragraph("Everything you enter stays on this device. Nothing is sent anywhere.");
  widgets::Note(StorageLine(context.persistence));
  DrawYourDiary(context);
  ImGui::Spacing();

  const core::triage::EmergencyRegion& current = context.settings.EmergencyRegion();
  PushFont(FontRole::kLarge);
  ImGui::TextWrapped("Emergency number: %s", std::string(current.number).c_str());
  PopFont();
  const std::string where =
      std::string(current.name) +
      (context.settings.RegionChosen() ? "." : ", from your device's language and country.") +
      " The self-check shows this number first when you need help now. Pick where you are:";
  widgets::Note(where.c_str());
  for (const core::triage::EmergencyRegion& region : core::triage::EmergencyRegions()) {
    const std::string label = std::string(region.name) + "  " + std::string(region.number) +
                              "###region_" + std::string(region.code);
    if (widgets::ToggleButton(label.c_str(), region.code == current.code))
      context.settings.ChooseRegion(region.code);
  }
  widgets::Note(
      "112 works from most mobile phones in many countries, but check your local number.");

  ImGui::Spacing();
  widgets::Paragraph("Start again on this device:");
  if (widgets::DangerButton("Delete everything…###delete_all"))
    context.data.run(DataAction::kDeleteAll);

  ImGui::Spacing();
  widgets::Note(
      "CrampCheck is a self-check aid, not a diagnosis. If you are worried, talk to a doctor.");
  ImGui::TextDisabled("Version %s", core::Version());
}

}  // namespace app::screens
