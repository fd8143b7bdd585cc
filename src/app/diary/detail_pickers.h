#pragma once
// The optional details of one entry, as touch controls that change an Episode in place:
// shared by Cramp now's details step and the entry's edit page, so an entry is described
// the same way wherever it is entered. Each returns true when the person changed something.
//
// Stable ids: ###pain_<0..10>, ###pain_not_rated, ###woke_from_sleep, ###details_triggers,
// ###trigger_<value>, ###relief_<value>, ###helped_yes, ###helped_no, ###helped_unknown,
// ###notes, ###notes_count, ###notes_cut.
#include <cstddef>
#include <string>

#include "core/diary/episode.h"

namespace app::diary {

// 0..10 in two rows, and "not rated" (the pain stays null: never a number nobody chose).
bool PainPicker(core::diary::Episode& episode);
bool WokeToggle(core::diary::Episode& episode);
// Folded behind one toggle (`open`), so Save stays on a phone's first screen.
bool TriggerPicker(core::diary::Episode& episode, bool& open);
// What the person did, and whether it helped (asked only when they did something).
bool ReliefPicker(core::diary::Episode& episode);

// Plain words for what someone did, as in "Eased by stretching".
std::string ReliefWords(core::diary::Relief relief);

// A multi-line notes field that never holds more than the contract's 2,000 bytes: what
// is typed or pasted past that is cut at a character boundary and the cut is shown,
// with the bytes used always in view.
class NotesEditor {
 public:
  bool Draw(core::diary::Episode& episode);
  // Forgets the last cut (another entry is being edited).
  void Reset() { cut_characters_ = 0; }
  std::size_t CutCharacters() const { return cut_characters_; }

 private:
  std::size_t cut_characters_ = 0;
};

}  // namespace app::diary
