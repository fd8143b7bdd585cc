// Trends: what the diary says, in sentences a person and their physio can act on, from
// core::diary::ComputeStats (the numbers of the doctor report). Each finding is a Callout
// with its own id (###trend_*), so tests and a screen reader can read it.
// Wording follows CLINICAL.md: frequency bands and the 14-day rule (source article), the
// 10-minute rule (NHS), "frequent and lengthening: get examined" (source article).
#include <imgui.h>

#include <algorithm>
#include <array>
#include <string>
#include <utility>
#include <vector>

#include "app/entry/entry_choices.h"
#include "app/language.h"
#include "app/model/diary_model.h"
#include "app/screens/insights_findings.h"
#include "app/screens/report_buttons.h"
#include "app/screens/screens.h"
#include "app/theme.h"
#include "app/widgets.h"
#include "core/diary/stats.h"
#include "core/i18n/date_format.h"
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

std::string Duration(int seconds) {
  return core::i18n::FormatDuration(CurrentLanguage(), seconds);
}

std::string OneDecimal(double value) {
  return core::i18n::FormatDecimal(CurrentLanguage(), value, 1);
}

// The text of a "<key>.one" / "<key>.other" pair for `count`, in the current language.
std::string Count(std::string_view key, int count, core::i18n::Values values = {}) {
  return core::i18n::Plural(CurrentLanguage(), key, count, values);
}

void Fact(const std::string& text, const char* id, bool warning = false) {
  widgets::Callout((text + "###" + id).c_str(), warning ? theme::kWarningPanel : theme::kSurface);
  ImGui::Spacing();
}

// `text` (lines split by '\n') in the muted colour, each line centred on `centre_x` and
// kept between `left` and `right`.
void CentredLines(ImDrawList* draw, const std::string& text, float centre_x, float top, float left,
                  float right) {
  std::size_t begin = 0;
  for (float y = top; begin <= text.size(); y += ImGui::GetTextLineHeight()) {
    const std::size_t end = std::min(text.find('\n', begin), text.size());
    const char* line = text.c_str() + begin;
    const float line_width = ImGui::CalcTextSize(line, text.c_str() + end).x;
    const float x =
        std::clamp(centre_x - line_width * 0.5f, left, std::max(left, right - line_width));
    draw->AddText(ImVec2(x, y), ImGui::GetColorU32(theme::kTextMuted), line, text.c_str() + end);
    begin = end + 1;
  }
}

// The last four weeks of the diary (core: 7 nights ending tonight, none before the first
// entry), oldest first, under a title: each bar with its count above and its last night
// below (on two lines when a date is wider than its share: large text, Chinese), and what
// a bar is in one line beneath, as its axis label.
void WeeklyBars(const d::DiaryStats& stats) {
  const d::RecentWeeks recent = d::LastWeeks(stats, 4);
  if (recent.weeks.empty()) return;
  widgets::Paragraph(T("trends.weeks_title").c_str());
  const float width = ImGui::GetContentRegionAvail().x;
  const float height = 120.0f;
  const float label_height = ImGui::GetTextLineHeight();
  const float slot = width / 4.0f;
  const core::i18n::Language language = CurrentLanguage();
  std::vector<std::string> until(recent.weeks.size());
  bool stacked = false;
  for (std::size_t i = 0; i < until.size(); ++i) {
    until[i] = core::i18n::FormatShortDate(language, recent.weeks[i].last_night);
    stacked = stacked || ImGui::CalcTextSize(until[i].c_str()).x > slot - 4.0f;
  }
  if (stacked) {
    for (std::size_t i = 0; i < until.size(); ++i)
      until[i] = core::i18n::FormatShortDateStacked(language, recent.weeks[i].last_night);
  }
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(width, height + (stacked ? 3.0f : 2.0f) * label_height + 8.0f));
  int most = 1;
  for (const d::WeekCount& week : recent.weeks) most = std::max(most, week.episodes);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float bar = slot * 0.55f;
  const float floor_y = origin.y + label_height + 4.0f + height;
  draw->AddLine(ImVec2(origin.x, floor_y), ImVec2(origin.x + width, floor_y),
                ImGui::GetColorU32(theme::kTextMuted));
  for (std::size_t i = 0; i < recent.weeks.size(); ++i) {
    const d::WeekCount& week = recent.weeks[i];
    const float x = origin.x + slot * static_cast<float>(i) + (slot - bar) * 0.5f;
    const float top =
        floor_y - height * static_cast<float>(week.episodes) / static_cast<float>(most);
    draw->AddRectFilled(
        ImVec2(x, std::min(top, floor_y - 2.0f)), ImVec2(x + bar, floor_y),
        ImGui::GetColorU32(i + 1 == recent.weeks.size() ? theme::kAccent : theme::kTextMuted),
        4.0f);
    const std::string count = std::to_string(week.episodes);
    const float count_width = ImGui::CalcTextSize(count.c_str()).x;
    draw->AddText(ImVec2(x + (bar - count_width) * 0.5f, top - label_height - 2.0f),
                  ImGui::GetColorU32(theme::kText), count.c_str());
    CentredLines(draw, until[i], x + bar * 0.5f, floor_y + 4.0f, origin.x, origin.x + width);
  }
  widgets::Note(T("trends.weeks_axis").c_str());
}

// The last 12 weeks, a square a night, a row a week (Monday first, the newest week at the
// bottom) under weekday letters: nights with a cramp in amber, brighter for two or more;
// nights to come outlined.
void NightGrid(const d::DiaryStats& stats) {
  const float width = std::min(ImGui::GetContentRegionAvail().x, 7.0f * 30.0f);
  const float cell = width / 7.0f;
  const float gap = 4.0f;
  const std::string letters = T("trends.weekday_letters");
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 heading = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(width, ImGui::GetTextLineHeight() + 2.0f));
  std::size_t begin = 0;
  for (int day = 0; day < 7 && begin <= letters.size(); ++day) {
    const std::size_t end = std::min(letters.find(',', begin), letters.size());
    const float letter_width =
        ImGui::CalcTextSize(letters.c_str() + begin, letters.c_str() + end).x;
    draw->AddText(
        ImVec2(heading.x + cell * static_cast<float>(day) + (cell - gap - letter_width) * 0.5f,
               heading.y),
        ImGui::GetColorU32(theme::kTextMuted), letters.c_str() + begin, letters.c_str() + end);
    begin = end + 1;
  }
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const int rows = static_cast<int>(stats.heatmap.size() / 7);
  ImGui::Dummy(ImVec2(width, cell * static_cast<float>(rows)));
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
  return Count("trends.nights_legend", nights);
}

// Counted from the first entry: no weekly rate before the diary holds 7 nights.
std::string WeeksText(const d::DiaryStats& stats) {
  const d::RecentWeeks recent = d::LastWeeks(stats, 4);
  if (!recent.per_week) {
    const int ago = stats.days_covered - 1;
    const std::string since =
        ago == 0 ? T("trends.nights_so_far_tonight") : Count("trends.nights_so_far", ago);
    return Count("trends.weeks_wait", recent.episodes, {{"nights", since}});
  }
  std::string text = recent.weeks.size() == 1
                         ? Count("trends.week_one", recent.episodes)
                         : Count("trends.weeks", recent.episodes,
                                 {{"weeks", std::to_string(recent.weeks.size())},
                                  {"rate", OneDecimal(*recent.per_week)}});
  if (recent.weeks.front().nights_in_diary < 7)
    text += " " + Count("trends.first_week_short", recent.weeks.front().nights_in_diary);
  return text;
}

std::string FrequencyText(const d::DiaryStats& stats) {
  if (stats.days_covered < kMinNightsForFrequency)
    return Count("insights.frequency_wait", stats.days_covered);
  const std::string per_week = OneDecimal(stats.episodes_per_week);
  const core::i18n::Values rate = {{"rate", per_week}};
  switch (stats.band) {
    case d::FrequencyBand::kFrequent:
      return core::i18n::Fill(core::i18n::Fill(T("insights.frequent"), rate),
                              {{"advice", RuleAdvice("frequent")}});
    case d::FrequencyBand::kOccasional:
      return core::i18n::Fill(T("insights.occasional"), rate);
    case d::FrequencyBand::kRare:
      return core::i18n::Fill(T("insights.rare"), rate);
    case d::FrequencyBand::kNone:
      break;
  }
  return T("insights.no_cramps");
}

std::string DurationText(const d::DiaryStats& stats) {
  const d::DurationSummary& durations = stats.durations;
  if (!durations.median_s) return T("insights.no_durations");
  // "Half were over within 2 min" says what a median is; one cramp is just its time.
  std::string text = core::i18n::Plural(
      CurrentLanguage(), "insights.duration_plain", static_cast<long long>(durations.count),
      {{"median", Duration(*durations.median_s)}, {"max", Duration(durations.max_s.value_or(0))}});
  if (*durations.median_s > kLongCrampS) text += " " + RuleAdvice("long_episodes");
  return text;
}

// Whether relief takes longer and longer: with frequent cramps that is a reason to be
// examined soon (CLINICAL.md, frequent_longer).
std::pair<std::string, bool> LengtheningText(const d::DiaryStats& stats) {
  const d::DurationTrend& trend = stats.trend;
  switch (trend.verdict) {
    case d::TrendVerdict::kNotEnoughData:
      return {core::i18n::Fill(T("insights.trend_wait"),
                               {{"count", std::to_string(d::kMinTrendEpisodes)}}),
              false};
    case d::TrendVerdict::kCannotTell:
      return {core::i18n::Fill(T("trends.cannot_tell"),
                               {{"low", OneDecimal(trend.slope_low_s_per_week)},
                                {"high", OneDecimal(trend.slope_high_s_per_week)}}),
              false};
    case d::TrendVerdict::kNotLonger:
      return {Count("insights.not_longer", trend.episodes_used), false};
    case d::TrendVerdict::kLonger:
      break;
  }
  std::string text =
      core::i18n::Fill(T("trends.longer"), {{"slope", OneDecimal(trend.slope_s_per_week)},
                                            {"count", std::to_string(trend.episodes_used)}});
  if (stats.band == d::FrequencyBand::kFrequent)
    text += " " + RuleAdvice("frequent_longer");
  else
    text += " " + T("insights.mention");
  return {text, true};
}

std::string StreakText(const d::DiaryStats& stats) {
  // Values holds views: the strings they show must outlive it.
  const std::string longest = std::to_string(stats.streaks.longest_cramp_free_nights);
  const std::string nights = std::to_string(stats.streaks.cramp_nights);
  const std::string days = std::to_string(stats.days_covered);
  const core::i18n::Values values = {{"longest", longest}, {"nights", nights}, {"days", days}};
  const int current = stats.streaks.current_cramp_free_nights;
  const std::string now =
      current == 0 ? T("trends.streaks_tonight") : Count("trends.streaks", current);
  return core::i18n::Fill(
      T("selfcheck.two_sentences"),
      {{"first", now}, {"second", core::i18n::Fill(T("trends.streaks_more"), values)}});
}

std::string MusclesText(const d::DiaryStats& stats) {
  std::array<std::pair<int, d::Muscle>, d::kAllMuscles.size()> ranked{};
  for (std::size_t i = 0; i < d::kAllMuscles.size(); ++i)
    ranked[i] = {stats.by_muscle[i], d::kAllMuscles[i]};
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  std::string list;
  int listed = 0;
  for (const auto& [count, muscle] : ranked) {
    if (count == 0 || listed == 3) break;
    if (listed) list += T("entry.list_separator");
    list += core::i18n::Fill(T("insights.where_item"), {{"muscle", entry::MuscleLabel(muscle)},
                                                        {"count", std::to_string(count)}});
    ++listed;
  }
  return listed ? core::i18n::Fill(T("insights.where"), {{"list", list}})
                : T("insights.where_none");
}

}  // namespace

void DrawInsights(ScreenContext& context, PainCache& pain, const model::DiaryModel& diary,
                  const std::function<const core::diary::DiaryStats&()>& stats_of_tonight,
                  const DataActions& data) {
  widgets::Heading(T("nav.insights").c_str());
  if (diary.Episodes().empty()) {
    widgets::Paragraph(T("insights.empty").c_str());
    ImGui::Spacing();
    if (widgets::BigButton((T("import.open_diary") + "###insights_diary").c_str()))
      context.navigation.GoTo(Screen::kDiary);
    return;
  }
  const d::DiaryStats& stats = stats_of_tonight();
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
  DrawReliefFinding(stats);
  DrawTriggerFinding(stats);
  DrawPainFinding(diary, stats, pain);
  DrawCalendarCaption();
  NightGrid(stats);
  ImGui::Spacing();
  Fact(NightGridText(stats), "trend_nights");
  if (widgets::BigButton((T("home.selfcheck") + "###insights_selfcheck").c_str()))
    context.navigation.GoTo(Screen::kSelfCheck);
  DrawReportButtons(data, "report");
}

}  // namespace app::screens
