// Runs the sqlcore tool as a process for the CLI tests: the built one (SQLCORE_CLI), or the
// one named by $SQLCORE_CLI_UNDER_TEST (tests/package/check_consumer.sh: the installed one).
// SPDX-License-Identifier: MIT
#pragma once

#include <sqlcore/sqlcore.hpp>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <sys/wait.h>

#include "support/temp_dir.hpp"

namespace sqlcore::testing {

struct CliRun {
  int code;
  std::string out;
  std::string err;
};

inline std::string cli_path() {
  const char* env = std::getenv("SQLCORE_CLI_UNDER_TEST");
  return env != nullptr && *env != '\0' ? env : SQLCORE_CLI;
}

inline std::string slurp(const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

/// `s` as one shell word (single-quoted).
inline std::string arg(const std::string& s) { return "'" + s + "'"; }

/// `sqlcore ARGS` with stdout and stderr to files (neither a terminal), stdin from `input`
/// (a file) or /dev/null.
inline CliRun run_cli(const TempDir& dir, const std::string& args, const std::string& input = "") {
  std::string out = dir.file("stdout.txt"), err = dir.file("stderr.txt");
  std::string cmd = arg(cli_path()) + " " + args + " >" + arg(out) + " 2>" + arg(err) + " <" +
                    (input.empty() ? std::string("/dev/null") : arg(input));
  int status = std::system(cmd.c_str());
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, slurp(out), slurp(err)};
}

inline void exec_script(const std::string& file, const std::string& sql) {
  Engine e = create_engine("sqlite:///" + file);
  Connection c = e.connect();
  c.raw().exec(sql);
}

inline int count_lines(const std::string& s) {
  return static_cast<int>(std::count(s.begin(), s.end(), '\n'));
}

}  // namespace sqlcore::testing
