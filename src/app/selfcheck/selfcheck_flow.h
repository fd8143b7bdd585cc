#pragma once
// The self-check as state, apart from drawing: where the person is (intro, a question,
// the result), their answers, and the assessment. One question a screen, in QuestionList()
// order, skipping the questions IsQuestionShown() hides; Next without an answer leaves the
// question "not answered". Answers go in through the same JSON checks as the CLI
// (SetAnswerFromJson), so the app and the CLI can never disagree about what is valid.
//
// The screens (selfcheck_screens.cpp, result_screen.cpp) call the verbs below; App saves
// the answers when ConsumeAnswersChanged() says so and redraws when ConsumeChanged() does.
#include <cstddef>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "core/triage/answers.h"
#include "core/triage/assess.h"
#include "core/triage/diary_facts.h"
#include "core/triage/questions.h"

namespace app::selfcheck {

inline constexpr const char* kLastAnswersMetaKey = "last_triage_answers";

enum class Stage { kIntro, kQuestion, kResult };

class SelfCheckFlow {
 public:
  using DiarySource = std::function<core::triage::DiaryFacts()>;

  // Where the diary facts come from; asked each time a check starts.
  void SetDiarySource(DiarySource source) { diary_source_ = std::move(source); }
  // The answers saved by an earlier check (storage meta); invalid text is ignored.
  void SetLastAnswers(std::string_view json_text);
  bool HasLastAnswers() const { return has_last_answers_; }
  // After "delete everything": no saved answers, no check in progress, back at the intro.
  // Nothing is marked for saving (storage was emptied on purpose).
  void ForgetLastAnswers();

  Stage CurrentStage() const { return stage_; }
  void ShowIntro();
  // Starts at the first question with no answers, or with the last saved answers.
  void Start(bool from_last_answers);

  // The question shown (stage kQuestion), its 1-based position and the number of questions
  // shown for the answers so far.
  const core::triage::Question& CurrentQuestion() const;
  int Position() const;
  int Count() const;

  const core::triage::Answers& Answers() const { return answers_; }
  const core::triage::DiaryFacts& Diary() const { return diary_; }
  // True when the diary has enough data and replaces the answer to `question`.
  bool DiaryAnswers(const core::triage::Question& question) const;

  // The current question's answer state, and its value as JSON (null when not answered).
  core::triage::AnswerState CurrentState() const;
  nlohmann::json CurrentValue() const;

  // Answering the current question. Yes/no and single choices move on by themselves; an
  // answer that makes the result an emergency goes straight to the result.
  void AnswerYesNo(bool yes);
  void AnswerNotSure();
  void ClearAnswer();
  // Number questions: the value is clamped to the question's range (and rounded for whole
  // numbers) before the usual checks.
  void AnswerNumber(double value);
  // Choice questions: selects `value` (kChoice) or toggles it in the list (kMultiChoice).
  void ToggleChoice(std::string_view value);
  // Multi-choice: "none of these" (an answered, empty list).
  void AnswerNone();

  void Next();
  void Back();

  const core::triage::Assessment& Result() const { return assessment_; }
  // True when the result came early because an answer made it an emergency.
  bool StoppedEarly() const { return stopped_early_; }

  std::string AnswersJson() const;
  // True once after the answers changed (save them) / after anything shown changed.
  bool ConsumeAnswersChanged();
  bool ConsumeChanged();

 private:
  bool SetCurrent(const nlohmann::json& value);
  void AfterAnswer(bool move_on);
  void ShowResult(bool stopped_early);
  std::size_t NextShown(std::size_t from) const;  // QuestionList().size() when none

  DiarySource diary_source_;
  core::triage::DiaryFacts diary_;
  core::triage::Answers answers_;
  core::triage::Answers last_answers_;
  bool has_last_answers_ = false;
  core::triage::Assessment assessment_;
  Stage stage_ = Stage::kIntro;
  std::size_t index_ = 0;  // into QuestionList()
  bool stopped_early_ = false;
  bool answers_changed_ = false;
  bool changed_ = false;
};

}  // namespace app::selfcheck
