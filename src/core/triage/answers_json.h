#pragma once
// Answers <-> JSON (DESIGN.md "Answers JSON"), strict and exception-free.
//
// Parsing never guesses: an unknown field, a field given twice, a wrong type or an
// out-of-range value is an error whose message names the field. A missing field stays
// "not answered"; null means "not sure". Nothing here throws on user data (the core runs in
// WebAssembly builds where a throw aborts the app), whatever the input: empty text, a
// JSON array, invalid UTF-8, huge numbers or deep nesting.
//
// Decisions beyond DESIGN.md:
//   - Whole-number fields accept 30 and 30.0 (JSON has one number type) but reject 30.5.
//   - A list may not name the same value twice ("statin" twice is a broken client, not a
//     stronger yes); an empty list means "none of these".
//   - Input over kMaxAnswersJsonBytes is refused before parsing.
#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "core/triage/answers.h"

namespace core::triage {

inline constexpr std::size_t kMaxAnswersJsonBytes = 1024 * 1024;

// What is wrong and where. `field` is the answer field at fault, or "answers" when the
// document as a whole is wrong (not JSON, not an object, empty, too large).
struct FieldError {
  std::string field;
  std::string message;  // one plain sentence that starts with the field name
};

struct AnswersParseResult {
  Answers answers;                  // complete only when error is empty
  std::optional<FieldError> error;  // set when the input was rejected
  bool Ok() const { return !error.has_value(); }
};

// Parses an Answers JSON document.
AnswersParseResult ParseAnswersJson(std::string_view text);

// Sets one field from a JSON value with the same checks as ParseAnswersJson (null makes it
// "not sure"). For a UI or a saved record that works field by field. On error the answers
// are left unchanged.
std::optional<FieldError> SetAnswerFromJson(Answers& answers, std::string_view field,
                                            const nlohmann::json& value);

// The answers as a JSON object: answered fields with their values, "not sure" as null,
// "not answered" left out; ParseAnswersJson reads it back to equal answers. For saving the
// last answers so a re-check starts from them.
nlohmann::json AnswersToJson(const Answers& answers);
std::string AnswersToJsonText(const Answers& answers);

}  // namespace core::triage
