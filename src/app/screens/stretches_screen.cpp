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

void DrawStretches(ScreenContext& context) {
  widgets::Heading(T("stretches.during").c_str());
  if (ImGui::CollapsingHeader((T("stretches.toe") + "###stretch_toe").c_str(),
                              ImGuiTreeNodeFlags_DefaultOpen)) {
    widgets::Paragraph(Words("advice.during_cramp_foot").c_str());
  }
  if (ImGui::CollapsingHeader((T("stretches.calf_back") + "###stretch_calf_back").c_str(),
                              ImGuiTreeNodeFlags_DefaultOpen)) {
    widgets::Paragraph(Words("advice.during_cramp_calf").c_str());
    widgets::Note(
        (Words("stretches.pregnant") + " " + Words("advice.during_cramp_calf_pregnancy")).c_str());
  }
  if (ImGui::CollapsingHeader((T("stretches.calf_front") + "###stretch_calf_front").c_str(),
                              ImGuiTreeNodeFlags_DefaultOpen)) {
    widgets::Paragraph(Words("advice.during_cramp_shin").c_str());
  }
  if (ImGui::CollapsingHeader((T("stretches.thigh") + "###stretch_thigh").c_str(),
                              ImGuiTreeNodeFlags_DefaultOpen)) {
    widgets::Paragraph(Words("advice.during_cramp_thigh").c_str());
  }
  widgets::Note(Words("advice.stretch_caution").c_str());
  widgets::Note(Words("advice.after_cramp").c_str());

  ImGui::Spacing();
  widgets::Heading(T("stretches.before_bed").c_str());
  widgets::Bullet(Words("advice.bedtime_stretch").c_str());
  widgets::Bullet(Words("advice.wall_stretch").c_str());
  widgets::Bullet(Words("advice.habits").c_str());
  ImGui::Spacing();
  DrawBedtimeReminder(context);
}

}  // namespace app::screens
