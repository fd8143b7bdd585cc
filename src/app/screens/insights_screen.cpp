// Trends: what the diary says, in sentences a person and their physio can act on, from
// core::diary::ComputeStats (the numbers of the doctor report). Each finding is a Callout
// with its own id (###trend_*), so tests and a screen reader can read it.
// Wording follows CLINICAL.md: frequency bands and the 14-day rule (source article), the
// 10-minute rule (NHS), "frequent and lengthening: get examined" (source article).
#include <imgui.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <string>
#include <utility>

#include "app/language.h"
#include "app/cramp/cramp_flow.h"
#include "app/screens/screens.h"
#include "app/theme.h"
#include "app/widgets.h"
#include "core/diary/stats.h"
#include "core/triage/rules.h"
#include "core/triage/triage_text.h"

namespace app::screens {
namespace {

namespace d = core::diary;

// Thresholds and advice are the triage's own (core/triage/rules.h, the text table): the
// diary says how often once it covers 14 nights; "usually longer than 10 minutes".
constexpr int kMinNightsForFrequency = core::triage::kDiaryMinDays;
constexpr int kLongCrampS = core::triage::kLongEpisodeS;

// A rule's advice as the self-check words it, with its source.
std::string RuleAdvice(std::string_view rule_id) {
  const core::triage::Rule* rule = core::triage::FindRule(rule_id);
  const std::string key = std::string("rule.").append(rule_id);
  std::string text = T(key);
  if (rule != nullptr) text += " (" + std::string(rule->source) + ")";
  return text;
}

std::string MinutesSeconds(int seconds) {
  char text[32];
  std::snprintf(text, sizeof text, "%d:%02d", seconds / 60, seconds % 60);
  return text;
}

std::string OneDecimal(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", value);
  return text;
}

std::string Plural(int count, const char* one, const char* many) {
  return std::to_string(count) + " " + (count == 1 ? one : many);
}

void Fact(const std::string& text, const char* id, bool warning = false) {
  widgets::Callout((text + "###" + id).c_str(), warning ? theme::kWarningPanel : theme::kSurface);
  ImGui::Spacing();
}

// Four bars, oldest week first, each with its count above and its last night below.
void WeeklyBars(const d::DiaryStats& stats) {
  const float width = ImGui::GetContentRegionAvail().x;
  const float height = 120.0f;
  const float label_height = ImGui::GetTextLineHeight();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(width, height + 2.0f * label_height + 8.0f));
  int most = 1;
  for (const d::WeekCount& week : stats.last_4_weeks) most = std::max(most, week.episodes);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float slot = width / 4.0f;
  const float bar = slot * 0.55f;
  const float floor_y = origin.y + label_height + 4.0f + height;
  for (std::size_t i = 0; i < stats.last_4_weeks.size(); ++i) {
    const d::WeekCount& week = stats.last_4_weeks[i];
    const float x = origin.x + slot * static_cast<float>(i) + (slot - bar) * 0.5f;
    const float top =
        floor_y - height * static_cast<float>(week.episodes) / static_cast<float>(most);
    draw->AddRectFilled(
        ImVec2(x, std::min(top, floor_y - 2.0f)), ImVec2(x + bar, floor_y),
        ImGui::GetColorU32(i + 1 == stats.last_4_weeks.size() ? theme::kAccent : theme::kTextMuted),
        4.0f);
    const std::string count = std::to_string(week.episodes);
    const float count_width = ImGui::CalcTextSize(count.c_str()).x;
    draw->AddText(ImVec2(x + (bar - count_width) * 0.5f, top - label_height - 2.0f),
                  ImGui::GetColorU32(theme::kText), count.c_str());
    char until[16];
    std::snprintf(until, sizeof until, "%02d-%02d", week.last_night.month, week.last_night.day);
    const float until_width = ImGui::CalcTextSize(until).x;
    draw->AddText(ImVec2(x + (bar - until_width) * 0.5f, floor_y + 4.0f),
                  ImGui::GetColorU32(theme::kTextMuted), until);
  }
}

// The last 12 weeks, a square a night, a row a week (Monday first, the newest week at the
// bottom): nights with a cramp in amber, brighter for two or more; nights to come outlined.
void NightGrid(const d::DiaryStats& stats) {
  const float width = std::min(ImGui::GetContentRegionAvail().x, 7.0f * 30.0f);
  const float cell = width / 7.0f;
  const float gap = 4.0f;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const int rows = static_cast<int>(stats.heatmap.size() / 7);
  ImGui::Dummy(ImVec2(width, cell * static_cast<float>(rows)));
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec4 some(0.62f, 0.45f, 0.24f, 1.0f);
  for (std::size_t i = 0; i < stats.heatmap.size(); ++i) {
    const d::HeatmapCell& night = stats.heatmap[i];
    const ImVec2 top_left(origin.x + cell * static_cast<float>(i % 7),
                          origin.y + cell * static_cast<float>(i / 7));
    const ImVec2 bottom_right(top_left.x + cell - gap, top_left.y + cell - gap);
    if (night.future) {
      draw->AddRect(top_left, bottom_right, ImGui::GetColorU32(theme::kSurface), 3.0f);
      continue;
    }
    const ImVec4& colour = night.episodes >= 2   ? theme::kAccent
                           : night.episodes == 1 ? some
                                                 : theme::kSurface;
    draw->AddRectFilled(top_left, bottom_right, ImGui::GetColorU32(colour), 3.0f);
  }
}

std::string NightGridText(const d::DiaryStats& stats) {
  int nights = 0;
  for (const d::HeatmapCell& night : stats.heatmap) nights += night.episodes > 0 ? 1 : 0;
  return "Last 12 weeks, a square a night, Monday first: " + Plural(nights, "night", "nights") +
         " with a cramp (brighter: two or more).";
}

std::string WeeksText(const d::DiaryStats& stats) {
  int total = 0;
  for (const d::WeekCount& week : stats.last_4_weeks) total += week.episodes;
  return "Last 4 weeks: " + Plural(total, "cramp", "cramps") + ", " +
         OneDecimal(stats.last_4_weeks_per_week) +
         " a week. Each bar is one week, up to the night shown.";
}

std::string FrequencyText(const d::DiaryStats& stats) {
  if (stats.days_covered < kMinNightsForFrequency)
    return "How often they come is worked out once the diary covers 2 weeks (" +
           Plural(stats.days_covered, "night", "nights") + " so far). Keep logging.";
  const std::string rate = OneDecimal(stats.episodes_per_week) + " a week lately";
  switch (stats.band) {
    case d::FrequencyBand::kFrequent:
      return rate + ": that is frequent (3 or more a week). " + RuleAdvice("frequent");
    case d::FrequencyBand::kOccasional:
      return rate + ": between rare and frequent (3 or more a week would be frequent).";
    case d::FrequencyBand::kRare:
      return rate + ": rare, a few times a year or once every few months.";
    case d::FrequencyBand::kNone:
      break;
  }
  return "No cramps in the nights counted.";
}

std::string DurationText(const d::DiaryStats& stats) {
  const d::DurationSummary& durations = stats.durations;
  if (!durations.median_s) return "No durations logged yet.";
  std::string text = "A cramp typically lasts " + MinutesSeconds(*durations.median_s) +
                     " (the middle of " + std::to_string(durations.count) + "); the longest " +
                     MinutesSeconds(durations.max_s.value_or(0)) + ".";
  if (*durations.median_s > kLongCrampS) text += " " + RuleAdvice("long_episodes");
  return text;
}

// Whether relief takes longer and longer: with frequent cramps that is a reason to be
// examined soon (CLINICAL.md, frequent_longer).
std::pair<std::string, bool> LengtheningText(const d::DiaryStats& stats) {
  const d::DurationTrend& trend = stats.trend;
  if (!trend.enough_data)
    return {"Whether cramps are lasting longer shows after " +
                std::to_string(d::kMinTrendEpisodes) + " cramps over 2 weeks in the last 12 weeks.",
            false};
  if (!trend.getting_longer)
    return {"Cramps are not lasting longer over the last 12 weeks (" +
                Plural(trend.episodes_used, "cramp", "cramps") + ").",
            false};
  std::string text = "Cramps are lasting longer: about " + OneDecimal(trend.slope_s_per_week) +
                     " seconds more each week over the last 12 weeks.";
  if (stats.band == d::FrequencyBand::kFrequent)
    text += " " + RuleAdvice("frequent_longer");
  else
    text += " Mention it to a doctor, and do the self-check.";
  return {text, true};
}

std::string StreakText(const d::DiaryStats& stats) {
  return "Cramp-free nights: " + std::to_string(stats.streaks.current_cramp_free_nights) +
         " now, " + std::to_string(stats.streaks.longest_cramp_free_nights) +
         " at most in a row. Nights with a cramp: " + std::to_string(stats.streaks.cramp_nights) +
         " of " + std::to_string(stats.days_covered) + ".";
}

std::string MusclesText(const d::DiaryStats& stats) {
  std::array<std::pair<int, d::Muscle>, d::kAllMuscles.size()> ranked{};
  for (std::size_t i = 0; i < d::kAllMuscles.size(); ++i)
    ranked[i] = {stats.by_muscle[i], d::kAllMuscles[i]};
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  std::string text = "Where:";
  int listed = 0;
  for (const auto& [count, muscle] : ranked) {
    if (count == 0 || listed == 3) break;
    text += std::string(listed ? "," : "") + " " + cramp::MuscleLabel(muscle) + " " +
            std::to_string(count);
    ++listed;
  }
  return listed ? text + "." : "Where: not logged.";
}

}  // namespace

void DrawInsights(ScreenContext& context) {
  widgets::Heading("Trends");
  if (context.episodes.empty()) {
    widgets::Paragraph("Statistics appear here once your diary has entries.");
    ImGui::Spacing();
    if (widgets::BigButton("Open the diary###insights_diary"))
      context.navigation.GoTo(Screen::kDiary);
    return;
  }
  const d::DiaryStats& stats = context.stats();
  WeeklyBars(stats);
  Fact(WeeksText(stats), "trend_weeks");
  Fact(FrequencyText(stats), "trend_frequency",
       stats.days_covered >= kMinNightsForFrequency && stats.band == d::FrequencyBand::kFrequent);
  const auto [lengthening, worrying] = LengtheningText(stats);
  Fact(lengthening, "trend_longer", worrying);
  Fact(DurationText(stats), "trend_duration",
       stats.durations.median_s && *stats.durations.median_s > kLongCrampS);
  Fact(StreakText(stats), "trend_streaks");
  Fact(MusclesText(stats), "trend_muscles");
  Fact(NightGridText(stats), "trend_nights");
  NightGrid(stats);
  ImGui::Spacing();
  if (widgets::BigButton("Check my symptoms###insights_selfcheck"))
    context.navigation.GoTo(Screen::kSelfCheck);
  if (context.data.can_save_files && widgets::BigButton("Report for your doctor###report"))
    context.data.run(DataAction::kReport);
  if (!context.data.message.empty()) widgets::Note(context.data.message.c_str());
}

}  // namespace app::screens
