#pragma once
// Episodes with their times parsed once, for statistics: the hot loops read integers
// only, never strings (100,000 episodes must be summarised in well under 20 ms).
#include <cstdint>
#include <vector>

#include "core/diary/episode.h"

namespace core::diary {

struct PreparedEpisode {
  std::int64_t night = 0;        // day number of the night it belongs to (NightOf)
  std::int64_t utc_seconds = 0;  // when it started, for real elapsed time
  int duration_s = 0;
  Muscle muscle = Muscle::kOther;
  Side side = Side::kLeft;
  std::int8_t relief = -1;         // Index(Relief), -1 not answered
  std::int8_t relief_helped = -1;  // 1 yes, 0 no, -1 not recorded
  std::int8_t pain = -1;           // 0..10, -1 not rated
  std::uint16_t triggers = 0;      // TriggerSet bits
};

// Parses each started_at once. Episodes whose started_at does not parse are left out
// (a valid Diary never holds one).
std::vector<PreparedEpisode> PrepareEpisodes(const std::vector<Episode>& episodes);

}  // namespace core::diary
