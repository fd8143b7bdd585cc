#include "app/data/doctor_report.h"

#include <cstdio>
#include <optional>

#include "core/diary/triage_facts.h"
#include "core/i18n/date_format.h"
#include "core/i18n/text.h"
#include "core/io/report.h"
#include "core/triage/answers_json.h"
#include "core/triage/assess.h"
#include "core/triage/level.h"
#include "core/triage/triage_text.h"

namespace app::data {
namespace {

std::optional<core::io::SelfCheckSummary> AssessLastCheck(
    const std::vector<core::diary::Episode>& episodes, std::string_view last_answers_json,
    core::diary::LocalDate today, const core::triage::EmergencyRegion& region,
    core::i18n::Language language) {
  if (last_answers_json.empty()) return std::nullopt;
  const core::triage::AnswersParseResult parsed = core::triage::ParseAnswersJson(last_answers_json);
  if (!parsed.Ok()) return std::nullopt;  // a damaged record: the report goes without it
  const core::triage::Assessment assessment =
      core::triage::Assess(parsed.answers, core::diary::TriageFacts(episodes, today));
  core::io::SelfCheckSummary summary;
  summary.level = std::string(core::triage::LevelName(assessment.level));
  summary.assessed_at = core::i18n::Fill(core::i18n::Text(language, "report.assessed_at"),
                                         {{"date", core::i18n::FormatFullDate(language, today)}});
  const core::triage::TextLookup text = core::i18n::Lookup(language);
  for (const core::triage::FiredRule& rule : assessment.rules) {
    summary.rules.push_back({std::string(rule.id), std::string(core::triage::LevelName(rule.level)),
                             core::triage::RuleMessage(text, rule, assessment, region, language),
                             std::string(rule.source)});
  }
  const auto& answers = parsed.answers;
  if (answers.new_medicines.IsAnswered()) {
    for (const auto medicine : answers.new_medicines.value)
      summary.medicines.emplace_back(core::triage::NameOf(medicine));
  }
  if (answers.conditions.IsAnswered()) {
    for (const auto condition : answers.conditions.value)
      summary.conditions.emplace_back(core::triage::NameOf(condition));
  }
  return summary;
}

}  // namespace

std::string MakeDoctorReport(const std::vector<core::diary::Episode>& episodes,
                             std::string_view last_answers_json, core::diary::LocalDate today,
                             const std::string& generated_at,
                             const core::triage::EmergencyRegion& region,
                             core::i18n::Language language) {
  core::io::ReportOptions options;
  options.as_of = today;
  options.generated_at = generated_at;
  options.language = language;
  options.self_check = AssessLastCheck(episodes, last_answers_json, today, region, language);
  return core::io::DoctorReportHtml(episodes, options);
}

std::string DoctorReportFileName(core::diary::LocalDate today) {
  char name[64];
  std::snprintf(name, sizeof name, "crampcheck-report-%04d-%02d-%02d.html", today.year, today.month,
                today.day);
  return name;
}

}  // namespace app::data
