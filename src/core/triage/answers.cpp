#include "core/triage/answers.h"

#include <type_traits>

namespace core::triage {

const std::vector<std::string_view>& AnswerFieldNames() {
  static const std::vector<std::string_view> names = [] {
    std::vector<std::string_view> list;
    const Answers empty;
    ForEachAnswer(empty, [&](std::string_view name, const auto&, Range) { list.push_back(name); });
    return list;
  }();
  return names;
}

bool IsAnswerField(std::string_view name) {
  for (std::string_view field : AnswerFieldNames()) {
    if (field == name) return true;
  }
  return false;
}

namespace {
// Shared by the const and non-const lookups; the pointer is const when AnswersT is.
template <typename AnswersT>
auto FindYesNo(AnswersT& answers, std::string_view name) -> decltype(&answers.pregnant) {
  decltype(&answers.pregnant) found = nullptr;
  ForEachAnswer(answers, [&](std::string_view field, auto& answer, Range) {
    if constexpr (std::is_same_v<std::decay_t<decltype(answer)>, Answer<bool>>) {
      if (field == name) found = &answer;
    }
  });
  return found;
}
}  // namespace

Answer<bool>* FindYesNoAnswer(Answers& answers, std::string_view name) {
  return FindYesNo(answers, name);
}

const Answer<bool>* FindYesNoAnswer(const Answers& answers, std::string_view name) {
  return FindYesNo(answers, name);
}

AnswerState StateOf(const Answers& answers, std::string_view name) {
  AnswerState state = AnswerState::kNotAnswered;
  ForEachAnswer(answers, [&](std::string_view field, const auto& answer, Range) {
    if (field == name) state = answer.state;
  });
  return state;
}

namespace {
bool Reset(Answers& answers, std::string_view name, AnswerState state) {
  bool found = false;
  ForEachAnswer(answers, [&](std::string_view field, auto& answer, Range) {
    if (field != name) return;
    answer = std::decay_t<decltype(answer)>{};
    answer.state = state;
    found = true;
  });
  return found;
}
}  // namespace

bool SetNotSure(Answers& answers, std::string_view name) {
  return Reset(answers, name, AnswerState::kNotSure);
}

bool ClearAnswer(Answers& answers, std::string_view name) {
  return Reset(answers, name, AnswerState::kNotAnswered);
}

}  // namespace core::triage
