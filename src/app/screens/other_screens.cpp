// Screens whose full versions arrive with their issues (diary: #4/#5, insights: #4,
// self-check: #3). Each already says something useful and offers a way on.
#include <imgui.h>

#include "app/screens/screens.h"
#include "app/widgets.h"
#include "core/version.h"

namespace app::screens {

void DrawDiary(ScreenContext& context) {
  widgets::Heading("Cramp diary");
  widgets::Paragraph("No cramps logged on this device yet.");
  widgets::Note(
      "A diary turns \"a few times lately\" into facts a doctor can use: how often, how long, "
      "which muscle.");
  ImGui::Spacing();
  if (widgets::BigButton("Stretch now###diary_stretches")) context.navigation.GoTo(Screen::kStretches);
}

void DrawInsights(ScreenContext& context) {
  widgets::Heading("Trends");
  widgets::Paragraph("Statistics appear here once your diary has entries.");
  ImGui::Spacing();
  if (widgets::BigButton("Open the diary###insights_diary")) context.navigation.GoTo(Screen::kDiary);
}

void DrawSelfCheck(ScreenContext& context) {
  widgets::Heading("Self-check");
  widgets::Paragraph("Most night cramps are harmless. Get help straight away if:");
  widgets::Bullet("you are breathless, have chest pain or cough up blood: call your emergency number;");
  widgets::Bullet("a foot or leg is suddenly cold, pale or numb: call your emergency number;");
  widgets::Bullet("one calf is swollen, or red, warm and tender: get medical advice today;");
  widgets::Bullet("a cramp goes on for more than 10 minutes of stretching: get medical advice today.");
  widgets::Note("Cramps 3 or more times a week are worth a doctor's visit. (NHS; Mayo Clinic)");
  ImGui::Spacing();
  if (widgets::BigButton("Show me the stretch###selfcheck_stretches"))
    context.navigation.GoTo(Screen::kStretches);
}

void DrawSettings(ScreenContext&) {
  widgets::Heading("Settings");
  widgets::Paragraph("Everything you enter stays on this device. Nothing is sent anywhere.");
  ImGui::Spacing();
  widgets::Note(
      "CrampCheck is a self-check aid, not a diagnosis. If you are worried, talk to a doctor.");
  ImGui::TextDisabled("Version %s", core::Version());
}

}  // namespace app::screens
