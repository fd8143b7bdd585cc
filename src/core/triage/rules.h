#pragma once
// The triage rule table of CLINICAL.md (version 3.1) as data: every rule there, in its order,
// and no other. Each row is an id, a level, a condition on the answers (plus the frequency
// facts resolved from the diary or the answers), whether it only fires when nothing else
// did (`occasional`), whether it is a warning about the leg itself (then no stretch or
// massage advice follows), a message key for the text tables and the source to cite.
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
inline constexpr int kCrampPersistingS = 600;    // "still going after more than 10 minutes"
inline constexpr int kOlderAdultAge = 65;        // "aged 65 or over"
inline constexpr int kYoungAge = 18;             // "under 18"
inline constexpr int kQuinineTrialWeeks = 4;     // "quinine for more than 4 weeks"
inline constexpr int kDiaryMinDays = 14;         // the diary decides frequency from 14 days on
inline constexpr int kDiaryWindowDays = 28;      // "episodes per week over the last 28 days"

// What a rule's condition sees. Frequency, relief trend and typical duration come from
// the diary when it has enough data, else from the answers (see assess.h); nullopt means
// unknown, which never satisfies a condition.
struct RuleInputs {
  const Answers& answers;
  std::optional<double> episodes_per_week;
  std::optional<bool> relief_taking_longer;
  std::optional<int> typical_duration_s;
};

enum class RuleGate {
  kAlways,
  // `occasional` ("none of the above"): only when no other rule fired.
  kNothingElseFired,
};

struct Rule {
  std::string_view id;
  Level level;
  RuleGate gate;
  bool (*condition)(const RuleInputs&);
  // A warning about the leg (clot, blood supply, pressure in the muscle): after it, no
  // stretch or massage advice for either leg.
  bool leg_warning;
  std::string_view message_key;  // "rule.<id>"
  std::string_view source;       // source names from the end of CLINICAL.md
};

// The table, in CLINICAL.md order (which is most severe first).
const std::vector<Rule>& RuleTable();
const Rule* FindRule(std::string_view id);

}  // namespace core::triage
