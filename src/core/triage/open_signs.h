#pragma once
// What the skipped and "not sure" answers could still fire (CLINICAL.md 3.1, "How a result
// is shown"): the engine behind Assessment::not_ruled_out and unsure_raisers.
//
// A rule is not ruled out while some yes answers to the unknown questions (skipped or not
// sure, and applicable) would fire it, alone or together. Every rule is monotone in "yes":
// turning an unknown answer into yes never stops a warning rule from firing (a test walks the
// whole table to prove it). So one check decides whether a rule can still fire at all (every
// unknown set to yes), and per field a few checks find the fewest other unknowns it needs
// (`with`): first none, then one, then a greedy shrink of the rest. No search over subsets.
#include <vector>

#include "core/triage/answers.h"
#include "core/triage/assess.h"
#include "core/triage/diary_facts.h"
#include "core/triage/rules.h"

namespace core::triage {

// The rules that fire, in table order (`occasional` only when no other does).
std::vector<const Rule*> FiringRules(const Answers& answers, const FrequencyFacts& facts);

// Fills result.not_ruled_out and result.unsure_raisers, given the rules that fired.
void FindOpenSigns(const Answers& answers, const DiaryFacts& diary,
                   const std::vector<const Rule*>& fired, Assessment& result);

}  // namespace core::triage
