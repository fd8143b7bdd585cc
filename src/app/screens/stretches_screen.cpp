// Stretches: what to do during a cramp and before bed (CLINICAL.md, "Self-care and stretches").
#include <imgui.h>

#include "app/screens/screens.h"
#include "app/widgets.h"

namespace app::screens {

void DrawStretches(ScreenContext&) {
  widgets::Heading("During a cramp");
  if (ImGui::CollapsingHeader("Toes or foot###stretch_toe", ImGuiTreeNodeFlags_DefaultOpen)) {
    widgets::Paragraph("Bend the toes the opposite way to the cramp and hold for 1 to 2 minutes.");
  }
  if (ImGui::CollapsingHeader("Back of the calf###stretch_calf_back",
                              ImGuiTreeNodeFlags_DefaultOpen)) {
    widgets::Paragraph(
        "Sit with the knee straight, or lean against a wall. Pull the foot and toes up towards "
        "you with both hands or a towel, then straighten the knee as far as you can. Hold until "
        "it eases.");
    widgets::Note("Pregnant? Heel down, toes up, knee straight. Do not yank the toes.");
  }
  if (ImGui::CollapsingHeader("Front of the calf (shin)###stretch_calf_front",
                              ImGuiTreeNodeFlags_DefaultOpen)) {
    widgets::Paragraph(
        "Hold the leg still, warm it with a hot compress or a warm shower, and massage gently.");
  }
  widgets::Note(
      "Afterwards: walk a little, massage, warmth. Painkillers act too slowly for the cramp "
      "itself; they can ease soreness afterwards. (NHS; Mayo Clinic)");

  ImGui::Spacing();
  widgets::Heading("Before bed");
  widgets::Bullet(
      "Calf and hamstring stretch: a moderate stretch held 10 seconds, 3 times, with 10 seconds "
      "rest, both legs. Under 3 minutes; keep breathing. (Hallegraeff 2012)");
  widgets::Bullet(
      "Wall calf stretch: face a wall, hands on it, feet flat, lean until the calf stretches. "
      "Repeat for about 5 minutes, 3 times a day, the last just before bed. (NHS)");
  widgets::Bullet("Drink enough, avoid long sitting or standing, keep bedcovers loose. (NHS)");
}

}  // namespace app::screens
