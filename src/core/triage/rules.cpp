// Index of this file:
// [SECTION] Source names (CLINICAL.md's list, joined as its table joins them).
// [SECTION] Conditions shared by several rules.
// [SECTION] Emergency.
// [SECTION] Urgent.
// [SECTION] Soon.
// [SECTION] Routine.
// [SECTION] Self-care.

#include "core/triage/rules.h"

#include "core/triage/dependencies.h"

namespace core::triage {
namespace {

// [SECTION] Source names (CLINICAL.md's list, joined as its table joins them).
constexpr std::string_view kNhsDvt = "NHS \"Deep vein thrombosis\"";
constexpr std::string_view kPadIschaemia =
    "NHS \"Peripheral arterial disease\"; acute limb ischaemia (\"6 Ps\")";
constexpr std::string_view kNhsStroke = "NHS \"Stroke\" (FAST)";
constexpr std::string_view kNhsTetanus = "NHS \"Tetanus\"";
constexpr std::string_view kCaudaEquina = "NHS \"Cauda equina syndrome\"; NICE NG127";
constexpr std::string_view kCompartment = "NHS \"Compartment syndrome\"";
constexpr std::string_view kWeaknessSevere =
    "NICE NG127 (immediately); NHS \"Guillain-Barr\xC3\xA9 syndrome\"";
constexpr std::string_view kHealthierTogether = "NHS Healthier Together (limp in children)";
constexpr std::string_view kMhraBnf = "MHRA Drug Safety Update 2010 (quinine); BNF \"Quinine\"";
constexpr std::string_view kMhra2010And2017 = "MHRA Drug Safety Update 2010 and 2017 (quinine)";
constexpr std::string_view kPregnancyLeg =
    "HSE \"Leg cramps in pregnancy\"; NHS \"Deep vein thrombosis\" (risk after birth)";
constexpr std::string_view kNhsPreeclampsia = "NHS \"Pre-eclampsia\"";
constexpr std::string_view kMayoAndNhs = "Mayo Clinic \"Night leg cramps\"; NHS \"Leg cramps\"";
constexpr std::string_view kNhsAndMayo = "NHS \"Leg cramps\"; Mayo Clinic \"Night leg cramps\"";
constexpr std::string_view kNhsTetanusAndMayo =
    "NHS \"Tetanus\"; Mayo Clinic \"Night leg cramps\"";
constexpr std::string_view kLimbThreat =
    "NHS \"Peripheral arterial disease\"; NICE CG147 (peripheral arterial disease)";
constexpr std::string_view kNhsStatins = "NHS statin medicine pages";
constexpr std::string_view kMuscleBreakdown =
    "NHS statin medicine pages; Mayo Clinic \"Night leg cramps\"";
constexpr std::string_view kWeaknessFast =
    "NICE NG127 (suspected neurological conditions); NHS \"Guillain-Barr\xC3\xA9 syndrome\"";
constexpr std::string_view kMhra2010 = "MHRA Drug Safety Update 2010 (quinine)";
constexpr std::string_view kQuininePregnancy =
    "UKTIS \"Quinine in pregnancy\"; BNF \"Quinine\"; Cochrane CD010655 (pregnancy, 2020)";
constexpr std::string_view kNhsSepticArthritis = "NHS \"Septic arthritis\"";
constexpr std::string_view kBulbar =
    "NICE NG127 (suspected neurological conditions); NICE NG42 (motor neurone disease)";
constexpr std::string_view kNhsGrowingPains = "NHS \"Growing pains\"";
constexpr std::string_view kNhsLegCramps = "NHS \"Leg cramps\"";
constexpr std::string_view kNhsPadAndNice =
    "NHS \"Peripheral arterial disease\"; NICE CG147 (peripheral arterial disease)";
constexpr std::string_view kSourceArticle = "West China Hospital rehabilitation centre article";
constexpr std::string_view kSourceArticleAndNhs =
    "West China Hospital rehabilitation centre article; NHS \"Leg cramps\"";
constexpr std::string_view kMedicineSources =
    "Garrison et al., Arch Intern Med 2012 (drugs and cramps); Allen & Kirby, \"Nocturnal leg "
    "cramps\", Am Fam Physician 2012;86(4):350-5; NICE CKS \"Leg cramps\"";
constexpr std::string_view kConditionSources =
    "Allen & Kirby, \"Nocturnal leg cramps\", Am Fam Physician 2012;86(4):350-5; Mayo Clinic "
    "\"Night leg cramps\"";
constexpr std::string_view kMhraAndBnf = "MHRA Drug Safety Update 2010 (quinine); BNF \"Quinine\"";
constexpr std::string_view kHseAndNct =
    "HSE \"Leg cramps in pregnancy\"; NCT \"Leg cramps during pregnancy\"";
constexpr std::string_view kOlderAdult =
    "Garrison et al., Arch Intern Med 2012 (drugs and cramps); NICE CKS \"Leg cramps\"";
constexpr std::string_view kYoungFrequent =
    "West China Hospital rehabilitation centre article; NHS \"Growing pains\"";
constexpr std::string_view kNerveSigns =
    "West China Hospital rehabilitation centre article; Mayo Clinic \"Night leg cramps\"";
constexpr std::string_view kAllenKirby =
    "Allen & Kirby, \"Nocturnal leg cramps\", Am Fam Physician 2012;86(4):350-5";
constexpr std::string_view kNhsAndSourceArticle =
    "NHS \"Leg cramps\"; West China Hospital rehabilitation centre article";

// [SECTION] Conditions shared by several rules.
bool AtLeast(const std::optional<double>& per_week, double threshold) {
  return per_week.has_value() && *per_week >= threshold;
}
bool Frequent(const RuleInputs& in) {
  return AtLeast(in.episodes_per_week, kFrequentPerWeek);
}
bool Weekly(const RuleInputs& in) {
  return AtLeast(in.episodes_per_week, kWeeklyPerWeek);
}
bool AgeAtLeast(const Answers& a, int years) {
  const auto age = a.age_years.Get();
  return age.has_value() && *age >= years;
}
bool AgeBelow(const Answers& a, int years) {
  const auto age = a.age_years.Get();
  return age.has_value() && *age < years;
}

// "pain that has not gone more than a day after a cramp", in one leg: the one-side answer
// is a follow-up of leg_pain_persistent, so a yes to it counts while its gate is open.
bool PersistentPainOneLeg(const Answers& a) {
  return OneSideGateOpen(a) && IsYes(a.leg_pain_one_side);
}
bool ClotRisk(const Answers& a) {
  return IsYes(a.clot_risk) || PregnantOrPostpartum(a);
}
// Any one sign of a deep vein thrombosis in one leg (the dvt row of CLINICAL.md).
bool DvtSign(const Answers& a) {
  return IsYes(a.calf_swelling_one_side) || IsYes(a.calf_red_warm_tender) ||
         PersistentPainOneLeg(a) || (ClotRisk(a) && IsYes(a.leg_pain_since_cramp));
}
bool QuinineFollowUp(const Answers& a, const Answer<bool>& sign) {
  return QuinineGateOpen(a) && IsYes(sign);
}
bool ChildSign(const Answers& a, const Answer<bool>& sign) {
  return ChildGateOpen(a) && IsYes(sign);
}
bool ChildLimp(const Answers& a) {
  return ChildSign(a, a.limp_or_one_leg_daytime_pain);
}

// The `medicine` list: every listed medicine but statins (statin_muscle speaks for them)
// and "other" (no rule names it; it gets its own advice line).
bool ReviewMedicine(const RuleInputs& in) {
  const auto medicines = in.answers.new_medicines.Get();
  if (!medicines) return false;
  for (Medicine medicine : *medicines) {
    if (medicine != Medicine::kOther && medicine != Medicine::kStatin) return true;
  }
  return false;
}

bool Statin(const RuleInputs& in) {
  const Answers& a = in.answers;
  if (ListsStatin(a)) return true;  // "began after starting it" (new_medicines) is the sign
  if (StatinGateOpen(a) && IsYes(a.cramps_since_statin)) return true;
  return OnStatin(a) && (IsYes(a.unexplained_muscle_pain) || IsYes(a.dark_urine));
}

}  // namespace

const std::vector<Rule>& RuleTable() {
  using L = Level;
  using G = RuleGate;
  constexpr bool kLeg = true;
  constexpr bool kNotLeg = false;
  // clang-format off
  static const std::vector<Rule> table = {
      // [SECTION] Emergency.
      {"pe", L::kEmergency, G::kAlways,
       [](const RuleInputs& in) { return IsYes(in.answers.breathless_or_chest_pain); },
       kLeg, "rule.pe", kNhsDvt},
      {"ischaemia", L::kEmergency, G::kAlways,
       [](const RuleInputs& in) { return IsYes(in.answers.foot_cold_pale_or_numb); },
       kLeg, "rule.ischaemia", kPadIschaemia},
      {"stroke", L::kEmergency, G::kAlways,
       [](const RuleInputs& in) { return IsYes(in.answers.sudden_one_side_weakness_or_speech); },
       kNotLeg, "rule.stroke", kNhsStroke},
      {"tetanus_signs", L::kEmergency, G::kAlways,
       [](const RuleInputs& in) { return IsYes(in.answers.jaw_stiffness_or_spreading_spasms); },
       kNotLeg, "rule.tetanus_signs", kNhsTetanus},
      {"cauda_equina", L::kEmergency, G::kAlways,
       [](const RuleInputs& in) { return IsYes(in.answers.saddle_numbness_or_bladder_change); },
       kNotLeg, "rule.cauda_equina", kCaudaEquina},
      {"compartment", L::kEmergency, G::kAlways,
       [](const RuleInputs& in) { return IsYes(in.answers.severe_pain_after_injury); },
       kLeg, "rule.compartment", kCompartment},
      {"weakness_fast_severe", L::kEmergency, G::kAlways,
       [](const RuleInputs& in) {
         const Answers& a = in.answers;
         return IsYes(a.weakness_getting_worse_fast) &&
                (IsYes(a.swallowing_or_speech_getting_harder) || IsYes(a.breathless_or_chest_pain));
       },
       kNotLeg, "rule.weakness_fast_severe", kWeaknessSevere},
      {"child_unwell", L::kEmergency, G::kAlways,
       [](const RuleInputs& in) { return ChildSign(in.answers, in.answers.child_very_unwell); },
       kNotLeg, "rule.child_unwell", kHealthierTogether},
      {"quinine_overdose", L::kEmergency, G::kAlways,
       [](const RuleInputs& in) {
         return QuinineFollowUp(in.answers, in.answers.quinine_more_than_prescribed);
       },
       kNotLeg, "rule.quinine_overdose", kMhraBnf},
      {"quinine_severe", L::kEmergency, G::kAlways,
       [](const RuleInputs& in) {
         return QuinineFollowUp(in.answers, in.answers.quinine_fainting_or_sight_loss);
       },
       kNotLeg, "rule.quinine_severe", kMhra2010And2017},

      // [SECTION] Urgent.
      {"dvt", L::kUrgent, G::kAlways,
       [](const RuleInputs& in) { return DvtSign(in.answers); },
       kLeg, "rule.dvt", kNhsDvt},
      {"pregnancy_leg", L::kUrgent, G::kAlways,
       [](const RuleInputs& in) {
         const Answers& a = in.answers;
         return PregnantOrPostpartum(a) &&
                (DvtSign(a) || IsYes(a.leg_pain_persistent) || IsYes(a.leg_pain_since_cramp));
       },
       kLeg, "rule.pregnancy_leg", kPregnancyLeg},
      {"preeclampsia", L::kUrgent, G::kAlways,
       [](const RuleInputs& in) {
         return PreeclampsiaGateOpen(in.answers) && IsYes(in.answers.preeclampsia_signs);
       },
       kNotLeg, "rule.preeclampsia", kNhsPreeclampsia},
      {"cramp_persisting", L::kUrgent, G::kAlways,
       [](const RuleInputs& in) { return IsYes(in.answers.cramp_ongoing_over_10_min); },
       kNotLeg, "rule.cramp_persisting", kMayoAndNhs},
      {"tetanus_toxin", L::kUrgent, G::kAlways,
       [](const RuleInputs& in) { return IsYes(in.answers.wound_or_toxin_exposure); },
       kNotLeg, "rule.tetanus_toxin", kNhsTetanusAndMayo},
      {"limb_threat", L::kUrgent, G::kAlways,
       [](const RuleInputs& in) {
         return IsYes(in.answers.rest_pain_eased_hanging_leg) ||
                IsYes(in.answers.foot_sore_or_colour_change);
       },
       kLeg, "rule.limb_threat", kLimbThreat},
      {"statin_muscle", L::kUrgent, G::kAlways, Statin, kNotLeg, "rule.statin_muscle", kNhsStatins},
      // "with muscle pain or weakness": the pee is asked on its own (3.1), so that a statin
      // user with brown pee alone can say yes; here it needs the muscles too.
      {"muscle_breakdown", L::kUrgent, G::kAlways,
       [](const RuleInputs& in) {
         const Answers& a = in.answers;
         return IsYes(a.dark_urine) &&
                (IsYes(a.unexplained_muscle_pain) || IsYes(a.muscle_wasting_or_weakness));
       },
       kNotLeg, "rule.muscle_breakdown", kMuscleBreakdown},
      {"weakness_fast", L::kUrgent, G::kAlways,
       [](const RuleInputs& in) { return IsYes(in.answers.weakness_getting_worse_fast); },
       kNotLeg, "rule.weakness_fast", kWeaknessFast},
      {"quinine_bleeding", L::kUrgent, G::kAlways,
       [](const RuleInputs& in) {
         return QuinineFollowUp(in.answers, in.answers.bruising_or_bleeding);
       },
       kNotLeg, "rule.quinine_bleeding", kMhra2010},
      {"quinine_harm", L::kUrgent, G::kAlways,
       [](const RuleInputs& in) {
         return QuinineFollowUp(in.answers, in.answers.quinine_side_effects);
       },
       kNotLeg, "rule.quinine_harm", kMhra2010And2017},
      {"quinine_pregnancy", L::kUrgent, G::kAlways,
       [](const RuleInputs& in) {
         return IsYes(in.answers.pregnant) && IsYes(in.answers.on_quinine);
       },
       kNotLeg, "rule.quinine_pregnancy", kQuininePregnancy},
      {"hot_joint", L::kUrgent, G::kAlways,
       [](const RuleInputs& in) { return IsYes(in.answers.hot_swollen_joint); },
       kNotLeg, "rule.hot_joint", kNhsSepticArthritis},
      {"child_limp_urgent", L::kUrgent, G::kAlways,
       [](const RuleInputs& in) {
         // 3.1: not bearing weight is enough on its own (a child who cannot stand does not
         // "limp"), and so is a limp or leg pain no better after 48 hours.
         const Answers& a = in.answers;
         return ChildSign(a, a.cannot_bear_weight) || ChildSign(a, a.limp_no_better_48h) ||
                (ChildLimp(a) && IsYes(a.fever));
       },
       kNotLeg, "rule.child_limp_urgent", kHealthierTogether},

      // [SECTION] Soon.
      {"bulbar", L::kSoon, G::kAlways,
       [](const RuleInputs& in) { return IsYes(in.answers.swallowing_or_speech_getting_harder); },
       kNotLeg, "rule.bulbar", kBulbar},
      {"child_limp", L::kSoon, G::kAlways,
       [](const RuleInputs& in) { return ChildLimp(in.answers); },
       kNotLeg, "rule.child_limp", kNhsGrowingPains},
      {"long_episodes", L::kSoon, G::kAlways,
       [](const RuleInputs& in) {
         return in.typical_duration_s.has_value() && *in.typical_duration_s > kLongEpisodeS;
       },
       kNotLeg, "rule.long_episodes", kNhsLegCramps},
      {"neuro_muscle", L::kSoon, G::kAlways,
       [](const RuleInputs& in) {
         return IsYes(in.answers.muscle_wasting_or_weakness) || IsYes(in.answers.muscle_twitching);
       },
       kNotLeg, "rule.neuro_muscle", kNhsAndMayo},
      {"numbness", L::kSoon, G::kAlways,
       [](const RuleInputs& in) { return IsYes(in.answers.numbness_or_tingling); },
       kNotLeg, "rule.numbness", kNhsLegCramps},
      {"swelling_both", L::kSoon, G::kAlways,
       [](const RuleInputs& in) { return IsYes(in.answers.swelling_both_legs); },
       kNotLeg, "rule.swelling_both", kNhsLegCramps},
      // Both legs, or the side not known; in one leg it is dvt's sign instead.
      {"pain_persisting", L::kSoon, G::kAlways,
       [](const RuleInputs& in) {
         return IsYes(in.answers.leg_pain_persistent) && !IsYes(in.answers.leg_pain_one_side);
       },
       kNotLeg, "rule.pain_persisting", kNhsAndMayo},
      {"claudication", L::kSoon, G::kAlways,
       [](const RuleInputs& in) { return IsYes(in.answers.pain_walking_relieved_by_rest); },
       kNotLeg, "rule.claudication", kNhsPadAndNice},
      {"frequent_longer", L::kSoon, G::kAlways,
       [](const RuleInputs& in) { return Frequent(in) && in.relief_taking_longer.value_or(false); },
       kNotLeg, "rule.frequent_longer", kSourceArticle},

      // [SECTION] Routine.
      {"frequent", L::kRoutine, G::kAlways, Frequent, kNotLeg, "rule.frequent",
       kSourceArticleAndNhs},
      {"sleep_impact", L::kRoutine, G::kAlways,
       [](const RuleInputs& in) { return IsYes(in.answers.sleep_disturbed); },
       kNotLeg, "rule.sleep_impact", kNhsAndMayo},
      {"medicine", L::kRoutine, G::kAlways, ReviewMedicine, kNotLeg, "rule.medicine",
       kMedicineSources},
      // Every value the conditions list allows is one the rule names.
      {"conditions", L::kRoutine, G::kAlways,
       [](const RuleInputs& in) {
         const auto conditions = in.answers.conditions.Get();
         return conditions.has_value() && !conditions->empty();
       },
       kNotLeg, "rule.conditions", kConditionSources},
      {"quinine_review", L::kRoutine, G::kAlways,
       [](const RuleInputs& in) {
         const auto weeks = in.answers.quinine_weeks.Get();
         return QuinineGateOpen(in.answers) && weeks.has_value() && *weeks > kQuinineTrialWeeks;
       },
       kNotLeg, "rule.quinine_review", kMhraAndBnf},
      {"pregnancy", L::kRoutine, G::kAlways,
       [](const RuleInputs& in) { return IsYes(in.answers.pregnant); },
       kNotLeg, "rule.pregnancy", kHseAndNct},
      {"older_adult", L::kRoutine, G::kAlways,
       [](const RuleInputs& in) { return AgeAtLeast(in.answers, kOlderAdultAge); },
       kNotLeg, "rule.older_adult", kOlderAdult},
      {"athlete", L::kRoutine, G::kAlways,
       [](const RuleInputs& in) { return IsYes(in.answers.high_intensity_exercise) && Weekly(in); },
       kNotLeg, "rule.athlete", kSourceArticle},
      {"young_frequent", L::kRoutine, G::kAlways,
       [](const RuleInputs& in) { return AgeBelow(in.answers, kYoungAge) && Weekly(in); },
       kNotLeg, "rule.young_frequent", kYoungFrequent},
      {"nerve_signs", L::kRoutine, G::kAlways,
       [](const RuleInputs& in) { return IsYes(in.answers.tremor); },
       kNotLeg, "rule.nerve_signs", kNerveSigns},
      // "no hard knot" is part of the question's wording, not a separate answer.
      {"restless_legs", L::kRoutine, G::kAlways,
       [](const RuleInputs& in) { return IsYes(in.answers.urge_to_move_eased_by_moving); },
       kNotLeg, "rule.restless_legs", kAllenKirby},

      // [SECTION] Self-care.
      {"occasional", L::kSelfCare, G::kNothingElseFired, [](const RuleInputs&) { return true; },
       kNotLeg, "rule.occasional", kNhsAndSourceArticle},
  };
  // clang-format on
  return table;
}

const Rule* FindRule(std::string_view id) {
  for (const Rule& rule : RuleTable()) {
    if (rule.id == id) return &rule;
  }
  return nullptr;
}

}  // namespace core::triage
