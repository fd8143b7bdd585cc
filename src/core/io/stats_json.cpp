#include "core/io/stats_json.h"

#include <cmath>

namespace core::io {

using nlohmann::ordered_json;
namespace d = core::diary;

namespace {

double Round2(double value) {
  return std::round(value * 100.0) / 100.0;
}

template <typename T>
ordered_json OrNull(const std::optional<T>& value) {
  return value ? ordered_json(*value) : ordered_json(nullptr);
}

ordered_json DateOrNull(const std::optional<d::LocalDate>& date) {
  return date ? ordered_json(d::FormatDate(*date)) : ordered_json(nullptr);
}

template <typename Enums, typename Counts>
ordered_json CountsByName(const Enums& values, const Counts& counts) {
  ordered_json object = ordered_json::object();
  for (std::size_t i = 0; i < values.size(); ++i) object[d::Name(values[i])] = counts[i];
  return object;
}

}  // namespace

ordered_json StatsToJson(const d::DiaryStats& s) {
  ordered_json j;
  j["as_of"] = d::FormatDate(s.as_of);
  j["total_episodes"] = s.total_episodes;
  j["first_night"] = DateOrNull(s.first_night);
  j["last_night"] = DateOrNull(s.last_night);
  j["days_covered"] = s.days_covered;
  ordered_json weeks = ordered_json::array();
  for (const auto& w : s.last_4_weeks) {
    weeks.push_back({{"first_night", d::FormatDate(w.first_night)},
                     {"last_night", d::FormatDate(w.last_night)},
                     {"episodes", w.episodes}});
  }
  j["last_4_weeks"] = weeks;
  j["last_4_weeks_per_week"] = Round2(s.last_4_weeks_per_week);
  j["episodes_per_week"] = Round2(s.episodes_per_week);
  j["frequency_band"] = d::Name(s.band);

  j["by_muscle"] = CountsByName(d::kAllMuscles, s.by_muscle);
  j["by_side"] = CountsByName(d::kAllSides, s.by_side);
  j["by_trigger"] = CountsByName(d::kAllTriggers, s.by_trigger);
  ordered_json relief = ordered_json::object();
  for (const auto& r : s.relief) {
    relief[d::Name(r.relief)] = {
        {"used", r.used},
        {"helped", r.helped},
        {"not_helped", r.not_helped},
        {"not_recorded", r.not_recorded},
        {"helped_rate",
         r.helped_rate ? ordered_json(Round2(*r.helped_rate)) : ordered_json(nullptr)}};
  }
  j["relief"] = relief;

  j["durations"] = {{"count", s.durations.count},
                    {"median_s", OrNull(s.durations.median_s)},
                    {"min_s", OrNull(s.durations.min_s)},
                    {"max_s", OrNull(s.durations.max_s)},
                    {"mean_s", Round2(s.durations.mean_s)}};
  j["pain"] = {
      {"rated", s.pain.rated},
      {"not_rated", s.pain.not_rated},
      {"median", OrNull(s.pain.median)},
      {"min", OrNull(s.pain.min)},
      {"max", OrNull(s.pain.max)},
      {"mean", s.pain.rated > 0 ? ordered_json(Round2(s.pain.mean)) : ordered_json(nullptr)}};
  j["duration_trend"] = {{"slope_s_per_week", Round2(s.trend.slope_s_per_week)},
                         {"getting_longer", s.trend.getting_longer},
                         {"enough_data", s.trend.enough_data},
                         {"episodes_used", s.trend.episodes_used},
                         {"days_spanned", s.trend.days_spanned},
                         {"verdict", d::Name(s.trend.verdict)},
                         {"slope_low_s_per_week", Round2(s.trend.slope_low_s_per_week)},
                         {"slope_high_s_per_week", Round2(s.trend.slope_high_s_per_week)}};
  j["streaks"] = {{"current_cramp_free_nights", s.streaks.current_cramp_free_nights},
                  {"longest_cramp_free_nights", s.streaks.longest_cramp_free_nights},
                  {"longest_last_night", DateOrNull(s.streaks.longest_last_night)},
                  {"cramp_nights", s.streaks.cramp_nights}};

  ordered_json calendar = ordered_json::array();
  for (const auto& w : s.calendar_weeks) {
    calendar.push_back({{"week", d::FormatIsoWeek(w.week)},
                        {"monday", d::FormatDate(w.monday)},
                        {"episodes", w.episodes}});
  }
  j["calendar_weeks"] = calendar;
  // The weeks Trends and the report draw: 7 nights ending on as_of, back to the first night.
  ordered_json diary_weeks = ordered_json::array();
  for (const auto& w : s.weeks) {
    diary_weeks.push_back({{"first_night", d::FormatDate(w.first_night)},
                           {"last_night", d::FormatDate(w.last_night)},
                           {"nights", w.nights_in_diary},
                           {"episodes", w.episodes}});
  }
  j["weeks"] = diary_weeks;
  ordered_json heatmap = ordered_json::array();
  for (const auto& cell : s.heatmap) {
    heatmap.push_back({{"night", d::FormatDate(cell.night)},
                       {"episodes", cell.episodes},
                       {"future", cell.future}});
  }
  j["heatmap"] = heatmap;
  ordered_json association = ordered_json::array();
  for (const auto& a : s.trigger_association) {
    association.push_back({{"trigger", d::Name(a.trigger)},
                           {"shown", a.shown},
                           {"nights_covered", a.nights_covered},
                           {"cramp_nights_with", a.cramp_nights_with},
                           {"cramp_nights_without", a.cramp_nights_without},
                           {"rate_with", Round2(a.rate_with)},
                           {"rate_without", Round2(a.rate_without)},
                           {"episodes_per_night_with", Round2(a.episodes_per_night_with)},
                           {"episodes_per_night_without", Round2(a.episodes_per_night_without)},
                           {"mean_duration_with_s", Round2(a.mean_duration_with_s)},
                           {"mean_duration_without_s", Round2(a.mean_duration_without_s)}});
  }
  j["trigger_association"] = association;
  return j;
}

ordered_json DiaryFactsToJson(const core::triage::DiaryFacts& f) {
  return {{"has_enough_data", f.has_enough_data},
          {"episodes_per_week", Round2(f.episodes_per_week)},
          {"relief_taking_longer", OrNull(f.relief_taking_longer)},
          {"typical_duration_s", OrNull(f.typical_duration_s)},
          {"days_covered", f.days_covered}};
}

}  // namespace core::io
