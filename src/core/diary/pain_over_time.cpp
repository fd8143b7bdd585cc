#include "core/diary/pain_over_time.h"

#include "core/diary/timestamp.h"

namespace core::diary {
namespace {

constexpr int kRecentWeeks = 4;

std::optional<double> Mean(long long sum, int count) {
  if (count == 0) return std::nullopt;
  return static_cast<double>(sum) / count;
}

}  // namespace

PainOverTime ComputePainOverTime(const std::vector<Episode>& episodes, LocalDate as_of) {
  PainOverTime pain;
  const std::int64_t as_of_night = DaysFromCivil(as_of);
  const std::int64_t first_monday = MondayOnOrBefore(as_of_night) - 7 * (kHeatmapWeeks - 1);
  std::array<long long, kHeatmapWeeks> sums{};
  for (std::size_t w = 0; w < pain.weeks.size(); ++w)
    pain.weeks[w].monday = CivilFromDays(first_monday + 7 * static_cast<std::int64_t>(w));
  for (const Episode& episode : episodes) {
    const std::optional<int> rated = RatedPain(episode);
    if (!rated) continue;
    const auto started = ParseTimestamp(episode.started_at, TimestampKind::kLocalWithOffset);
    if (!started) continue;
    const std::int64_t night = NightOf(*started);
    if (night < first_monday || night > as_of_night) continue;
    const auto week = static_cast<std::size_t>((night - first_monday) / 7);
    sums[week] += *rated;
    ++pain.weeks[week].rated;
  }
  long long total = 0;
  long long recent = 0;
  for (std::size_t w = 0; w < pain.weeks.size(); ++w) {
    PainWeek& week = pain.weeks[w];
    week.mean = Mean(sums[w], week.rated);
    pain.rated += week.rated;
    total += sums[w];
    if (w + kRecentWeeks >= pain.weeks.size()) {
      pain.recent_rated += week.rated;
      recent += sums[w];
    }
  }
  pain.mean = Mean(total, pain.rated);
  pain.recent_mean = Mean(recent, pain.recent_rated);
  pain.shown = pain.rated >= kMinRatedPain;
  return pain;
}

}  // namespace core::diary
