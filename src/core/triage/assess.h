#pragma once
// Assess(answers, diary): the triage of DESIGN.md and CLINICAL.md.
//
// Every rule of the table (rules.h) whose condition holds fires; the most severe level of
// the fired rules is the result. `occasional` (self_care) fires only when nothing else did.
// Only answered yes counts: "not sure" and "not answered" never do. The "not sure" yes/no
// answers that would raise the level if they were yes come back as unsure raisers, so the
// result can say "if one calf is also swollen, get medical advice today".
//
// Frequency, the relief trend and the typical duration come from the diary when it has
// enough data (DiaryFacts::has_enough_data, at least 14 days), else from the answers; all
// three come from the same place, and the result says which.
#include <optional>
#include <string_view>
#include <vector>

#include "core/triage/answers.h"
#include "core/triage/diary_facts.h"
#include "core/triage/level.h"

namespace core::triage {

enum class FactSource { kDiary, kAnswers };
std::string_view FactSourceName(FactSource source);  // "diary" or "answers"

// The frequency facts the rules used. nullopt: unknown (not answered, not sure, or the
// diary could not tell); unknown never makes a rule fire.
struct FrequencyFacts {
  FactSource source = FactSource::kAnswers;
  std::optional<double> episodes_per_week;
  std::optional<bool> relief_taking_longer;
  std::optional<int> typical_duration_s;
  int diary_days = 0;  // days the diary covers; 0 when the answers were used
};

FrequencyFacts ResolveFrequency(const Answers& answers, const DiaryFacts& diary);

struct FiredRule {
  std::string_view id;
  Level level;
  std::string_view message_key;  // look up with a TextLookup (triage_text.h)
  std::string_view source;
};

// A "not sure" yes/no answer that, as yes, would make the level more severe.
struct UnsureRaiser {
  std::string_view field;                  // the answer field (== question id)
  Level level;                             // the level a yes would give
  std::vector<std::string_view> rule_ids;  // the rules a yes would add
};

struct Assessment {
  Level level = Level::kSelfCare;
  std::vector<FiredRule> rules;               // table order, i.e. most severe first
  std::vector<std::string_view> advice_keys;  // what to do; the first line is the level's
  FrequencyFacts frequency;
  std::vector<UnsureRaiser> unsure_raisers;  // most severe first, then question order
  std::vector<std::string_view> not_sure;    // every field answered "not sure"

  bool Fired(std::string_view rule_id) const;
};

Assessment Assess(const Answers& answers, const DiaryFacts& diary = DiaryFacts{});

}  // namespace core::triage
