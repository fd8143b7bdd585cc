#pragma once
// Where and which leg, the same in every way an entry is made (Cramp now, log a past
// cramp, the edit page): the plain words for a muscle, a side and a trigger, and the big
// buttons of "where is the cramp?" and "which leg?", so the ids and the targets are the
// same everywhere.
//
// Stable ids (DESIGN.md): ###muscle_<value> (two a row), ###side_left, ###side_right,
// ###side_both.
#include <optional>
#include <string>

#include "core/diary/episode.h"

namespace app::entry {

// Plain-words name of a muscle for buttons and headings, e.g. "Back of calf".
const char* MuscleLabel(core::diary::Muscle muscle);
// Plain-words side for lists and entries: "left", "right", "both legs".
const char* SideLabel(core::diary::Side side);
// Plain-words name of a trigger, e.g. "Not drinking enough".
std::string TriggerWords(core::diary::Trigger trigger);

// The muscle buttons and the three leg buttons: the one tapped this frame, if any.
std::optional<core::diary::Muscle> MuscleChoice();
std::optional<core::diary::Side> SideChoice();

}  // namespace app::entry
