#pragma once
// The diary's side of the triage (core/triage/diary_facts.h): how often and how long,
// measured rather than remembered. Triage uses these instead of the person's answers when
// has_enough_data is true (at least 14 days from the first episode's night to as_of).
#include <vector>

#include "core/diary/civil_date.h"
#include "core/diary/diary.h"
#include "core/diary/prepared_episode.h"
#include "core/triage/diary_facts.h"

namespace core::diary {

constexpr int kMinDaysForTriage = 14;

// episodes_per_week: episodes of the last 28 nights per week, or over the covered span when
// it is shorter (never less than 7 nights, so one cramp yesterday is not "7 a week");
// relief_taking_longer: the duration trend's getting_longer, nullopt without enough data or
// when the trend cannot tell yet;
// typical_duration_s: the median duration of the episodes of the same last 28 nights
// (nullopt when none fell in them).
core::triage::DiaryFacts TriageFacts(const std::vector<PreparedEpisode>& episodes, LocalDate as_of);
core::triage::DiaryFacts TriageFacts(const std::vector<Episode>& episodes, LocalDate as_of);
core::triage::DiaryFacts TriageFacts(const Diary& diary, LocalDate as_of);

}  // namespace core::diary
