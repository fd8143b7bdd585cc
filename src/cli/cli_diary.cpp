// Placeholder until the diary core lands (issue 4): refuses with a usage error.
#include "cli/commands.h"

#include <ostream>

namespace cli {
namespace {
int NotYet(Streams io) {
  io.err << "diary commands are not available in this build yet\n";
  return kExitUsage;
}
}  // namespace
int RunStats(const Args&, Streams io) { return NotYet(io); }
int RunImport(const Args&, Streams io) { return NotYet(io); }
int RunExport(const Args&, Streams io) { return NotYet(io); }
int RunReport(const Args&, Streams io) { return NotYet(io); }
}  // namespace cli
