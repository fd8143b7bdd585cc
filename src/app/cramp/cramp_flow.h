#pragma once
// "Cramp now": the one-tap path for a person woken by a cramp. Where is it, which leg,
// then a guided stretch with a relief timer; "it has eased" saves the episode at once
// (duration = time from the side tap to that tap) and offers optional details.
//
// Stable ids (DESIGN.md): ###muscle_<value>, ###side_left/right/both, ###cramp_done,
// ###cramp_still, ###save, ###skip; past 10 minutes ###answer_yes / ###answer_no answer
// the cramp_persisting question and a yes shows ###cramp_persisting (get advice now). "Saved" is shown only after storage confirms the
// write; a failed write keeps the entry in memory and offers a retry.
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/diary/episode.h"
#include "core/diary/quick_log.h"
#include "core/storage/storage.h"
#include "core/triage/emergency_numbers.h"

namespace app::cramp {

// What the flow needs from the app, for one frame.
struct CrampContext {
  core::storage::Storage& storage;
  const core::Clock& clock;
  std::vector<core::diary::Episode>& episodes;  // the diary in memory
  // Entries whose write failed: kept (and offered for saving again) after the person
  // leaves the flow, until a write succeeds.
  std::vector<core::diary::Episode>& unsaved;
  bool& finished;  // set when the person leaves the flow
  // Whose urgent line to name when a cramp goes on past 10 minutes.
  const core::triage::EmergencyRegion& region;
};

class CrampFlow {
 public:
  enum class Step { kMuscle, kSide, kStretching, kSaving, kSaveFailed, kDetails };

  // Starts over at "where is the cramp?".
  void Start();
  void Draw(CrampContext& context);

  Step CurrentStep() const { return step_; }
  // The relief timer is on screen and ticking: the app keeps drawing.
  bool IsTiming() const { return step_ == Step::kStretching; }
  // Whole seconds the relief timer shows (while timing).
  int ElapsedWholeSeconds(const core::Clock& clock) const;
  // The save-failed step is on screen (it says "not saved" itself).
  bool ShowsSaveFailure() const { return step_ == Step::kSaveFailed; }
  // True once after anything the person would see changed.
  bool TakeChange();

 private:
  void DrawMuscle();
  void DrawSide(CrampContext& context);
  void DrawStretching(CrampContext& context);
  void DrawSaving();
  void DrawSaveFailed(CrampContext& context);
  void DrawDetails(CrampContext& context);
  void Save(CrampContext& context, Step after_success);
  void GoTo(Step step);

  Step step_ = Step::kMuscle;
  core::diary::QuickLogStart start_;
  double timer_start_ = 0.0;  // monotonic seconds at the side tap
  bool still_cramping_ = false;
  // The answer to "still going after 10 minutes of stretching?" (cramp_persisting), asked
  // once the timer passes 10 minutes: -1 not asked yet, 0 no, 1 yes.
  int persisting_ = -1;
  core::diary::Episode episode_;  // the entry being saved or detailed
  std::string save_error_;
  bool details_saved_ = false;
  bool show_triggers_ = false;        // folded so Save stays on a phone screen
  bool kept_in_memory_only_ = false;  // storage is off: never say "saved"
  bool changed_ = false;
  unsigned save_generation_ = 0;  // ignores callbacks of a flow that was left
};

// Plain-words name of a muscle for buttons and headings, e.g. "Back of calf".
const char* MuscleLabel(core::diary::Muscle muscle);
// Plain-words side for lists and entries: "left", "right", "both legs".
const char* SideLabel(core::diary::Side side);
// Plain-words name of a trigger, e.g. "Not drinking enough".
std::string TriggerWords(core::diary::Trigger trigger);

}  // namespace app::cramp
