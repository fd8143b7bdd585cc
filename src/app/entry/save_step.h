#pragma once
// The steps after "save" that every way of making an entry shares (Cramp now, log a past
// cramp), so they look and behave the same wherever an entry is made:
//   saving   one write through the diary model; "Saving…" until storage answers, "saved"
//            only once it did (or "kept on this page" when storage is off altogether)
//   failed   the reason (###save_error), "Try again" (###save_retry) writes the same entry
//            again, "Later" (###skip) goes Home. The model keeps the entry in the diary and
//            in the unsaved banner on every screen (one tap saves it once there is space),
//            so Later loses nothing; Home is the same place however the entry was begun,
//            with Cramp now on top for the next cramp of the night.
//   details  the saved line and EpisodeDetails (###save saves them, ###skip is "Done",
//            which the flow answers: it knows where it was opened from). Details chosen
//            count however the person leaves: "Done" and KeepDetails() (the flow calls it
//            when a tab or Back takes the person away) write what was not saved yet.
// The answer to a write is one callback on the model's verb, reading the model's verdict
// (model::Answer::applied); an answer for an entry given up (Reset) is ignored.
#include <string>

#include "app/entry/episode_details.h"
#include "app/page.h"
#include "core/diary/episode.h"

namespace app::model {
class DiaryModel;
struct Answer;
}  // namespace app::model

namespace app::entry {

class SaveStep {
 public:
  enum class Phase { kOff, kSaving, kFailed, kDetails };

  explicit SaveStep(model::DiaryModel& diary) : diary_(diary) {}

  // A new entry: off, the details folded; the answer to a write under way is ignored.
  void Reset();
  // Writes the new `episode` (shows "Saving…", then the details or the failure).
  void SaveNew(const core::diary::Episode& episode);
  Phase CurrentPhase() const { return phase_; }
  // Draws the phase; true when the person is done with the details ("Done"), whose
  // unsaved choices are then being written.
  bool Draw(PageContext& context);
  // The person leaves the details: choices not saved yet are written (nothing is lost).
  void KeepDetails();

 private:
  // Add (`is_new`) or Update (a retry, the details) the entry.
  void Write(bool is_new);
  void Answered(const model::Answer& answer);
  void DrawFailed(PageContext& context);
  bool DrawDetails(PageContext& context);

  model::DiaryModel& diary_;
  Phase phase_ = Phase::kOff;
  core::diary::Episode episode_;  // the entry being saved or detailed
  core::diary::Episode written_;  // the entry as last written (details not saved differ)
  std::string last_frame_utc_;    // when the details were last drawn: their updated_at
  EpisodeDetails details_;
  std::string error_;                 // why the last write failed
  bool kept_in_memory_only_ = false;  // storage is off: never say "saved"
  unsigned generation_ = 0;           // counts Reset()s: a stale answer is ignored
};

}  // namespace app::entry
