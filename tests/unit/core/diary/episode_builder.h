#pragma once
// Hand-made episodes for tests: valid by default, with deterministic ids.
#include <cstdint>
#include <string>
#include <vector>

#include "core/diary/civil_date.h"
#include "core/diary/episode.h"
#include "core/diary/uuid.h"

namespace test_diary {

// The n-th deterministic id (the same for every run).
inline std::string IdFor(std::uint64_t n) {
  return core::diary::NewUuidV4(core::diary::SeededRandomSource(n + 1));
}

inline core::diary::Episode MakeEpisode(std::uint64_t n, const std::string& started_at,
                                        int duration_s = 60) {
  core::diary::Episode e;
  e.id = IdFor(n);
  e.started_at = started_at;
  e.duration_s = duration_s;
  e.muscle = core::diary::Muscle::kCalfBack;
  e.side = core::diary::Side::kLeft;
  e.pain = 5;
  e.woke_from_sleep = true;
  e.relief = core::diary::Relief::kStretch;
  e.created_at = "2026-01-01T00:00:00Z";
  e.updated_at = "2026-01-01T00:00:00Z";
  return e;
}

// "YYYY-MM-DDT03:00:00+00:00" for the morning after night `night` (a date), so the episode
// belongs to that night.
inline std::string MorningAfter(const core::diary::LocalDate& night, const char* time = "03:00:00",
                                const char* offset = "+00:00") {
  return core::diary::FormatDate(core::diary::AddDays(night, 1)) + "T" + time + offset;
}

// One episode on each of `nights` (dates), with durations from `durations` (or 60 s).
inline std::vector<core::diary::Episode> OnNights(const std::vector<core::diary::LocalDate>& nights,
                                                  const std::vector<int>& durations = {}) {
  std::vector<core::diary::Episode> episodes;
  for (std::size_t i = 0; i < nights.size(); ++i) {
    episodes.push_back(
        MakeEpisode(i, MorningAfter(nights[i]), i < durations.size() ? durations[i] : 60));
  }
  return episodes;
}

inline core::diary::LocalDate Date(int y, int m, int d) {
  return core::diary::LocalDate{y, m, d};
}

}  // namespace test_diary
