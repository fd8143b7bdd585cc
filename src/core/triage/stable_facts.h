#pragma once
// Facts offered back from the last check, kept true as time passes (CLINICAL.md 3.1: "Facts
// offered back from the last check stay true").
//
// A saved check is the answers plus the local date they were given. Offered back on a later
// day:
//   age_years       counted forward: the age given plus the full years since (64 given on
//                   2026-03-10 is 65 from 2027-03-10). Never more than the range's 120.
//   quinine_weeks   counted forward the same way, by full weeks (3 weeks confirmed 2 weeks
//                   later is 5, so quinine_review's "more than 4 weeks" fires). Kept rather
//                   than asked afresh because the person confirms it with on_quinine, and the
//                   date shown beside it ("you said 3 weeks, on 10 March") lets them correct
//                   it; a "no" to on_quinine closes it anyway.
//   postpartum_6_weeks  not a stable fact: asked afresh every time (questions.h).
// A date before the one the facts were given (a clock set back) counts as no time passed.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diary/civil_date.h"
#include "core/triage/answers.h"

namespace core::triage {

// Answers saved with the date they were given (the app keeps the date next to them).
struct DatedFacts {
  Answers facts;
  core::diary::LocalDate given_on;
};

// Whole years / whole weeks from `from` to `to`; 0 when `to` is not after `from`. A year is
// full on the same month and day (a 29 February counts as full on 1 March in other years).
int FullYearsBetween(const core::diary::LocalDate& from, const core::diary::LocalDate& to);
int FullWeeksBetween(const core::diary::LocalDate& from, const core::diary::LocalDate& to);

// The stable facts of `saved` (StableFacts), with the counted facts moved on to `today`.
Answers StableFactsAsOf(const Answers& saved, core::diary::LocalDate given_on,
                        core::diary::LocalDate today);
inline Answers StableFactsAsOf(const DatedFacts& saved, core::diary::LocalDate today) {
  return StableFactsAsOf(saved.facts, saved.given_on, today);
}

// When each counted fact was given, one date per fact: a fact confirmed on a later check is
// kept with the date its counted value is exact from, which differs by fact (whole years for
// the age, whole weeks for quinine). Unknown for answers saved by an older version: such a
// fact is offered as it was given.
struct FactDates {
  std::optional<core::diary::LocalDate> age_years;
  std::optional<core::diary::LocalDate> quinine_weeks;
};

// The stable facts of `saved`, each counted fact moved on from its own date to `today`.
Answers StableFactsAsOf(const Answers& saved, const FactDates& dates,
                        core::diary::LocalDate today);
// The dates from which those counted values are exact: each date moved on by the whole years
// (age) or weeks (quinine) counted. Kept beside the counted values when the person confirms
// them, so counting on from there loses nothing (64 said in March 2026, confirmed as 65 in
// December 2027, is 66 from March 2028). A 29 February moved to a year without one is 1 March.
FactDates CountedSince(const Answers& saved, const FactDates& dates, core::diary::LocalDate today);

// As stored beside the answers: {"age_years":"YYYY-MM-DD","quinine_weeks":"YYYY-MM-DD"}, a
// field absent when unknown. Text that is not such an object reads as all unknown.
std::string FactDatesToJson(const FactDates& dates);
FactDates FactDatesFromJson(std::string_view json_text);

// A fact that was counted forward, for "You said 64, in March 2026" beside today's 65.
struct CountedFact {
  std::string_view field;  // "age_years" or "quinine_weeks"
  int given = 0;           // the value as the person gave it
  int now = 0;             // the value offered today
  core::diary::LocalDate given_on;
};

// The answered counted facts of `saved`, in field order (none when neither was answered).
std::vector<CountedFact> CountedFacts(const Answers& saved, core::diary::LocalDate given_on,
                                      core::diary::LocalDate today);

}  // namespace core::triage
