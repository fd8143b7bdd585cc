#pragma once
// The diary as a list a person scrolls: every entry, grouped by the night it belongs to
// (NightOf), newest night first and, within a night, the latest cramp first, each night
// opened by a header row. Filtered by muscle and side. Built once per change of the diary
// or the filter (a 10,000-entry diary is sorted once, not every frame); the screen then
// draws only the rows in view.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "core/diary/civil_date.h"
#include "core/diary/episode.h"

namespace core::diary {

struct NightListFilter {
  std::optional<Muscle> muscle;  // nullopt: every muscle
  std::optional<Side> side;      // nullopt: every side
  bool IsAll() const { return !muscle && !side; }
  bool Matches(const Episode& episode) const;
  friend bool operator==(const NightListFilter& a, const NightListFilter& b) {
    return a.muscle == b.muscle && a.side == b.side;
  }
  friend bool operator!=(const NightListFilter& a, const NightListFilter& b) { return !(a == b); }
};

struct NightListRow {
  bool header = false;
  // The night of the row; nullopt for entries whose started_at does not parse (a valid diary
  // has none; if one slips in it is still listed, last, under a night of its own).
  std::optional<LocalDate> night;
  std::size_t episode = 0;  // index into the episodes given (entry rows)
  int entries = 0;          // header rows: the entries listed under it
};

// The first row of each month that has entries, newest month first ("jump to month").
struct NightListMonth {
  int year = 0;
  int month = 0;  // 1..12, of the night
  std::size_t row = 0;
};

struct NightList {
  std::vector<NightListRow> rows;
  std::vector<NightListMonth> months;
  std::size_t entries = 0;  // entry rows (matching the filter)
};

NightList BuildNightList(const std::vector<Episode>& episodes, const NightListFilter& filter);

}  // namespace core::diary
