#pragma once
// The optional details of a cramp just saved: how bad, did it wake me, what came before.
// One form for every way an entry is made ("Cramp now", "log a past cramp"), so both ask
// the same questions with the same ids: ###pain_<0..10>, ###woke_from_sleep,
// ###details_triggers, ###trigger_<value>, ###save (save the details), ###skip (done).
#include <string>

#include "core/diary/episode.h"

namespace app::cramp {

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
  bool TakeChange();

 private:
  bool saved_ = false;
  bool show_triggers_ = false;  // folded so Save stays on a phone screen
  bool changed_ = false;
};

// Plain-words name of a trigger, e.g. "Not drinking enough".
std::string TriggerWords(core::diary::Trigger trigger);
// Plain-words relief, lower case for use in a sentence: "stretching", "nothing".
std::string ReliefWords(core::diary::Relief relief);

}  // namespace app::cramp
