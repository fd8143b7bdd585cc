#include "app/scroll_region.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "app/imgui_internals.h"
#include "app/language.h"
#include "app/theme.h"

namespace app::widgets {
namespace {

// How far a finger moves before a press becomes a scroll, in CSS pixels.
constexpr float kDragScrollThreshold = 8.0f;

// The drag under way, for the current ImGui context.
struct TouchScroll {
  const ImGuiContext* context = nullptr;
  ImGuiID region = 0;       // the region the drag scrolls; 0 until one takes it
  int region_seen = -1;     // the last frame that region was drawn
};

TouchScroll& CurrentTouchScroll() {
  static TouchScroll touch;
  if (touch.context != ImGui::GetCurrentContext()) touch = TouchScroll{ImGui::GetCurrentContext()};
  return touch;
}

// Inside region `id`'s child window, before it ends. Regions inside it end first, so the
// innermost scrolling region under the finger takes the drag.
void ScrollByTouch(ImGuiID id) {
  TouchScroll& touch = CurrentTouchScroll();
  // A finger's moves and its lift can reach ImGui in one frame (a flick while a frame is
  // slow): the frame of the release still scrolls by what the finger moved.
  const bool released = ImGui::IsMouseReleased(ImGuiMouseButton_Left);
  if (!ImGui::IsMouseDown(ImGuiMouseButton_Left) && !released) {
    touch.region = 0;
    return;
  }
  if (touch.region == 0) {
    const ImGuiIO& io = ImGui::GetIO();
    const float moved_x = io.MousePos.x - io.MouseClickedPos[ImGuiMouseButton_Left].x;
    const float moved_y = io.MousePos.y - io.MouseClickedPos[ImGuiMouseButton_Left].y;
    const bool dragged =
        released ? std::hypot(moved_x, moved_y) >= kDragScrollThreshold
                 : ImGui::IsMouseDragging(ImGuiMouseButton_Left, kDragScrollThreshold);
    if (!dragged) return;
    if (ImGui::GetScrollMaxY() <= 0.0f) return;
    // The finger is on this region or a window inside it; the button it pressed is active.
    if (!ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows |
                                ImGuiHoveredFlags_AllowWhenBlockedByActiveItem))
      return;
    touch.region = id;
  }
  if (touch.region != id) return;
  touch.region_seen = ImGui::GetFrameCount();
  ImGui::SetScrollY(ImGui::GetScrollY() - ImGui::GetIO().MouseDelta.y);
  imgui_internals::ReleaseActiveItem();  // the button under the finger must not fire on release
}

}  // namespace

ScrollRegion::ScrollRegion(const char* name, const ImVec2& size, ImGuiChildFlags flags,
                           bool from_top) {
  // The child's id in this window, where MoreBelow() leaves where to scroll next.
  id_ = ImGui::GetID(name);
  ImGuiStorage* storage = ImGui::GetStateStorage();
  const float step_to = storage->GetFloat(id_, -1.0f);
  if (step_to >= 0.0f) storage->SetFloat(id_, -1.0f);
  // Set before BeginChild so this very frame is laid out there (ImGui::SetScrollY inside it
  // would only take effect in the next one).
  if (from_top) {
    ImGui::SetNextWindowScroll(ImVec2(-1.0f, 0.0f));
  } else if (step_to >= 0.0f) {
    ImGui::SetNextWindowScroll(ImVec2(-1.0f, step_to));
  }
  if ((flags & (ImGuiChildFlags_AlwaysUseWindowPadding | ImGuiChildFlags_Borders)) != 0)
    padding_y_ = ImGui::GetStyle().WindowPadding.y;
  ImGui::BeginChild(name, size, flags);
  // A group measures how far the content reaches (its rectangle) without moving anything.
  ImGui::BeginGroup();
}

ScrollRegion::~ScrollRegion() {
  End();
}

void ScrollRegion::End() {
  if (!open_) return;
  open_ = false;
  ImGui::EndGroup();
  const float content_bottom = ImGui::GetItemRectMax().y;
  const float visible_bottom = ImGui::GetWindowPos().y + ImGui::GetWindowHeight();
  more_below_ = content_bottom > visible_bottom + 1.0f;
  const float content_top = ImGui::GetWindowPos().y + ImGui::GetCursorStartPos().y;
  scrolls_next_frame_ =
      std::trunc(content_bottom - content_top) + 2.0f * padding_y_ > ImGui::GetWindowHeight();
  scroll_step_target_ =
      std::min(ImGui::GetScrollMaxY(), ImGui::GetScrollY() + ImGui::GetWindowHeight() * 0.8f);
  ScrollByTouch(id_);
  ImGui::EndChild();
}

float MoreBelowHeight() {
  return std::max(34.0f, ImGui::GetFontSize() + 16.0f);
}

void ScrollRegion::MoreBelow(float width) {
  End();
  const float height = MoreBelowHeight();
  if (!more_below_) {
    ImGui::Dummy(ImVec2(width, height));
    return;
  }
  const std::string words = T("app.more_below");
  const ImVec2 min = ImGui::GetCursorScreenPos();
  if (ImGui::InvisibleButton((words + "###more_below").c_str(), ImVec2(width, height)))
    ImGui::GetStateStorage()->SetFloat(id_, scroll_step_target_);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 max(min.x + width, min.y + height - 4.0f);
  draw->AddRectFilled(min, max, ImGui::GetColorU32(theme::kSurface), 8.0f);
  draw->AddLine(ImVec2(min.x + 8.0f, min.y), ImVec2(max.x - 8.0f, min.y),
                ImGui::GetColorU32(theme::kAccent), 2.0f);
  // The words and a down arrow, centred (drawn, so no font needs an arrow glyph).
  const ImVec2 text = ImGui::CalcTextSize(words.c_str());
  const float arrow = ImGui::GetFontSize() * 0.6f;
  const float left = min.x + (width - text.x - arrow - 10.0f) * 0.5f;
  const float mid = (min.y + max.y) * 0.5f;
  const ImU32 colour = ImGui::GetColorU32(theme::kAccent);
  draw->AddText(ImVec2(left, mid - text.y * 0.5f), colour, words.c_str());
  const float ax = left + text.x + 10.0f + arrow * 0.5f;
  draw->AddLine(ImVec2(ax, mid - arrow * 0.5f), ImVec2(ax, mid + arrow * 0.5f), colour, 2.5f);
  const ImVec2 head[3] = {ImVec2(ax - arrow * 0.45f, mid + arrow * 0.05f),
                          ImVec2(ax, mid + arrow * 0.5f),
                          ImVec2(ax + arrow * 0.45f, mid + arrow * 0.05f)};
  draw->AddPolyline(head, 3, colour, ImDrawFlags_None, 2.5f);
}

void EndTouchScrollFrame() {
  TouchScroll& touch = CurrentTouchScroll();
  const int frame = ImGui::GetFrameCount();
  // Let go, or its region is gone (another page): the next drag finds its own region.
  if (!ImGui::IsMouseDown(ImGuiMouseButton_Left) || touch.region_seen != frame) touch.region = 0;
}

}  // namespace app::widgets
