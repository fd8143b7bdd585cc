#include "core/diary/triage_facts.h"

#include "core/diary/stats.h"

namespace core::diary {

core::triage::DiaryFacts TriageFacts(const std::vector<PreparedEpisode>& episodes,
                                     LocalDate as_of) {
  const DiaryStats stats = ComputeStats(episodes, as_of);
  core::triage::DiaryFacts facts;
  facts.days_covered = stats.days_covered;
  facts.has_enough_data = stats.days_covered >= kMinDaysForTriage;
  facts.episodes_per_week = stats.episodes_per_week;
  if (stats.trend.enough_data) facts.relief_taking_longer = stats.trend.getting_longer;
  facts.typical_duration_s = stats.durations.median_s;
  return facts;
}

core::triage::DiaryFacts TriageFacts(const std::vector<Episode>& episodes, LocalDate as_of) {
  return TriageFacts(PrepareEpisodes(episodes), as_of);
}

core::triage::DiaryFacts TriageFacts(const Diary& diary, LocalDate as_of) {
  return TriageFacts(diary.Episodes(), as_of);
}

}  // namespace core::diary
