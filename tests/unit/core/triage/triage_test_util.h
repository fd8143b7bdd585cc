#pragma once
// Helpers for the triage tests: answers from JSON text, assessed in one call.
#include <gtest/gtest.h>

#include <algorithm>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "core/triage/answers_json.h"
#include "core/triage/assess.h"
#include "core/triage/dependencies.h"
#include "core/triage/questions.h"
#include "core/triage/rules.h"

namespace core::triage {
// Levels print by name in test failures.
inline void PrintTo(Level level, std::ostream* os) {
  *os << LevelName(level);
}
}  // namespace core::triage

namespace triage_test {

// Answers from a JSON document that must be valid; a parse error fails the test.
inline core::triage::Answers AnswersFrom(std::string_view json_text) {
  const auto parsed = core::triage::ParseAnswersJson(json_text);
  EXPECT_TRUE(parsed.Ok()) << json_text << " -> "
                           << (parsed.error ? parsed.error->message : std::string());
  return parsed.answers;
}

inline core::triage::Assessment AssessJson(std::string_view json_text,
                                           const core::triage::DiaryFacts& diary = {}) {
  return core::triage::Assess(AnswersFrom(json_text), diary);
}

inline std::vector<std::string> FiredIds(const core::triage::Assessment& assessment) {
  std::vector<std::string> ids;
  for (const auto& rule : assessment.rules) ids.emplace_back(rule.id);
  return ids;
}

// The same rules, whatever the order.
inline bool SameRuleSet(std::vector<std::string> fired, std::vector<std::string> expected) {
  std::sort(fired.begin(), fired.end());
  std::sort(expected.begin(), expected.end());
  return fired == expected;
}

// True when `ids` keep the order of the rule table (most severe first).
inline bool InTableOrder(const std::vector<std::string>& ids) {
  std::size_t next = 0;
  const auto& table = core::triage::RuleTable();
  for (const std::string& id : ids) {
    while (next < table.size() && table[next].id != id) ++next;
    if (next == table.size()) return false;
    ++next;
  }
  return true;
}

// Assesses `json_text` and checks that exactly `expected` fired (no rule more, none less),
// in table order, and that the result has `level`.
inline void ExpectFiresExactly(std::string_view json_text, const std::vector<std::string>& expected,
                               std::string_view level, std::string_view why = {}) {
  const auto result = AssessJson(json_text);
  const auto fired = FiredIds(result);
  std::string shown;
  for (const auto& id : fired) shown += id + " ";
  EXPECT_TRUE(SameRuleSet(fired, expected))
      << json_text << "\nfired: " << shown << "\nwhy: " << why;
  EXPECT_TRUE(InTableOrder(fired)) << json_text << "\nfired: " << shown;
  EXPECT_EQ(core::triage::LevelName(result.level), level) << json_text << "\nwhy: " << why;
}

inline bool Fires(std::string_view json_text, std::string_view rule_id,
                  const core::triage::DiaryFacts& diary = {}) {
  return AssessJson(json_text, diary).Fired(rule_id);
}

inline std::string LevelOf(std::string_view json_text, const core::triage::DiaryFacts& diary = {}) {
  return std::string(core::triage::LevelName(AssessJson(json_text, diary).level));
}

// The fields of open signs (not_ruled_out or unsure_raisers), in their order.
inline std::vector<std::string> FieldsOf(const std::vector<core::triage::OpenSign>& signs) {
  std::vector<std::string> fields;
  for (const auto& sign : signs) fields.emplace_back(sign.field);
  return fields;
}

inline const core::triage::OpenSign* FindSign(const std::vector<core::triage::OpenSign>& signs,
                                              std::string_view field) {
  for (const auto& sign : signs) {
    if (sign.field == field) return &sign;
  }
  return nullptr;
}

// Every yes/no question that applies answered no, except the fields in `skipped` (left as
// they are), until none is left (answering a gate can close or open follow-ups): every
// warning sign ruled out but those.
inline core::triage::Answers AllNoExcept(core::triage::Answers answers,
                                         const std::vector<std::string_view>& skipped = {}) {
  for (bool changed = true; changed;) {
    changed = false;
    for (const auto& question : core::triage::QuestionList()) {
      if (question.kind != core::triage::QuestionKind::kYesNo) continue;
      if (std::find(skipped.begin(), skipped.end(), question.id) != skipped.end()) continue;
      auto* answer = core::triage::FindYesNoAnswer(answers, question.id);
      if (answer->IsAnswered() || !core::triage::Applies(answers, question.id)) continue;
      *answer = core::triage::Answer<bool>::Of(false);
      changed = true;
    }
  }
  return answers;
}

inline bool HasKey(const std::vector<std::string_view>& keys, std::string_view key) {
  return std::find(keys.begin(), keys.end(), key) != keys.end();
}

// Readable ctest names for the cases: letters, digits and underscores only.
inline std::string Slug(std::string_view text) {
  std::string slug;
  for (char c : text) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    slug += keep ? c : '_';
  }
  return slug;
}

}  // namespace triage_test
