#include "core/io/report.h"

#include <algorithm>
#include <cstdio>

#include "core/diary/stats.h"
#include "core/diary/timestamp.h"
#include "core/io/html.h"
#include "core/version.h"

namespace core::io {

namespace d = core::diary;
using d::Episode;

namespace {

constexpr const char* kStyle = R"(<style>
@page { size: A4; margin: 15mm; }
* { box-sizing: border-box; }
body { font-family: -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; font-size: 10.5pt;
       color: #111; max-width: 180mm; margin: 0 auto; line-height: 1.35; }
h1 { font-size: 17pt; margin: 0 0 2mm; }
h2 { font-size: 12.5pt; margin: 6mm 0 2mm; border-bottom: 1px solid #999; break-after: avoid; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0; }
th, td { border: 1px solid #bbb; padding: 1mm 2mm; text-align: left; vertical-align: top; }
th { background: #eee; }
td.n { text-align: right; }
.meta, .footer { color: #444; font-size: 9pt; }
.level { font-weight: bold; text-transform: uppercase; }
.note { white-space: pre-wrap; overflow-wrap: anywhere; }
section { break-inside: avoid; }
@media print { a { color: inherit; text-decoration: none; } }
</style>)";

std::string Num(double value, int decimals = 1) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  return buffer;
}

std::string Row(const std::string& label, const std::string& value) {
  return "<tr><th>" + HtmlEscape(label) + "</th><td>" + value + "</td></tr>";
}

std::string Duration(int seconds) {
  if (seconds < 60) return std::to_string(seconds) + " s";
  return std::to_string(seconds / 60) + " min " + std::to_string(seconds % 60) + " s";
}

std::string CountTable(const char* heading, const std::vector<std::pair<std::string, int>>& rows) {
  std::string html = "<table><tr><th>" + HtmlEscape(heading) + "</th><th>episodes</th></tr>";
  for (const auto& [name, count] : rows)
    html += "<tr><td>" + HtmlEscape(name) + "</td><td class=\"n\">" + std::to_string(count) +
            "</td></tr>";
  return html + "</table>";
}

template <typename Enums, typename Counts>
std::vector<std::pair<std::string, int>> Named(const Enums& values, const Counts& counts) {
  std::vector<std::pair<std::string, int>> rows;
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (counts[i] > 0) rows.emplace_back(d::Name(values[i]), counts[i]);
  }
  return rows;
}

std::string Summary(const d::DiaryStats& s) {
  std::string html = "<section><h2>Summary</h2><table>";
  html += Row("Episodes", std::to_string(s.total_episodes));
  html += Row("Nights with cramps", std::to_string(s.streaks.cramp_nights) + " of " +
                                        std::to_string(s.days_covered) + " nights");
  html += Row("Episodes per week (last 4 weeks)", Num(s.episodes_per_week, 1));
  html += Row("Frequency", HtmlEscape(d::Name(s.band)) +
                               " (frequent = 3 or more a week; rare = less than once in 4 weeks)");
  html += Row("Cramp-free nights", "now " + std::to_string(s.streaks.current_cramp_free_nights) +
                                       " in a row; longest " +
                                       std::to_string(s.streaks.longest_cramp_free_nights));
  return html + "</table></section>";
}

std::string WeeklyChart(const d::DiaryStats& s) {
  std::vector<ChartBar> bars;
  const std::size_t shown = std::min<std::size_t>(s.calendar_weeks.size(), 26);
  for (std::size_t i = s.calendar_weeks.size() - shown; i < s.calendar_weeks.size(); ++i) {
    const auto& w = s.calendar_weeks[i];
    bars.push_back({d::FormatIsoWeek(w.week), w.episodes});
  }
  return "<section><h2>Episodes per week</h2>" +
         BarChartSvg(bars, "Episodes per ISO week (Monday to Sunday nights)") +
         "<p class=\"meta\">Last " + std::to_string(shown) +
         " calendar weeks; a night is counted from noon to noon.</p></section>";
}

std::string Durations(const d::DiaryStats& s) {
  std::string html = "<section><h2>Durations</h2><table>";
  if (s.durations.median_s) {
    html += Row("Typical (median)", Duration(*s.durations.median_s));
    html += Row("Shortest / longest", Duration(s.durations.min_s.value_or(0)) + " / " +
                                          Duration(s.durations.max_s.value_or(0)));
  }
  std::string trend = "not enough data (needs " + std::to_string(d::kMinTrendEpisodes) +
                      " episodes over " + std::to_string(d::kMinTrendDays) + " days)";
  if (s.trend.enough_data) {
    trend = std::string(s.trend.getting_longer ? "getting longer" : "not getting longer") + ": " +
            Num(s.trend.slope_s_per_week, 1) + " s per week (Theil-Sen, " +
            std::to_string(s.trend.episodes_used) + " episodes, last 12 weeks)";
  }
  html += Row("Trend", HtmlEscape(trend));
  return html + "</table></section>";
}

std::string Triggers(const d::DiaryStats& s) {
  std::string html = "<section><h2>Triggers</h2>" +
                     CountTable("trigger noted", Named(d::kAllTriggers, s.by_trigger));
  std::string rows;
  for (const auto& a : s.trigger_association) {
    if (!a.shown) continue;
    rows += "<tr><td>" + HtmlEscape(d::Name(a.trigger)) + "</td><td class=\"n\">" +
            std::to_string(a.cramp_nights_with) + "</td><td class=\"n\">" +
            std::to_string(a.cramp_nights_without) + "</td><td class=\"n\">" +
            Num(a.episodes_per_night_with, 2) + " / " + Num(a.episodes_per_night_without, 2) +
            "</td><td class=\"n\">" + Num(a.mean_duration_with_s, 0) + " / " +
            Num(a.mean_duration_without_s, 0) + "</td></tr>";
  }
  if (!rows.empty()) {
    html +=
        "<p class=\"meta\">Among cramp nights (triggers are only recorded on cramp nights):</p>"
        "<table><tr><th>trigger</th><th>cramp nights with</th><th>without</th>"
        "<th>episodes per night with / without</th><th>mean duration s with / without</th></tr>" +
        rows + "</table>";
  }
  return html + "</section>";
}

std::string Relief(const d::DiaryStats& s) {
  std::string html =
      "<section><h2>Relief</h2><table><tr><th>relief</th><th>used</th><th>helped</th>"
      "<th>did not help</th><th>not recorded</th></tr>";
  for (const auto& r : s.relief) {
    if (r.used == 0) continue;
    html += "<tr><td>" + HtmlEscape(d::Name(r.relief)) + "</td><td class=\"n\">" +
            std::to_string(r.used) + "</td><td class=\"n\">" + std::to_string(r.helped) +
            "</td><td class=\"n\">" + std::to_string(r.not_helped) + "</td><td class=\"n\">" +
            std::to_string(r.not_recorded) + "</td></tr>";
  }
  return html + "</table></section>";
}

std::string SelfCheck(const std::optional<SelfCheckSummary>& check) {
  std::string html = "<section><h2>Latest self-check</h2>";
  if (!check) return html + "<p>No self-check recorded.</p></section>";
  html += "<p>Result: <span class=\"level\">" + HtmlEscape(check->level) + "</span>";
  if (!check->assessed_at.empty()) html += " (" + HtmlEscape(check->assessed_at) + ")";
  html += "</p>";
  if (!check->rules.empty()) {
    html += "<table><tr><th>rule</th><th>level</th><th>reason</th><th>source</th></tr>";
    for (const auto& rule : check->rules) {
      html += "<tr><td>" + HtmlEscape(rule.id) + "</td><td>" + HtmlEscape(rule.level) +
              "</td><td>" + HtmlEscape(rule.message) + "</td><td>" + HtmlEscape(rule.source) +
              "</td></tr>";
    }
    html += "</table>";
  }
  auto list = [](const char* label, const std::vector<std::string>& items) {
    std::string text = "<p>" + HtmlEscape(label) + ": ";
    if (items.empty()) return text + "none answered</p>";
    for (std::size_t i = 0; i < items.size(); ++i) text += (i ? ", " : "") + HtmlEscape(items[i]);
    return text + "</p>";
  };
  html += list("Medicines started before the cramps", check->medicines);
  html += list("Conditions", check->conditions);
  return html + "<p class=\"meta\">A self-check aid, not a diagnosis.</p></section>";
}

std::string EpisodeCells(const Episode& e) {
  std::string triggers;
  for (const auto t : d::kAllTriggers) {
    if (e.triggers.Has(t)) triggers += (triggers.empty() ? "" : ", ") + std::string(d::Name(t));
  }
  const std::string helped = e.relief_helped ? (*e.relief_helped ? "yes" : "no") : "";
  return "<td>" + HtmlEscape(e.started_at) + "</td><td class=\"n\">" + Duration(e.duration_s) +
         "</td><td>" + HtmlEscape(d::Name(e.muscle)) + ", " + HtmlEscape(d::Name(e.side)) +
         "</td><td class=\"n\">" + std::to_string(e.pain) + "</td><td>" + HtmlEscape(triggers) +
         "</td><td>" + HtmlEscape(d::Name(e.relief)) + (helped.empty() ? "" : " (" + helped + ")") +
         "</td>";
}

}  // namespace

std::string DoctorReportHtml(const std::vector<Episode>& episodes, const ReportOptions& options) {
  const auto prepared = d::PrepareEpisodes(episodes);
  const d::DiaryStats s = d::ComputeStats(prepared, options.as_of);
  // Episodes up to as_of, newest first (prepared keeps the order of `episodes` for valid ones).
  std::vector<std::pair<std::int64_t, const Episode*>> order;
  const std::int64_t as_of_night = d::DaysFromCivil(options.as_of);
  for (const Episode& e : episodes) {
    const auto t = d::ParseTimestamp(e.started_at, d::TimestampKind::kLocalWithOffset);
    if (t && d::NightOf(*t) <= as_of_night) order.emplace_back(t->UtcSeconds(), &e);
  }
  std::sort(order.begin(), order.end(),
            [](const auto& a, const auto& b) { return a.first > b.first; });

  std::string html =
      "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
      "<title>Night leg cramp diary - CrampCheck report</title>";
  html += kStyle;
  html += "</head><body><h1>Night leg cramp diary</h1><p class=\"meta\">Period: ";
  html += s.first_night ? d::FormatDate(*s.first_night) + " to " + d::FormatDate(options.as_of) +
                              " (" + std::to_string(s.days_covered) + " nights)"
                        : "no episodes up to " + d::FormatDate(options.as_of);
  html += ". Recorded by the patient with the CrampCheck app.</p>";
  html += Summary(s) + WeeklyChart(s) + Durations(s);
  html += "<section><h2>Muscles and sides</h2>" +
          CountTable("muscle", Named(d::kAllMuscles, s.by_muscle)) +
          CountTable("side", Named(d::kAllSides, s.by_side)) + "</section>";
  html += Triggers(s) + Relief(s) + SelfCheck(options.self_check);

  html += "<section><h2>Notes</h2>";
  std::size_t notes = 0, more_notes = 0;
  std::string note_rows;
  for (const auto& [utc, e] : order) {
    if (e->notes.empty()) continue;
    if (notes == options.max_notes) {
      ++more_notes;
      continue;
    }
    ++notes;
    note_rows += "<tr><td>" + HtmlEscape(e->started_at) + "</td><td class=\"note\">" +
                 HtmlEscape(e->notes) + "</td></tr>";
  }
  html += notes == 0 ? "<p>No notes.</p>"
                     : "<table><tr><th>when</th><th>note</th></tr>" + note_rows + "</table>";
  if (more_notes > 0)
    html += "<p class=\"meta\">" + std::to_string(more_notes) + " older notes not shown.</p>";
  html += "</section>";

  html +=
      "<h2>Episodes in the last 12 weeks</h2><table><tr><th>started</th><th>duration</th>"
      "<th>where</th><th>pain</th><th>triggers</th><th>relief (helped)</th></tr>";
  const std::int64_t window_start = as_of_night - d::kTrendWindowNights + 1;
  std::size_t rows = 0, more_rows = 0;
  for (const auto& [utc, e] : order) {
    const auto t = d::ParseTimestamp(e->started_at, d::TimestampKind::kLocalWithOffset);
    if (!t || d::NightOf(*t) < window_start) continue;
    if (rows == options.max_episode_rows) {
      ++more_rows;
      continue;
    }
    ++rows;
    html += "<tr>" + EpisodeCells(*e) + "</tr>";
  }
  html += "</table>";
  if (more_rows > 0)
    html += "<p class=\"meta\">" + std::to_string(more_rows) + " more episodes not shown.</p>";
  html += "<p class=\"footer\">Generated " + HtmlEscape(options.generated_at) + " by CrampCheck " +
          HtmlEscape(core::Version()) + ". A self-check aid, not a diagnosis.</p></body></html>\n";
  return html;
}

}  // namespace core::io
