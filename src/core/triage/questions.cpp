#include "core/triage/questions.h"

namespace core::triage {
namespace {

template <typename E>
std::vector<std::string_view> ChoicesOf() {
  const auto& names = EnumNames<E>::kValues;
  return std::vector<std::string_view>(names.begin(), names.end());
}

Question YesNo(std::string_view id, std::string_view prompt_key, QuestionGroup group) {
  return Question{id, QuestionKind::kYesNo, group, prompt_key, kNoRange, {}, {}, false};
}

}  // namespace

const std::vector<Question>& QuestionList() {
  using G = QuestionGroup;
  using K = QuestionKind;
  static const std::vector<Question> questions = {
      // Emergency signs first, then the urgent ones, then the rest of the red flags.
      YesNo("breathless_or_chest_pain", "question.breathless_or_chest_pain", G::kRedFlags),
      YesNo("foot_cold_pale_or_numb", "question.foot_cold_pale_or_numb", G::kRedFlags),
      YesNo("calf_swelling_one_side", "question.calf_swelling_one_side", G::kRedFlags),
      YesNo("calf_red_warm_tender", "question.calf_red_warm_tender", G::kRedFlags),
      YesNo("leg_pain_persistent", "question.leg_pain_persistent", G::kRedFlags),
      YesNo("cramp_ongoing_over_10_min", "question.cramp_ongoing_over_10_min", G::kRedFlags),
      YesNo("wound_or_toxin_exposure", "question.wound_or_toxin_exposure", G::kRedFlags),
      YesNo("bruising_or_bleeding", "question.bruising_or_bleeding", G::kRedFlags),
      YesNo("muscle_wasting_or_weakness", "question.muscle_wasting_or_weakness", G::kRedFlags),
      YesNo("muscle_twitching", "question.muscle_twitching", G::kRedFlags),
      YesNo("numbness_or_tingling", "question.numbness_or_tingling", G::kRedFlags),
      YesNo("pain_walking_relieved_by_rest", "question.pain_walking_relieved_by_rest",
            G::kRedFlags),
      YesNo("urge_to_move_eased_by_moving", "question.urge_to_move_eased_by_moving", G::kRedFlags),
      YesNo("insomnia", "question.insomnia", G::kRedFlags),
      YesNo("tremor", "question.tremor", G::kRedFlags),

      {"age_years",
       K::kWholeNumber,
       G::kAboutYou,
       "question.age_years",
       kAgeYearsRange,
       "unit.years",
       {},
       false},
      {"sex", K::kChoice, G::kAboutYou, "question.sex", kNoRange, {}, ChoicesOf<Sex>(), false},
      YesNo("pregnant", "question.pregnant", G::kAboutYou),
      YesNo("high_intensity_exercise", "question.high_intensity_exercise", G::kAboutYou),

      {"episodes_per_week",
       K::kNumber,
       G::kFrequency,
       "question.episodes_per_week",
       kEpisodesPerWeekRange,
       "unit.per_week",
       {},
       true},
      {"relief_taking_longer",
       K::kYesNo,
       G::kFrequency,
       "question.relief_taking_longer",
       kNoRange,
       {},
       {},
       true},
      {"typical_duration_s",
       K::kWholeNumber,
       G::kFrequency,
       "question.typical_duration_s",
       kTypicalDurationRange,
       "unit.seconds",
       {},
       true},
      YesNo("sleep_disturbed", "question.sleep_disturbed", G::kFrequency),

      {"new_medicines",
       K::kMultiChoice,
       G::kMedicines,
       "question.new_medicines",
       kNoRange,
       {},
       ChoicesOf<Medicine>(),
       false},
      {"conditions",
       K::kMultiChoice,
       G::kMedicines,
       "question.conditions",
       kNoRange,
       {},
       ChoicesOf<Condition>(),
       false},
      YesNo("on_quinine", "question.on_quinine", G::kMedicines),
      {"quinine_weeks",
       K::kWholeNumber,
       G::kMedicines,
       "question.quinine_weeks",
       kQuinineWeeksRange,
       "unit.weeks",
       {},
       false},
  };
  return questions;
}

const Question* FindQuestion(std::string_view id) {
  for (const Question& question : QuestionList()) {
    if (question.id == id) return &question;
  }
  return nullptr;
}

bool IsQuestionShown(const Question& question, const Answers& answers) {
  if (question.id == "quinine_weeks") return IsYes(answers.on_quinine);
  if (question.id == "pregnant") {
    return !(answers.sex.IsAnswered() && answers.sex.value == Sex::kMale);
  }
  return true;
}

}  // namespace core::triage
