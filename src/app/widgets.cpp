#include "app/widgets.h"

#include <imgui.h>

#include "app/fonts.h"
#include "app/theme.h"

namespace app::widgets {

bool BigButton(const char* label, bool primary, float width, float height) {
  if (primary) {
    ImGui::PushStyleColor(ImGuiCol_Button, theme::kAccent);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(1.0f, 0.78f, 0.48f, 1.0f));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, ImVec4(0.86f, 0.60f, 0.28f, 1.0f));
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kAccentText);
  }
  ImGui::PushFont(GetFonts().large);
  const bool pressed =
      ImGui::Button(label, ImVec2(width, height > 0.0f ? height : theme::kTouchTarget));
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

void Paragraph(const char* text) {
  ImGui::TextWrapped("%s", text);
}

void Note(const char* text) {
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kTextMuted);
  ImGui::TextWrapped("%s", text);
  ImGui::PopStyleColor();
}

bool ToggleButton(const char* label, bool selected, float width) {
  if (selected) ImGui::PushStyleColor(ImGuiCol_Button, theme::kSurfaceActive);
  ImGui::PushFont(GetFonts().large);
  const bool pressed = ImGui::Button(label, ImVec2(width, theme::kTouchTarget));
  ImGui::PopFont();
  if (selected) {
    ImGui::PopStyleColor();
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 accent = ImGui::GetColorU32(theme::kAccent);
    draw->AddRect(min, max, accent, ImGui::GetStyle().FrameRounding, 0, 3.0f);
    // A tick at the left edge, where there is room beside the text; narrow buttons (a
    // digit) keep the thick accent border and, below, an underline: never colour alone.
    const float mid = (min.y + max.y) * 0.5f;
    if (max.x - min.x < 120.0f) {
      draw->AddLine(ImVec2(min.x + 12.0f, max.y - 9.0f), ImVec2(max.x - 12.0f, max.y - 9.0f),
                    accent, 3.0f);
      return pressed;
    }
    const ImVec2 tick[3] = {ImVec2(min.x + 14.0f, mid), ImVec2(min.x + 21.0f, mid + 7.0f),
                            ImVec2(min.x + 34.0f, mid - 8.0f)};
    draw->AddPolyline(tick, 3, accent, ImDrawFlags_None, 3.5f);
  }
  return pressed;
}

float RowButtonWidth(int count) {
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float avail = ImGui::GetContentRegionAvail().x;
  return count > 0 ? (avail - spacing * static_cast<float>(count - 1)) / static_cast<float>(count)
                   : avail;
}

void Bullet(const char* text) {
  ImGui::Bullet();
  ImGui::TextWrapped("%s", text);
}

}  // namespace app::widgets
