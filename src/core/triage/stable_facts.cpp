#include "core/triage/stable_facts.h"

#include <algorithm>
#include <nlohmann/json.hpp>

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
  return StableFactsAsOf(saved, FactDates{given_on, given_on}, today);
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

Answers StableFactsAsOf(const Answers& saved, const FactDates& dates, LocalDate today) {
  Answers facts = StableFacts(saved);
  if (dates.age_years) {
    facts.age_years = CountedForward(facts.age_years, FullYearsBetween(*dates.age_years, today),
                                     kAgeYearsRange);
  }
  if (dates.quinine_weeks) {
    facts.quinine_weeks = CountedForward(
        facts.quinine_weeks, FullWeeksBetween(*dates.quinine_weeks, today), kQuinineWeeksRange);
  }
  return facts;
}

FactDates CountedSince(const Answers& saved, const FactDates& dates, LocalDate today) {
  FactDates since;
  if (dates.age_years && saved.age_years.IsAnswered()) {
    const LocalDate from = *dates.age_years;
    const int years = FullYearsBetween(from, today);
    LocalDate moved{from.year + years, from.month, from.day};
    if (!core::diary::IsValidDate(moved.year, moved.month, moved.day)) moved = {moved.year, 3, 1};
    since.age_years = years > 0 ? moved : from;
  }
  if (dates.quinine_weeks && saved.quinine_weeks.IsAnswered()) {
    since.quinine_weeks = core::diary::AddDays(
        *dates.quinine_weeks, 7 * static_cast<std::int64_t>(
                                      FullWeeksBetween(*dates.quinine_weeks, today)));
  }
  return since;
}

std::string FactDatesToJson(const FactDates& dates) {
  nlohmann::json object = nlohmann::json::object();
  if (dates.age_years) object["age_years"] = core::diary::FormatDate(*dates.age_years);
  if (dates.quinine_weeks) object["quinine_weeks"] = core::diary::FormatDate(*dates.quinine_weeks);
  return object.dump();
}

FactDates FactDatesFromJson(std::string_view json_text) {
  const nlohmann::json value =
      nlohmann::json::parse(json_text, nullptr, /*allow_exceptions=*/false);
  FactDates dates;
  if (!value.is_object()) return dates;
  const auto read = [&](const char* field) -> std::optional<LocalDate> {
    const auto found = value.find(field);
    if (found == value.end() || !found->is_string()) return std::nullopt;
    return core::diary::ParseDate(found->get<std::string>());
  };
  dates.age_years = read("age_years");
  dates.quinine_weeks = read("quinine_weeks");
  return dates;
}

}  // namespace core::triage
