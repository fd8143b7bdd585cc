#pragma once
// The crampcheck-cli commands. Each takes the arguments after its name and returns the
// process exit code of DESIGN.md's contract: JSON on `out`, a clear message on `err`.
#include <iosfwd>
#include <string>
#include <vector>

namespace cli {

enum ExitCode : int {
  kExitOk = 0,
  kExitInvalidInput = 1,  // the input was read but is not valid
  kExitUsage = 2,         // the command line itself is wrong
};

struct Streams {
  std::istream& in;
  std::ostream& out;
  std::ostream& err;
};

using Args = std::vector<std::string>;

int RunTriage(const Args& args, Streams io);
int RunStats(const Args& args, Streams io);
int RunImport(const Args& args, Streams io);
int RunExport(const Args& args, Streams io);
int RunReport(const Args& args, Streams io);

}  // namespace cli
