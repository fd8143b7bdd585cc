// crampcheck-cli triage [ANSWERS.json | -]: assess self-check answers (DESIGN.md contract).
// No argument reads standard input, like "-".
#include <filesystem>
#include <ostream>
#include <system_error>

#include "cli/cli_io.h"
#include "cli/commands.h"
#include "core/triage/answers_json.h"
#include "core/triage/assess.h"
#include "core/triage/assessment_json.h"
#include "core/triage/triage_text.h"

namespace cli {
namespace {
constexpr const char* kTriageUsage = "usage: crampcheck-cli triage [ANSWERS.json | -]\n";
}  // namespace

int RunTriage(const Args& args, Streams io) {
  if (args.size() > 1) {
    io.err << "triage: too many arguments\n" << kTriageUsage;
    return kExitUsage;
  }
  const std::string path = args.empty() ? "-" : args[0];
  if (path == "--help" || path == "-h") {
    io.out << kTriageUsage;
    return kExitOk;
  }
  if (path.size() > 1 && path[0] == '-') {
    io.err << "triage: unknown option " << path << "\n" << kTriageUsage;
    return kExitUsage;
  }
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
  // The CLI has no diary, so frequency and duration come from the answers.
  const auto assessment = core::triage::Assess(parsed.answers);
  io.out << core::triage::AssessmentToJsonText(assessment, core::triage::TriageTextEn) << "\n";
  return kExitOk;
}

}  // namespace cli
