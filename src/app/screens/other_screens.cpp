// Screens whose full versions arrive with their issues (diary: #4/#5, insights: #4).
// Each already says something useful and offers a way on.
#include <imgui.h>

#include "app/screens/screens.h"
#include "app/widgets.h"

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

}  // namespace app::screens
