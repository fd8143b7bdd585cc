#include "app/theme.h"

namespace app::theme {

void Apply() {
  ImGuiStyle& style = ImGui::GetStyle();
  style = ImGuiStyle();
  style.WindowPadding = ImVec2(16, 12);
  style.FramePadding = ImVec2(14, 12);
  style.ItemSpacing = ImVec2(10, 12);
  style.ItemInnerSpacing = ImVec2(10, 8);
  style.ScrollbarSize = 10.0f;
  style.WindowRounding = 0.0f;
  style.ChildRounding = 10.0f;
  style.FrameRounding = 12.0f;
  style.PopupRounding = 10.0f;
  style.GrabRounding = 8.0f;
  style.ScrollbarRounding = 8.0f;
  style.WindowBorderSize = 0.0f;
  style.ChildBorderSize = 0.0f;
  style.FrameBorderSize = 0.0f;
  style.TouchExtraPadding = ImVec2(4, 4);

  ImVec4* colors = style.Colors;
  colors[ImGuiCol_Text] = kText;
  colors[ImGuiCol_TextDisabled] = kTextMuted;
  colors[ImGuiCol_WindowBg] = kBackground;
  colors[ImGuiCol_ChildBg] = kSurface;
  colors[ImGuiCol_PopupBg] = kSurface;
  colors[ImGuiCol_Border] = kSurfaceActive;
  colors[ImGuiCol_FrameBg] = kSurface;
  colors[ImGuiCol_FrameBgHovered] = kSurfaceHover;
  colors[ImGuiCol_FrameBgActive] = kSurfaceActive;
  colors[ImGuiCol_Button] = kSurface;
  colors[ImGuiCol_ButtonHovered] = kSurfaceHover;
  colors[ImGuiCol_ButtonActive] = kSurfaceActive;
  colors[ImGuiCol_Header] = kSurface;
  colors[ImGuiCol_HeaderHovered] = kSurfaceHover;
  colors[ImGuiCol_HeaderActive] = kSurfaceActive;
  colors[ImGuiCol_CheckMark] = kAccent;
  colors[ImGuiCol_SliderGrab] = kAccent;
  colors[ImGuiCol_SliderGrabActive] = kAccent;
  colors[ImGuiCol_ScrollbarBg] = kBackground;
  colors[ImGuiCol_ScrollbarGrab] = kSurfaceActive;
  colors[ImGuiCol_Separator] = kSurfaceActive;
  colors[ImGuiCol_NavCursor] = kAccent;  // ImGuiCol_NavHighlight before 1.91.4
}

float ButtonHeight(float font_size) {
  const float fitted = font_size + 2.0f * ImGui::GetStyle().FramePadding.y;
  return fitted > kTouchTarget ? fitted : kTouchTarget;
}

}  // namespace app::theme
