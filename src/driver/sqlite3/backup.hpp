// The online backup step loop (sqlite3_backup_*).
// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <functional>
#include <string>

struct sqlite3;

namespace sqlcore::detail {

struct BackupParams {
  std::string source_schema = "main";
  std::string dest_schema = "main";
  int pages_per_step = 100;  // <= 0: everything in one step
  std::chrono::milliseconds pause{0};
  int busy_retries = 100;  // steps that may fail with BUSY / LOCKED before giving up
  std::chrono::milliseconds busy_pause{10};
  /// (remaining, page_count) after each step; false cancels.
  std::function<bool(int remaining, int page_count)> progress;
};

/// Copies `src_schema` of `src` into `dest_schema` of `dest`. Returns false when the progress
/// callback cancelled (the destination is then rolled back: left as it was). Throws the
/// DBAPIError for SQLite's code on failure, the destination likewise left as it was.
bool run_backup(sqlite3* src, sqlite3* dest, const BackupParams& params);

}  // namespace sqlcore::detail
