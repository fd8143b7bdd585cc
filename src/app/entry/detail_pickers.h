#pragma once
// The optional details of one entry, as touch controls that change an Episode in place:
// shared by Cramp now's details step and the entry's edit page, so an entry is described
// the same way wherever it is entered. Each returns true when the person changed something.
//
// Stable ids: ###pain_<0..10>, ###pain_not_rated, ###woke_from_sleep, ###details_triggers,
// ###trigger_<value>, ###relief_<value>, ###helped_yes, ###helped_no, ###helped_unknown,
// ###notes, ###notes_count, ###notes_cut.
#include <imgui.h>

#include <array>
#include <cstddef>
#include <optional>
#include <string>

#include "app/widgets.h"
#include "core/diary/episode.h"

namespace app::entry {

// A grid of toggles, `columns` to a row, one for each of `values`: `label(value)` gives
// "words###id", `selected(value)` ticks it. Returns the value tapped this frame, if any.
template <typename Value, std::size_t N, typename Label, typename Selected>
std::optional<Value> ToggleGrid(const std::array<Value, N>& values, std::size_t columns,
                                Label label, Selected selected) {
  const float width = widgets::RowButtonWidth(static_cast<int>(columns));
  std::optional<Value> tapped;
  for (std::size_t i = 0; i < N; ++i) {
    if (i % columns != 0) ImGui::SameLine();
    if (widgets::ToggleButton(label(values[i]).c_str(), selected(values[i]), width))
      tapped = values[i];
  }
  return tapped;
}

// ToggleGrid for one value held in `current` (a muscle, a side, ...): the tapped value is
// put there. True when it was tapped.
template <typename Value, std::size_t N, typename Label>
bool ChooseOne(const std::array<Value, N>& values, std::size_t columns, Label label,
               Value& current) {
  const auto tapped =
      ToggleGrid(values, columns, label, [&current](const Value& v) { return current == v; });
  if (tapped) current = *tapped;
  return tapped.has_value();
}

// 0..10 in two rows, and "not rated" (the pain stays null: never a number nobody chose).
bool PainPicker(core::diary::Episode& episode);
bool WokeToggle(core::diary::Episode& episode);
// Folded behind one toggle (`open`), so Save stays on a phone's first screen.
bool TriggerPicker(core::diary::Episode& episode, bool& open);
// What the person did, and whether it helped (asked only when they did something).
bool ReliefPicker(core::diary::Episode& episode);

// Plain words for what someone did, as in "Eased by stretching".
std::string ReliefWords(core::diary::Relief relief);
// The same, or "not answered" when the person never said (never "nothing").
std::string ReliefWords(const std::optional<core::diary::Relief>& relief);

// A multi-line notes field that never holds more than the contract's 2,000 bytes: what
// is typed or pasted past that is cut at a character boundary and the cut is shown,
// with the bytes used always in view.
class NotesEditor {
 public:
  bool Draw(core::diary::Episode& episode);
  // Forgets the last cut (another entry is being edited).
  void Reset() { cut_characters_ = 0; }

 private:
  std::size_t cut_characters_ = 0;
};

}  // namespace app::entry
