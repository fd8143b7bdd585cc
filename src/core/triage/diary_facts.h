#pragma once
// What the diary tells the triage, computed by core::diary (see diary/triage_facts.h).
// Triage prefers these over the person's own answers when the diary holds at least
// 14 days of data (CLINICAL.md: "When the diary has at least 14 days of data, the app
// computes episodes per week over the last 28 days and the duration trend itself").
#include <optional>

namespace core::triage {

struct DiaryFacts {
  // True when the diary covers at least 14 days (first episode's night to the as-of date).
  bool has_enough_data = false;
  // Episodes per week over the last 28 days (or over the covered span when shorter).
  double episodes_per_week = 0.0;
  // The robust duration trend: true when episodes are getting longer; nullopt when
  // there are too few episodes to say.
  std::optional<bool> relief_taking_longer;
  // Median episode duration in seconds; nullopt with no episodes.
  std::optional<int> typical_duration_s;
  // Number of days the diary covers, for "from your diary" wording.
  int days_covered = 0;
};

}  // namespace core::triage
