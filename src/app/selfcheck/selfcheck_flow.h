#pragma once
// The self-check as state, apart from drawing: where the person is (intro, saved details to
// confirm, a page of questions, the result), their answers, and the assessment.
//
// Pages come from core::triage::QuestionPages(): sign pages ("Do you have any of these
// right now?", each sign yes / no / not sure, "None of these" for the rest), number and
// choice pages, the frequency page and the medicines/conditions lists. A page is shown
// when any of its questions applies (dependencies.h). Next without an answer leaves a
// question "not answered", which the result then lists as not ruled out when it matters.
// Answers go in through the same JSON checks as the CLI (SetAnswerFromJson), so the app
// and the CLI can never disagree about what is valid.
//
// Fresh answers: a check never starts from an earlier check's warning signs. Only stable
// facts (age, sex, pregnancy, medicines, conditions) are offered back, on one page to
// confirm with one tap; confirmed, the pages holding only those facts are skipped.
//
// The screens (selfcheck_screens.cpp, result_screen.cpp) call the verbs below; App saves
// the answers when ConsumeAnswersChanged() says so and redraws when ConsumeChanged() does.
#include <cstddef>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diary/civil_date.h"
#include "core/triage/answers.h"
#include "core/triage/assess.h"
#include "core/triage/diary_facts.h"
#include "core/triage/questions.h"

namespace app::selfcheck {

inline constexpr const char* kLastAnswersMetaKey = "last_triage_answers";
// The date (YYYY-MM-DD) the stable facts of "last_triage_answers" were given: kept while the
// age offered back is confirmed unchanged, so it can be counted forward from when it was said.
inline constexpr const char* kLastAnsweredOnMetaKey = "last_triage_answered_on";
// The answers of the last check that reached its result (the same shape as
// "last_triage_answers"): a check begun and left half-way does not undo what the last
// result said (Cramp now's leg warning holds until the next check is completed).
inline constexpr const char* kLastResultMetaKey = "last_triage_result_answers";

// "Do cramps mean I am growing?" is for people under 25 whose age is known (CLINICAL.md
// 3.1). The one place that says so. TODO(core merge): core::triage::ShowsGrowingMyth.
bool ShowsGrowingMyth(const core::triage::Answers& answers);

enum class Stage { kIntro, kFacts, kPage, kResult };

class SelfCheckFlow {
 public:
  using DiarySource = std::function<core::triage::DiaryFacts()>;

  // Where the diary facts come from; asked each time a check starts.
  void SetDiarySource(DiarySource source) { diary_source_ = std::move(source); }
  // The answers saved by an earlier check (storage meta); invalid text is ignored. Only
  // their stable facts are ever offered back.
  void SetLastAnswers(std::string_view json_text);
  bool HasSavedFacts() const { return core::triage::HasStableFacts(saved_facts_); }
  const core::triage::Answers& SavedFacts() const { return saved_facts_; }
  // When the saved facts were given: kLastAnsweredOnMetaKey's JSON text, a string
  // "YYYY-MM-DD" (anything else is ignored), for "you said 64, in March 2026". Empty when
  // not known (answers saved by an older version).
  void SetLastAnsweredOn(std::string_view json_text);
  const std::optional<core::diary::LocalDate>& SavedFactsGivenOn() const { return given_on_; }
  // The date to save beside the answers now that they changed on `today`: the date the age
  // was given when the one offered back was kept as it was, else `today`.
  core::diary::LocalDate FactsGivenOn(const core::diary::LocalDate& today);
  // The same as the JSON text to store under kLastAnsweredOnMetaKey.
  std::string FactsGivenOnJson(const core::diary::LocalDate& today);
  // After "delete everything": no saved answers, no check in progress, back at the intro.
  // Nothing is marked for saving (storage was emptied on purpose).
  void ForgetLastAnswers();

  Stage CurrentStage() const { return stage_; }
  void ShowIntro();
  // Starts a check with no answers, or with the saved stable facts offered to confirm.
  void Start(bool offer_saved_facts);

  // kFacts: the saved details are still right (their pages are skipped) or not (asked,
  // pre-filled).
  void ConfirmFacts();
  void ChangeFacts();

  // The page shown (stage kPage). With AnswerOpenSigns() the page is the result's list of
  // signs not ruled out instead of a page of the table.
  const core::triage::QuestionPage& CurrentPage() const;
  // The questions of the current page that apply now, in page order.
  std::vector<const core::triage::Question*> CurrentQuestions() const;
  int Position() const;  // 1-based among the pages shown for the answers so far
  int Count() const;
  // Changes whenever what is shown changes place (page, stage): for scrolling to the top.
  int PageKey() const;

  const core::triage::Answers& Answers() const { return answers_; }
  const core::triage::DiaryFacts& Diary() const { return diary_; }
  // True when the diary has enough data and supplies the answer to `question` (until the
  // person corrects it).
  bool DiaryAnswers(const core::triage::Question& question) const;

  core::triage::AnswerState StateOf(std::string_view field) const;
  nlohmann::json ValueOf(std::string_view field) const;  // null when not answered

  // [Sign pages] Marks one sign; a yes that makes the result an emergency ends the check.
  void AnswerSign(std::string_view field, bool yes);
  void AnswerSignNotSure(std::string_view field);
  // "None of these": every question of the page that applies and has no answer becomes
  // no (an empty list for the lists page); then the next page.
  void AnswerNone();

  // [One-question pages] An answer moves on, and so does "not sure", on every kind.
  void AnswerNotSure(std::string_view field);
  void ClearAnswer(std::string_view field);
  // Number questions: the value is clamped to the question's range (and rounded for whole
  // numbers). `move_on`: a preset tap answers and goes on; steppers and typing do not.
  void AnswerNumber(std::string_view field, double value, bool move_on);
  // Choice questions: selects `value` (kChoice, then moves on) or toggles it (kMultiChoice).
  void ToggleChoice(std::string_view field, std::string_view value);

  void Next();
  void Back();

  const core::triage::Assessment& Result() const { return assessment_; }
  // The result of the last check that reached its result, in this run or (from
  // kLastResultMetaKey, else kLastAnswersMetaKey) an earlier one; null before any.
  // The diary is not consulted again: the rules about the leg do not depend on it.
  const core::triage::Assessment* LastResult() const {
    return has_last_result_ ? &last_result_ : nullptr;
  }
  void SetLastResultAnswers(std::string_view json_text);
  // The answers of that check as JSON, to save under kLastResultMetaKey when
  // ConsumeResultChanged() says so.
  const std::string& LastResultAnswersJson() const { return last_result_json_; }
  bool ConsumeResultChanged();
  // True when the result came early because an answer made it an emergency.
  bool StoppedEarly() const { return stopped_early_; }
  // From the result: a page with exactly the signs not ruled out, back to the result after.
  void AnswerOpenSigns();
  bool AnsweringOpenSigns() const { return !open_page_.fields.empty(); }

  std::string AnswersJson() const;
  // True once after the answers changed (save them) / after anything shown changed.
  bool ConsumeAnswersChanged();
  bool ConsumeChanged();

 private:
  bool Set(std::string_view field, const nlohmann::json& value);
  void AfterSign();
  void MoveOnWhenAnswered();  // Next(), once every question of the page has an answer
  bool Skipped(std::size_t page_index) const;  // not shown for the answers so far
  void GoToPage(std::size_t from, int direction);
  void ShowResult(bool stopped_early);

  DiarySource diary_source_;
  core::triage::DiaryFacts diary_;
  core::triage::Answers answers_;
  core::triage::Answers saved_facts_;
  std::optional<core::diary::LocalDate> given_on_;  // when saved_facts_ were given
  std::optional<long long> offered_age_;            // the age offered back at Start()
  core::triage::Assessment last_result_;
  std::string last_result_json_;
  bool has_last_result_ = false;
  bool result_changed_ = false;
  core::triage::Assessment assessment_;
  core::triage::QuestionPage open_page_;  // AnswerOpenSigns()'s page; empty fields otherwise
  Stage stage_ = Stage::kIntro;
  std::size_t page_ = 0;  // into QuestionPages()
  bool facts_offered_ = false;    // this check started from saved facts
  bool facts_decided_ = false;    // the person confirmed or chose to change them
  bool facts_confirmed_ = false;  // ... and confirmed: pages of only those facts are skipped
  bool stopped_early_ = false;
  bool answers_changed_ = false;
  bool changed_ = false;
};

}  // namespace app::selfcheck
