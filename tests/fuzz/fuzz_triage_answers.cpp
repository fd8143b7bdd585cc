// Any bytes as self-check answers JSON (core::triage::ParseAnswersJson): never crash;
// accepted answers must write out and read back to the same JSON.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/triage/answers_json.h"
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto parsed = core::triage::ParseAnswersJson(text);
  if (!parsed.Ok()) return 0;
  const std::string written = core::triage::AnswersToJsonText(parsed.answers);
  const auto back = core::triage::ParseAnswersJson(written);
  FUZZ_CHECK(back.Ok());
  FUZZ_CHECK(core::triage::AnswersToJsonText(back.answers) == written);
  return 0;
}
