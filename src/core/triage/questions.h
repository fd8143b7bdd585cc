#pragma once
// The self-check questions, one per answer field (the question id is the field name, so a
// UI reads and writes answers by id through answers.h and answers_json.h), and the pages
// that group them. Red flags come first: sudden and emergency signs, the leg, circulation,
// nerves and muscles; then age and sex, the children's and the pregnancy page when they
// apply (dependencies.h), how often and how long, the person's cramps and habits, medicines
// with their follow-ups, and the lists of medicines and conditions.
//
// A sign page asks "Do you have any of these right now?" with each sign answerable yes, no
// or not sure and one "None of these" for the rest, so a person with nothing to report
// passes a page with one tap. A UI drives the flow like this:
//   for each page of QuestionPages() where PageApplies(page, answers):
//     for each field of the page where Applies(answers, field): show its question
//     kYesNo:       *FindYesNoAnswer(answers, id) = Answer<bool>::Of(yes)  or SetNotSure()
//     other kinds:  SetAnswerFromJson(answers, id, value) -> error text to show, if any
//     diary_fillable and the diary has enough data: show the diary's figure, let the
//                   person correct it (an answer replaces the diary's value)
//   Assessment result = Assess(answers, diary_facts);
//   save AnswersToJsonText(answers); a later check offers back only the `stable` answers.
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

struct Question {
  std::string_view id;  // == the answer field name
  QuestionKind kind;
  std::string_view page;        // the QuestionPage it is asked on
  std::string_view prompt_key;  // "question.<id>" in the text tables
  Range range;                  // number kinds only
  std::string_view unit_key;    // number kinds only: "unit.years" ...; empty otherwise
  // Choice kinds: the JSON values; their text is "choice.<id>.<value>".
  std::vector<std::string_view> choices;
  // True when the diary replaces this answer once it has enough data
  // (episodes_per_week, relief_taking_longer, typical_duration_s).
  bool diary_fillable = false;
  // A fact that does not change from night to night (age, sex, pregnancy, medicines,
  // conditions): a later check may offer it back for the person to confirm, counted forward
  // to that day (stable_facts.h). Warning signs and "gave birth in the last 6 weeks" are
  // never stable: they are asked afresh every time.
  bool stable = false;
};

enum class PageKind {
  kSigns,      // yes/no signs with "None of these"
  kNumber,     // one number question
  kChoice,     // one single-choice question
  kFrequency,  // how often, or how long: a number the diary may supply, to confirm
  kLists,      // the medicines and conditions lists, with one "None of these"
};

struct QuestionPage {
  std::string_view id;         // "sudden", "leg", ... stable: used in "###page_<id>"
  PageKind kind;
  std::string_view title_key;  // "page.<id>" in the text tables
  std::vector<std::string_view> fields;
};

// Every question, in the order the pages ask them.
const std::vector<Question>& QuestionList();
const Question* FindQuestion(std::string_view id);

const std::vector<QuestionPage>& QuestionPages();
const QuestionPage* FindPage(std::string_view id);
// A page is shown when any of its questions applies.
bool PageApplies(const QuestionPage& page, const Answers& answers);

// Whether to ask the question, given the answers so far (dependencies.h's Applies).
bool IsQuestionShown(const Question& question, const Answers& answers);

// A copy of `answers` with only the stable facts kept, as given (StableFactsAsOf in
// stable_facts.h moves the age and quinine weeks on to a later day).
Answers StableFacts(const Answers& answers);
bool HasStableFacts(const Answers& answers);

}  // namespace core::triage
