#include "core/triage/contradictions.h"

#include "core/triage/dependencies.h"
#include "core/triage/questions.h"

namespace core::triage {
namespace {

bool IsMale(const Answers& a) {
  return a.sex.IsAnswered() && a.sex.value == Sex::kMale;
}

bool AgeAtLeast(const Answers& a, int years) {
  return a.age_years.IsAnswered() && a.age_years.value >= years;
}

// The answer that closes `field`'s question and how it reads, given that it is closed.
// Mirrors the gates of dependencies.cpp.
std::pair<std::string_view, std::string> ClosingGate(const Answers& a, std::string_view field) {
  const std::string age = "age_years is " + std::to_string(a.age_years.value);
  if (field == "pregnant" || field == "postpartum_6_weeks" || field == "preeclampsia_signs") {
    if (IsMale(a)) return {"sex", "sex is male"};
    if (AgeAtLeast(a, kNoPregnancyAge)) return {"age_years", age};
    return {"pregnant", "pregnant and postpartum_6_weeks are both false"};
  }
  if (field == "cramps_since_statin") return {"on_statin", "on_statin is false"};
  if (field == "leg_pain_one_side") return {"leg_pain_persistent", "leg_pain_persistent is false"};
  if (field == "quinine_weeks" || field == "quinine_side_effects" ||
      field == "quinine_fainting_or_sight_loss" || field == "quinine_more_than_prescribed" ||
      field == "bruising_or_bleeding")
    return {"on_quinine", "on_quinine is false"};
  return {"age_years", age};  // the children's questions
}

}  // namespace

std::optional<Contradiction> FindContradiction(const Answers& answers) {
  for (const Question& question : QuestionList()) {
    const Answer<bool>* answer = FindYesNoAnswer(answers, question.id);
    if (answer == nullptr || !IsYes(*answer) || Applies(answers, question.id)) continue;
    const auto [gate, reads] = ClosingGate(answers, question.id);
    return Contradiction{question.id, gate,
                         std::string(question.id) + " is true but " + reads +
                             "; these answers contradict each other"};
  }
  // "statin" among the new medicines means taking a statin (DESIGN.md).
  if (ListsStatin(answers) && IsNo(answers.on_statin)) {
    return Contradiction{
        "new_medicines", "on_statin",
        "new_medicines lists statin but on_statin is false; these answers contradict "
        "each other"};
  }
  return std::nullopt;
}

}  // namespace core::triage
