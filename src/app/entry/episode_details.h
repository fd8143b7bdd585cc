#pragma once
// The optional details of a cramp just saved: how bad, did it wake me, what came before,
// what helped and notes. One form for every way an entry is made ("Cramp now", "log a
// past cramp"), with the controls of the entry's edit page (detail_pickers.h), so all
// ask the same questions with the same ids, plus ###details_more (what helped and notes,
// folded), ###save (save the details) and ###skip (done).
#include <string>

#include "app/entry/detail_pickers.h"
#include "core/diary/episode.h"

namespace app::entry {

class EpisodeDetails {
 public:
  enum class Action { kNone, kSave, kDone };

  // A new entry: triggers folded, nothing saved yet.
  void Reset();
  // Draws the saved line ("Saved: 1 min 30 s, Back of calf"), the questions for `episode`
  // (changed in place) and the two buttons. `kept_in_memory_only`: storage is off, never
  // say "saved".
  Action Draw(core::diary::Episode& episode, bool kept_in_memory_only);
  // The person saved the details once (the note under the saved line says so).
  void MarkSaved() { saved_ = true; }

 private:
  bool saved_ = false;
  bool show_triggers_ = false;  // folded so Save stays on a phone screen
  bool show_more_ = false;      // what helped and notes, folded for the same reason
  NotesEditor notes_;
};

}  // namespace app::entry
