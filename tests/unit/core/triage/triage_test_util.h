#pragma once
// Helpers for the triage tests: answers from JSON text, assessed in one call.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "core/triage/answers_json.h"
#include "core/triage/assess.h"

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

inline bool Fires(std::string_view json_text, std::string_view rule_id,
                  const core::triage::DiaryFacts& diary = {}) {
  return AssessJson(json_text, diary).Fired(rule_id);
}

inline std::string LevelOf(std::string_view json_text, const core::triage::DiaryFacts& diary = {}) {
  return std::string(core::triage::LevelName(AssessJson(json_text, diary).level));
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
