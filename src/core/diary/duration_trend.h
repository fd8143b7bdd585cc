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
// - Effect that matters: a rise of at least kMinRisingSlopeSPerWeek seconds per week and,
//   fitted across the days spanned, at least kMinRelativeRise of the median duration (so a
//   tiny drift in long cramps does not count).
// - Verdict, so that one odd entry cannot reverse it: with Sen's 95% confidence interval of
//   the slope (the order statistics of the pairwise slopes, Kendall's variance),
//   kLonger when the slope reaches the effect and the interval lies above 0; kNotLonger
//   when the whole interval lies below the effect; otherwise kCannotTell ("not enough to
//   tell yet"). Going from one definite verdict to the other needs more than half of the
//   pairwise slopes to cross the effect, which one added entry cannot do.
// - getting_longer: the verdict is kLonger (kept for the CLI contract and the triage).
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

// 1.96: two-sided 95% normal quantile for Sen's interval.
constexpr double kTrendConfidenceZ = 1.96;

enum class TrendVerdict { kNotEnoughData, kCannotTell, kNotLonger, kLonger };
// "not_enough_data", "cannot_tell", "not_longer", "longer"
const char* Name(TrendVerdict verdict);

struct DurationTrend {
  int episodes_used = 0;
  int days_spanned = 0;  // first to last night used, inclusive
  bool enough_data = false;
  double slope_s_per_week = 0.0;  // Theil-Sen slope; 0 when fewer than 2 distinct times
  bool getting_longer = false;
  TrendVerdict verdict = TrendVerdict::kNotEnoughData;
  double slope_low_s_per_week = 0.0;  // Sen's 95% interval of the slope (0 without pairs)
  double slope_high_s_per_week = 0.0;
  double effect_s_per_week = 0.0;  // the smallest rise that counts (enough data only)
};

struct SlopeWithInterval {
  double slope = 0.0;
  double low = 0.0;
  double high = 0.0;
};

// Theil-Sen slope of y over x: median of (y_j - y_i) / (x_j - x_i) over pairs with distinct
// x. nullopt when no such pair exists. O(n^2) pairs: keep n small.
std::optional<double> TheilSenSlope(const std::vector<double>& x, const std::vector<double>& y);
// The same slope with Sen's (1968) confidence interval at `z` (normal quantile).
std::optional<SlopeWithInterval> TheilSenWithInterval(const std::vector<double>& x,
                                                      const std::vector<double>& y, double z);

// The trend over the window ending at the night `as_of_night` (a day number).
DurationTrend ComputeDurationTrend(const std::vector<PreparedEpisode>& episodes,
                                   std::int64_t as_of_night);

}  // namespace core::diary
