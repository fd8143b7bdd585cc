// Index of this file:
// [SECTION] Saved facts and starting
// [SECTION] Pages shown
// [SECTION] Answering
// [SECTION] Moving between pages
// [SECTION] The result

#include "app/selfcheck/selfcheck_flow.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "core/triage/answers_json.h"
#include "core/triage/dependencies.h"

namespace app::selfcheck {

using core::triage::AnswerState;
using core::triage::PageKind;
using core::triage::Question;
using core::triage::QuestionKind;
using core::triage::QuestionPage;
using core::triage::QuestionPages;

// [SECTION] Saved facts and starting
void SelfCheckFlow::SetFactDates(std::string_view json_text) {
  fact_dates_ = core::triage::FactDatesFromJson(json_text);
}

void SelfCheckFlow::KeepFacts() {
  saved_facts_ = core::triage::StableFacts(core::triage::ApplicableOnly(answers_));
  // A counted fact left as offered keeps the date its value is exact from; one given or
  // changed now dates from today.
  const auto today = today_source_ ? std::optional(today_source_()) : std::nullopt;
  const auto date_of = [&](const auto& now, const auto& offered,
                           const std::optional<core::diary::LocalDate>& since) {
    if (!now.IsAnswered()) return std::optional<core::diary::LocalDate>();
    if (since && offered.IsAnswered() && offered.value == now.value) return since;
    return today;
  };
  fact_dates_.age_years =
      date_of(saved_facts_.age_years, offered_.age_years, offered_since_.age_years);
  fact_dates_.quinine_weeks =
      date_of(saved_facts_.quinine_weeks, offered_.quinine_weeks, offered_since_.quinine_weeks);
  Save(kLastAnswersMetaKey, AnswersJson());
  Save(kFactDatesMetaKey, FactDatesJson());
}

void SelfCheckFlow::SetLastResultAnswers(std::string_view json_text) {
  auto parsed = core::triage::ParseAnswersJson(json_text);
  if (!parsed.Ok()) return;
  last_result_ = core::triage::Assess(parsed.answers);
  last_result_json_ = core::triage::AnswersToJsonText(parsed.answers);
  has_last_result_ = true;
}

void SelfCheckFlow::SetLastAnswers(std::string_view json_text) {
  auto parsed = core::triage::ParseAnswersJson(json_text);
  if (!parsed.Ok()) return;
  saved_facts_ = core::triage::StableFacts(core::triage::ApplicableOnly(parsed.answers));
}

void SelfCheckFlow::ForgetLastAnswers() {
  saved_facts_ = core::triage::Answers{};
  fact_dates_ = core::triage::FactDates{};
  offered_ = core::triage::Answers{};
  offered_since_ = core::triage::FactDates{};
  offered_as_said_ = core::triage::Answers{};
  offered_as_said_on_ = core::triage::FactDates{};
  last_result_ = core::triage::Assessment{};
  last_result_json_.clear();
  has_last_result_ = false;
  answers_ = core::triage::Answers{};
  open_page_ = QuestionPage{};
  stage_ = Stage::kIntro;
}

void SelfCheckFlow::ShowIntro() {
  stage_ = Stage::kIntro;
  open_page_ = QuestionPage{};
}

void SelfCheckFlow::Start(bool offer_saved_facts) {
  facts_offered_ = offer_saved_facts && HasSavedFacts();
  offered_ = core::triage::Answers{};
  offered_since_ = core::triage::FactDates{};
  offered_as_said_ = saved_facts_;
  offered_as_said_on_ = fact_dates_;
  if (facts_offered_ && today_source_) {
    // Counted forward to today from when each was said: 64 in March is 65 a year on.
    const core::diary::LocalDate today = today_source_();
    offered_ = core::triage::StableFactsAsOf(saved_facts_, fact_dates_, today);
    offered_since_ = core::triage::CountedSince(saved_facts_, fact_dates_, today);
  } else if (facts_offered_) {
    offered_ = saved_facts_;
  }
  answers_ = offered_;
  facts_decided_ = false;
  facts_confirmed_ = false;
  diary_ = diary_source_ ? diary_source_() : core::triage::DiaryFacts{};
  stopped_early_ = false;
  open_page_ = QuestionPage{};
  stage_ = Stage::kPage;
  GoToPage(0, +1);
}

void SelfCheckFlow::ConfirmFacts() {
  if (stage_ != Stage::kFacts) return;
  facts_decided_ = true;
  facts_confirmed_ = true;
  stage_ = Stage::kPage;
  GoToPage(page_, +1);
}

void SelfCheckFlow::ChangeFacts() {
  if (stage_ != Stage::kFacts) return;
  facts_decided_ = true;
  stage_ = Stage::kPage;
}

// [SECTION] Pages shown
const QuestionPage& SelfCheckFlow::CurrentPage() const {
  if (AnsweringOpenSigns()) return open_page_;
  const auto& pages = QuestionPages();
  return pages[std::min(page_, pages.size() - 1)];
}

std::vector<const Question*> SelfCheckFlow::CurrentQuestions() const {
  std::vector<const Question*> questions;
  for (std::string_view field : CurrentPage().fields) {
    if (!core::triage::Applies(answers_, field)) continue;
    if (const Question* question = core::triage::FindQuestion(field)) questions.push_back(question);
  }
  return questions;
}

bool SelfCheckFlow::Skipped(std::size_t index) const {
  const QuestionPage& page = QuestionPages()[index];
  if (!core::triage::PageApplies(page, answers_)) return true;
  if (!facts_confirmed_) return false;
  for (std::string_view field : page.fields) {
    if (!core::triage::Applies(answers_, field)) continue;
    const Question* question = core::triage::FindQuestion(field);
    if (question == nullptr || !question->stable ||
        core::triage::StateOf(answers_, field) != AnswerState::kAnswered)
      return false;
  }
  return true;
}

int SelfCheckFlow::Position() const {
  if (AnsweringOpenSigns()) return 1;
  int position = 0;
  for (std::size_t i = 0; i <= page_ && i < QuestionPages().size(); ++i) {
    if (!Skipped(i)) ++position;
  }
  return std::max(position, 1);
}

int SelfCheckFlow::Count() const {
  if (AnsweringOpenSigns()) return 1;
  int count = 0;
  for (std::size_t i = 0; i < QuestionPages().size(); ++i) {
    if (!Skipped(i)) ++count;
  }
  return std::max(count, Position());
}

int SelfCheckFlow::PageKey() const {
  return static_cast<int>(stage_) * 1000 + static_cast<int>(page_) +
         (AnsweringOpenSigns() ? 500 : 0);
}

bool SelfCheckFlow::DiaryAnswers(const Question& question) const {
  return question.diary_fillable && diary_.has_enough_data &&
         core::triage::StateOf(answers_, question.id) != AnswerState::kAnswered;
}

// [SECTION] Answering
AnswerState SelfCheckFlow::StateOf(std::string_view field) const {
  return core::triage::StateOf(answers_, field);
}

nlohmann::json SelfCheckFlow::ValueOf(std::string_view field) const {
  if (StateOf(field) != AnswerState::kAnswered) return nullptr;
  const nlohmann::json all = core::triage::AnswersToJson(answers_);
  const auto found = all.find(std::string(field));
  return found != all.end() ? *found : nlohmann::json();
}

bool SelfCheckFlow::Set(std::string_view field, const nlohmann::json& value) {
  if (stage_ != Stage::kPage) return false;
  if (core::triage::SetAnswerFromJson(answers_, field, value)) return false;
  KeepFacts();
  return true;
}

void SelfCheckFlow::AfterSign() {
  if (core::triage::Assess(core::triage::ApplicableOnly(answers_), diary_).level ==
      core::triage::Level::kEmergency) {
    ShowResult(/*stopped_early=*/true);
  }
}

void SelfCheckFlow::AnswerSign(std::string_view field, bool yes) {
  if (Set(field, yes)) AfterSign();
}

void SelfCheckFlow::AnswerSignNotSure(std::string_view field) {
  Set(field, nullptr);
}

void SelfCheckFlow::AnswerNone() {
  if (stage_ != Stage::kPage) return;
  const PageKind kind = CurrentPage().kind;
  if (kind != PageKind::kSigns && kind != PageKind::kLists) return;
  // In page order, so that "not pregnant" closes the pre-eclampsia question before it.
  for (std::string_view field : CurrentPage().fields) {
    if (!core::triage::Applies(answers_, field) || StateOf(field) != AnswerState::kNotAnswered)
      continue;
    const Question* question = core::triage::FindQuestion(field);
    if (question == nullptr || DiaryAnswers(*question)) continue;
    if (question->kind == QuestionKind::kYesNo) Set(field, false);
    if (question->kind == QuestionKind::kMultiChoice) Set(field, nlohmann::json::array());
  }
  Next();
}

void SelfCheckFlow::AnswerNotSure(std::string_view field) {
  if (Set(field, nullptr)) MoveOnWhenAnswered();
}

void SelfCheckFlow::MoveOnWhenAnswered() {
  // On the frequency page both numbers are asked: go on once both are there.
  for (const Question* shown : CurrentQuestions()) {
    if (StateOf(shown->id) == AnswerState::kNotAnswered && !DiaryAnswers(*shown)) return;
  }
  Next();
}

void SelfCheckFlow::ClearAnswer(std::string_view field) {
  if (stage_ != Stage::kPage) return;
  core::triage::ClearAnswer(answers_, field);
  KeepFacts();
}

void SelfCheckFlow::AnswerNumber(std::string_view field, double value, bool move_on) {
  const Question* question = core::triage::FindQuestion(field);
  if (question == nullptr || !std::isfinite(value)) return;
  if (question->kind != QuestionKind::kWholeNumber && question->kind != QuestionKind::kNumber)
    return;
  value = std::clamp(value, question->range.min, question->range.max);
  const bool set = question->kind == QuestionKind::kWholeNumber
                       ? Set(field, static_cast<long long>(std::lround(value)))
                       : Set(field, std::round(value * 100.0) / 100.0);
  if (set && move_on) MoveOnWhenAnswered();
}

void SelfCheckFlow::ToggleChoice(std::string_view field, std::string_view value) {
  const Question* question = core::triage::FindQuestion(field);
  if (question == nullptr) return;
  if (question->kind == QuestionKind::kChoice) {
    if (Set(field, std::string(value))) Next();
    return;
  }
  if (question->kind != QuestionKind::kMultiChoice) return;
  nlohmann::json list = ValueOf(field);
  if (!list.is_array()) list = nlohmann::json::array();
  const auto found = std::find(list.begin(), list.end(), std::string(value));
  if (found != list.end()) {
    list.erase(found);
  } else {
    list.push_back(std::string(value));
  }
  Set(field, list);
}

// [SECTION] Moving between pages
void SelfCheckFlow::GoToPage(std::size_t from, int direction) {
  const auto& pages = QuestionPages();
  for (std::size_t i = from; i < pages.size(); i = direction > 0 ? i + 1 : i - 1) {
    if (Skipped(i)) {
      if (direction < 0 && i == 0) break;
      continue;
    }
    page_ = i;
    if (direction > 0 && facts_offered_ && !facts_decided_) {
      const bool has_fact = std::any_of(pages[i].fields.begin(), pages[i].fields.end(),
                                        [](std::string_view field) {
                                          const Question* q = core::triage::FindQuestion(field);
                                          return q != nullptr && q->stable;
                                        });
      if (has_fact) stage_ = Stage::kFacts;
    }
    return;
  }
  if (direction > 0) {
    ShowResult(/*stopped_early=*/false);
  } else {
    ShowIntro();
  }
}

void SelfCheckFlow::Next() {
  if (stage_ == Stage::kFacts) {
    ChangeFacts();
    return;
  }
  if (stage_ != Stage::kPage) return;
  if (AnsweringOpenSigns()) {
    ShowResult(/*stopped_early=*/false);
    return;
  }
  GoToPage(page_ + 1, +1);
}

void SelfCheckFlow::Back() {
  if (stage_ == Stage::kResult) {
    // Back to the page that ended the check (the last one, or the emergency answer).
    stage_ = Stage::kPage;
    return;
  }
  if (AnsweringOpenSigns()) {
    open_page_ = QuestionPage{};
    stage_ = Stage::kResult;
    return;
  }
  if (stage_ != Stage::kPage && stage_ != Stage::kFacts) return;
  stage_ = Stage::kPage;
  if (page_ == 0) {
    ShowIntro();
    return;
  }
  GoToPage(page_ - 1, -1);
}

// [SECTION] The result
void SelfCheckFlow::AnswerOpenSigns() {
  if (stage_ != Stage::kResult || assessment_.not_ruled_out.empty()) return;
  open_page_ = QuestionPage{"open_signs", PageKind::kSigns, "page.open_signs", {}};
  for (const core::triage::OpenSign& sign : assessment_.not_ruled_out) {
    open_page_.fields.push_back(sign.field);
  }
  stage_ = Stage::kPage;
}

void SelfCheckFlow::ShowResult(bool stopped_early) {
  // Only answers whose question still applies: a yes given before an earlier answer closed
  // its question (the age changed to 60 after "pregnant") fires nothing.
  assessment_ = core::triage::Assess(core::triage::ApplicableOnly(answers_), diary_);
  last_result_ = assessment_;
  last_result_json_ = AnswersJson();
  has_last_result_ = true;
  Save(kLastResultMetaKey, last_result_json_);
  stopped_early_ = stopped_early;
  open_page_ = QuestionPage{};
  stage_ = Stage::kResult;
}

std::string SelfCheckFlow::AnswersJson() const {
  return core::triage::AnswersToJsonText(core::triage::ApplicableOnly(answers_));
}



}  // namespace app::selfcheck
