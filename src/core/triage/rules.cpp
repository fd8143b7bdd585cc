#include "core/triage/rules.h"

namespace core::triage {
namespace {

// Source names as listed at the end of CLINICAL.md.
constexpr std::string_view kNhsLegCramps = "NHS \"Leg cramps\"";
constexpr std::string_view kNhsDvt = "NHS \"Deep vein thrombosis\"";
constexpr std::string_view kNhsPad = "NHS \"Peripheral arterial disease\"";
constexpr std::string_view kAllenKirby =
    "Allen & Kirby, \"Nocturnal leg cramps\", Am Fam Physician 2012;86(4):350-5";
constexpr std::string_view kSourceArticle = "West China Hospital rehabilitation centre article";

// Multi-source citations, joined the way CLINICAL.md's table joins them.
constexpr std::string_view kNhsAndMayo = "NHS \"Leg cramps\"; Mayo Clinic \"Night leg cramps\"";
constexpr std::string_view kNhsPadAndNice = "NHS \"Peripheral arterial disease\"; NICE";
constexpr std::string_view kSourceArticleAndNhs =
    "West China Hospital rehabilitation centre article; NHS \"Leg cramps\"";
constexpr std::string_view kGarrisonAndAllenKirby =
    "Garrison et al., Arch Intern Med 2012 (drugs and cramps); Allen & Kirby, \"Nocturnal "
    "leg cramps\", Am Fam Physician 2012;86(4):350-5";
constexpr std::string_view kMhra = "MHRA Drug Safety Update 2010 (quinine)";
constexpr std::string_view kHse = "HSE \"Leg cramps in pregnancy\"";
constexpr std::string_view kHseAndNct =
    "HSE \"Leg cramps in pregnancy\"; NCT \"Leg cramps during pregnancy\"";
constexpr std::string_view kNhsAndSourceArticle =
    "NHS \"Leg cramps\"; West China Hospital rehabilitation centre article";

bool AtLeast(const std::optional<double>& per_week, double threshold) {
  return per_week.has_value() && *per_week >= threshold;
}

bool Frequent(const RuleInputs& in) {
  return AtLeast(in.episodes_per_week, kFrequentPerWeek);
}
bool Weekly(const RuleInputs& in) {
  return AtLeast(in.episodes_per_week, kWeeklyPerWeek);
}

bool AnyListedMedicine(const RuleInputs& in) {
  const auto medicines = in.answers.new_medicines.Get();
  if (!medicines) return false;
  for (Medicine medicine : *medicines) {
    // "other" is accepted as an answer but is not one of the medicines the rule names
    // (Garrison 2012 lists specific drugs); firing on it would invent a rule.
    if (medicine != Medicine::kOther) return true;
  }
  return false;
}

bool AgeAtLeast(const RuleInputs& in, int years) {
  const auto age = in.answers.age_years.Get();
  return age.has_value() && *age >= years;
}

bool AgeBelow(const RuleInputs& in, int years) {
  const auto age = in.answers.age_years.Get();
  return age.has_value() && *age < years;
}

}  // namespace

const std::vector<Rule>& RuleTable() {
  using L = Level;
  using G = RuleGate;
  static const std::vector<Rule> table = {
      // pe: "the cramping leg counts as leg pain", so breathlessness or chest pain is enough.
      {"pe", L::kEmergency, G::kAlways,
       [](const RuleInputs& in) { return IsYes(in.answers.breathless_or_chest_pain); }, "rule.pe",
       kNhsDvt},
      {"ischaemia", L::kEmergency, G::kAlways,
       [](const RuleInputs& in) { return IsYes(in.answers.foot_cold_pale_or_numb); },
       "rule.ischaemia", kNhsPad},
      {"dvt", L::kUrgent, G::kAlways,
       [](const RuleInputs& in) {
         return IsYes(in.answers.calf_swelling_one_side) || IsYes(in.answers.calf_red_warm_tender);
       },
       "rule.dvt", kNhsDvt},
      {"pregnancy_leg", L::kUrgent, G::kAlways,
       [](const RuleInputs& in) {
         const Answers& a = in.answers;
         return IsYes(a.pregnant) &&
                (IsYes(a.calf_swelling_one_side) || IsYes(a.calf_red_warm_tender) ||
                 IsYes(a.leg_pain_persistent));
       },
       "rule.pregnancy_leg", kHse},
      {"cramp_persisting", L::kUrgent, G::kAlways,
       [](const RuleInputs& in) { return IsYes(in.answers.cramp_ongoing_over_10_min); },
       "rule.cramp_persisting", kNhsAndMayo},
      {"tetanus_toxin", L::kUrgent, G::kAlways,
       [](const RuleInputs& in) { return IsYes(in.answers.wound_or_toxin_exposure); },
       "rule.tetanus_toxin", kNhsAndMayo},
      {"quinine_bleeding", L::kUrgent, G::kAlways,
       [](const RuleInputs& in) {
         return IsYes(in.answers.on_quinine) && IsYes(in.answers.bruising_or_bleeding);
       },
       "rule.quinine_bleeding", kMhra},
      {"neuro_muscle", L::kSoon, G::kAlways,
       [](const RuleInputs& in) {
         return IsYes(in.answers.muscle_wasting_or_weakness) || IsYes(in.answers.muscle_twitching);
       },
       "rule.neuro_muscle", kNhsAndMayo},
      {"numbness", L::kSoon, G::kAlways,
       [](const RuleInputs& in) { return IsYes(in.answers.numbness_or_tingling); }, "rule.numbness",
       kNhsLegCramps},
      {"claudication", L::kSoon, G::kAlways,
       [](const RuleInputs& in) { return IsYes(in.answers.pain_walking_relieved_by_rest); },
       "rule.claudication", kNhsPadAndNice},
      {"frequent_longer", L::kSoon, G::kAlways,
       [](const RuleInputs& in) { return Frequent(in) && in.relief_taking_longer.value_or(false); },
       "rule.frequent_longer", kSourceArticle},
      {"frequent", L::kRoutine, G::kAlways, Frequent, "rule.frequent", kSourceArticleAndNhs},
      {"sleep_impact", L::kRoutine, G::kAlways,
       [](const RuleInputs& in) { return IsYes(in.answers.sleep_disturbed); }, "rule.sleep_impact",
       kNhsAndMayo},
      {"long_episodes", L::kRoutine, G::kAlways,
       [](const RuleInputs& in) {
         return in.typical_duration_s.has_value() && *in.typical_duration_s > kLongEpisodeS;
       },
       "rule.long_episodes", kNhsLegCramps},
      {"medicine", L::kRoutine, G::kAlways, AnyListedMedicine, "rule.medicine",
       kGarrisonAndAllenKirby},
      // Every value the conditions list allows is one the rule names.
      {"conditions", L::kRoutine, G::kAlways,
       [](const RuleInputs& in) {
         const auto conditions = in.answers.conditions.Get();
         return conditions.has_value() && !conditions->empty();
       },
       "rule.conditions", kAllenKirby},
      {"quinine_review", L::kRoutine, G::kAlways,
       [](const RuleInputs& in) {
         const auto weeks = in.answers.quinine_weeks.Get();
         return IsYes(in.answers.on_quinine) && weeks.has_value() && *weeks > kQuinineTrialWeeks;
       },
       "rule.quinine_review", kMhra},
      {"pregnancy", L::kRoutine, G::kNoFlagAtSoonOrWorse,
       [](const RuleInputs& in) { return IsYes(in.answers.pregnant); }, "rule.pregnancy",
       kHseAndNct},
      {"older_adult", L::kRoutine, G::kAlways,
       [](const RuleInputs& in) { return AgeAtLeast(in, kOlderAdultAge); }, "rule.older_adult",
       kSourceArticle},
      {"athlete", L::kRoutine, G::kAlways,
       [](const RuleInputs& in) { return IsYes(in.answers.high_intensity_exercise) && Weekly(in); },
       "rule.athlete", kSourceArticle},
      {"young_frequent", L::kRoutine, G::kAlways,
       [](const RuleInputs& in) { return AgeBelow(in, kYoungAge) && Weekly(in); },
       "rule.young_frequent", kSourceArticle},
      {"nerve_signs", L::kRoutine, G::kAlways,
       [](const RuleInputs& in) { return IsYes(in.answers.insomnia) && IsYes(in.answers.tremor); },
       "rule.nerve_signs", kSourceArticle},
      // "no hard knot" is part of the question's wording, not a separate answer.
      {"restless_legs", L::kRoutine, G::kAlways,
       [](const RuleInputs& in) { return IsYes(in.answers.urge_to_move_eased_by_moving); },
       "rule.restless_legs", kAllenKirby},
      {"occasional", L::kSelfCare, G::kNothingElseFired, [](const RuleInputs&) { return true; },
       "rule.occasional", kNhsAndSourceArticle},
  };
  return table;
}

const Rule* FindRule(std::string_view id) {
  for (const Rule& rule : RuleTable()) {
    if (rule.id == id) return &rule;
  }
  return nullptr;
}

}  // namespace core::triage
