#pragma once
// Contradictory answers (CLINICAL.md 3.1; DESIGN.md "A yes to a follow-up whose gate is a
// plain no is a contradiction"): a follow-up answered yes while the question that opens it
// was answered so that it does not apply (dependencies.h). quinine_more_than_prescribed true
// with on_quinine false, cramps_since_statin true with on_statin false and no statin listed,
// a child's sign with age_years 18 or more, pregnant true with sex male or age_years 56 or
// more, preeclampsia_signs true with pregnant and postpartum_6_weeks both false, and
// "statin" listed in new_medicines with on_statin false.
//
// The CLI rejects them naming both fields, never dropping one silently. The answers reader
// (answers_json.h) does not: a UI sets answers one by one and may pass through such a state
// while the person changes an earlier answer.
#include <optional>
#include <string>
#include <string_view>

#include "core/triage/answers.h"

namespace core::triage {

struct Contradiction {
  std::string_view field;  // the follow-up answered yes
  std::string_view gate;   // the answer that closes it ("pregnant" stands for both pregnancy
                           // answers when both are no)
  std::string message;     // one sentence naming both fields
};

// The first contradiction in question order, or nullopt when there is none.
std::optional<Contradiction> FindContradiction(const Answers& answers);

}  // namespace core::triage
