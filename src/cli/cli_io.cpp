#include "cli/cli_io.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace cli {

std::optional<std::string> ReadInput(const std::string& path, Streams io) {
  if (path == "-") {
    std::ostringstream buffer;
    buffer << io.in.rdbuf();
    return buffer.str();
  }
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) {
    io.err << "cannot read " << path << ": it is a folder, not a file\n";
    return std::nullopt;
  }
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    io.err << "cannot open " << path << ": " << std::strerror(errno) << "\n";
    return std::nullopt;
  }
  std::string text((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  if (file.bad()) {
    io.err << "cannot read " << path << "\n";
    return std::nullopt;
  }
  return text;
}

bool WriteFileAtomically(const std::string& path, const std::string& text, Streams io) {
  const std::string temp = path + ".tmp";
  FILE* file = std::fopen(temp.c_str(), "wb");
  if (file == nullptr) {
    io.err << "cannot write " << temp << ": " << std::strerror(errno) << "\n";
    return false;
  }
  const bool written = std::fwrite(text.data(), 1, text.size(), file) == text.size();
  const bool flushed = std::fflush(file) == 0;
  const bool closed = std::fclose(file) == 0;
  if (!written || !flushed || !closed) {
    io.err << "cannot write " << temp << " (disk full?)\n";
    std::remove(temp.c_str());
    return false;
  }
  if (std::rename(temp.c_str(), path.c_str()) != 0) {
    io.err << "cannot replace " << path << ": " << std::strerror(errno) << "\n";
    std::remove(temp.c_str());
    return false;
  }
  return true;
}

}  // namespace cli
