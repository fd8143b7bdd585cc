#include "core/triage/stable_facts.h"

#include <algorithm>

#include "core/triage/questions.h"

namespace core::triage {
namespace {

using core::diary::LocalDate;

int Clamp(long long value, const Range& range) {
  return static_cast<int>(std::clamp<long long>(value, static_cast<long long>(range.min),
                                                static_cast<long long>(range.max)));
}

// The answered value moved on by `elapsed`, within the field's range.
Answer<int> CountedForward(const Answer<int>& given, int elapsed, const Range& range) {
  if (!given.IsAnswered()) return given;
  return Answer<int>::Of(Clamp(static_cast<long long>(given.value) + elapsed, range));
}

}  // namespace

int FullYearsBetween(const LocalDate& from, const LocalDate& to) {
  if (!(from < to)) return 0;
  int years = to.year - from.year;
  // Not yet the anniversary this year: one fewer. A 29 February's anniversary in a year
  // without one is 1 March, which the month-and-day comparison already gives.
  if (to.month < from.month || (to.month == from.month && to.day < from.day)) --years;
  return std::max(years, 0);
}

int FullWeeksBetween(const LocalDate& from, const LocalDate& to) {
  const auto days = core::diary::DaysFromCivil(to) - core::diary::DaysFromCivil(from);
  return days > 0 ? static_cast<int>(days / 7) : 0;
}

Answers StableFactsAsOf(const Answers& saved, LocalDate given_on, LocalDate today) {
  Answers facts = StableFacts(saved);
  facts.age_years =
      CountedForward(facts.age_years, FullYearsBetween(given_on, today), kAgeYearsRange);
  facts.quinine_weeks =
      CountedForward(facts.quinine_weeks, FullWeeksBetween(given_on, today), kQuinineWeeksRange);
  return facts;
}

std::vector<CountedFact> CountedFacts(const Answers& saved, LocalDate given_on, LocalDate today) {
  const Answers now = StableFactsAsOf(saved, given_on, today);
  std::vector<CountedFact> counted;
  if (saved.age_years.IsAnswered()) {
    counted.push_back({"age_years", saved.age_years.value, now.age_years.value, given_on});
  }
  if (saved.quinine_weeks.IsAnswered()) {
    counted.push_back(
        {"quinine_weeks", saved.quinine_weeks.value, now.quinine_weeks.value, given_on});
  }
  return counted;
}

}  // namespace core::triage
