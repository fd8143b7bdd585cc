// crampcheck-cli: thin dispatch to the commands in cli_*.cpp.
#include <cstring>
#include <iostream>
#include <string>

#include "cli/commands.h"
#include "core/version.h"

namespace {

void PrintUsage(std::ostream& out) {
  out << "usage: crampcheck-cli <command> [args]\n"
         "  triage [ANSWERS.json | -] [--lang L] [--region CODE]  assess self-check answers\n"
         "  stats DIARY.json [--as-of YYYY-MM-DD] [--lang L]     diary statistics\n"
         "  import FILE --diary DIARY.json [--dry-run]           merge an export into a diary\n"
         "  export --diary DIARY.json --format json|csv\n"
         "  report DIARY.json [--as-of YYYY-MM-DD] [--self-check TRIAGE.json] [--lang L]\n"
         "                                                       doctor report as HTML\n"
         "  L is en (default) or zh-Hans: the language of messages, advice and the report\n"
         "  --version\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    PrintUsage(std::cerr);
    return cli::kExitUsage;
  }
  const std::string command = argv[1];
  const cli::Args args(argv + 2, argv + argc);
  cli::Streams io{std::cin, std::cout, std::cerr};
  if (command == "triage") return cli::RunTriage(args, io);
  if (command == "stats") return cli::RunStats(args, io);
  if (command == "import") return cli::RunImport(args, io);
  if (command == "export") return cli::RunExport(args, io);
  if (command == "report") return cli::RunReport(args, io);
  if (command == "--version") {
    std::cout << "{\"version\":\"" << core::Version() << "\"}\n";
    return cli::kExitOk;
  }
  if (command == "--help" || command == "-h") {
    PrintUsage(std::cout);
    return cli::kExitOk;
  }
  std::cerr << "unknown command: " << command << "\n";
  PrintUsage(std::cerr);
  return cli::kExitUsage;
}
