#pragma once
// Which questions apply, given the answers so far (DESIGN.md, "A question that depends on
// another"): a dependent question applies unless its gate is a plain no. A gate that is
// "not sure" or not answered opens it, so a skipped "are you pregnant?" still asks about
// pre-eclampsia, and the question is then listed in not_ruled_out when skipped.
//
//   pregnant, postpartum_6_weeks       closed by sex male, or age_years 56 or more (clinical
//                                      3.1; a skipped age leaves them open, and sex alone
//                                      never closes them unless it is male)
//   preeclampsia_signs                 closed by sex male, age_years 56 or more, or pregnant
//                                      and postpartum both no (a yes to either opens it
//                                      whatever the sex or age)
//   limp_or_one_leg_daytime_pain, fever, cannot_bear_weight, limp_no_better_48h,
//   child_very_unwell
//                                      closed by age_years 18 or more
//   quinine_weeks, quinine_side_effects, quinine_fainting_or_sight_loss,
//   quinine_more_than_prescribed, bruising_or_bleeding
//                                      closed by on_quinine no
//   cramps_since_statin                closed by on_statin no (unless "statin" is listed in
//                                      new_medicines, which means on a statin)
//   leg_pain_one_side                  closed by leg_pain_persistent no
// Every other question always applies. The rules use the same gates, so a "yes" to a
// question that applies is never ignored.
#include <string_view>

#include "core/triage/answers.h"

namespace core::triage {

// Plain yes / plain no; "not sure" and "not answered" are neither.
inline bool IsNo(const Answer<bool>& answer) {
  return answer.IsAnswered() && !answer.value;
}

bool ListsStatin(const Answers& a);
// Taking a statin: on_statin yes, or "statin" in new_medicines.
bool OnStatin(const Answers& a);
// Pregnant or gave birth in the last 6 weeks (a plain yes to either).
bool PregnantOrPostpartum(const Answers& a);

// From this age on, pregnancy and "gave birth in the last 6 weeks" are not asked (3.1).
inline constexpr int kNoPregnancyAge = 56;
// "Do cramps mean I am growing?" is shown only under this age, when the age is known (3.1).
inline constexpr int kGrowingMythBelowAge = 25;

bool PregnancyGateOpen(const Answers& a);     // pregnant, postpartum_6_weeks
bool PreeclampsiaGateOpen(const Answers& a);  // preeclampsia_signs
bool ChildGateOpen(const Answers& a);         // the children's questions
bool QuinineGateOpen(const Answers& a);       // quinine follow-ups
bool StatinGateOpen(const Answers& a);        // cramps_since_statin
bool OneSideGateOpen(const Answers& a);       // leg_pain_one_side

// Whether to show "Do cramps mean I am growing?": only for an age given and under 25.
bool ShowsGrowingMyth(const Answers& a);

// Whether the question for `field` applies; true for every field without a gate and for
// unknown names (a UI never hides what it does not know).
bool Applies(const Answers& a, std::string_view field);

// The answers without those whose question no longer applies (a yes to "pregnant" given
// before the age was changed to 60, quinine follow-ups after "no quinine"), cleared until
// nothing more closes. What the app assesses and saves, so a hidden answer never fires a
// rule, is never offered back and never reads as a contradiction (contradictions.h).
Answers ApplicableOnly(const Answers& a);

}  // namespace core::triage
