#pragma once
// Are cramps lasting longer? A Theil-Sen line through (time, duration): the median of the
// slopes between every pair of episodes, so one unusually long or short cramp cannot tip
// the answer the way it would with least squares.
//
// Decisions (documented for the clinical review):
// - Window: episodes of the last 12 weeks (84 nights ending at the as-of night); when there
//   are more than kMaxTrendEpisodes, the most recent ones (pairs grow quadratically).
// - Enough data: at least kMinTrendEpisodes episodes whose nights span at least
//   kMinTrendDays days (first to last night, inclusive). Otherwise no verdict.
// - getting_longer: enough data, a slope of at least kMinRisingSlopeSPerWeek seconds per
//   week, and a fitted rise across the window of at least kMinRelativeRise of the median
//   duration (so a tiny drift in long cramps does not count).
#include <cstdint>
#include <optional>
#include <vector>

#include "core/diary/prepared_episode.h"

namespace core::diary {

constexpr int kTrendWindowNights = 84;
constexpr int kMaxTrendEpisodes = 300;
constexpr int kMinTrendEpisodes = 6;
constexpr int kMinTrendDays = 14;
constexpr double kMinRisingSlopeSPerWeek = 5.0;
constexpr double kMinRelativeRise = 0.10;

struct DurationTrend {
  int episodes_used = 0;
  int days_spanned = 0;  // first to last night used, inclusive
  bool enough_data = false;
  double slope_s_per_week = 0.0;  // Theil-Sen slope; 0 when fewer than 2 distinct times
  bool getting_longer = false;
};

// Theil-Sen slope of y over x: median of (y_j - y_i) / (x_j - x_i) over pairs with distinct
// x. nullopt when no such pair exists. O(n^2) pairs: keep n small.
std::optional<double> TheilSenSlope(const std::vector<double>& x, const std::vector<double>& y);

// The trend over the window ending at the night `as_of_night` (a day number).
DurationTrend ComputeDurationTrend(const std::vector<PreparedEpisode>& episodes,
                                   std::int64_t as_of_night);

}  // namespace core::diary
