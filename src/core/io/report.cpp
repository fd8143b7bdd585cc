// Index of this file:
// [SECTION] Print style (A4, one or two pages)
// [SECTION] The report's words and small pieces of markup
// [SECTION] Sections: summary, per week, durations, pain, triggers, relief, self-check
// [SECTION] The page

#include "core/io/report.h"

#include <algorithm>
#include <initializer_list>
#include <string_view>

#include "core/diary/stats.h"
#include "core/diary/timestamp.h"
#include "core/i18n/date_format.h"
#include "core/i18n/text.h"
#include "core/io/html.h"
#include "core/version.h"

namespace core::io {

namespace d = core::diary;
namespace i18n = core::i18n;
using d::Episode;
using i18n::Language;

namespace {

constexpr std::size_t kReportWeeks = 26;

// [SECTION] Print style (A4, one or two pages)
// The app opens the report in a new page from a Blob URL, which keeps the app's Content
// Security Policy: web/index.html allows exactly this style by its SHA-256 hash. Change the
// style, change the hash there (tests/e2e/specs/report.test.mjs fails until they match).
constexpr const char* kStyle = R"(<style>
@page { size: A4; margin: 15mm; }
* { box-sizing: border-box; }
body { font-family: -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", "PingFang SC",
       "Microsoft YaHei", sans-serif; font-size: 10.5pt;
       color: #111; max-width: 180mm; margin: 0 auto; line-height: 1.35; }
h1 { font-size: 17pt; margin: 0 0 2mm; }
h2 { font-size: 12.5pt; margin: 6mm 0 2mm; border-bottom: 1px solid #999; break-after: avoid; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0; }
th, td { border: 1px solid #bbb; padding: 1mm 2mm; text-align: left; vertical-align: top; }
th { background: #eee; }
td.n { text-align: right; }
.meta, .footer { color: #444; font-size: 9pt; }
.level { font-weight: bold; }
.note { white-space: pre-wrap; overflow-wrap: anywhere; }
section { break-inside: avoid; }
.pair { display: flex; gap: 4mm; align-items: flex-start; }
.pair > table, .pair > section { flex: 1; }
td.when { white-space: nowrap; }
p { margin: 1.5mm 0; }
p { overflow-wrap: anywhere; }
td, th { overflow-wrap: break-word; }
/* A phone: margins, readable type, one column; a wide table scrolls within itself. */
@media screen and (max-width: 700px) {
  body { font-size: 16px; line-height: 1.45; padding: 0 16px 24px; max-width: none; }
  h1 { font-size: 22px; }
  h2 { font-size: 18px; }
  .pair { display: block; }
  table { display: block; overflow-x: auto; }
  td.when { white-space: normal; }
  .meta, .footer { font-size: 14px; }
}
@media screen { body { padding-top: 8px; } }
/* One or two A4 pages: tighter type and spacing on paper, the chart kept short. */
@media print {
  a { color: inherit; text-decoration: none; }
  body { font-size: 8.5pt; line-height: 1.2; max-width: none; }
  h1 { font-size: 13pt; margin: 0 0 1mm; }
  h2 { font-size: 10pt; margin: 2.5mm 0 1mm; }
  th, td { padding: 0.3mm 1.2mm; }
  svg { height: 30mm; }
}
</style>)";

// [SECTION] The report's words and small pieces of markup
// The report's words in one language: every text is HTML-escaped on the way out.
class Words {
 public:
  explicit Words(Language language) : language_(language) {}
  Language language() const { return language_; }

  // The text of `key`, filled with `values`, escaped.
  std::string operator()(std::string_view key, i18n::Values values = {}) const {
    return HtmlEscape(i18n::Fill(i18n::Text(language_, key), values));
  }
  std::string Plural(std::string_view key, long long count, i18n::Values values = {}) const {
    return HtmlEscape(i18n::Plural(language_, key, count, values));
  }
  // The words for a contract id under `prefix` ("report.muscle_" + "calf_back"); an id
  // the table does not know (a level from another program's file) is shown as given.
  std::string Named(std::string_view prefix, std::string_view id) const {
    const std::string_view text = i18n::Text(language_, std::string(prefix) + std::string(id));
    return HtmlEscape(text.empty() ? id : text);
  }
  std::string Num(double value, int decimals) const {
    return i18n::FormatDecimal(language_, value, decimals);
  }
  std::string Duration(int seconds) const {
    return HtmlEscape(i18n::FormatDuration(language_, seconds));
  }
  std::string Date(const d::LocalDate& date) const {
    return HtmlEscape(i18n::FormatFullDate(language_, date));
  }

 private:
  Language language_;
};

std::string Row(const std::string& label, const std::string& value) {
  return "<tr><th>" + label + "</th><td>" + value + "</td></tr>";
}

std::string Head(std::initializer_list<std::string> cells) {
  std::string html = "<tr>";
  for (const std::string& cell : cells) html += "<th>" + cell + "</th>";
  return html + "</tr>";
}

std::string NumberCell(const std::string& text) {
  return "<td class=\"n\">" + text + "</td>";
}

// When an episode started, as the person's clock showed it, in the report's words.
std::string When(const Words& w, const Episode& e, const d::LocalDate& as_of) {
  const auto t = d::ParseTimestamp(e.started_at, d::TimestampKind::kLocalWithOffset);
  if (!t) return HtmlEscape(e.started_at);
  return HtmlEscape(i18n::FormatDateTime(w.language(), *t, as_of));
}

// An ISO 8601 timestamp as a date and time ("in UTC" when it is); anything else as given.
std::string GeneratedAt(const Words& w, const std::string& text) {
  const auto t = d::ParseTimestamp(text, d::TimestampKind::kLocalWithOffset);
  if (!t) return HtmlEscape(text);
  std::string time = i18n::FormatTime(w.language(), t->hour, t->minute);
  if (t->utc) time = i18n::Fill(i18n::Text(w.language(), "date.utc"), {{"time", time}});
  return w.Date(t->date) + " " + HtmlEscape(time);
}

// "back of calf 26, toes 9": most first, on one line, so the section takes two rows.
std::string CountList(const Words& w, std::string_view prefix,
                      std::vector<std::pair<std::string, int>> rows) {
  std::stable_sort(rows.begin(), rows.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  std::string text;
  for (const auto& [id, count] : rows) {
    if (!text.empty()) text += w("report.list_separator");
    // The name is escaped markup already: fill the escaped pattern, not the raw one.
    text += i18n::Fill(w("report.count_item"),
                       {{"name", w.Named(prefix, id)}, {"count", std::to_string(count)}});
  }
  return text;
}

template <typename Enums, typename Counts>
std::vector<std::pair<std::string, int>> Named(const Enums& values, const Counts& counts) {
  std::vector<std::pair<std::string, int>> rows;
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (counts[i] > 0) rows.emplace_back(d::Name(values[i]), counts[i]);
  }
  return rows;
}

// [SECTION] Sections: summary, per week, durations, pain, triggers, relief, self-check
std::string Summary(const Words& w, const d::DiaryStats& s) {
  const std::string nights = std::to_string(s.streaks.cramp_nights);
  const std::string days = std::to_string(s.days_covered);
  const std::string longest = std::to_string(s.streaks.longest_cramp_free_nights);
  const std::string band(i18n::Text(w.language(), "report.band_" + std::string(d::Name(s.band))));
  std::string html = "<section><h2>" + w("report.summary") + "</h2><table>";
  html += Row(w("report.episodes"), std::to_string(s.total_episodes));
  html +=
      Row(w("report.cramp_nights"), w("report.nights_of", {{"nights", nights}, {"days", days}}));
  html += Row(w("report.per_week_4"),
              s.days_covered >= d::kMinNightsForWeeklyRate
                  ? w.Num(s.episodes_per_week, 1)
                  : w.Plural("report.per_week_wait", d::kMinNightsForWeeklyRate - s.days_covered));
  html += Row(w("report.frequency"), w("report.frequency_value", {{"band", band}}));
  html += Row(w("report.cramp_free"),
              w.Plural("report.cramp_free_plain", s.streaks.current_cramp_free_nights,
                       {{"longest", longest}}));
  return html + "</table></section>";
}

// The weeks Trends draws (stats.h: 7 nights ending on the as-of night, none before the
// diary began), each named by its last night as Trends names it, so both say the same.
std::string WeeklyChart(const Words& w, const d::DiaryStats& s) {
  const d::RecentWeeks recent = d::LastWeeks(s, kReportWeeks);
  std::vector<ChartBar> bars;
  for (const d::WeekCount& week : recent.weeks)
    bars.push_back({i18n::FormatShortDate(w.language(), week.last_night), week.episodes});
  std::string html = "<section><h2>" + w("report.weekly") + "</h2>";
  if (bars.empty()) return html + "<p>" + w("report.weekly_none") + "</p></section>";
  html += "<p class=\"meta\">" + w("report.weekly_axis") + "</p>";
  html += BarChartSvg(bars, i18n::Text(w.language(), "report.weekly_title"));
  const std::string rate = recent.per_week ? w.Num(*recent.per_week, 1) : "";
  html += "<p class=\"meta\">" +
          w.Plural("report.weekly_weeks", static_cast<long long>(recent.weeks.size()));
  if (!recent.weeks.empty() && recent.weeks.front().nights_in_diary < 7)
    html += " " + w.Plural("report.weekly_first_short", recent.weeks.front().nights_in_diary);
  html += "</p></section>";
  return html;
}

std::string Durations(const Words& w, const d::DiaryStats& s) {
  std::string html = "<section><h2>" + w("report.durations") + "</h2><table>";
  if (s.durations.median_s) {
    html += Row(w("report.typical"), w.Duration(*s.durations.median_s));
    html += Row(w("report.range"), w.Duration(s.durations.min_s.value_or(0)) + " / " +
                                       w.Duration(s.durations.max_s.value_or(0)));
  }
  std::string trend;
  const std::string slope = w.Num(s.trend.slope_s_per_week, 1);
  const std::string count = std::to_string(s.trend.episodes_used);
  const std::string low = w.Num(s.trend.slope_low_s_per_week, 1);
  const std::string high = w.Num(s.trend.slope_high_s_per_week, 1);
  // Values holds views: the strings above outlive it.
  const i18n::Values values = {{"slope", slope}, {"count", count}, {"low", low}, {"high", high}};
  switch (s.trend.verdict) {
    case d::TrendVerdict::kLonger:
      trend = w("report.trend_longer", values);
      break;
    case d::TrendVerdict::kNotLonger:
      trend = w("report.trend_not_longer", values);
      break;
    case d::TrendVerdict::kCannotTell:
      trend = w("report.trend_cannot_tell", values);
      break;
    case d::TrendVerdict::kNotEnoughData: {
      const std::string episodes = std::to_string(d::kMinTrendEpisodes);
      const std::string days = std::to_string(d::kMinTrendDays);
      trend = w("report.trend_wait", {{"episodes", episodes}, {"days", days}});
      break;
    }
  }
  html += Row(w("report.trend"), trend);
  return html + "</table></section>";
}

// Pain only where the person rated it: unrated entries are counted, never given a number.
std::string Pain(const Words& w, const d::DiaryStats& s) {
  std::string html = "<section><h2>" + w("report.pain") + "</h2>";
  if (s.pain.rated == 0) return html + "<p>" + w("report.pain_none_rated") + "</p></section>";
  html += "<table>";
  html += Row(w("report.pain_typical"), std::to_string(s.pain.median.value_or(0)));
  html += Row(w("report.pain_range"), std::to_string(s.pain.min.value_or(0)) + " / " +
                                          std::to_string(s.pain.max.value_or(0)));
  const std::string rated = std::to_string(s.pain.rated);
  const std::string total = std::to_string(s.pain.rated + s.pain.not_rated);
  html += Row(w("report.pain_rated"),
              w("report.pain_rated_value", {{"rated", rated}, {"total", total}}));
  return html + "</table></section>";
}

// One table: each trigger noted with its count and, where there is enough data, the
// association numbers on the same row (two tables of the same triggers cost a page).
std::string Triggers(const Words& w, const d::DiaryStats& s) {
  bool association = false;
  for (const auto& a : s.trigger_association) association = association || a.shown;
  std::string html = "<section><h2>" + w("report.triggers") + "</h2>";
  if (association) html += "<p class=\"meta\">" + w("report.association_note") + "</p>";
  html += "<table>";
  html += association ? Head({w("report.col.trigger_noted"), w("report.col.episodes"),
                              w("report.col.with"), w("report.col.without"),
                              w("report.col.per_night"), w("report.col.mean_duration")})
                      : Head({w("report.col.trigger_noted"), w("report.col.episodes")});
  for (std::size_t i = 0; i < d::kAllTriggers.size(); ++i) {
    const auto& a = s.trigger_association[i];
    if (s.by_trigger[i] == 0 && !a.shown) continue;
    html += "<tr><td>" + w.Named("report.trigger_", d::Name(d::kAllTriggers[i])) + "</td>" +
            NumberCell(std::to_string(s.by_trigger[i]));
    if (association && a.shown) {
      html += NumberCell(std::to_string(a.cramp_nights_with)) +
              NumberCell(std::to_string(a.cramp_nights_without)) +
              NumberCell(w.Num(a.episodes_per_night_with, 2) + " / " +
                         w.Num(a.episodes_per_night_without, 2)) +
              NumberCell(w.Num(a.mean_duration_with_s, 0) + " / " +
                         w.Num(a.mean_duration_without_s, 0));
    } else if (association) {
      html += "<td></td><td></td><td></td><td></td>";
    }
    html += "</tr>";
  }
  return html + "</table></section>";
}

std::string Relief(const Words& w, const d::DiaryStats& s) {
  std::string html = "<section><h2>" + w("report.relief") + "</h2><table>" +
                     Head({w("report.col.relief"), w("report.col.used"), w("report.col.helped"),
                           w("report.col.not_helped"), w("report.col.not_recorded")});
  for (const auto& r : s.relief) {
    if (r.used == 0) continue;
    html += "<tr><td>" + w.Named("report.relief_", d::Name(r.relief)) + "</td>" +
            NumberCell(std::to_string(r.used)) + NumberCell(std::to_string(r.helped)) +
            NumberCell(std::to_string(r.not_helped)) + NumberCell(std::to_string(r.not_recorded)) +
            "</tr>";
  }
  return html + "</table></section>";
}

// "A statin, Kidney disease": the self-check's own words for its ids, escaped.
std::string IdList(const Words& w, std::string_view prefix, const std::vector<std::string>& ids) {
  if (ids.empty()) return w("report.none_answered");
  std::string text;
  for (std::size_t i = 0; i < ids.size(); ++i)
    text += (i ? w("report.list_separator") : "") + w.Named(prefix, ids[i]);
  return text;
}

std::string SelfCheck(const Words& w, const std::optional<SelfCheckSummary>& check) {
  std::string html = "<section><h2>" + w("report.selfcheck") + "</h2>";
  if (!check) return html + "<p>" + w("report.selfcheck_none") + "</p></section>";
  const std::string level =
      "<span class=\"level\">" + w.Named("report.level_", check->level) + "</span>";
  // The level is already escaped markup: fill the escaped pattern, not the raw one.
  html += "<p>" + i18n::Fill(w("report.result", {}), {{"level", level}});
  if (!check->assessed_at.empty()) html += " (" + HtmlEscape(check->assessed_at) + ")";
  html += "</p>";
  if (!check->rules.empty()) {
    html += "<table>" + Head({w("report.col.rule"), w("report.col.level"), w("report.col.reason"),
                              w("report.col.source")});
    for (const auto& rule : check->rules) {
      html += "<tr><td>" + HtmlEscape(rule.id) + "</td><td>" +
              w.Named("report.level_", rule.level) + "</td><td>" + HtmlEscape(rule.message) +
              "</td><td>" + HtmlEscape(rule.source) + "</td></tr>";
    }
    html += "</table>";
  }
  const auto list = [&w](std::string_view key, std::string_view prefix,
                         const std::vector<std::string>& ids) {
    return "<p>" + i18n::Fill(w(key), {{"list", IdList(w, prefix, ids)}}) + "</p>";
  };
  html += list("report.medicines", "choice.new_medicines.", check->medicines);
  html += list("report.conditions", "choice.conditions.", check->conditions);
  return html + "<p class=\"meta\">" + w("report.not_diagnosis") + "</p></section>";
}

std::string EpisodeCells(const Words& w, const Episode& e, const d::LocalDate& as_of) {
  std::string triggers;
  for (const auto t : d::kAllTriggers) {
    if (e.triggers.Has(t))
      triggers += (triggers.empty() ? "" : w("report.list_separator")) +
                  w.Named("report.trigger_", d::Name(t));
  }
  std::string relief =
      e.relief ? w.Named("report.relief_", d::Name(*e.relief)) : w("report.relief_not_answered");
  if (e.relief_helped) {
    const std::string helped = w(*e.relief_helped ? "report.helped_yes" : "report.helped_no");
    relief = i18n::Fill(w("report.relief_helped"), {{"relief", relief}, {"helped", helped}});
  }
  const std::string where =
      i18n::Fill(w("report.where"), {{"muscle", w.Named("report.muscle_", d::Name(e.muscle))},
                                     {"side", w.Named("report.side_", d::Name(e.side))}});
  return "<td class=\"when\">" + When(w, e, as_of) + "</td>" +
         NumberCell(w.Duration(e.duration_s)) + "<td>" + where + "</td>" +
         NumberCell(e.pain ? std::to_string(*e.pain) : w("report.pain_not_rated")) + "<td>" +
         triggers + "</td><td>" + relief + "</td>";
}

}  // namespace

// [SECTION] The page
std::string DoctorReportHtml(const std::vector<Episode>& episodes, const ReportOptions& options) {
  const Words w(options.language);
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

  std::string html = "<!DOCTYPE html>\n<html lang=\"" +
                     std::string(i18n::LanguageTag(options.language)) +
                     "\"><head><meta charset=\"utf-8\">"
                     "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                     "<title>" +
                     w("report.title") + "</title>";
  html += kStyle;
  html += "</head><body><h1>" + w("report.heading") + "</h1><p class=\"meta\">";
  const std::string last = i18n::FormatFullDate(options.language, options.as_of);
  html += s.first_night
              ? w.Plural("report.period", s.days_covered,
                         {{"first", i18n::FormatFullDate(options.language, *s.first_night)},
                          {"last", last}})
              : w("report.period_empty", {{"date", last}});
  html += " " + w("report.recorded_by") + "</p>";
  html += Summary(w, s) + WeeklyChart(w, s);
  html += "<div class=\"pair\">" + Durations(w, s) + Pain(w, s) + "</div>";
  html += "<section><h2>" + w("report.muscles_sides") + "</h2><table>" +
          Row(w("report.col.muscle"),
              CountList(w, "report.muscle_", Named(d::kAllMuscles, s.by_muscle))) +
          Row(w("report.col.side"), CountList(w, "report.side_", Named(d::kAllSides, s.by_side))) +
          "</table></section>";
  html += Triggers(w, s) + Relief(w, s) + SelfCheck(w, options.self_check);

  html += "<section><h2>" + w("report.notes") + "</h2>";
  std::size_t notes = 0, more_notes = 0;
  std::string note_rows;
  for (const auto& [utc, e] : order) {
    if (e->notes.empty()) continue;
    if (notes == options.max_notes) {
      ++more_notes;
      continue;
    }
    ++notes;
    note_rows += "<tr><td>" + When(w, *e, options.as_of) + "</td><td class=\"note\">" +
                 HtmlEscape(e->notes) + "</td></tr>";
  }
  html += notes == 0 ? "<p>" + w("report.no_notes") + "</p>"
                     : "<table>" + Head({w("report.col.when"), w("report.col.note")}) + note_rows +
                           "</table>";
  if (more_notes > 0)
    html += "<p class=\"meta\">" +
            w.Plural("report.more_notes", static_cast<long long>(more_notes)) + "</p>";
  html += "</section>";

  html += "<h2>" + w("report.recent_episodes") + "</h2><table>" +
          Head({w("report.col.started"), w("report.col.duration"), w("report.col.where"),
                w("report.col.pain"), w("report.col.triggers"), w("report.col.relief_helped")});
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
    html += "<tr>" + EpisodeCells(w, *e, options.as_of) + "</tr>";
  }
  html += "</table>";
  if (more_rows > 0)
    html += "<p class=\"meta\">" +
            w.Plural("report.more_episodes", static_cast<long long>(more_rows)) + "</p>";
  const std::string footer = i18n::Fill(
      w("report.footer"),
      {{"when", GeneratedAt(w, options.generated_at)}, {"version", HtmlEscape(core::Version())}});
  html +=
      "<p class=\"footer\">" + footer + " " + w("report.not_diagnosis") + "</p></body></html>\n";
  return html;
}

}  // namespace core::io
