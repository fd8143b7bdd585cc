// Facts offered back from the last check stay true (CLINICAL.md 3.1): age and quinine weeks
// counted forward from the date they were given; "gave birth in the last 6 weeks" asked
// afresh. The clock is moved by hand.
#include "core/triage/stable_facts.h"

#include <gtest/gtest.h>

#include "core/triage/assess.h"
#include "triage_test_util.h"

using core::diary::LocalDate;
using core::triage::CountedFact;
using core::triage::StableFactsAsOf;
using triage_test::AnswersFrom;

TEST(TriageStableFacts, AnAgeGivenAs64BecomesSixtyFiveOnTheAnniversary) {
  const auto saved = AnswersFrom(R"({"age_years":64,"sex":"female"})");
  const LocalDate given{2026, 3, 10};
  EXPECT_EQ(StableFactsAsOf(saved, given, {2026, 3, 10}).age_years.Get(), 64);
  EXPECT_EQ(StableFactsAsOf(saved, given, {2027, 3, 9}).age_years.Get(), 64);
  EXPECT_EQ(StableFactsAsOf(saved, given, {2027, 3, 10}).age_years.Get(), 65);
  EXPECT_EQ(StableFactsAsOf(saved, given, {2031, 12, 1}).age_years.Get(), 69);
  // older_adult fires on the counted age.
  EXPECT_FALSE(
      core::triage::Assess(StableFactsAsOf(saved, given, {2027, 3, 9})).Fired("older_adult"));
  EXPECT_TRUE(
      core::triage::Assess(StableFactsAsOf(saved, given, {2027, 3, 10})).Fired("older_adult"));
  EXPECT_EQ(StableFactsAsOf(saved, given, {2040, 1, 1}).sex.Get(), core::triage::Sex::kFemale);
}

TEST(TriageStableFacts, QuinineWeeksAreCountedForwardSoTheReviewFires) {
  const auto saved = AnswersFrom(R"({"on_quinine":true,"quinine_weeks":3})");
  const LocalDate given{2026, 3, 10};
  EXPECT_FALSE(core::triage::Assess(saved).Fired("quinine_review"));
  const auto later = StableFactsAsOf(saved, given, {2026, 3, 24});  // 2 weeks later
  EXPECT_EQ(later.quinine_weeks.Get(), 5);
  EXPECT_TRUE(core::triage::Assess(later).Fired("quinine_review"));
  EXPECT_EQ(StableFactsAsOf(saved, given, {2026, 3, 23}).quinine_weeks.Get(), 4) << "13 days";
}

TEST(TriageStableFacts, AfterBirthIsAskedAfreshAndWarningSignsAreNeverKept) {
  const auto saved =
      AnswersFrom(R"({"postpartum_6_weeks":true,"pregnant":false,"calf_swelling_one_side":true})");
  const auto facts = StableFactsAsOf(saved, {2026, 3, 10}, {2026, 3, 10});
  EXPECT_FALSE(facts.postpartum_6_weeks.IsAnswered());
  EXPECT_FALSE(facts.calf_swelling_one_side.IsAnswered());
  EXPECT_EQ(facts.pregnant.Get(), false);
}

TEST(TriageStableFacts, AClockSetBackCountsAsNoTimeAndTheRangesCap) {
  const auto saved = AnswersFrom(R"({"age_years":119,"quinine_weeks":519})");
  const LocalDate given{2026, 3, 10};
  EXPECT_EQ(StableFactsAsOf(saved, given, {2025, 1, 1}).age_years.Get(), 119);
  EXPECT_EQ(StableFactsAsOf(saved, given, {2025, 1, 1}).quinine_weeks.Get(), 519);
  EXPECT_EQ(StableFactsAsOf(saved, given, {2036, 3, 10}).age_years.Get(), 120);
  EXPECT_EQ(StableFactsAsOf(saved, given, {2036, 3, 10}).quinine_weeks.Get(), 520);
  // Not answered and not sure stay so.
  const auto unknown = AnswersFrom(R"({"age_years":null})");
  EXPECT_TRUE(StableFactsAsOf(unknown, given, {2030, 1, 1}).age_years.IsNotSure());
}

TEST(TriageStableFacts, FullYearsAndWeeks) {
  EXPECT_EQ(core::triage::FullYearsBetween({2024, 2, 29}, {2025, 2, 28}), 0);
  EXPECT_EQ(core::triage::FullYearsBetween({2024, 2, 29}, {2025, 3, 1}), 1);
  EXPECT_EQ(core::triage::FullYearsBetween({2024, 2, 29}, {2028, 2, 29}), 4);
  EXPECT_EQ(core::triage::FullYearsBetween({2026, 12, 31}, {2027, 1, 1}), 0);
  EXPECT_EQ(core::triage::FullWeeksBetween({2026, 12, 31}, {2027, 1, 7}), 1);
  EXPECT_EQ(core::triage::FullWeeksBetween({2026, 12, 31}, {2027, 1, 6}), 0);
  EXPECT_EQ(core::triage::FullWeeksBetween({2027, 1, 6}, {2026, 12, 31}), 0);
}

TEST(TriageStableFacts, CountedFactsGiveTheValueAndDateAsSaid) {
  const auto saved = AnswersFrom(R"({"age_years":64,"quinine_weeks":3,"on_quinine":true})");
  const LocalDate given{2026, 3, 10};
  const auto counted = core::triage::CountedFacts(saved, given, {2027, 3, 24});
  ASSERT_EQ(counted.size(), 2u);
  EXPECT_EQ(counted[0].field, "age_years");
  EXPECT_EQ(counted[0].given, 64);
  EXPECT_EQ(counted[0].now, 65);
  EXPECT_EQ(counted[0].given_on, given);
  EXPECT_EQ(counted[1].field, "quinine_weeks");
  EXPECT_EQ(counted[1].given, 3);
  EXPECT_EQ(counted[1].now, 3 + 54);
  EXPECT_TRUE(core::triage::CountedFacts(AnswersFrom("{}"), given, given).empty());
  const core::triage::DatedFacts dated{saved, given};
  EXPECT_EQ(StableFactsAsOf(dated, {2027, 3, 10}).age_years.Get(), 65);
}

// Each counted fact keeps its own date: confirmed on a later check, the date moves on by what
// was counted, so a confirmation never holds the age back (64 in March 2026 is 66 in March
// 2028, however often it was confirmed in between).
TEST(TriageStableFacts, ConfirmingACountedFactKeepsItsOwnExactDate) {
  using core::triage::CountedSince;
  using core::triage::FactDates;
  const core::diary::LocalDate said{2026, 3, 10};
  const auto saved = AnswersFrom(R"({"age_years":64,"on_quinine":true,"quinine_weeks":3})");
  const FactDates dates{said, said};
  const core::diary::LocalDate confirmed_on{2027, 12, 1};
  const auto offered = StableFactsAsOf(saved, dates, confirmed_on);
  EXPECT_EQ(offered.age_years.Get(), 65);
  const FactDates kept = CountedSince(saved, dates, confirmed_on);
  ASSERT_TRUE(kept.age_years && kept.quinine_weeks);
  EXPECT_EQ(core::diary::FormatDate(*kept.age_years), "2027-03-10");
  EXPECT_EQ(StableFactsAsOf(offered, kept, {2028, 3, 9}).age_years.Get(), 65);
  EXPECT_EQ(StableFactsAsOf(offered, kept, {2028, 3, 10}).age_years.Get(), 66);
  // Quinine weeks the same way, by whole weeks: no week lost to the confirmation.
  for (const core::diary::LocalDate later : {core::diary::LocalDate{2028, 1, 5},
                                             core::diary::LocalDate{2028, 6, 30}}) {
    EXPECT_EQ(StableFactsAsOf(offered, kept, later).quinine_weeks.Get(),
              StableFactsAsOf(saved, dates, later).quinine_weeks.Get());
  }
  // Stored and read back; anything else reads as unknown (offered as given).
  const FactDates read = core::triage::FactDatesFromJson(core::triage::FactDatesToJson(kept));
  EXPECT_EQ(read.age_years, kept.age_years);
  EXPECT_EQ(read.quinine_weeks, kept.quinine_weeks);
  for (const char* bad : {"", "\"2026-03-10\"", "[]", R"({"age_years":12})", "{"}) {
    const FactDates none = core::triage::FactDatesFromJson(bad);
    EXPECT_FALSE(none.age_years || none.quinine_weeks) << bad;
  }
  EXPECT_EQ(StableFactsAsOf(saved, FactDates{}, {2030, 1, 1}).age_years.Get(), 64);
  // A 29 February moved to a year without one is 1 March.
  const auto leap = CountedSince(AnswersFrom(R"({"age_years":40})"),
                                 FactDates{core::diary::LocalDate{2024, 2, 29}, std::nullopt},
                                 {2025, 6, 1});
  EXPECT_EQ(core::diary::FormatDate(*leap.age_years), "2025-03-01");
}
