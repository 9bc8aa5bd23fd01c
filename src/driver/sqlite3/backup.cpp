// The online backup step loop (https://www.sqlite.org/backup.html).
// SPDX-License-Identifier: MIT
#include "driver/sqlite3/backup.hpp"

#include <sqlite3.h>

#include <thread>

#include <fmt/format.h>

#include "driver/sqlite3/error_map.hpp"

namespace sqlcore::detail {

bool run_backup(sqlite3* src, sqlite3* dest, const BackupParams& p) {
  sqlite3_backup* b =
      sqlite3_backup_init(dest, p.dest_schema.c_str(), src, p.source_schema.c_str());
  if (b == nullptr) {
    // The error is left on the destination handle.
    throw_sqlite_error(sqlite3_extended_errcode(dest),
                       fmt::format("cannot start the backup: {}", sqlite3_errmsg(dest)), {});
  }
  int busy = 0;
  for (;;) {
    int rc = sqlite3_backup_step(b, p.pages_per_step > 0 ? p.pages_per_step : -1);
    if (rc == SQLITE_DONE) break;
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
      // Another connection holds a lock: wait and try the step again.
      if (++busy > p.busy_retries) {
        sqlite3_backup_finish(b);
        throw_sqlite_error(
            rc,
            fmt::format("backup: the database stayed locked through {} retries", p.busy_retries),
            {});
      }
      std::this_thread::sleep_for(p.busy_pause);
      continue;
    }
    if (rc != SQLITE_OK) {
      sqlite3_backup_finish(b);  // rolls the destination back
      throw_sqlite_error(rc, fmt::format("backup failed: {}", sqlite3_errstr(rc)), {});
    }
    busy = 0;
    if (p.progress && !p.progress(sqlite3_backup_remaining(b), sqlite3_backup_pagecount(b))) {
      sqlite3_backup_finish(b);  // before SQLITE_DONE: the destination's write is rolled back
      return false;
    }
    if (p.pause.count() > 0) std::this_thread::sleep_for(p.pause);
  }
  int total = sqlite3_backup_pagecount(b);
  int rc = sqlite3_backup_finish(b);
  if (rc != SQLITE_OK) throw_sqlite_error(dest, rc, {});
  if (p.progress) p.progress(0, total);
  return true;
}

}  // namespace sqlcore::detail
