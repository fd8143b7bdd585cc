#include "core/diary/duration_trend.h"

#include <algorithm>
#include <cmath>

namespace core::diary {
namespace {

double Median(std::vector<double>& values) {
  const std::size_t mid = values.size() / 2;
  std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(mid), values.end());
  const double upper = values[mid];
  if (values.size() % 2 == 1) return upper;
  const double lower =
      *std::max_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(mid));
  return (lower + upper) / 2.0;
}

std::vector<double> PairwiseSlopes(const std::vector<double>& x, const std::vector<double>& y) {
  const std::size_t n = std::min(x.size(), y.size());
  std::vector<double> slopes;
  slopes.reserve(n * (n > 0 ? n - 1 : 0) / 2);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = i + 1; j < n; ++j) {
      const double dx = x[j] - x[i];
      if (dx == 0.0) continue;
      slopes.push_back((y[j] - y[i]) / dx);
    }
  }
  return slopes;
}

}  // namespace

const char* Name(TrendVerdict verdict) {
  switch (verdict) {
    case TrendVerdict::kNotEnoughData:
      return "not_enough_data";
    case TrendVerdict::kCannotTell:
      return "cannot_tell";
    case TrendVerdict::kNotLonger:
      return "not_longer";
    case TrendVerdict::kLonger:
      return "longer";
  }
  return "?";
}

std::optional<SlopeWithInterval> TheilSenWithInterval(const std::vector<double>& x,
                                                      const std::vector<double>& y, double z) {
  std::vector<double> slopes = PairwiseSlopes(x, y);
  if (slopes.empty()) return std::nullopt;
  std::sort(slopes.begin(), slopes.end());
  SlopeWithInterval result;
  const std::size_t count = slopes.size();
  result.slope =
      count % 2 == 1 ? slopes[count / 2] : (slopes[count / 2 - 1] + slopes[count / 2]) / 2.0;
  // Sen (1968): C = z * sqrt(Var S), Var S = n(n-1)(2n+5)/18; the interval runs from the
  // (N-C)/2-th to the ((N+C)/2 + 1)-th smallest of the N slopes (1-based), clamped.
  const double n = static_cast<double>(std::min(x.size(), y.size()));
  const double c = z * std::sqrt(n * (n - 1.0) * (2.0 * n + 5.0) / 18.0);
  const double pairs = static_cast<double>(count);
  const double lower_rank = std::floor((pairs - c) / 2.0);
  const double upper_rank = std::ceil((pairs + c) / 2.0) + 1.0;
  const auto at = [&slopes, pairs](double rank) {
    const double clamped = std::clamp(rank, 1.0, pairs);
    return slopes[static_cast<std::size_t>(clamped) - 1];
  };
  result.low = at(lower_rank);
  result.high = at(upper_rank);
  return result;
}

std::optional<double> TheilSenSlope(const std::vector<double>& x, const std::vector<double>& y) {
  std::vector<double> slopes = PairwiseSlopes(x, y);
  if (slopes.empty()) return std::nullopt;
  return Median(slopes);
}

DurationTrend ComputeDurationTrend(const std::vector<PreparedEpisode>& episodes,
                                   std::int64_t as_of_night) {
  const std::int64_t first_night = as_of_night - (kTrendWindowNights - 1);
  std::vector<const PreparedEpisode*> window;
  for (const PreparedEpisode& e : episodes) {
    if (e.night >= first_night && e.night <= as_of_night) window.push_back(&e);
  }
  auto newer = [](const PreparedEpisode* a, const PreparedEpisode* b) {
    return a->utc_seconds > b->utc_seconds;
  };
  if (window.size() > static_cast<std::size_t>(kMaxTrendEpisodes)) {
    std::nth_element(window.begin(), window.begin() + kMaxTrendEpisodes, window.end(), newer);
    window.resize(kMaxTrendEpisodes);
  }

  DurationTrend trend;
  trend.episodes_used = static_cast<int>(window.size());
  if (window.empty()) return trend;
  std::int64_t min_night = window.front()->night, max_night = min_night;
  std::vector<double> x, y;
  x.reserve(window.size());
  y.reserve(window.size());
  for (const PreparedEpisode* e : window) {
    min_night = std::min(min_night, e->night);
    max_night = std::max(max_night, e->night);
    x.push_back(static_cast<double>(e->utc_seconds) / 86400.0);
    y.push_back(static_cast<double>(e->duration_s));
  }
  trend.days_spanned = static_cast<int>(max_night - min_night + 1);
  trend.enough_data =
      trend.episodes_used >= kMinTrendEpisodes && trend.days_spanned >= kMinTrendDays;
  const auto fit = TheilSenWithInterval(x, y, kTrendConfidenceZ);
  if (!fit) return trend;
  trend.slope_s_per_week = fit->slope * 7.0;
  trend.slope_low_s_per_week = fit->low * 7.0;
  trend.slope_high_s_per_week = fit->high * 7.0;
  if (!trend.enough_data) return trend;
  const double relative_per_week =
      kMinRelativeRise * Median(y) * 7.0 / static_cast<double>(trend.days_spanned);
  trend.effect_s_per_week = std::max(kMinRisingSlopeSPerWeek, relative_per_week);
  if (trend.slope_s_per_week >= trend.effect_s_per_week && trend.slope_low_s_per_week > 0.0)
    trend.verdict = TrendVerdict::kLonger;
  else if (trend.slope_high_s_per_week < trend.effect_s_per_week)
    trend.verdict = TrendVerdict::kNotLonger;
  else
    trend.verdict = TrendVerdict::kCannotTell;
  trend.getting_longer = trend.verdict == TrendVerdict::kLonger;
  return trend;
}

}  // namespace core::diary
