// Screens whose full versions arrive with their issues (diary: #4/#5, insights: #4).
// Each already says something useful and offers a way on.
#include <imgui.h>

#include "app/screens/screens.h"
#include "app/widgets.h"

namespace app::screens {

void DrawInsights(ScreenContext& context) {
  widgets::Heading("Trends");
  widgets::Paragraph("Statistics appear here once your diary has entries.");
  ImGui::Spacing();
  if (widgets::BigButton("Open the diary###insights_diary"))
    context.navigation.GoTo(Screen::kDiary);
}

}  // namespace app::screens
