#pragma once
// The doctor report: one standalone HTML page that prints on A4 (@page CSS), with no
// scripts, fonts, images or links to load, so it can be saved, mailed or printed offline.
// Every string that came from a person or a file is HTML-escaped: a note reading
// "<script>" shows up as those characters.
//
// Every word is in the report's language (ReportOptions::language; keys "report.*" of
// core/i18n/report_text.h), dates and durations as core/i18n/date_format.h writes them,
// and <html lang> says which. Ids (rule ids) and sources stay as they are.
//
// Sections: period and counts, episodes per week (inline SVG), durations and their trend,
// pain where rated (an unrated entry is counted, never given a number), muscles and sides, triggers
// (with the association table when there is enough data), relief, the latest self-check (when
// given), notes, and the episodes of the last 12 weeks.
#include <optional>
#include <string>
#include <vector>

#include "core/diary/civil_date.h"
#include "core/diary/episode.h"
#include "core/i18n/language.h"

namespace core::io {

// The latest self-check as the report shows it. Filled by whoever holds the triage result
// (the app, or the CLI from `crampcheck-cli triage` output); the diary code does not depend
// on the triage engine.
struct SelfCheckRule {
  std::string id;
  std::string level;
  std::string message;
  std::string source;
};

// Levels, medicines and conditions are the contract's ids ("urgent", "statin", "kidney"),
// shown in the report's words; anything else is shown as given. Rule messages are shown
// as given, so they come in the report's language (the triage's text for that language).
struct SelfCheckSummary {
  std::string level;        // "emergency" ... "self_care"
  std::string assessed_at;  // free text in the report's language; may be empty
  std::vector<SelfCheckRule> rules;
  std::vector<std::string> medicines;   // answered new medicines
  std::vector<std::string> conditions;  // answered conditions
};

struct ReportOptions {
  core::diary::LocalDate as_of;  // the last night the report covers
  std::string generated_at;      // ISO 8601 (shown as a date and time), else shown as given
  core::i18n::Language language = core::i18n::Language::kEn;
  std::optional<SelfCheckSummary> self_check;
  // Small enough that the report prints on one or two A4 pages; the rest are counted (the
  // exported file has them all).
  std::size_t max_notes = 4;          // newest first
  std::size_t max_episode_rows = 12;  // newest rows of the last-12-weeks table
};

std::string DoctorReportHtml(const std::vector<core::diary::Episode>& episodes,
                             const ReportOptions& options);

}  // namespace core::io
