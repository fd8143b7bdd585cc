// Home: what a person woken by a cramp needs first, in one glance.
#include <imgui.h>

#include "app/screens/screens.h"
#include "app/widgets.h"

namespace app::screens {

void DrawHome(ScreenContext& context) {
  widgets::Heading("Woken by a cramp?");
  widgets::Paragraph(
      "Stretch the tight muscle gently and hold it until it eases. Most cramps pass within a "
      "few minutes.");
  ImGui::Spacing();
  if (widgets::BigButton("Show me the stretch###home_stretches", true))
    context.navigation.GoTo(Screen::kStretches);
  if (widgets::BigButton("Check my symptoms###home_selfcheck"))
    context.navigation.GoTo(Screen::kSelfCheck);
  ImGui::Spacing();
  widgets::Note(
      "Call your emergency number now if you are breathless or have chest pain, or if a foot "
      "or leg is suddenly cold, pale or numb. (NHS)");
}

}  // namespace app::screens
