#pragma once
// "Cramp now": the one-tap path for a person woken by a cramp. Where is it, which leg,
// then a guided stretch with a relief timer; "it has eased" saves the episode at once
// (duration = time from the side tap to that tap) and offers optional details.
//
// Stable ids (DESIGN.md): ###muscle_<value>, ###side_left/right/both (entry/entry_choices.h),
// ###cramp_done, ###cramp_still; past 10 minutes ###answer_yes / ###answer_no answer the
// cramp_persisting question and a yes shows ###cramp_persisting (get advice now). Saving, a
// failed write (###save_retry, ###skip "Later") and the details (###save, ###skip "Done",
// which goes Home) are entry/save_step.h's, shared with "log a past cramp".
//
// After a self-check whose result warned about a leg (a possible clot or blocked blood
// supply), until the next check is completed, every step opens with ###cramp_clot_warning
// (that warning and the result's actions) with the result's Call button (###call_emergency,
// or ###call_urgent where the urgent line is a phone line; the number large on the desktop)
// and no stretch or massage is played; the timer, the 10-minute question and logging work as
// always (CLINICAL.md 3.1).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/entry/save_step.h"
#include "app/page.h"
#include "app/page_services.h"
#include "app/stretch/stretch_view.h"
#include "core/clock.h"
#include "core/diary/episode.h"
#include "core/diary/quick_log.h"
#include "core/triage/level.h"

namespace app::model {
class DiaryModel;
}

namespace app::cramp {

// What Cramp now needs to know of the last self-check: App fills it in from the
// self-check's last result before each frame (SetLastCheck); nothing else is shared.
struct LastCheck {
  bool pregnant = false;  // said pregnant: the pregnancy variant of the calf stretch
  // The last completed check fired an emergency or urgent rule about the leg
  // (core::triage::Assessment::LegWarning()).
  bool leg_warning = false;
  core::triage::Level level = core::triage::Level::kSelfCare;
  std::vector<std::string_view> advice_keys;  // that result's "what to do", in order
};

class CrampFlow final : public Page {
 public:
  enum class Step { kMuscle, kSide, kStretching, kWriting };

  // Entries are written through `diary`; `device` plays the stretch; `phone` dials from the
  // leg warning. All outlive the flow.
  CrampFlow(model::DiaryModel& diary, const StretchDevice& device, const PhoneLine& phone)
      : device_(device), phone_(phone), save_(diary) {}

  // Page: every way in starts afresh at "where is the cramp?", except Home's "back to it"
  // (ResumeOnEnter) to a timer left running; no storage notes above it (the stretch needs
  // the screen); Back steps back from the side to the muscle. Leaving the details keeps
  // the choices made (SaveStep::KeepDetails).
  void Enter() override;
  void Leave() override { save_.KeepDetails(); }
  void Draw(PageContext& context) override;
  int StepKey() const override;
  bool Back() override;
  bool ShowsNotes() const override { return false; }
  // The figure moving draws every frame; the relief timer's seconds one frame each.
  bool Animating(const core::Clock& clock) const override { return FigureMoving(clock); }
  int VisibleTick(const core::Clock& clock) const override {
    return IsTiming() ? ElapsedWholeSeconds(clock) : -1;
  }

  // Starts over at "where is the cramp?".
  void Start();
  void SetLastCheck(LastCheck last) { last_check_ = std::move(last); }
  // The next Enter() goes back to the running timer (if one runs) instead of starting over.
  void ResumeOnEnter() { resume_on_enter_ = true; }
  // The leg warning leads every step and no stretch is played.
  bool ShowsLegWarning() const { return last_check_.leg_warning; }

  Step CurrentStep() const { return step_; }
  // The relief timer is on screen and ticking: the app keeps drawing.
  bool IsTiming() const { return step_ == Step::kStretching; }
  // The stretch figure is moving now (not holding): the app draws every frame.
  bool FigureMoving(const core::Clock& clock) const {
    return IsTiming() && plays_stretch_ && player_.Moving(clock.MonotonicSeconds());
  }
  // A stretch routine plays (while timing): never after a leg warning.
  bool PlaysStretch() const { return IsTiming() && plays_stretch_; }
  // Whole seconds the relief timer shows (while timing).
  int ElapsedWholeSeconds(const core::Clock& clock) const;

 private:
  void DrawMuscle(PageContext& context);
  void DrawLegWarning(PageContext& context) const;
  void DrawSide(PageContext& context);
  void DrawStretching(PageContext& context);
  void DrawTimerOnly(PageContext& context, double elapsed);
  void DrawTimerAnswers(PageContext& context, double elapsed);
  // What "Still cramping" adds above the answers, and the room kept for it from the start.
  std::string KeepGoingNote(const PageContext& context) const;
  float NoteHeight(const PageContext& context, float width) const;

  Step step_ = Step::kMuscle;
  core::diary::QuickLogStart start_;
  double timer_start_ = 0.0;       // monotonic seconds at the side tap
  stretch::StretchPlayer player_;  // the muscle's routine, from the side tap
  bool plays_stretch_ = false;     // player_ runs (no leg warning at the side tap)
  LastCheck last_check_;
  bool still_cramping_ = false;
  bool resume_on_enter_ = false;
  // The answer to "still going after 10 minutes of stretching?" (cramp_persisting), asked
  // once the timer passes 10 minutes: -1 not asked yet, 0 no, 1 yes.
  int persisting_ = -1;
  const StretchDevice& device_;
  const PhoneLine& phone_;
  entry::SaveStep save_;  // saving, a failed write, the details: shared with "log a past cramp"
};

}  // namespace app::cramp
