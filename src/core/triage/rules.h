#pragma once
// The triage rule table of CLINICAL.md as data: every rule there, in its order, and no
// other. Each row is an id, a level, a condition on the answers (plus the frequency facts
// resolved from the diary or the answers), a gate for the two rules that depend on what
// else fired, a message key for the text tables (triage_text.h) and the source to cite.
#include <optional>
#include <string_view>
#include <vector>

#include "core/triage/answers.h"
#include "core/triage/level.h"

namespace core::triage {

// Thresholds, from CLINICAL.md.
inline constexpr double kFrequentPerWeek = 3.0;  // "3 or more cramps a week (exactly 3 counts)"
inline constexpr double kWeeklyPerWeek = 1.0;    // "weekly or more"
inline constexpr int kLongEpisodeS = 600;        // "longer than 10 minutes (over 600 s)"
inline constexpr int kOlderAdultAge = 65;        // "aged 65 or over"
inline constexpr int kYoungAge = 18;             // "under 18"
inline constexpr int kQuinineTrialWeeks = 4;     // "quinine for more than 4 weeks"

// What a rule's condition sees. Frequency, relief trend and typical duration come from
// the diary when it has enough data, else from the answers (see assess.h); nullopt means
// unknown, which never satisfies a condition.
struct RuleInputs {
  const Answers& answers;
  std::optional<double> episodes_per_week;
  std::optional<bool> relief_taking_longer;
  std::optional<int> typical_duration_s;
};

// When a rule may fire besides its own condition.
enum class RuleGate {
  kAlways,
  // `pregnancy` ("pregnant, no other flag"): only when no rule of level soon or more
  // severe fired. A "flag" is a warning sign that sends the person to faster care than
  // the antenatal check the rule points to; routine findings (frequent cramps, sleep,
  // age...) are things to mention at that same check, so they do not silence the
  // pregnancy advice (mention at the antenatal check; no quinine).
  kNoFlagAtSoonOrWorse,
  // `occasional` ("none of the above"): only when no other rule fired.
  kNothingElseFired,
};

struct Rule {
  std::string_view id;
  Level level;
  RuleGate gate;
  bool (*condition)(const RuleInputs&);
  std::string_view message_key;  // "rule.<id>"
  std::string_view source;       // source names from the end of CLINICAL.md
};

// The table, in CLINICAL.md order (which is most severe first).
const std::vector<Rule>& RuleTable();
const Rule* FindRule(std::string_view id);

}  // namespace core::triage
