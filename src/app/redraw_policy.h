#pragma once
// When to draw a frame. Stock ImGui redraws forever; a phone on the night stand must not.
// The shell alone decides, from what it sees: input (SDL's events, or what the platform
// queued for ImGui itself, e.g. relayed text), an asynchronous answer (storage, a picked
// file, the back button, ...), the current page's declared animation (Page::Animating) or
// next tick (Page::VisibleTick), and a short window of frames after each. Pages never say
// that they changed: whatever changed is drawn in that window. With nothing of this, no
// frame is drawn at all.
namespace app {

class RedrawPolicy {
 public:
  // Frames drawn once ImGui has taken in the last input (or after an answer, a tick, the
  // end of an animation). The frame that takes a tap in may change the screen half-way (a
  // page opens); the first after it draws the new screen whole, the second with its layout
  // settled (ImGui decides a scrollbar from the content it measured the frame before).
  static constexpr int kFramesAfter = 2;
  // The longest the window waits for a write's answer (SetWaitingForWrite); a commit takes
  // 1-10 ms alone, so only a stuck or very slow one reaches it.
  static constexpr double kMaxWriteWaitMs = 150.0;

  // `queued` input events were queued for ImGui. With event trickling ImGui takes in at
  // least one of them per frame (a tap's press and release take two), so as many
  // frames are drawn as events wait, then the window. 0: something changed that is not an
  // ImGui event (a resize, a touch of the screen ImGui ignores): the window only.
  void OnInput(int queued = 1) {
    queued_ += queued;
    after_ = kFramesAfter;
    drawn_since_ = 0;
  }
  // An asynchronous answer arrived (storage, a file, the clipboard, the back button, the
  // installed app): the window shows what it changed.
  void OnAnswer() {
    after_ = kFramesAfter;
    drawn_since_ = 0;
  }
  // The page moves smoothly (a stretch figure): every frame is drawn, then the window.
  void SetAnimating(bool animating) {
    if (animating_ && !animating) after_ = kFramesAfter;
    animating_ = animating;
  }
  // The page changes now and then by itself, e.g. a timer's quarter seconds: one frame each
  // time `tick` changes, not 60 a second (a phone on the night stand keeps cool). A timer
  // that stops (-1: nothing ticks, Page::VisibleTick) is drawn by the window, like input:
  // mostly input stopped it ("It has eased"), and then it waits with the input's window.
  void SetTick(int tick) {
    if (tick < 0 && tick_ >= 0) {
      drawn_tick_ = tick;
      if (after_ < 1) after_ = 1;
    }
    tick_ = tick;
  }
  // A write is being committed. The window's frames only settle what the last input
  // changed, and the write's answer opens a window of its own, so they wait for it: in
  // software-rendered browsers a frame's raster work competes with the commit for the CPU
  // (measured: 5 ms alone, 50-100 ms beside the frames). Input, a moving figure and ticks
  // still draw at once; the caller bounds the wait (a stuck write must not freeze the
  // screen: platform/web/main.cpp).
  void SetWaitingForWrite(bool waiting) { waiting_for_write_ = waiting; }

  // No input waits to be taken in, and the window's frames after the last input or answer
  // are drawn (while a figure moves too): what the screen shows is the result of everything
  // that arrived. Tests wait for it (window.crampcheck.settled()) before reading the layout.
  bool Settled() const { return queued_ == 0 && drawn_since_ >= kFramesAfter; }
  bool ShouldDraw() const {
    return animating_ || queued_ > 0 || (after_ > 0 && !waiting_for_write_) ||
           tick_ != drawn_tick_;
  }
  // `events_waiting`: the input events ImGui still holds after the frame (it says exactly
  // what OnInput's count can only bound); -1 when unknown.
  void OnFrameDrawn(int events_waiting = -1) {
    const bool took_input = queued_ > 0;
    if (queued_ > 0) --queued_;
    if (events_waiting >= 0) queued_ = events_waiting;
    if (!took_input) {
      if (after_ > 0 && !animating_) --after_;
      if (drawn_since_ < kFramesAfter) ++drawn_since_;
    }
    drawn_tick_ = tick_;
  }

 private:
  int queued_ = 0;             // input events ImGui may not have taken in yet (at most)
  int after_ = kFramesAfter;   // frames left in the window (the first frames after start)
  int drawn_since_ = 0;  // frames drawn after the last input was taken in (up to the window)
  bool animating_ = false;
  bool waiting_for_write_ = false;
  int tick_ = 0;
  int drawn_tick_ = 0;
};

// When the browser's frames wait (platform/web/main.cpp), as a rule tested natively.
class FrameHold {
 public:
  // Until the diary is read the page says "Loading" and nothing is drawn: the first frame
  // shows the person's own diary, not an empty one, and the software-rendered frames of an
  // empty app do not slow the read down. A diary that takes longer than this (a huge one,
  // a stuck browser) gets the app shown meanwhile; its entries appear when they arrive.
  static constexpr double kWaitForDiaryMs = 1500.0;

  static bool WaitingForDiary(bool loaded, double since_start_ms) {
    return !loaded && since_start_ms < kWaitForDiaryMs;
  }
};

}  // namespace app
