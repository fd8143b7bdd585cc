#include "app/widgets.h"

#include <imgui.h>

#include "app/fonts.h"
#include "app/theme.h"

namespace app::widgets {

bool BigButton(const char* label, bool primary) {
  if (primary) {
    ImGui::PushStyleColor(ImGuiCol_Button, theme::kAccent);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(1.0f, 0.78f, 0.48f, 1.0f));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, ImVec4(0.86f, 0.60f, 0.28f, 1.0f));
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kAccentText);
  }
  ImGui::PushFont(GetFonts().large);
  const bool pressed = ImGui::Button(label, ImVec2(-1.0f, theme::kTouchTarget));
  ImGui::PopFont();
  if (primary) ImGui::PopStyleColor(4);
  return pressed;
}

void Heading(const char* text) {
  ImGui::PushFont(GetFonts().heading);
  ImGui::TextWrapped("%s", text);
  ImGui::PopFont();
  ImGui::Spacing();
}

void Paragraph(const char* text) { ImGui::TextWrapped("%s", text); }

void Note(const char* text) {
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kTextMuted);
  ImGui::TextWrapped("%s", text);
  ImGui::PopStyleColor();
}

void Bullet(const char* text) {
  ImGui::Bullet();
  ImGui::TextWrapped("%s", text);
}

}  // namespace app::widgets
