// Home: what a person woken by a cramp needs first, in one glance.
#include <imgui.h>

#include "app/call_button.h"
#include "app/language.h"
#include "app/screens/screens.h"
#include "app/theme.h"
#include "app/widgets.h"
#include "core/triage/triage_text.h"

namespace app::screens {

void DrawHome(ScreenContext& context, const PhoneLine& phone, const RunningCramp& cramp) {
  // A cramp left mid-stretch (another tab, Back) is never dropped without a word.
  if (cramp.running && cramp.running()) {
    if (widgets::BigButton((T("home.resume_cramp") + "###resume_cramp").c_str(), true)) {
      cramp.resume();
      context.navigation.GoTo(Screen::kCramp);
    }
    ImGui::Spacing();
  }
  widgets::Heading(T("home.title").c_str());
  // The one tap at 3 a.m.: a big target at the top, straight into the guided stretch.
  if (widgets::BigButton((T("home.cramp_now") + "###cramp_now").c_str(), true, -1.0f,
                         2.0f * theme::kTouchTarget))
    context.navigation.GoTo(Screen::kCramp);
  widgets::Note(T("home.cramp_now_note").c_str());
  ImGui::Spacing();
  // Most cramps are logged afterwards ("it woke me at 3, I log it at 7").
  if (widgets::BigButton((T("home.log_past") + "###log_past").c_str()))
    context.navigation.GoTo(Screen::kLogPast);
  if (widgets::BigButton((T("home.stretches") + "###home_stretches").c_str()))
    context.navigation.GoTo(Screen::kStretches);
  if (widgets::BigButton((T("home.selfcheck") + "###home_selfcheck").c_str()))
    context.navigation.GoTo(Screen::kSelfCheck);
  ImGui::Spacing();
  widgets::Note(T("advice.emergency_signs", context.region).c_str());
  // The number the line names, one tap away (or shown large where nothing can dial).
  DrawCallButton(phone, CallKind::kEmergency, context.region);
}

}  // namespace app::screens
