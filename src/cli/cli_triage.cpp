// crampcheck-cli triage [ANSWERS.json | -]: assess self-check answers (DESIGN.md contract).
// No argument reads standard input, like "-".
#include <cstdlib>
#include <filesystem>
#include <ostream>
#include <system_error>

#include "cli/cli_io.h"
#include "cli/commands.h"
#include "core/i18n/language.h"
#include "core/i18n/text.h"
#include "core/triage/answers_json.h"
#include "core/triage/assess.h"
#include "core/triage/assessment_json.h"
#include "core/triage/contradictions.h"
#include "core/triage/emergency_numbers.h"
#include "core/triage/triage_text.h"

namespace cli {
namespace {
constexpr const char* kTriageUsage =
    "usage: crampcheck-cli triage [ANSWERS.json | -] [--lang en|zh-Hans] [--region CODE]\n"
    "  --lang LANG    the language of messages and advice (default en); ids, levels and keys\n"
    "                 are never translated\n"
    "  --region CODE  whose emergency number and urgent line the messages name (cn, hk, mo, tw,\n"
    "                 sg, uk, eu, us, ca, au, nz, in, intl); default: from $LC_ALL / $LANG\n";

// The region the messages are written for: --region, else the locale like the app does.
std::string DefaultRegion() {
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(name);
    if (value != nullptr && *value != '\0') {
      return std::string(core::triage::RegionFromLocale(value));
    }
  }
  return std::string(core::triage::kFallbackRegionCode);
}
}  // namespace

int RunTriage(const Args& args, Streams io) {
  std::string path;
  std::string region_code;
  core::i18n::Language language = core::i18n::Language::kEn;
  bool have_path = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--help" || arg == "-h") {
      io.out << kTriageUsage;
      return kExitOk;
    }
    if (arg == "--lang") {
      const auto chosen =
          i + 1 < args.size() ? core::i18n::LanguageFromTag(args[i + 1]) : std::nullopt;
      if (!chosen) {
        io.err << "triage: --lang needs en or zh-Hans\n" << kTriageUsage;
        return kExitUsage;
      }
      language = *chosen;
      ++i;
      continue;
    }
    if (arg == "--region") {
      if (i + 1 >= args.size()) {
        io.err << "triage: --region needs a region code\n" << kTriageUsage;
        return kExitUsage;
      }
      region_code = args[++i];
      if (core::triage::FindEmergencyRegion(region_code) == nullptr) {
        io.err << "triage: unknown region " << region_code << "\n" << kTriageUsage;
        return kExitUsage;
      }
      continue;
    }
    if (arg.size() > 1 && arg[0] == '-') {
      io.err << "triage: unknown option " << arg << "\n" << kTriageUsage;
      return kExitUsage;
    }
    if (have_path) {
      io.err << "triage: too many arguments\n" << kTriageUsage;
      return kExitUsage;
    }
    path = arg;
    have_path = true;
  }
  if (!have_path) path = "-";
  if (region_code.empty()) region_code = DefaultRegion();
  // ReadInput would abort reading a directory (the stream throws), so refuse it here.
  std::error_code ignored;
  if (path != "-" && std::filesystem::is_directory(path, ignored)) {
    io.err << "triage: " << path << " is a directory, expected an answers JSON file\n";
    return kExitInvalidInput;
  }
  const auto text = ReadInput(path, io);
  if (!text) return kExitInvalidInput;

  const auto parsed = core::triage::ParseAnswersJson(*text);
  if (!parsed.Ok()) {
    io.err << "triage: " << parsed.error->message << "\n";
    return kExitInvalidInput;
  }
  // A follow-up answered yes under a gate answered no: reject it, naming both fields.
  if (const auto contradiction = core::triage::FindContradiction(parsed.answers)) {
    io.err << "triage: " << contradiction->message << "\n";
    return kExitInvalidInput;
  }
  // The CLI has no diary, so frequency and duration come from the answers.
  const auto assessment = core::triage::Assess(parsed.answers);
  io.out << core::triage::AssessmentToJsonText(assessment, core::i18n::Lookup(language),
                                               core::triage::EmergencyRegionOrFallback(region_code),
                                               language)
         << "\n";
  return kExitOk;
}

}  // namespace cli
