// crampcheck-cli stats | import | export | report: the diary core from a terminal.
// DIARY.json is always the export format of DESIGN.md; a diary is only ever rewritten
// whole, through WriteFileAtomically, and only after the imported file proved valid.
#include <ctime>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "cli/cli_io.h"
#include "cli/commands.h"
#include "core/diary/diary.h"
#include "core/diary/stats.h"
#include "core/diary/timestamp.h"
#include "core/diary/triage_facts.h"
#include "core/i18n/language.h"
#include "core/io/diary_json.h"
#include "core/io/episode_csv.h"
#include "core/io/import.h"
#include "core/io/json_text.h"
#include "core/io/report.h"
#include "core/io/stats_json.h"

namespace cli {
namespace {

namespace d = core::diary;
namespace cio = core::io;

constexpr std::size_t kMaxIssuesPrinted = 50;

constexpr const char* kStatsUsage =
    "usage: crampcheck-cli stats DIARY.json [--as-of YYYY-MM-DD] [--lang en|zh-Hans]\n"
    "  --lang LANG  accepted for symmetry with triage and report: the statistics are numbers,\n"
    "               ids and keys, the same in every language\n";
constexpr const char* kReportUsage =
    "usage: crampcheck-cli report DIARY.json [--as-of YYYY-MM-DD] "
    "[--self-check TRIAGE_RESULT.json] [--lang en|zh-Hans]\n"
    "  --lang LANG  the language of the report's words and dates (default en); give it the\n"
    "               triage output of the same --lang, whose messages are shown as they are\n";

// Splits "FILE --flag value --switch" into positionals and flags; false on a usage error.
struct Parsed {
  std::vector<std::string> positional;
  std::optional<std::string> as_of, diary, format, self_check, lang;
  bool dry_run = false;
};

bool ParseArgs(const Args& args, Parsed& parsed, Streams io) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    auto value = [&](std::optional<std::string>& into) {
      if (i + 1 >= args.size()) {
        io.err << arg << " needs a value\n";
        return false;
      }
      into = args[++i];
      return true;
    };
    if (arg == "--as-of") {
      if (!value(parsed.as_of)) return false;
    } else if (arg == "--diary") {
      if (!value(parsed.diary)) return false;
    } else if (arg == "--format") {
      if (!value(parsed.format)) return false;
    } else if (arg == "--self-check") {
      if (!value(parsed.self_check)) return false;
    } else if (arg == "--lang") {
      if (!value(parsed.lang)) return false;
    } else if (arg == "--dry-run") {
      parsed.dry_run = true;
    } else if (arg.size() > 1 && arg[0] == '-' && arg != "-") {
      io.err << "unknown option " << arg << "\n";
      return false;
    } else {
      parsed.positional.push_back(arg);
    }
  }
  return true;
}

std::string NowUtc() {
  return d::FormatUtcSeconds(static_cast<std::int64_t>(std::time(nullptr)));
}

d::LocalDate Today() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return d::LocalDate{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

// --lang (en when not given); nullopt (after a message) for any other tag, or for --lang on
// a command without words to translate (import, export).
std::optional<core::i18n::Language> Lang(const Parsed& parsed, bool accepted, Streams io) {
  if (!parsed.lang) return core::i18n::Language::kEn;
  const auto language = accepted ? core::i18n::LanguageFromTag(*parsed.lang) : std::nullopt;
  if (!accepted) {
    io.err << "unknown option --lang\n";
  } else if (!language) {
    io.err << "--lang needs en or zh-Hans, got " << *parsed.lang << "\n";
  }
  return language;
}

// --as-of or today; nullopt (after a message) when the date is not valid.
std::optional<d::LocalDate> AsOf(const Parsed& parsed, Streams io) {
  if (!parsed.as_of) return Today();
  const auto date = d::ParseDate(*parsed.as_of);
  if (!date || date->year < d::kMinYear || date->year > d::kMaxYear) {
    io.err << "--as-of must be a real date YYYY-MM-DD between " << d::kMinYear << " and "
           << d::kMaxYear << ", got " << *parsed.as_of << "\n";
    return std::nullopt;
  }
  return date;
}

void PrintIssues(const std::string& path, const std::vector<cio::ImportIssue>& issues, int count,
                 Streams io) {
  io.err << path << ": " << count << (count == 1 ? " problem" : " problems") << "\n";
  for (std::size_t i = 0; i < issues.size() && i < kMaxIssuesPrinted; ++i)
    io.err << "  " << cio::FormatIssue(issues[i]) << "\n";
  if (static_cast<std::size_t>(count) > kMaxIssuesPrinted)
    io.err << "  ... and " << (static_cast<std::size_t>(count) - kMaxIssuesPrinted) << " more\n";
}

nlohmann::ordered_json IssuesJson(const std::vector<cio::ImportIssue>& issues) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (std::size_t i = 0; i < issues.size() && i < kMaxIssuesPrinted; ++i) {
    list.push_back({{"row", issues[i].row},
                    {"location", issues[i].location},
                    {"field", issues[i].field},
                    {"message", issues[i].message}});
  }
  return list;
}

// Reads DIARY.json. With `missing_ok`, a file that does not exist is an empty diary.
// Returns nullopt (after a message) on any problem; `exit_code` says which.
std::optional<std::vector<d::Episode>> LoadDiary(const std::string& path, bool missing_ok,
                                                 Streams io, int& exit_code) {
  exit_code = kExitInvalidInput;
  std::error_code ec;
  if (missing_ok && path != "-" && !std::filesystem::exists(path, ec) && !ec)
    return std::vector<d::Episode>{};
  const auto text = ReadInput(path, io);
  if (!text) return std::nullopt;
  cio::ParsedEpisodes parsed = cio::ParseDiaryJson(*text);
  if (!parsed.Ok()) {
    PrintIssues(path, parsed.issues, parsed.issue_count, io);
    return std::nullopt;
  }
  return std::move(parsed.episodes);
}

// Reads `crampcheck-cli triage` output (level, rules) for the report; lenient about extra
// keys, strict about types. Optional "new_medicines" / "conditions" lists are shown too.
std::optional<cio::SelfCheckSummary> LoadSelfCheck(const std::string& path, Streams io) {
  const auto text = ReadInput(path, io);
  if (!text) return std::nullopt;
  const auto json = nlohmann::json::parse(*text, nullptr, false);
  auto str = [](const nlohmann::json& object, const char* key) {
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  if (json.is_discarded() || !json.is_object() || str(json, "level").empty()) {
    io.err << path << ": expected the JSON printed by `crampcheck-cli triage` (with \"level\")\n";
    return std::nullopt;
  }
  cio::SelfCheckSummary summary;
  summary.level = str(json, "level");
  summary.assessed_at = str(json, "assessed_at");
  const auto rules = json.find("rules");
  if (rules != json.end() && rules->is_array()) {
    for (const auto& rule : *rules) {
      if (!rule.is_object()) continue;
      summary.rules.push_back(
          {str(rule, "id"), str(rule, "level"), str(rule, "message"), str(rule, "source")});
    }
  }
  auto strings = [&json](const char* key, std::vector<std::string>& into) {
    const auto it = json.find(key);
    if (it == json.end() || !it->is_array()) return;
    for (const auto& item : *it) {
      if (item.is_string()) into.push_back(item.get<std::string>());
    }
  };
  strings("new_medicines", summary.medicines);
  strings("conditions", summary.conditions);
  return summary;
}

}  // namespace

int RunStats(const Args& args, Streams io) {
  Parsed parsed;
  if (!ParseArgs(args, parsed, io) || parsed.positional.size() != 1 || !Lang(parsed, true, io)) {
    io.err << kStatsUsage;
    return kExitUsage;
  }
  // The statistics are numbers, ids and keys only: --lang is accepted and changes nothing.
  const auto as_of = AsOf(parsed, io);
  if (!as_of) return kExitUsage;
  int exit_code = kExitOk;
  const auto episodes = LoadDiary(parsed.positional[0], false, io, exit_code);
  if (!episodes) return exit_code;
  const auto prepared = d::PrepareEpisodes(*episodes);
  auto json = cio::StatsToJson(d::ComputeStats(prepared, *as_of));
  json["diary_facts"] = cio::DiaryFactsToJson(d::TriageFacts(prepared, *as_of));
  io.out << cio::SafeDump(json, 2) << "\n";
  return kExitOk;
}

int RunImport(const Args& args, Streams io) {
  Parsed parsed;
  if (!ParseArgs(args, parsed, io) || parsed.positional.size() != 1 || !parsed.diary ||
      !Lang(parsed, false, io)) {
    io.err << "usage: crampcheck-cli import FILE --diary DIARY.json [--dry-run]\n";
    return kExitUsage;
  }
  const std::string& file = parsed.positional[0];
  int exit_code = kExitOk;
  const auto existing = LoadDiary(*parsed.diary, true, io, exit_code);
  if (!existing) return exit_code;
  const auto text = ReadInput(file, io);
  if (!text) return kExitInvalidInput;

  // The editor's rules, "not in the future" included: the CLI is a way in too.
  const cio::ImportPlan plan =
      cio::PlanImport(*existing, *text, static_cast<std::int64_t>(std::time(nullptr)));
  nlohmann::ordered_json summary;
  summary["valid"] = plan.Valid();
  summary["dry_run"] = parsed.dry_run;
  summary["format"] = cio::Name(plan.format);
  if (!plan.Valid()) {
    PrintIssues(file, plan.issues, plan.issue_count, io);
    io.err << "nothing was imported; " << *parsed.diary << " is unchanged\n";
    summary["issue_count"] = plan.issue_count;
    summary["issues"] = IssuesJson(plan.issues);
    io.out << cio::SafeDump(summary, 2) << "\n";
    return kExitInvalidInput;
  }
  summary["rows"] = plan.rows;
  summary["added"] = plan.to_add.size();
  summary["updated"] = plan.to_update.size();
  summary["unchanged"] = plan.unchanged;
  summary["kept_existing"] = plan.kept_existing;

  std::vector<d::FieldError> errors;
  auto diary = d::Diary::FromEpisodes(*existing, &errors);
  if (!diary) {  // LoadDiary validated it already; kept as a guard
    io.err << *parsed.diary << ": invalid diary\n";
    return kExitInvalidInput;
  }
  const auto applied = cio::ApplyImport(*diary, plan);
  if (!applied.ok) {
    for (const auto& error : applied.errors) io.err << error.field << ": " << error.message << "\n";
    return kExitInvalidInput;
  }
  summary["diary_episodes"] = diary->Size();
  // Rewrite only when something changed or the diary is new, so a repeated import leaves
  // the file (and its exported_at) alone.
  std::error_code ec;
  const bool exists = std::filesystem::exists(*parsed.diary, ec) && !ec;
  const bool changed = !plan.to_add.empty() || !plan.to_update.empty() || !exists;
  summary["written"] = !parsed.dry_run && changed;
  if (!parsed.dry_run && changed &&
      !WriteFileAtomically(*parsed.diary, cio::ExportDiaryJson(diary->Episodes(), NowUtc()), io))
    return kExitInvalidInput;
  io.out << cio::SafeDump(summary, 2) << "\n";
  return kExitOk;
}

int RunExport(const Args& args, Streams io) {
  Parsed parsed;
  if (!ParseArgs(args, parsed, io) || !parsed.positional.empty() || !parsed.diary ||
      !parsed.format || (*parsed.format != "json" && *parsed.format != "csv") ||
      !Lang(parsed, false, io)) {
    io.err << "usage: crampcheck-cli export --diary DIARY.json --format json|csv\n";
    return kExitUsage;
  }
  int exit_code = kExitOk;
  const auto episodes = LoadDiary(*parsed.diary, false, io, exit_code);
  if (!episodes) return exit_code;
  io.out << (*parsed.format == "json" ? cio::ExportDiaryJson(*episodes, NowUtc())
                                      : cio::ExportDiaryCsv(*episodes));
  return kExitOk;
}

int RunReport(const Args& args, Streams io) {
  Parsed parsed;
  const auto language = ParseArgs(args, parsed, io) ? Lang(parsed, true, io) : std::nullopt;
  if (!language || parsed.positional.size() != 1) {
    io.err << kReportUsage;
    return kExitUsage;
  }
  const auto as_of = AsOf(parsed, io);
  if (!as_of) return kExitUsage;
  int exit_code = kExitOk;
  const auto episodes = LoadDiary(parsed.positional[0], false, io, exit_code);
  if (!episodes) return exit_code;
  cio::ReportOptions options;
  options.as_of = *as_of;
  options.generated_at = NowUtc();
  options.language = *language;
  if (parsed.self_check) {
    options.self_check = LoadSelfCheck(*parsed.self_check, io);
    if (!options.self_check) return kExitInvalidInput;
  }
  io.out << cio::DoctorReportHtml(*episodes, options);
  return kExitOk;
}

}  // namespace cli
