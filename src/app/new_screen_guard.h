#pragma once
// The new-screen tap guard (issue 24): a new screen (another page, or the page's next step)
// takes no tap that began before it appeared or within kSeconds of it being drawn, so the
// second half of a double tap, or a press held over the change, never presses what appeared
// under the finger. App draws the page disabled (but looking the same) while it holds.
// Pure logic on plain values: tested natively without ImGui (new_screen_guard_test.cpp).
namespace app {

class NewScreenGuard {
 public:
  static constexpr double kSeconds = 0.4;

  // The frame begins (monotonic `now`, whether a press is down): the first frame that draws
  // a new screen starts its count (the frame that opened it may have been a tap's release,
  // a frame after its press); a press held over the change ends when released.
  void BeginFrame(double now, bool pressed);
  // The screen shown now, by the router's generation and the page's step. Call before the
  // page is drawn (a page brought up between frames: a storage answer, the back button) and
  // after (this frame's taps opened it). The screen the app opens on is not guarded: no tap
  // was meant for a screen before it.
  void See(unsigned generation, int step, double now, bool pressed);
  bool IgnoresTaps(double now) const;

 private:
  bool seen_any_ = false;    // a first screen was seen
  unsigned generation_ = 0;  // the screen last seen
  int step_ = 0;
  bool guarding_ = false;           // a screen after the first was seen
  bool drawn_ = true;               // its first frame began
  double since_ = 0.0;              // when it was first drawn (monotonic seconds)
  bool press_from_before_ = false;  // a press down when it appeared is still down
};

}  // namespace app
