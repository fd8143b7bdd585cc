// Settings: the emergency number's region (default from the device's language and
// country), privacy and version. Changes are saved by App as soon as they are made.
#include <imgui.h>

#include <string>

#include "app/app_settings.h"
#include "app/fonts.h"
#include "app/screens/screens.h"
#include "app/widgets.h"
#include "core/version.h"

namespace app::screens {

void DrawSettings(ScreenContext& context) {
  widgets::Heading("Settings");

  const core::triage::EmergencyRegion& current = context.settings.EmergencyRegion();
  ImGui::PushFont(GetFonts().large);
  ImGui::TextWrapped("Emergency number: %s", std::string(current.number).c_str());
  ImGui::PopFont();
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
  widgets::Note("112 works from most mobile phones in many countries, but check your local number.");

  ImGui::Spacing();
  widgets::Paragraph("Everything you enter stays on this device. Nothing is sent anywhere.");
  ImGui::Spacing();
  widgets::Note(
      "CrampCheck is a self-check aid, not a diagnosis. If you are worried, talk to a doctor.");
  ImGui::TextDisabled("Version %s", core::Version());
}

}  // namespace app::screens
