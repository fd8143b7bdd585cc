#pragma once
// A stretch routine playing on screen: the clock-driven player (pure: the moment to show
// from monotonic seconds) and the drawing of its figure, its one line of words and the
// countdown ring of the hold. The figure comes from the FigureRenderer; without one (UI
// tests) or when its shaders failed, the step's words stand in the figure's place.
#include <imgui.h>

#include "app/stretch/figure_renderer.h"
#include "core/diary/episode.h"
#include "core/stretch/routine.h"

namespace app::stretch {

// The routine for a cramp in `muscle` (the pregnancy variant for the back of the calf).
core::stretch::RoutineId RoutineFor(core::diary::Muscle muscle, bool pregnant);

// Plays a routine from the monotonic clock: pause, resume and next step shift its start,
// so At() stays a pure function of the time. With reduced motion the figure shows each
// step's key pose (KeyPose) and never moves; the timers run as usual.
class StretchPlayer {
 public:
  void Start(core::stretch::RoutineId id, double now_seconds);
  void Stop() { playing_ = false; }
  bool Playing() const { return playing_; }
  void Pause(double now_seconds);
  void Resume(double now_seconds);
  bool Paused() const { return playing_ && paused_; }
  // Jumps to the start of the next step (past the last one: the routine's end).
  void NextStep(double now_seconds);
  void SetReducedMotion(bool reduced) { reduced_motion_ = reduced; }

  const core::stretch::Routine& Routine() const { return core::stretch::GetRoutine(id_); }
  core::stretch::Moment At(double now_seconds) const;
  // The figure moves now: the app draws every frame (RedrawPolicy's animating state).
  bool Moving(double now_seconds) const {
    return playing_ && !paused_ && At(now_seconds).moving;
  }
  // Changes every quarter second while the ring counts down or the muscle cools, at each
  // new step or repeat while the figure moves; stays still while paused and after the
  // end; -1 when not playing.
  int Tick(double now_seconds) const;
  // True once each time the routine moves on to another step, and once at its end (a
  // short buzz says so).
  bool TakeStepChange(double now_seconds);

 private:
  double Elapsed(double now_seconds) const;

  core::stretch::RoutineId id_ = core::stretch::RoutineId::kToe;
  double started_ = 0.0;
  double paused_at_ = 0.0;
  bool playing_ = false;
  bool paused_ = false;
  bool reduced_motion_ = false;
  int step_seen_ = 0;
};

// Draws the figure of `moment` `size` (ImGui units) into the current window, through
// `renderer` (slot: one per picture on screen). Returns false when the words were drawn
// instead.
bool DrawFigure(FigureRenderer* renderer, int slot, const core::stretch::Routine& routine,
                const core::stretch::Moment& moment, ImVec2 size);
// The height of the tallest words any moment of `routine` shows, wrapped to `width` in the
// current font: a page keeps that much room, so its buttons stay put from step to step and
// stay on the screen at large text.
float TallestStepWords(const core::stretch::Routine& routine, float width);

// The hold's countdown ring with its seconds in the middle ("12 s"), `diameter` wide,
// centred in the column or at the cursor.
void DrawHoldRing(const core::stretch::Moment& moment, float diameter, bool centred = true);

}  // namespace app::stretch
