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

}  // namespace app
