#include "core/diary/stats.h"

#include <algorithm>
#include <limits>

namespace core::diary {

const char* Name(FrequencyBand band) {
  switch (band) {
    case FrequencyBand::kNone:
      return "none";
    case FrequencyBand::kRare:
      return "rare";
    case FrequencyBand::kOccasional:
      return "occasional";
    case FrequencyBand::kFrequent:
      return "frequent";
  }
  return "?";
}

namespace {

// Per-night totals over the covered span, index 0 = the first night.
struct NightSeries {
  std::int64_t first = 0;
  std::vector<int> episodes;
  std::vector<std::int64_t> duration_sum;
  std::vector<std::uint16_t> triggers;

  int EpisodesIn(std::int64_t from, std::int64_t to) const {  // inclusive nights
    const std::int64_t last = first + static_cast<std::int64_t>(episodes.size()) - 1;
    from = std::max(from, first);
    to = std::min(to, last);
    int sum = 0;
    for (std::int64_t n = from; n <= to; ++n) sum += episodes[static_cast<std::size_t>(n - first)];
    return sum;
  }
};

DurationSummary SummariseDurations(std::vector<int> durations) {
  DurationSummary summary;
  summary.count = static_cast<int>(durations.size());
  if (durations.empty()) return summary;
  double sum = 0.0;
  for (int d : durations) sum += d;
  summary.mean_s = sum / static_cast<double>(durations.size());
  const auto [min_it, max_it] = std::minmax_element(durations.begin(), durations.end());
  summary.min_s = *min_it;
  summary.max_s = *max_it;
  const std::size_t mid = durations.size() / 2;
  std::nth_element(durations.begin(), durations.begin() + static_cast<std::ptrdiff_t>(mid),
                   durations.end());
  int median = durations[mid];
  if (durations.size() % 2 == 0) {
    const int lower =
        *std::max_element(durations.begin(), durations.begin() + static_cast<std::ptrdiff_t>(mid));
    median = (lower + median + 1) / 2;
  }
  summary.median_s = median;
  return summary;
}

PainSummary SummarisePain(std::vector<int> pains, int not_rated) {
  const DurationSummary values = SummariseDurations(std::move(pains));  // same arithmetic
  PainSummary summary;
  summary.rated = values.count;
  summary.not_rated = not_rated;
  summary.median = values.median_s;
  summary.min = values.min_s;
  summary.max = values.max_s;
  summary.mean = values.mean_s;
  return summary;
}

void FillStreaks(const NightSeries& nights, DiaryStats& stats) {
  int run = 0;
  for (std::size_t i = 0; i < nights.episodes.size(); ++i) {
    if (nights.episodes[i] > 0) {
      ++stats.streaks.cramp_nights;
      run = 0;
      continue;
    }
    ++run;
    if (run > stats.streaks.longest_cramp_free_nights) {
      stats.streaks.longest_cramp_free_nights = run;
      stats.streaks.longest_last_night = CivilFromDays(nights.first + static_cast<std::int64_t>(i));
    }
  }
  stats.streaks.current_cramp_free_nights = run;
}

void FillHeatmap(const NightSeries& nights, std::int64_t as_of_night, DiaryStats& stats) {
  const std::int64_t start = MondayOnOrBefore(as_of_night) - 7 * (kHeatmapWeeks - 1);
  stats.heatmap.reserve(kHeatmapWeeks * 7);
  for (std::int64_t n = start; n < start + kHeatmapWeeks * 7; ++n) {
    HeatmapCell cell;
    cell.night = CivilFromDays(n);
    cell.future = n > as_of_night;
    const std::int64_t i = n - nights.first;
    if (!cell.future && i >= 0 && i < static_cast<std::int64_t>(nights.episodes.size()))
      cell.episodes = nights.episodes[static_cast<std::size_t>(i)];
    stats.heatmap.push_back(cell);
  }
}

void FillTriggerAssociation(const NightSeries& nights, DiaryStats& stats) {
  struct Side {
    int nights = 0;
    std::int64_t episodes = 0;
    std::int64_t duration = 0;
  };
  std::array<Side, kAllTriggers.size()> with{}, without{};
  for (std::size_t i = 0; i < nights.episodes.size(); ++i) {
    if (nights.episodes[i] == 0) continue;
    for (std::size_t t = 0; t < kAllTriggers.size(); ++t) {
      Side& side = (nights.triggers[i] >> t) & 1u ? with[t] : without[t];
      ++side.nights;
      side.episodes += nights.episodes[i];
      side.duration += nights.duration_sum[i];
    }
  }
  const auto covered = static_cast<double>(nights.episodes.size());
  auto ratio = [](std::int64_t a, std::int64_t b) {
    return b > 0 ? static_cast<double>(a) / static_cast<double>(b) : 0.0;
  };
  for (std::size_t t = 0; t < kAllTriggers.size(); ++t) {
    TriggerAssociation& a = stats.trigger_association[t];
    a.nights_covered = stats.days_covered;
    a.cramp_nights_with = with[t].nights;
    a.cramp_nights_without = without[t].nights;
    a.rate_with = covered > 0 ? with[t].nights / covered : 0.0;
    a.rate_without = covered > 0 ? without[t].nights / covered : 0.0;
    a.episodes_per_night_with = ratio(with[t].episodes, with[t].nights);
    a.episodes_per_night_without = ratio(without[t].episodes, without[t].nights);
    a.mean_duration_with_s = ratio(with[t].duration, with[t].episodes);
    a.mean_duration_without_s = ratio(without[t].duration, without[t].episodes);
    a.shown = stats.streaks.cramp_nights >= kMinAssociationCrampNights &&
              a.cramp_nights_with >= kMinAssociationSide &&
              a.cramp_nights_without >= kMinAssociationSide;
  }
}

}  // namespace

DiaryStats ComputeStats(const std::vector<PreparedEpisode>& all, LocalDate as_of) {
  DiaryStats stats;
  stats.as_of = as_of;
  const std::int64_t as_of_night = DaysFromCivil(as_of);
  for (std::size_t i = 0; i < kAllReliefs.size(); ++i) stats.relief[i].relief = kAllReliefs[i];
  for (std::size_t i = 0; i < kAllTriggers.size(); ++i)
    stats.trigger_association[i].trigger = kAllTriggers[i];

  std::int64_t first = std::numeric_limits<std::int64_t>::max();
  std::int64_t last = std::numeric_limits<std::int64_t>::min();
  std::vector<int> durations;
  durations.reserve(all.size());
  std::vector<int> pains;
  int unrated = 0;
  for (const PreparedEpisode& e : all) {
    if (e.night > as_of_night) continue;
    first = std::min(first, e.night);
    last = std::max(last, e.night);
    durations.push_back(e.duration_s);
    if (e.pain >= 0)
      pains.push_back(e.pain);
    else
      ++unrated;
    const auto muscle = static_cast<std::size_t>(Index(e.muscle));
    const auto side = static_cast<std::size_t>(Index(e.side));
    // Not answered (-1) counts under no relief: nothing is invented.
    const auto relief = static_cast<std::size_t>(e.relief < 0 ? kAllReliefs.size() : e.relief);
    if (muscle < stats.by_muscle.size()) ++stats.by_muscle[muscle];
    if (side < stats.by_side.size()) ++stats.by_side[side];
    for (std::size_t t = 0; t < kAllTriggers.size(); ++t)
      stats.by_trigger[t] += (e.triggers >> t) & 1u;
    if (relief < stats.relief.size()) {
      ReliefStat& r = stats.relief[relief];
      ++r.used;
      if (e.relief_helped > 0)
        ++r.helped;
      else if (e.relief_helped == 0)
        ++r.not_helped;
      else
        ++r.not_recorded;
    }
  }
  stats.total_episodes = static_cast<int>(durations.size());
  for (ReliefStat& r : stats.relief) {
    if (r.helped + r.not_helped > 0)
      r.helped_rate = static_cast<double>(r.helped) / (r.helped + r.not_helped);
  }

  NightSeries nights;
  nights.first = stats.total_episodes > 0 ? first : as_of_night + 1;
  if (stats.total_episodes > 0) {
    stats.first_night = CivilFromDays(first);
    stats.last_night = CivilFromDays(last);
    stats.days_covered = static_cast<int>(as_of_night - first + 1);
    const auto size = static_cast<std::size_t>(stats.days_covered);
    nights.episodes.assign(size, 0);
    nights.duration_sum.assign(size, 0);
    nights.triggers.assign(size, 0);
    for (const PreparedEpisode& e : all) {
      if (e.night > as_of_night) continue;
      const auto i = static_cast<std::size_t>(e.night - first);
      ++nights.episodes[i];
      nights.duration_sum[i] += e.duration_s;
      nights.triggers[i] = static_cast<std::uint16_t>(nights.triggers[i] | e.triggers);
    }
  }

  int last_28 = 0;
  for (int w = 0; w < 4; ++w) {
    const std::int64_t start = as_of_night - 27 + 7 * w;
    WeekCount& week = stats.last_4_weeks[static_cast<std::size_t>(w)];
    week.first_night = CivilFromDays(start);
    week.last_night = CivilFromDays(start + 6);
    week.episodes = stats.total_episodes > 0 ? nights.EpisodesIn(start, start + 6) : 0;
    last_28 += week.episodes;
  }
  stats.last_4_weeks_per_week = last_28 / 4.0;

  FillHeatmap(nights, as_of_night, stats);
  stats.durations = SummariseDurations(std::move(durations));
  stats.pain = SummarisePain(std::move(pains), unrated);
  stats.trend = ComputeDurationTrend(all, as_of_night);
  if (stats.total_episodes == 0) return stats;

  const int span_28 = std::max(std::min(28, stats.days_covered), 7);
  stats.episodes_per_week = last_28 * 7.0 / span_28;
  const int span_84 = std::max(std::min(84, stats.days_covered), 28);
  const int last_84 = nights.EpisodesIn(as_of_night - 83, as_of_night);
  if (last_28 * 7 >= kFrequentPerWeek * span_28)
    stats.band = FrequencyBand::kFrequent;
  else if (last_84 * 28 < span_84)
    stats.band = FrequencyBand::kRare;
  else
    stats.band = FrequencyBand::kOccasional;

  const std::int64_t first_monday = MondayOnOrBefore(first);
  const std::int64_t weeks = (MondayOnOrBefore(as_of_night) - first_monday) / 7 + 1;
  stats.calendar_weeks.resize(static_cast<std::size_t>(weeks));
  for (std::int64_t w = 0; w < weeks; ++w) {
    CalendarWeek& week = stats.calendar_weeks[static_cast<std::size_t>(w)];
    week.monday = CivilFromDays(first_monday + 7 * w);
    week.week = IsoWeekOf(first_monday + 7 * w);
  }
  for (std::size_t i = 0; i < nights.episodes.size(); ++i) {
    const auto w =
        static_cast<std::size_t>((first + static_cast<std::int64_t>(i) - first_monday) / 7);
    stats.calendar_weeks[w].episodes += nights.episodes[i];
  }

  for (std::int64_t end = as_of_night; end >= first; end -= 7) {
    WeekCount week;
    const std::int64_t start = std::max(end - 6, first);
    week.first_night = CivilFromDays(start);
    week.last_night = CivilFromDays(end);
    week.nights_in_diary = static_cast<int>(end - start + 1);
    week.episodes = nights.EpisodesIn(start, end);
    stats.weeks.push_back(week);
  }
  std::reverse(stats.weeks.begin(), stats.weeks.end());

  FillStreaks(nights, stats);
  FillTriggerAssociation(nights, stats);
  return stats;
}

RecentWeeks LastWeeks(const DiaryStats& stats, std::size_t count) {
  RecentWeeks recent;
  const std::size_t shown = std::min(count, stats.weeks.size());
  recent.weeks.assign(stats.weeks.end() - static_cast<std::ptrdiff_t>(shown), stats.weeks.end());
  for (const WeekCount& week : recent.weeks) {
    recent.episodes += week.episodes;
    recent.nights += week.nights_in_diary;
  }
  if (stats.days_covered >= kMinNightsForWeeklyRate && recent.nights > 0)
    recent.per_week = recent.episodes * 7.0 / recent.nights;
  return recent;
}

DiaryStats ComputeStats(const std::vector<Episode>& episodes, LocalDate as_of) {
  return ComputeStats(PrepareEpisodes(episodes), as_of);
}

}  // namespace core::diary
