#include "core/triage/answers_json.h"

#include <cmath>
#include <cstdint>
#include <set>
#include <type_traits>
#include <vector>

#include "core/json/json_syntax_error.h"

namespace core::triage {
namespace {

using nlohmann::json;

constexpr std::size_t kMaxQuotedChars = 60;

// A short, valid-UTF-8, escaped rendering of user text for error messages.
std::string Quote(std::string_view text) {
  std::string clipped(text.substr(0, kMaxQuotedChars));
  std::string quoted = json(clipped).dump(-1, ' ', false, json::error_handler_t::replace);
  if (text.size() > kMaxQuotedChars) quoted += "...";
  return quoted;
}

// How a wrong value reads in an error message: the text "abc", 150, true, a list...
std::string Describe(const json& value) {
  if (value.is_string()) return "the text " + Quote(value.get_ref<const std::string&>());
  if (value.is_number() || value.is_boolean()) return value.dump();
  if (value.is_array()) return "a list";
  if (value.is_object()) return "an object";
  return value.type_name();
}

// Whole numbers only: false for 30.5 or non-finite values. Huge ones come back huge (not
// wrapped), so the range check rejects them.
bool ToWholeNumber(const json& value, double* out) {
  if (value.is_number_unsigned()) {
    const auto v = value.get<std::uint64_t>();
    *out = v > (std::uint64_t{1} << 53) ? 1e300 : static_cast<double>(v);
    return true;
  }
  if (value.is_number_integer()) {
    const auto v = value.get<std::int64_t>();
    *out = (v < -(std::int64_t{1} << 53)) ? -1e300 : static_cast<double>(v);
    return true;
  }
  if (value.is_number_float()) {
    const double v = value.get<double>();
    if (!std::isfinite(v) || std::floor(v) != v) return false;
    *out = v;
    return true;
  }
  return false;
}

// Ranges are whole numbers: "0 to 120", not "0.0 to 120.0".
std::string RangeText(Range range) {
  return std::to_string(static_cast<long long>(range.min)) + " to " +
         std::to_string(static_cast<long long>(range.max));
}

template <typename E>
std::string AllowedValues() {
  std::string list;
  for (std::string_view name : EnumNames<E>::kValues) {
    if (!list.empty()) list += ", ";
    list += name;
  }
  return list;
}

FieldError Error(std::string_view field, const std::string& what) {
  return FieldError{std::string(field), std::string(field) + ": " + what};
}

std::optional<FieldError> ParseValue(std::string_view field, const json& value, Range,
                                     Answer<bool>& out) {
  if (!value.is_boolean()) {
    return Error(field, "expected true, false or null, got " + Describe(value));
  }
  out = Answer<bool>::Of(value.get<bool>());
  return std::nullopt;
}

std::optional<FieldError> ParseValue(std::string_view field, const json& value, Range range,
                                     Answer<int>& out) {
  double number = 0.0;
  if (!value.is_number()) {
    return Error(field, "expected a whole number or null, got " + Describe(value));
  }
  if (!ToWholeNumber(value, &number)) {
    return Error(field, "expected a whole number, got " + Describe(value));
  }
  if (number < range.min || number > range.max) {
    return Error(field, "must be from " + RangeText(range) + ", got " + Describe(value));
  }
  out = Answer<int>::Of(static_cast<int>(number));
  return std::nullopt;
}

std::optional<FieldError> ParseValue(std::string_view field, const json& value, Range range,
                                     Answer<double>& out) {
  if (!value.is_number()) {
    return Error(field, "expected a number or null, got " + Describe(value));
  }
  const double number = value.get<double>();
  if (!std::isfinite(number) || number < range.min || number > range.max) {
    return Error(field, "must be from " + RangeText(range) + ", got " + Describe(value));
  }
  out = Answer<double>::Of(number);
  return std::nullopt;
}

std::optional<FieldError> ParseValue(std::string_view field, const json& value, Range,
                                     Answer<Sex>& out) {
  const auto sex =
      value.is_string() ? EnumFromName<Sex>(value.get_ref<const std::string&>()) : std::nullopt;
  if (!sex) {
    return Error(field,
                 "must be one of " + AllowedValues<Sex>() + " or null, got " + Describe(value));
  }
  out = Answer<Sex>::Of(*sex);
  return std::nullopt;
}

template <typename E>
std::optional<FieldError> ParseValue(std::string_view field, const json& value, Range,
                                     Answer<std::vector<E>>& out) {
  if (!value.is_array()) {
    return Error(field, "expected a list of strings or null, got " + Describe(value));
  }
  std::vector<E> items;
  for (std::size_t i = 0; i < value.size(); ++i) {
    const json& item = value[i];
    const auto parsed =
        item.is_string() ? EnumFromName<E>(item.get_ref<const std::string&>()) : std::nullopt;
    if (!parsed) {
      return Error(field, "item " + std::to_string(i + 1) + " must be one of " +
                              AllowedValues<E>() + ", got " + Describe(item));
    }
    for (E seen : items) {
      if (seen == *parsed) return Error(field, Quote(NameOf(seen)) + " is listed twice");
    }
    items.push_back(*parsed);
  }
  out = Answer<std::vector<E>>::Of(std::move(items));
  return std::nullopt;
}

std::string ParseErrorText(std::string_view text) {
  // Runs only after a failed parse, to say where the JSON breaks.
  const auto error = core::json::FindSyntaxError(text);
  std::string message = error ? error->what : "syntax error";
  const std::string prefix = "parse error at ";
  const auto at = message.find(prefix);
  if (at != std::string::npos) message = message.substr(at + prefix.size());
  for (char& c : message) {
    if (static_cast<unsigned char>(c) >= 0x80) c = '?';  // keep stderr valid UTF-8
  }
  return message;
}

bool IsBlank(std::string_view text) {
  for (char c : text) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return false;
  }
  return true;
}

}  // namespace

std::optional<FieldError> SetAnswerFromJson(Answers& answers, std::string_view field,
                                            const json& value) {
  std::optional<FieldError> error = FieldError{std::string(field), "unknown field " + Quote(field)};
  ForEachAnswer(answers, [&](std::string_view name, auto& answer, Range range) {
    if (name != field) return;
    if (value.is_null()) {
      answer = std::decay_t<decltype(answer)>::NotSure();
      error.reset();
      return;
    }
    auto parsed = answer;
    error = ParseValue(name, value, range, parsed);
    if (!error) answer = std::move(parsed);
  });
  return error;
}

AnswersParseResult ParseAnswersJson(std::string_view text) {
  AnswersParseResult result;
  if (text.size() > kMaxAnswersJsonBytes) {
    result.error =
        Error("answers", "input too large (" + std::to_string(text.size()) + " bytes; at most " +
                             std::to_string(kMaxAnswersJsonBytes) + ")");
    return result;
  }
  if (IsBlank(text)) {
    result.error = Error("answers", "empty input, expected a JSON object");
    return result;
  }
  // nlohmann keeps the last of repeated keys silently; the callback catches them instead.
  std::set<std::string> top_level_keys;
  std::string duplicate;
  const auto spot_duplicates = [&](int depth, json::parse_event_t event, json& parsed) {
    if (event == json::parse_event_t::key && depth == 1 && parsed.is_string() &&
        !top_level_keys.insert(parsed.get_ref<const std::string&>()).second && duplicate.empty()) {
      duplicate = parsed.get_ref<const std::string&>();
    }
    return true;
  };
  const json document = json::parse(text, spot_duplicates, false);
  if (document.is_discarded()) {
    result.error = Error("answers", "not valid JSON: " + ParseErrorText(text));
    return result;
  }
  if (!document.is_object()) {
    result.error = Error("answers", "expected a JSON object, got " + Describe(document));
    return result;
  }
  if (!duplicate.empty()) {
    const std::string shown = IsAnswerField(duplicate) ? duplicate : Quote(duplicate);
    result.error = FieldError{duplicate, shown + ": given more than once"};
    return result;
  }
  for (const auto& item : document.items()) {
    if (auto error = SetAnswerFromJson(result.answers, item.key(), item.value())) {
      result.error = std::move(error);
      return result;
    }
  }
  return result;
}

namespace {
json ValueToJson(bool value) {
  return value;
}
json ValueToJson(int value) {
  return value;
}
json ValueToJson(double value) {
  return value;
}
json ValueToJson(Sex value) {
  return std::string(NameOf(value));
}
template <typename E>
json ValueToJson(const std::vector<E>& values) {
  json list = json::array();
  for (E value : values) list.push_back(std::string(NameOf(value)));
  return list;
}
}  // namespace

json AnswersToJson(const Answers& answers) {
  json object = json::object();
  ForEachAnswer(answers, [&](std::string_view name, const auto& answer, Range) {
    const std::string key(name);
    if (answer.IsNotSure()) object[key] = nullptr;
    if (answer.IsAnswered()) object[key] = ValueToJson(answer.value);
  });
  return object;
}

std::string AnswersToJsonText(const Answers& answers) {
  return AnswersToJson(answers).dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace core::triage
