#pragma once
// A child window that scrolls by the mouse wheel, the scrollbar, a drag of the finger (a canvas
// gets no native touch scrolling) and the "More below" bar under it; built on Dear ImGui's
// public API only. The content area of every page and the self-check's page body are one.
#include <imgui.h>

namespace app::widgets {

class ScrollRegion {
 public:
  // Begins the child window `name` (ImGui::BeginChild's size and child flags). `from_top`:
  // laid out from its top this very frame (a new page or step).
  ScrollRegion(const char* name, const ImVec2& size, ImGuiChildFlags flags = 0,
               bool from_top = false);
  ~ScrollRegion();
  ScrollRegion(const ScrollRegion&) = delete;
  ScrollRegion& operator=(const ScrollRegion&) = delete;

  // Ends the child window (at the latest, the destructor does). Before that, a drag that
  // started in this region (and in no scrolling region inside it) scrolls it, and the press
  // under the finger is let go so it does not fire on release; and the content is measured.
  void End();

  // After End(), just below the region, `width` wide: while more of the region lies below what
  // is shown (from this frame's layout: a page just opened may be the only frame drawn), a
  // "More below" bar, an item "...###more_below" that scrolls on by most of a screen when
  // tapped; else the same space left empty, so nothing under it moves (MoreBelowHeight()).
  void MoreBelow(float width);

  // After End(): whether ImGui gives the region a scrollbar next frame. It decides in
  // BeginChild from the content it saw the frame before (this one), by the rule this
  // repeats: the content and its padding taller than the region.
  bool ScrollsNextFrame() const { return scrolls_next_frame_; }

 private:
  ImGuiID id_ = 0;
  bool open_ = true;
  float padding_y_ = 0.0f;  // the child's top and bottom padding
  bool more_below_ = false;
  bool scrolls_next_frame_ = false;
  float scroll_step_target_ = 0.0f;  // where "More below" scrolls to
};

// The height of the "More below" bar, for callers that reserve its space.
float MoreBelowHeight();

// Call once a frame after every window has ended: forgets a drag that ended. (A drag needs no
// frames of its own: the finger's moves are input, and input is drawn.)
void EndTouchScrollFrame();

}  // namespace app::widgets
