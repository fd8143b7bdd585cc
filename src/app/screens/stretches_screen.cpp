// Stretches: what to do during a cramp and before bed, in the self-check's own words
// (CLINICAL.md, "Self-care and stretches"; the triage text table).
#include <imgui.h>

#include <string>

#include "app/language.h"
#include "app/screens/screens.h"
#include "app/widgets.h"
#include "core/triage/triage_text.h"

namespace app::screens {
namespace {

std::string Words(const char* key) {
  return T(key);
}

}  // namespace

void DrawStretches(ScreenContext&) {
  widgets::Heading("During a cramp");
  if (ImGui::CollapsingHeader("Toes or foot###stretch_toe", ImGuiTreeNodeFlags_DefaultOpen)) {
    widgets::Paragraph(Words("advice.during_cramp_foot").c_str());
  }
  if (ImGui::CollapsingHeader("Back of the calf###stretch_calf_back",
                              ImGuiTreeNodeFlags_DefaultOpen)) {
    widgets::Paragraph(Words("advice.during_cramp_calf").c_str());
    widgets::Note(("Pregnant? " + Words("advice.during_cramp_calf_pregnancy")).c_str());
  }
  if (ImGui::CollapsingHeader("Front of the calf (shin)###stretch_calf_front",
                              ImGuiTreeNodeFlags_DefaultOpen)) {
    widgets::Paragraph(Words("advice.during_cramp_shin").c_str());
  }
  if (ImGui::CollapsingHeader("Thigh###stretch_thigh", ImGuiTreeNodeFlags_DefaultOpen)) {
    widgets::Paragraph(Words("advice.during_cramp_thigh").c_str());
  }
  widgets::Note(Words("advice.stretch_caution").c_str());
  widgets::Note(Words("advice.after_cramp").c_str());

  ImGui::Spacing();
  widgets::Heading("Before bed");
  widgets::Bullet(Words("advice.bedtime_stretch").c_str());
  widgets::Bullet(Words("advice.wall_stretch").c_str());
  widgets::Bullet(Words("advice.habits").c_str());
}

}  // namespace app::screens
