#pragma once
// "Cramp now": the one-tap path for a person woken by a cramp. Where is it, which leg,
// then a guided stretch with a relief timer; "it has eased" saves the episode at once
// (duration = time from the side tap to that tap) and offers optional details.
//
// Stable ids (DESIGN.md): ###muscle_<value>, ###side_left/right/both, ###cramp_done,
// ###cramp_still, ###save, ###skip, ###details_more (what helped and notes: detail_pickers.h); past
// 10 minutes ###answer_yes / ###answer_no answer the cramp_persisting question and a yes shows
// ###cramp_persisting (get advice now). "Saved" is shown only after storage confirms the write; a
// failed write keeps the entry in memory and offers a retry.
//
// After a self-check whose result warned about a leg (a possible clot or blocked blood
// supply), until the next check is completed, every step opens with ###cramp_clot_warning
// (that warning and the result's actions) and no stretch or massage is played; the timer,
// the 10-minute question and logging work as always (CLINICAL.md 3.1).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/cramp/episode_details.h"
#include "app/page.h"
#include "app/stretch/stretch_view.h"
#include "core/clock.h"
#include "core/diary/episode.h"
#include "core/diary/quick_log.h"
#include "core/triage/level.h"

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
  enum class Step { kMuscle, kSide, kStretching, kSaving, kSaveFailed, kDetails };

  // Page: every way in starts afresh at "where is the cramp?"; no storage notes above it
  // (the stretch needs the screen); Back steps back from the side to the muscle.
  void Enter() override { Start(); }
  void Draw(PageContext& context) override;
  int StepKey() const override { return static_cast<int>(step_); }
  bool TakeChange() override;
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
  void DrawSaving();
  void DrawSaveFailed(PageContext& context);
  void DrawDetails(PageContext& context);
  // One storage write through the diary model: a new entry, or a change of the one shown.
  void Save(PageContext& context, Step after_success, bool is_new);
  void GoTo(Step step);

  Step step_ = Step::kMuscle;
  core::diary::QuickLogStart start_;
  double timer_start_ = 0.0;       // monotonic seconds at the side tap
  stretch::StretchPlayer player_;  // the muscle's routine, from the side tap
  bool plays_stretch_ = false;     // player_ runs (no leg warning at the side tap)
  LastCheck last_check_;
  bool still_cramping_ = false;
  // The answer to "still going after 10 minutes of stretching?" (cramp_persisting), asked
  // once the timer passes 10 minutes: -1 not asked yet, 0 no, 1 yes.
  int persisting_ = -1;
  core::diary::Episode episode_;  // the entry being saved or detailed
  std::string save_error_;
  EpisodeDetails details_;            // pain, woke, triggers: shared with "log a past cramp"
  bool kept_in_memory_only_ = false;  // storage is off: never say "saved"
  bool changed_ = false;
  unsigned save_generation_ = 0;  // ignores callbacks of a flow that was left
};

// Plain-words name of a muscle for buttons and headings, e.g. "Back of calf".
const char* MuscleLabel(core::diary::Muscle muscle);
// Plain-words side for lists and entries: "left", "right", "both legs".
const char* SideLabel(core::diary::Side side);
// The muscle buttons of "where is the cramp?" (###muscle_<value>, two a row) and the three
// leg buttons (###side_left/right/both): the one tapped this frame, if any. Shared by every
// way an entry is made, so the ids and the targets are the same everywhere.
std::optional<core::diary::Muscle> MuscleChoice();
std::optional<core::diary::Side> SideChoice();

}  // namespace app::cramp
