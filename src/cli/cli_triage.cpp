// Placeholder until the triage engine lands (issue 3): refuses with a usage error.
#include "cli/commands.h"

#include <ostream>

namespace cli {
int RunTriage(const Args&, Streams io) {
  io.err << "triage is not available in this build yet\n";
  return kExitUsage;
}
}  // namespace cli
