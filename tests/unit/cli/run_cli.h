#pragma once
// Runs the real crampcheck-cli binary with arguments and standard input, and captures
// exit code, stdout and stderr, so tests check the contract exactly as users see it.
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace cli_test {

struct CliResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

inline std::string ReadWholeFile(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << file.rdbuf();
  return buffer.str();
}

inline std::string ShellQuote(const std::string& text) {
  std::string quoted = "'";
  for (char c : text) {
    if (c == '\'')
      quoted += "'\\''";
    else
      quoted += c;
  }
  return quoted + "'";
}

// A fresh scratch directory per call, removed by the caller when it likes; tests may
// keep files there.
inline std::string MakeTempDir() {
  char pattern[] = "/tmp/crampcheck-cli-test-XXXXXX";
  const char* dir = mkdtemp(pattern);
  return dir != nullptr ? dir : "/tmp";
}

// `env` is passed to env(1) before the program: "NAME=value" sets a variable, "-u" followed
// by "NAME" unsets one, so a test does not depend on the caller's locale.
inline CliResult RunCli(const std::vector<std::string>& args, const std::string& stdin_text = "",
                        const std::vector<std::string>& env = {}) {
  const std::string dir = MakeTempDir();
  const std::string in_path = dir + "/stdin", out_path = dir + "/stdout",
                    err_path = dir + "/stderr";
  std::ofstream(in_path, std::ios::binary) << stdin_text;
  std::string command;
  if (!env.empty()) {
    command = "env";
    for (const auto& item : env) command += " " + ShellQuote(item);
    command += " ";
  }
  command += ShellQuote(CRAMPCHECK_CLI_PATH);
  for (const auto& arg : args) command += " " + ShellQuote(arg);
  command +=
      " <" + ShellQuote(in_path) + " >" + ShellQuote(out_path) + " 2>" + ShellQuote(err_path);
  const int status = std::system(command.c_str());
  CliResult result;
  if (WIFEXITED(status))
    result.exit_code = WEXITSTATUS(status);
  else
    result.exit_code = 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
  result.out = ReadWholeFile(out_path);
  result.err = ReadWholeFile(err_path);
  std::remove(in_path.c_str());
  std::remove(out_path.c_str());
  std::remove(err_path.c_str());
  rmdir(dir.c_str());
  return result;
}

}  // namespace cli_test
