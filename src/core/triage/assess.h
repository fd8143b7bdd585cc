#pragma once
// Assess(answers, diary): the triage of DESIGN.md and CLINICAL.md (rule table version 3.1).
//
// Every rule of the table (rules.h) whose condition holds fires; the most severe level of
// the fired rules is the result. `occasional` (self_care) fires only when nothing else did.
// Only answered yes counts: "not sure" and "not answered" never do. Instead, every warning
// sign that was skipped or answered "not sure", and whose yes would fire an emergency or
// urgent rule given the other answers (alone or with other unknown answers, listed in its
// `with`; open_signs.h), is listed in not_ruled_out, most severe first: a result with
// anything there is never an all-clear (CLINICAL.md, "How a result is shown"); then
// `occasional` speaks with "rule.occasional.open", never "usually harmless".
// The remaining "not sure" answers that would still raise the level (to soon or routine)
// are the unsure raisers.
//
// Frequency, the relief trend and the typical duration come from the diary when it has
// enough data (DiaryFacts::has_enough_data, at least 14 days), unless the person answered
// the question themselves (a correction of what the diary measured: it can miss nights).
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
  FactSource source = FactSource::kAnswers;  // kDiary when the diary supplied any fact
  std::optional<double> episodes_per_week;
  std::optional<bool> relief_taking_longer;
  std::optional<int> typical_duration_s;
  int diary_days = 0;      // days the diary covers; 0 when the answers were used
  bool corrected = false;  // the diary had data, but the person's answer replaced a fact
};

FrequencyFacts ResolveFrequency(const Answers& answers, const DiaryFacts& diary);

struct FiredRule {
  std::string_view id;
  Level level;
  std::string_view message_key;  // look up with a TextLookup (triage_text.h)
  std::string_view source;
  bool leg_warning = false;
};

// A skipped or "not sure" answer whose yes would fire rules at `level` or above, on its own
// or together with the other unknown answers in `with` (CLINICAL.md 3.1).
struct OpenSign {
  std::string_view field;                  // the answer field (== question id)
  Level level;                             // the most severe level these yes answers add
  std::vector<std::string_view> rule_ids;  // the rules they would add at that level or above
  // The other skipped or not-sure fields that must be yes too, in question order; empty when
  // this field alone is enough. Always empty in unsure_raisers.
  std::vector<std::string_view> with = {};
};

struct Assessment {
  Level level = Level::kSelfCare;
  std::vector<FiredRule> rules;               // table order, i.e. most severe first
  // What to do: the fired rules' own actions ("advice.rule.<id>", most severe first) lead,
  // then the level's action ("advice.level.<level>"); an emergency's call comes first of all.
  // While a warning sign is not ruled out, self-care advice opens with
  // "advice.if_none_applies".
  std::vector<std::string_view> advice_keys;
  FrequencyFacts frequency;
  // Warning signs not ruled out: yes would fire an emergency or urgent rule; most severe
  // first, then question order. Empty when every such question was answered no.
  std::vector<OpenSign> not_ruled_out;
  // "Not sure" answers whose yes would raise the level to soon or routine only.
  std::vector<OpenSign> unsure_raisers;
  std::vector<std::string_view> not_sure;  // every field answered "not sure"
  // The medicines the `medicine` rule asks to review, named in its message.
  std::vector<Medicine> review_medicines;

  bool Fired(std::string_view rule_id) const;
  bool LegWarning() const;  // an emergency or urgent rule about the leg fired
  // Self-care with nothing left open: the only result that may read as reassurance.
  bool AllClear() const { return level == Level::kSelfCare && not_ruled_out.empty(); }
};

Assessment Assess(const Answers& answers, const DiaryFacts& diary = DiaryFacts{});

}  // namespace core::triage
