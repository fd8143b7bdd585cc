// Any bytes as self-check answers JSON (core::triage::ParseAnswersJson): never crash;
// accepted answers must write out and read back to the same JSON, assess without a crash,
// and never list as "not ruled out" a sign that was answered.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/triage/answers_json.h"
#include "core/triage/assess.h"
#include "core/triage/assessment_json.h"
#include "core/triage/emergency_numbers.h"
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto parsed = core::triage::ParseAnswersJson(text);
  if (!parsed.Ok()) return 0;
  const std::string written = core::triage::AnswersToJsonText(parsed.answers);
  const auto back = core::triage::ParseAnswersJson(written);
  FUZZ_CHECK(back.Ok());
  FUZZ_CHECK(core::triage::AnswersToJsonText(back.answers) == written);

  const core::triage::Assessment assessment = core::triage::Assess(parsed.answers);
  FUZZ_CHECK(!assessment.rules.empty());
  for (const core::triage::OpenSign& sign : assessment.not_ruled_out) {
    FUZZ_CHECK(core::triage::StateOf(parsed.answers, sign.field) !=
               core::triage::AnswerState::kAnswered);
    FUZZ_CHECK(!sign.rule_ids.empty());
  }
  const std::string json = core::triage::AssessmentToJsonText(
      assessment, core::triage::TriageTextEn, core::triage::EmergencyRegionOrFallback("uk"));
  FUZZ_CHECK(!json.empty());
  return 0;
}
