#include "core/diary/triage_facts.h"

#include <algorithm>

#include "core/diary/stats.h"
#include "core/triage/rules.h"

namespace core::diary {
namespace {

// The median duration of the episodes of the last 28 nights up to as_of: the same window
// as the frequency, so an old run of long cramps does not decide tonight's check.
std::optional<int> RecentMedianDuration(const std::vector<PreparedEpisode>& episodes,
                                        LocalDate as_of) {
  const std::int64_t last = DaysFromCivil(as_of);
  const std::int64_t first = last - core::triage::kDiaryWindowDays + 1;
  std::vector<int> durations;
  for (const PreparedEpisode& episode : episodes) {
    if (episode.night >= first && episode.night <= last) durations.push_back(episode.duration_s);
  }
  if (durations.empty()) return std::nullopt;
  std::sort(durations.begin(), durations.end());
  const std::size_t mid = durations.size() / 2;
  if (durations.size() % 2 == 1) return durations[mid];
  return (durations[mid - 1] + durations[mid] + 1) / 2;
}

}  // namespace

core::triage::DiaryFacts TriageFacts(const std::vector<PreparedEpisode>& episodes,
                                     LocalDate as_of) {
  const DiaryStats stats = ComputeStats(episodes, as_of);
  core::triage::DiaryFacts facts;
  facts.days_covered = stats.days_covered;
  facts.has_enough_data = stats.days_covered >= kMinDaysForTriage;
  facts.episodes_per_week = stats.episodes_per_week;
  // "Cannot tell yet" is not a no: the self-check asks instead.
  if (stats.trend.verdict == TrendVerdict::kLonger ||
      stats.trend.verdict == TrendVerdict::kNotLonger)
    facts.relief_taking_longer = stats.trend.getting_longer;
  facts.typical_duration_s = RecentMedianDuration(episodes, as_of);
  return facts;
}

core::triage::DiaryFacts TriageFacts(const std::vector<Episode>& episodes, LocalDate as_of) {
  return TriageFacts(PrepareEpisodes(episodes), as_of);
}

core::triage::DiaryFacts TriageFacts(const Diary& diary, LocalDate as_of) {
  return TriageFacts(diary.Episodes(), as_of);
}

}  // namespace core::diary
