#include "core/json/json_syntax_error.h"

#include <nlohmann/json.hpp>

namespace core::json {
namespace {

// A SAX handler that accepts every event and records the parse error. sax_parse() takes it
// as a template argument, so no virtual calls are needed.
struct ErrorRecorder {
  using Json = nlohmann::json;
  std::optional<SyntaxError> error;

  bool null() { return true; }
  bool boolean(bool) { return true; }
  bool number_integer(Json::number_integer_t) { return true; }
  bool number_unsigned(Json::number_unsigned_t) { return true; }
  bool number_float(Json::number_float_t, const Json::string_t&) { return true; }
  bool string(Json::string_t&) { return true; }
  bool binary(Json::binary_t&) { return true; }
  bool start_object(std::size_t) { return true; }
  bool key(Json::string_t&) { return true; }
  bool end_object() { return true; }
  bool start_array(std::size_t) { return true; }
  bool end_array() { return true; }
  bool parse_error(std::size_t position, const std::string&,
                   const nlohmann::detail::exception& ex) {
    error = SyntaxError{position, ex.what()};
    return false;
  }
};

}  // namespace

std::optional<SyntaxError> FindSyntaxError(std::string_view text) {
  ErrorRecorder recorder;
  nlohmann::json::sax_parse(text.begin(), text.end(), &recorder);
  return std::move(recorder.error);
}

}  // namespace core::json
