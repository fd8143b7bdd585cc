#pragma once
// Changing one diary entry: every field of the Episode contract a person recorded (when,
// how long, where, which leg, pain, woke, triggers, relief and whether it helped, notes).
// Save checks the whole entry with the core's rules (core::diary::ValidateEntry: not in
// the future, not before 2000, 1..3600 s, notes without control characters, the contract)
// and names each problem beside its field; a changed time takes the offset the device's
// zone gave it then (core::diary::OffsetFromZone: a skipped time is refused, an entry
// logged in another zone keeps its offset); a valid change is one storage write through the diary
// model with updated_at set, written only over the version the form began from
// (DiaryModel::UpdateFrom): a change saved or a delete made meanwhile in another tab is
// never overwritten or undone (ChangedElsewhere(); the entry page says so). A failed write keeps
// the change on the page with "Try again", as Cramp now does; the muscle and side words and the
// details are entry/'s, as every way an entry is made.
//
// Stable ids: ###edit_date, ###edit_time, ###edit_minutes, ###edit_seconds,
// ###muscle_<value>, ###side_<value>, the detail ids of detail_pickers.h, ###edit_save,
// ###edit_cancel, ###edit_retry, ###edit_save_error, ###edit_error_<field>.
#include <string>
#include <vector>

#include "app/entry/detail_pickers.h"
#include "app/page.h"
#include "core/diary/episode.h"
#include "core/diary/episode_validation.h"

namespace app::model {
class DiaryModel;
struct Answer;
}  // namespace app::model

namespace app::diary {

class EntryEditor {
 public:
  enum class State { kEditing, kSaving, kSaveFailed, kSaved, kChangedElsewhere };

  // Changes are written through `diary`, which must outlive the editor.
  explicit EntryEditor(model::DiaryModel& diary) : diary_(diary) {}

  // Starts editing a copy of `episode`; nothing is stored until Save.
  void Begin(const core::diary::Episode& episode);
  // Draws the form; true when the person left it (cancelled) this frame.
  bool Draw(PageContext& context);
  // True once after a change was stored (the entry page then shows the entry again).
  bool TakeSaved();
  // True once after the change was refused because another tab saved a newer version
  // (the entry page then shows that version and says so); the change is kept here.
  bool TakeChangedElsewhere();
  // Back to the form with the person's change, now over `newer` (the version shown after
  // ChangedElsewhere): saving writes the change over that version.
  void ResumeOver(const core::diary::Episode& newer);

 private:
  void Save(PageContext& context);
  void Write();
  void Answered(const model::Answer& answer);
  void DrawWhen();
  void DrawWhere();
  void ShowProblem(const char* field) const;
  core::diary::Episode Entered() const;

  model::DiaryModel& diary_;
  core::diary::Episode draft_;
  std::string based_on_;    // updated_at of the version the form began from
  int offset_minutes_ = 0;  // the entry's own offset: the typed time is read in it first
  char date_[16] = "";
  char time_[8] = "";
  char minutes_[16] = "";
  char seconds_[16] = "";
  bool triggers_open_ = false;
  entry::NotesEditor notes_;
  std::vector<core::diary::FieldError> problems_;
  State state_ = State::kEditing;
  std::string save_error_;
  bool saved_ = false;
  bool changed_elsewhere_ = false;
  unsigned generation_ = 0;  // ignores a write's answer once another entry is edited
};

}  // namespace app::diary
