#pragma once
// When to draw a frame. Stock ImGui redraws forever; a phone on the night stand must not.
// We draw while input arrives, for a few frames after it (so hover states and popups
// settle), while something animates, and otherwise not at all.
namespace app {

class RedrawPolicy {
 public:
  // Frames drawn after the last input: the one that handles it (ImGui trickles a press
  // and its release over two frames) and one to show the resulting state.
  static constexpr int kFramesAfterInput = 3;

  void OnInput() { frames_left_ = kFramesAfterInput; }
  // Input the app has already acted on in frames of its own (not drawn): one frame shows
  // the result.
  void OnInputHandled() {
    if (frames_left_ < 1) frames_left_ = 1;
  }
  // The app changed what it shows (screen, data): make sure one more frame shows it.
  void OnStateChanged() {
    if (frames_left_ < 1) frames_left_ = 1;
  }
  // Something moves smoothly (a stretch animation): draw every frame.
  void SetAnimating(bool animating) { animating_ = animating; }
  // Something changes now and then by itself, e.g. a timer's seconds: draw one frame each
  // time `tick` changes, not 60 a second (a phone on the night stand keeps cool).
  void SetTick(int tick) { tick_ = tick; }

  bool ShouldDraw() const { return animating_ || frames_left_ > 0 || tick_ != drawn_tick_; }
  void OnFrameDrawn() {
    if (frames_left_ > 0) --frames_left_;
    drawn_tick_ = tick_;
  }

 private:
  int frames_left_ = kFramesAfterInput;  // the first frames after start
  bool animating_ = false;
  int tick_ = 0;
  int drawn_tick_ = 0;
};

// When the browser's frames wait (platform/web/main.cpp), as rules tested natively.
class FrameHold {
 public:
  // Until the diary is read the page says "Loading" and nothing is drawn: the first frame
  // shows the person's own diary, not an empty one, and the software-rendered frames of an
  // empty app do not slow the read down. A diary that takes longer than this (a huge one,
  // a stuck browser) gets the app shown meanwhile; its entries appear when they arrive.
  static constexpr double kWaitForDiaryMs = 1500.0;
  // A write the person just asked for answers within a few ms. Drawn first, its frame
  // would show "Saving..." and, in a software-rendered browser, hold the page's only
  // thread for 20-60 ms while the answer waits behind it. So drawing waits for a write
  // in flight, at most this long.
  static constexpr double kHoldForWriteMs = 50.0;

  static bool WaitingForDiary(bool loaded, double since_start_ms) {
    return !loaded && since_start_ms < kWaitForDiaryMs;
  }
  bool HoldingForWrite(bool write_in_flight, double now_ms) {
    if (!write_in_flight) {
      write_seen_ms_ = -1.0;
      return false;
    }
    if (write_seen_ms_ < 0.0) write_seen_ms_ = now_ms;
    return now_ms - write_seen_ms_ < kHoldForWriteMs;
  }

 private:
  double write_seen_ms_ = -1.0;  // when the write in flight was first seen
};

}  // namespace app
