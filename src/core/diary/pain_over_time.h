#pragma once
// Pain over time, for Insights: the mean of the pain ratings per week over the same 12
// ISO weeks as the night calendar (stats.h, kHeatmapWeeks), counted by night. Only rated
// pain counts (RatedPain): an entry whose pain was never rated is left out, never read as
// a number. Shown only from kMinRatedPain ratings on, so a claim never rests on one or two.
#include <array>
#include <optional>
#include <vector>

#include "core/diary/civil_date.h"
#include "core/diary/episode.h"
#include "core/diary/stats.h"

namespace core::diary {

constexpr int kMinRatedPain = 5;

// The entry's pain when the person rated it; nullopt when they did not (null, issue 14).
inline std::optional<int> RatedPain(const Episode& episode) {
  return episode.pain;
}

struct PainWeek {
  LocalDate monday;
  int rated = 0;  // ratings that week
  std::optional<double> mean;
};

struct PainOverTime {
  std::array<PainWeek, kHeatmapWeeks> weeks{};  // oldest first; the last holds as_of
  int rated = 0;                                // ratings in the 12 weeks
  std::optional<double> mean;                   // over the 12 weeks
  int recent_rated = 0;                         // the last 4 weeks
  std::optional<double> recent_mean;
  bool shown = false;  // rated >= kMinRatedPain
};

PainOverTime ComputePainOverTime(const std::vector<Episode>& episodes, LocalDate as_of);

}  // namespace core::diary
