// Home: what a person woken by a cramp needs first, in one glance.
#include <imgui.h>

#include "app/language.h"
#include "app/screens/screens.h"
#include "app/theme.h"
#include "app/widgets.h"
#include "core/triage/triage_text.h"

namespace app::screens {

void DrawHome(ScreenContext& context) {
  widgets::Heading("Woken by a cramp?");
  // The one tap at 3 a.m.: a big target at the top, straight into the guided stretch.
  if (widgets::BigButton("Cramp now###cramp_now", true, -1.0f, 2.0f * theme::kTouchTarget))
    context.navigation.GoTo(Screen::kCramp);
  widgets::Note("Logs the cramp and guides the stretch while you hold it.");
  ImGui::Spacing();
  if (widgets::BigButton("Show me the stretches###home_stretches"))
    context.navigation.GoTo(Screen::kStretches);
  if (widgets::BigButton("Check my symptoms###home_selfcheck"))
    context.navigation.GoTo(Screen::kSelfCheck);
  ImGui::Spacing();
  widgets::Note(T("advice.emergency_signs", context.region).c_str());
}

}  // namespace app::screens
