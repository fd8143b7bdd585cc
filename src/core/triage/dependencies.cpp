#include "core/triage/dependencies.h"

#include <algorithm>

namespace core::triage {

bool ListsStatin(const Answers& a) {
  const auto medicines = a.new_medicines.Get();
  return medicines &&
         std::find(medicines->begin(), medicines->end(), Medicine::kStatin) != medicines->end();
}

bool OnStatin(const Answers& a) {
  return IsYes(a.on_statin) || ListsStatin(a);
}

bool PregnantOrPostpartum(const Answers& a) {
  return IsYes(a.pregnant) || IsYes(a.postpartum_6_weeks);
}

bool PregnancyGateOpen(const Answers& a) {
  const bool male = a.sex.IsAnswered() && a.sex.value == Sex::kMale;
  const bool past_pregnancy_age = a.age_years.IsAnswered() && a.age_years.value >= kNoPregnancyAge;
  return !male && !past_pregnancy_age;
}

bool ShowsGrowingMyth(const Answers& a) {
  return a.age_years.IsAnswered() && a.age_years.value < kGrowingMythBelowAge;
}

bool PreeclampsiaGateOpen(const Answers& a) {
  // A plain yes to pregnancy opens it whatever else was answered.
  if (PregnantOrPostpartum(a)) return true;
  return PregnancyGateOpen(a) && !(IsNo(a.pregnant) && IsNo(a.postpartum_6_weeks));
}

bool ChildGateOpen(const Answers& a) {
  return !(a.age_years.IsAnswered() && a.age_years.value >= 18);
}

bool QuinineGateOpen(const Answers& a) {
  return !IsNo(a.on_quinine);
}

bool StatinGateOpen(const Answers& a) {
  return !IsNo(a.on_statin) || ListsStatin(a);
}

bool OneSideGateOpen(const Answers& a) {
  return !IsNo(a.leg_pain_persistent);
}

bool Applies(const Answers& a, std::string_view field) {
  if (field == "pregnant" || field == "postpartum_6_weeks") return PregnancyGateOpen(a);
  if (field == "preeclampsia_signs") return PreeclampsiaGateOpen(a);
  if (field == "limp_or_one_leg_daytime_pain" || field == "fever" ||
      field == "cannot_bear_weight" || field == "limp_no_better_48h" ||
      field == "child_very_unwell")
    return ChildGateOpen(a);
  if (field == "quinine_weeks" || field == "quinine_side_effects" ||
      field == "quinine_fainting_or_sight_loss" || field == "quinine_more_than_prescribed" ||
      field == "bruising_or_bleeding")
    return QuinineGateOpen(a);
  if (field == "cramps_since_statin") return StatinGateOpen(a);
  if (field == "leg_pain_one_side") return OneSideGateOpen(a);
  return true;
}

Answers ApplicableOnly(const Answers& a) {
  Answers kept = a;
  // Clearing one answer can close another's gate (pregnant cleared closes pre-eclampsia
  // when postpartum was no): repeat until a pass clears nothing.
  for (bool cleared = true; cleared;) {
    cleared = false;
    const Answers before = kept;
    ForEachAnswer(before, [&](std::string_view name, const auto& answer, Range) {
      if (answer.IsAnswered() || answer.IsNotSure()) {
        if (!Applies(before, name) && ClearAnswer(kept, name)) cleared = true;
      }
    });
  }
  return kept;
}

}  // namespace core::triage
