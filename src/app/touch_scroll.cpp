// Touch scrolling: a canvas gets no native scrolling, so a drag that starts in the content
// area scrolls the innermost scrollable window under the finger (never the bars), and the
// button under the finger does not fire on release.
#include <imgui.h>
#include <imgui_internal.h>

#include <cstring>

#include "app/app.h"

namespace app {

extern const char* const kScreenChildName;  // app_chrome.cpp

namespace {
// How far a finger moves before a press becomes a scroll, in CSS pixels.
constexpr float kDragScrollThreshold = 8.0f;
}  // namespace

void App::DragToScroll() {
  ImGuiContext& g = *ImGui::GetCurrentContext();
  if (!ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
    drag_scroll_window_ = 0;
    return;
  }
  if (drag_scroll_window_ == 0) {
    if (!ImGui::IsMouseDragging(ImGuiMouseButton_Left, kDragScrollThreshold)) return;
    ImGuiWindow* target = g.HoveredWindow;
    while (target != nullptr && target->ScrollMax.y <= 0.0f) target = target->ParentWindow;
    bool in_content = false;
    for (ImGuiWindow* w = target; w != nullptr; w = w->ParentWindow) {
      if (std::strstr(w->Name, kScreenChildName) != nullptr) in_content = true;
    }
    if (target == nullptr || !in_content) return;
    drag_scroll_window_ = target->ID;
  }
  ImGuiWindow* window = ImGui::FindWindowByID(drag_scroll_window_);
  if (window == nullptr) {
    drag_scroll_window_ = 0;
    return;
  }
  ImGui::SetScrollY(window, window->Scroll.y - ImGui::GetIO().MouseDelta.y);
  ImGui::ClearActiveID();  // the button under the finger must not fire on release
}

}  // namespace app
