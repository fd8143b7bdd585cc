#include "core/diary/duration_trend.h"

#include <algorithm>

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

}  // namespace

std::optional<double> TheilSenSlope(const std::vector<double>& x, const std::vector<double>& y) {
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
  const auto slope_per_day = TheilSenSlope(x, y);
  if (!slope_per_day) return trend;
  trend.slope_s_per_week = *slope_per_day * 7.0;
  if (trend.enough_data && trend.slope_s_per_week >= kMinRisingSlopeSPerWeek) {
    const double median = Median(y);
    const double rise = *slope_per_day * static_cast<double>(trend.days_spanned);
    trend.getting_longer = rise >= kMinRelativeRise * median;
  }
  return trend;
}

}  // namespace core::diary
