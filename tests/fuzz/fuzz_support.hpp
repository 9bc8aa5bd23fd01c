// What every fuzzer of tests/fuzz shares: the rule that a documented exception (a subclass
// of sqlcore::Error) is the expected outcome of bad input and anything else escaping is a
// finding, the guard against SQL that would touch files, and a scratch directory.
// SPDX-License-Identifier: MIT
#pragma once

#include <sqlite3.h>

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <string>
#include <string_view>
#include <system_error>

#include <sqlcore/errors.hpp>

namespace sqlcore::fuzz {

/// A finding: prints what happened and aborts, so that libFuzzer saves the input.
[[noreturn]] inline void finding(std::string_view what) {
  std::fprintf(stderr, "FUZZ FINDING: %.*s\n", static_cast<int>(what.size()), what.data());
  std::abort();
}

/// Runs fn; a sqlcore::Error is bad input refused as documented (returns false), any other
/// exception is a finding. True when fn returned.
template <class F>
bool expected(std::string_view where, F&& fn) {
  try {
    fn();
    return true;
  } catch (const sqlcore::Error&) {
    return false;
  } catch (const std::exception& e) {
    finding(std::string(where) + ": an undocumented exception escaped: " + e.what());
  } catch (...) {
    finding(std::string(where) + ": a non-std exception escaped");
  }
}

/// True when `sql` could make SQLite write outside a :memory: database (ATTACH of a file,
/// VACUUM INTO) or load code: such input is skipped, not run. Case-insensitive and blunt
/// (a word inside a string counts): the fuzzers test sqlcore, not SQLite's file handling.
inline bool touches_files(std::string_view sql) {
  std::string lower(sql);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const char* word : {"attach", "vacuum", "load_extension", "writefile", "edit("})
    if (lower.find(word) != std::string::npos) return true;
  return false;
}

/// Virtual-machine steps left for the current input (reset_budget() at its start).
inline long& steps_left() {
  static long left = 0;
  return left;
}
inline void reset_budget() { steps_left() = 20000; }  // callbacks of 100 steps: 2M steps

/// Limits on a connection that runs fuzzed SQL: no ATTACH at all, values of at most 1 MB (no
/// randomblob(1e9)), statements of at most 100 KB and 25000 VM instructions, and a budget of
/// 2M virtual-machine steps per input (no endless recursive CTE): SQLite's own slowness is
/// not what is fuzzed. Use on a connection whose engine has no statement_timeout (that
/// installs its own progress handler).
inline void harden(sqlite3* db) {
  sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0);
  sqlite3_limit(db, SQLITE_LIMIT_LENGTH, 1000000);
  sqlite3_limit(db, SQLITE_LIMIT_SQL_LENGTH, 100000);
  sqlite3_limit(db, SQLITE_LIMIT_VDBE_OP, 25000);
  sqlite3_progress_handler(
      db, 100, [](void*) -> int { return --steps_left() < 0 ? 1 : 0; }, nullptr);
}

/// A process-wide scratch directory under the system's temp directory, made empty by
/// clear(); the fuzzers that open files work (and chdir) only there.
class ScratchDir {
 public:
  ScratchDir() {
    std::string templ = (std::filesystem::temp_directory_path() / "sqlcore-fuzz-XXXXXX").string();
    if (mkdtemp(templ.data()) == nullptr) finding("cannot make a scratch directory");
    path_ = templ;
    std::filesystem::current_path(path_);
  }
  ~ScratchDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  const std::filesystem::path& path() const noexcept { return path_; }
  /// Removes everything in the directory.
  void clear() const {
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(path_, ec))
      std::filesystem::remove_all(entry.path(), ec);
  }

 private:
  std::filesystem::path path_;
};

}  // namespace sqlcore::fuzz
