#include "app/selfcheck/selfcheck_flow.h"

#include <algorithm>
#include <cmath>

#include "core/triage/answers_json.h"

namespace app::selfcheck {

using core::triage::AnswerState;
using core::triage::Question;
using core::triage::QuestionKind;
using core::triage::QuestionList;

void SelfCheckFlow::SetLastAnswers(std::string_view json_text) {
  auto parsed = core::triage::ParseAnswersJson(json_text);
  if (!parsed.Ok()) return;
  last_answers_ = std::move(parsed.answers);
  has_last_answers_ = true;
  changed_ = true;
}

void SelfCheckFlow::ForgetLastAnswers() {
  last_answers_ = core::triage::Answers{};
  answers_ = core::triage::Answers{};
  has_last_answers_ = false;
  answers_changed_ = false;
  stage_ = Stage::kIntro;
  changed_ = true;
}

void SelfCheckFlow::ShowIntro() {
  stage_ = Stage::kIntro;
  changed_ = true;
}

void SelfCheckFlow::Start(bool from_last_answers) {
  answers_ = from_last_answers && has_last_answers_ ? last_answers_ : core::triage::Answers{};
  diary_ = diary_source_ ? diary_source_() : core::triage::DiaryFacts{};
  stopped_early_ = false;
  index_ = NextShown(0);
  stage_ = index_ < QuestionList().size() ? Stage::kQuestion : Stage::kResult;
  changed_ = true;
}

const Question& SelfCheckFlow::CurrentQuestion() const {
  const auto& list = QuestionList();
  return list[std::min(index_, list.size() - 1)];
}

int SelfCheckFlow::Position() const {
  int position = 0;
  const auto& list = QuestionList();
  for (std::size_t i = 0; i <= index_ && i < list.size(); ++i) {
    if (core::triage::IsQuestionShown(list[i], answers_)) ++position;
  }
  return position;
}

int SelfCheckFlow::Count() const {
  int count = 0;
  for (const Question& question : QuestionList()) {
    if (core::triage::IsQuestionShown(question, answers_)) ++count;
  }
  return count;
}

bool SelfCheckFlow::DiaryAnswers(const Question& question) const {
  return question.diary_fillable && diary_.has_enough_data;
}

AnswerState SelfCheckFlow::CurrentState() const {
  return core::triage::StateOf(answers_, CurrentQuestion().id);
}

nlohmann::json SelfCheckFlow::CurrentValue() const {
  if (CurrentState() != AnswerState::kAnswered) return nullptr;
  const nlohmann::json all = core::triage::AnswersToJson(answers_);
  const auto found = all.find(std::string(CurrentQuestion().id));
  return found != all.end() ? *found : nlohmann::json();
}

bool SelfCheckFlow::SetCurrent(const nlohmann::json& value) {
  if (stage_ != Stage::kQuestion) return false;
  const auto error = core::triage::SetAnswerFromJson(answers_, CurrentQuestion().id, value);
  if (error) return false;
  last_answers_ = answers_;
  has_last_answers_ = true;
  answers_changed_ = true;
  changed_ = true;
  return true;
}

void SelfCheckFlow::AfterAnswer(bool move_on) {
  if (core::triage::Assess(answers_, diary_).level == core::triage::Level::kEmergency) {
    ShowResult(/*stopped_early=*/true);
  } else if (move_on) {
    Next();
  }
}

void SelfCheckFlow::AnswerYesNo(bool yes) {
  if (CurrentQuestion().kind != QuestionKind::kYesNo) return;
  if (SetCurrent(yes)) AfterAnswer(/*move_on=*/true);
}

void SelfCheckFlow::AnswerNotSure() {
  if (SetCurrent(nullptr)) AfterAnswer(CurrentQuestion().kind == QuestionKind::kYesNo);
}

void SelfCheckFlow::ClearAnswer() {
  if (stage_ != Stage::kQuestion) return;
  core::triage::ClearAnswer(answers_, CurrentQuestion().id);
  last_answers_ = answers_;
  answers_changed_ = true;
  changed_ = true;
}

void SelfCheckFlow::AnswerNumber(double value) {
  const Question& question = CurrentQuestion();
  if (question.kind != QuestionKind::kWholeNumber && question.kind != QuestionKind::kNumber) return;
  if (!std::isfinite(value)) return;
  value = std::clamp(value, question.range.min, question.range.max);
  if (question.kind == QuestionKind::kWholeNumber) {
    SetCurrent(static_cast<long long>(std::lround(value)));
  } else {
    SetCurrent(std::round(value * 100.0) / 100.0);
  }
}

void SelfCheckFlow::ToggleChoice(std::string_view value) {
  const Question& question = CurrentQuestion();
  if (question.kind == QuestionKind::kChoice) {
    if (SetCurrent(std::string(value))) AfterAnswer(/*move_on=*/true);
    return;
  }
  if (question.kind != QuestionKind::kMultiChoice) return;
  nlohmann::json list = CurrentValue();
  if (!list.is_array()) list = nlohmann::json::array();
  const auto found = std::find(list.begin(), list.end(), std::string(value));
  if (found != list.end()) {
    list.erase(found);
  } else {
    list.push_back(std::string(value));
  }
  SetCurrent(list);
}

void SelfCheckFlow::AnswerNone() {
  if (CurrentQuestion().kind == QuestionKind::kMultiChoice) SetCurrent(nlohmann::json::array());
}

std::size_t SelfCheckFlow::NextShown(std::size_t from) const {
  const auto& list = QuestionList();
  for (std::size_t i = from; i < list.size(); ++i) {
    if (core::triage::IsQuestionShown(list[i], answers_)) return i;
  }
  return list.size();
}

void SelfCheckFlow::Next() {
  if (stage_ != Stage::kQuestion) return;
  const std::size_t next = NextShown(index_ + 1);
  if (next >= QuestionList().size()) {
    ShowResult(/*stopped_early=*/false);
    return;
  }
  index_ = next;
  changed_ = true;
}

void SelfCheckFlow::Back() {
  const auto& list = QuestionList();
  if (stage_ == Stage::kResult) {
    // Back to the question that ended the check (the last one, or the emergency answer).
    stage_ = Stage::kQuestion;
    changed_ = true;
    return;
  }
  if (stage_ != Stage::kQuestion) return;
  for (std::size_t i = index_; i-- > 0;) {
    if (core::triage::IsQuestionShown(list[i], answers_)) {
      index_ = i;
      changed_ = true;
      return;
    }
  }
  ShowIntro();
}

void SelfCheckFlow::ShowResult(bool stopped_early) {
  assessment_ = core::triage::Assess(answers_, diary_);
  stopped_early_ = stopped_early;
  stage_ = Stage::kResult;
  changed_ = true;
}

std::string SelfCheckFlow::AnswersJson() const {
  return core::triage::AnswersToJsonText(answers_);
}

bool SelfCheckFlow::ConsumeAnswersChanged() {
  const bool changed = answers_changed_;
  answers_changed_ = false;
  return changed;
}

bool SelfCheckFlow::ConsumeChanged() {
  const bool changed = changed_;
  changed_ = false;
  return changed;
}

}  // namespace app::selfcheck
