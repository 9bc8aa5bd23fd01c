// Online backup ("Save-As"): copying a live database with SQLite's backup API, with progress.
// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <functional>
#include <string>

#include "sqlcore/connection.hpp"
#include "sqlcore/export.hpp"

namespace sqlcore {

/// Where a backup stands: pages still to copy, and the source's size in pages.
struct BackupProgress {
  int remaining = 0;
  int page_count = 0;
};

/// Options of backup() and Engine::save_as(). An aggregate; its first members are part of the
/// API (new ones are added at the end).
struct BackupOptions {
  /// Pages copied per step (each step holds the source's lock briefly); <= 0: all at once.
  int pages_per_step = 100;
  /// Called after each step and once at the end; returning false cancels, leaving the
  /// destination as it was.
  std::function<bool(const BackupProgress&)> on_progress{};
  /// A pause between steps, to let other connections work.
  std::chrono::milliseconds pause{0};
  /// The source and destination schemas: "main", "temp" or an attached database's name.
  std::string source_schema = "main";
  std::string dest_schema = "main";
  /// Steps that may find the database locked (SQLITE_BUSY / LOCKED) before the backup fails.
  int busy_retries = 500;
};

/// Copies the source database into the destination, replacing its content, while others may
/// keep using the source. The copy is one snapshot: the source connection reads in one read
/// transaction for the whole backup (in rollback-journal mode, writers wait for it, up to their
/// busy_timeout; in WAL mode they do not). Returns false when on_progress cancelled (the
/// destination is left as it was). Throws InvalidRequestError when the destination has a
/// transaction open, the DBAPIError for SQLite's code on failure (the destination left as it
/// was).
SQLCORE_EXPORT bool backup(Connection& source, Connection& dest, const BackupOptions& options = {});

/// Options of Engine::save_as().
struct SaveAsOptions {
  BackupOptions backup{};
  /// A true "Save As": after the copy the engine works on the new file (new connections open
  /// it; connections checked out finish on the old database), as a document application needs.
  bool switch_to_copy = false;
};

}  // namespace sqlcore
