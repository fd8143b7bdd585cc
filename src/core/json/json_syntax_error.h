#pragma once
// Where and why a text is not JSON, as nlohmann's parser sees it, found without exceptions
// (the core also runs in WebAssembly, where a throw aborts the app) and without building a
// DOM. Callers parse first (DOM or SAX) and ask here only after a failure, to word their own
// message: the diary import says "near byte 17", the answers parser quotes nlohmann's text.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace core::json {

struct SyntaxError {
  std::size_t byte = 0;  // nlohmann's position: how many bytes were read when it gave up
  std::string what;      // nlohmann's message: "[json.exception.parse_error.101] parse error
                         // at line 1, column 5: syntax error while parsing value - ..."
};

// The first syntax (or UTF-8, or number overflow) error in `text`; nullopt when `text` is
// one valid JSON value with nothing but whitespace after it.
std::optional<SyntaxError> FindSyntaxError(std::string_view text);

}  // namespace core::json
