#pragma once
// Reading and writing files for the CLI without exceptions: every failure becomes a
// message for stderr, never an abort.
#include <optional>
#include <string>

#include "cli/commands.h"

namespace cli {

// Reads a whole file, or standard input when `path` is "-". On failure writes a message
// naming the path to io.err and returns nullopt.
std::optional<std::string> ReadInput(const std::string& path, Streams io);

// Writes `text` to `path` through a temporary file and a rename, so a crash never leaves
// a half-written diary. Returns false (with a message on io.err) on failure.
bool WriteFileAtomically(const std::string& path, const std::string& text, Streams io);

}  // namespace cli
