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
// The screens (selfcheck_screens.cpp, result_screen.cpp) call the verbs below; every
// change of the answers (with their facts' dates) and every new result is saved at once
// through the saver App sets (SetSaver).
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
#include "core/triage/stable_facts.h"

namespace app::selfcheck {

inline constexpr const char* kLastAnswersMetaKey = "last_triage_answers";
// When the counted facts of "last_triage_answers" were given, one date each (JSON of
// core::triage::FactDates: {"age_years":"YYYY-MM-DD","quinine_weeks":"YYYY-MM-DD"}), so the
// age and the weeks on quinine offered back are counted forward from when they were said.
inline constexpr const char* kFactDatesMetaKey = "last_triage_fact_dates";
// The answers of the last check that reached its result (the same shape as
// "last_triage_answers"): a check begun and left half-way does not undo what the last
// result said (Cramp now's leg warning holds until the next check is completed).
inline constexpr const char* kLastResultMetaKey = "last_triage_result_answers";

enum class Stage { kIntro, kFacts, kPage, kResult };

class SelfCheckFlow {
 public:
  using DiarySource = std::function<core::triage::DiaryFacts()>;

  // Where the diary facts come from; asked each time a check starts.
  void SetDiarySource(DiarySource source) { diary_source_ = std::move(source); }
  // Today's local date, for counting the facts offered back forward; without it they are
  // offered as they were given, and their dates are not known.
  void SetTodaySource(std::function<core::diary::LocalDate()> today) {
    today_source_ = std::move(today);
  }
  // The answers saved by an earlier check (storage meta); invalid text is ignored. Only
  // their stable facts are ever offered back.
  void SetLastAnswers(std::string_view json_text);
  bool HasSavedFacts() const { return core::triage::HasStableFacts(saved_facts_); }
  // The stable facts as they were given (not counted forward).
  const core::triage::Answers& SavedFacts() const { return saved_facts_; }
  // When those facts were given: kFactDatesMetaKey's JSON text (anything else reads as not
  // known: answers saved by an older version are offered as they were given).
  void SetFactDates(std::string_view json_text);
  const core::triage::FactDates& SavedFactDates() const { return fact_dates_; }
  // The facts this check offered back as the person said them, and when (the saved facts
  // as they were when it started: answering moves the saved ones on).
  const core::triage::Answers& OfferedAsSaid() const { return offered_as_said_; }
  const core::triage::FactDates& OfferedAsSaidOn() const { return offered_as_said_on_; }
  // The JSON text to store under kFactDatesMetaKey beside AnswersJson().
  std::string FactDatesJson() const { return core::triage::FactDatesToJson(fact_dates_); }
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
  // The answers of that check as JSON, saved under kLastResultMetaKey.
  const std::string& LastResultAnswersJson() const { return last_result_json_; }
  // True when the result came early because an answer made it an emergency.
  bool StoppedEarly() const { return stopped_early_; }
  // From the result: a page with exactly the signs not ruled out, back to the result after.
  void AnswerOpenSigns();
  bool AnsweringOpenSigns() const { return !open_page_.fields.empty(); }

  std::string AnswersJson() const;
  // Where the flow saves, told a meta key and its JSON: kLastAnswersMetaKey and
  // kFactDatesMetaKey after every change of the answers, kLastResultMetaKey at a result.
  using Saver = std::function<void(const char* key, const std::string& json)>;
  void SetSaver(Saver saver) { saver_ = std::move(saver); }

 private:
  bool Set(std::string_view field, const nlohmann::json& value);
  void AfterSign();
  void MoveOnWhenAnswered();  // Next(), once every question of the page has an answer
  bool Skipped(std::size_t page_index) const;  // not shown for the answers so far
  void GoToPage(std::size_t from, int direction);
  void ShowResult(bool stopped_early);
  // The answers changed: the facts a later check offers back, with their dates, follow,
  // and all are saved.
  void KeepFacts();
  void Save(const char* key, const std::string& json) const {
    if (saver_) saver_(key, json);
  }

  DiarySource diary_source_;
  Saver saver_;
  core::triage::DiaryFacts diary_;
  core::triage::Answers answers_;
  core::triage::Answers saved_facts_;
  std::function<core::diary::LocalDate()> today_source_;
  core::triage::FactDates fact_dates_;  // when saved_facts_' counted facts were given
  // What Start() offered back, counted forward, and the dates those values are exact from:
  // kept as the facts' dates while the person leaves them as offered.
  core::triage::Answers offered_;
  core::triage::Answers offered_as_said_;
  core::triage::FactDates offered_as_said_on_;
  core::triage::FactDates offered_since_;
  core::triage::Assessment last_result_;
  std::string last_result_json_;
  bool has_last_result_ = false;
  core::triage::Assessment assessment_;
  core::triage::QuestionPage open_page_;  // AnswerOpenSigns()'s page; empty fields otherwise
  Stage stage_ = Stage::kIntro;
  std::size_t page_ = 0;  // into QuestionPages()
  bool facts_offered_ = false;    // this check started from saved facts
  bool facts_decided_ = false;    // the person confirmed or chose to change them
  bool facts_confirmed_ = false;  // ... and confirmed: pages of only those facts are skipped
  bool stopped_early_ = false;
};

}  // namespace app::selfcheck
