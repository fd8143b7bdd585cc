#pragma once
// The self-check questions, in the order a UI asks them: red flags first (the emergency
// ones at the very top), then about the person (age, sex, pregnancy, exercise), then how
// often and how long, then medicines and conditions. One question per answer field; the
// question id is the field name, so a UI reads and writes answers by id (answers.h,
// answers_json.h) and never needs its own mapping.
//
// A UI drives the flow like this:
//   Answers answers = saved ? ParseAnswersJson(saved).answers : Answers{};
//   for each q in QuestionList() where IsQuestionShown(q, answers):
//     kYesNo:       *FindYesNoAnswer(answers, q.id) = Answer<bool>::Of(yes)  or SetNotSure()
//     kWholeNumber, kNumber, kChoice, kMultiChoice:
//                   SetAnswerFromJson(answers, q.id, value) -> error text to show, if any
//     q.diary_fillable and the diary has enough data: show the diary value instead
//   Assessment result = Assess(answers, diary_facts);
//   save AnswersToJsonText(answers) so a re-check starts from them.
#include <string_view>
#include <vector>

#include "core/triage/answers.h"

namespace core::triage {

enum class QuestionKind {
  kYesNo,        // yes / no / not sure
  kWholeNumber,  // an integer in `range`
  kNumber,       // a decimal number in `range`
  kChoice,       // one of `choices`
  kMultiChoice,  // any of `choices` (none is a valid answer)
};

enum class QuestionGroup { kRedFlags, kAboutYou, kFrequency, kMedicines };

struct Question {
  std::string_view id;  // == the answer field name
  QuestionKind kind;
  QuestionGroup group;
  std::string_view prompt_key;  // "question.<id>" in the text tables
  Range range;                  // number kinds only
  std::string_view unit_key;    // number kinds only: "unit.years" ...; empty otherwise
  // Choice kinds: the JSON values; their text is "choice.<id>.<value>".
  std::vector<std::string_view> choices;
  // True when the diary replaces this answer once it has enough data
  // (episodes_per_week, relief_taking_longer, typical_duration_s).
  bool diary_fillable = false;
};

const std::vector<Question>& QuestionList();
const Question* FindQuestion(std::string_view id);

// Whether to ask the question, given the answers so far:
//   quinine_weeks only after on_quinine is yes;
//   pregnant not when sex is male (a person who can be pregnant answers female or other).
// A hidden question's answer stays as it was; IsYes of a hidden "pregnant" still counts.
bool IsQuestionShown(const Question& question, const Answers& answers);

}  // namespace core::triage
