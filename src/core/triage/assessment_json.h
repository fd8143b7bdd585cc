#pragma once
// The Assessment as the JSON of DESIGN.md's crampcheck-cli contract:
//   {"level": "...", "rules": [{"id","level","message","source"}], "advice": ["..."],
// plus keys the contract allows us to add:
//   "frequency_source": "diary" | "answers",
//   "frequency": {"episodes_per_week", "relief_taking_longer", "typical_duration_s"}
//                (null when unknown), and "diary_days" when the diary was used,
//   "not_ruled_out": [{"field", "level", "rules": [...], "message", "with": [...]}]: warning
//                signs skipped or "not sure" whose yes would fire an emergency or urgent
//                rule, alone or with the other unanswered fields in "with" (contract, 3.1),
//   "unsure_raisers": the same shape, for "not sure" answers that would raise the level to
//                soon or routine only,
//   "not_sure": ["field", ...].
// Text comes from a TextLookup, so the same shape serves every language.
#include <nlohmann/json.hpp>
#include <string>

#include "core/triage/assess.h"
#include "core/triage/triage_text.h"

namespace core::triage {

// Messages are filled in for `region` (its emergency number and urgent line).
nlohmann::ordered_json AssessmentToJson(
    const Assessment& assessment, TextLookup text, const EmergencyRegion& region,
    core::i18n::Language language = core::i18n::Language::kEn);
// Compact JSON text; never throws.
std::string AssessmentToJsonText(const Assessment& assessment, TextLookup text,
                                 const EmergencyRegion& region,
                                 core::i18n::Language language = core::i18n::Language::kEn);

}  // namespace core::triage
