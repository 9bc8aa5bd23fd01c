// Pragmas: SQLite's PRAGMAs as typed calls on a Connection, from Connection::pragmas().
// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "sqlcore/connection.hpp"
#include "sqlcore/export.hpp"

namespace sqlcore {

/// A database's journal mode (https://www.sqlite.org/pragma.html#pragma_journal_mode).
/// `delete_` because `delete` is a keyword.
enum class JournalMode { delete_, truncate, persist, memory, wal, off };

/// How often SQLite syncs to disk (https://www.sqlite.org/pragma.html#pragma_synchronous).
enum class Synchronous { off, normal, full, extra };

/// What a WAL checkpoint waits for (https://www.sqlite.org/pragma.html#pragma_wal_checkpoint,
/// https://www.sqlite.org/c3ref/wal_checkpoint_v2.html).
enum class CheckpointMode { passive, full, restart, truncate };

/// One row of PRAGMA foreign_key_check: a row of `table` whose foreign key number `fk_index`
/// (the `id` of PRAGMA foreign_key_list) finds no row in `parent`.
struct ForeignKeyViolation {
  std::string table;
  /// The offending row's rowid; 0 with has_rowid false for a WITHOUT ROWID table (SQLite
  /// reports NULL there).
  std::int64_t rowid = 0;
  std::string parent;
  int fk_index = 0;
  bool has_rowid = true;
};

/// What PRAGMA wal_checkpoint reports.
struct CheckpointResult {
  /// True when the checkpoint could not finish (FULL, RESTART, TRUNCATE: a reader or writer
  /// kept it from completing through the busy timeout).
  bool busy = false;
  /// Frames in the WAL file, and how many of them are now in the database; both -1 when the
  /// database is not in WAL mode.
  int log_frames = -1;
  int checkpointed_frames = -1;
};

/// One row of PRAGMA table_list (https://www.sqlite.org/pragma.html#pragma_table_list).
struct TableListEntry {
  std::string schema;
  std::string name;
  /// "table", "view", "virtual" or "shadow".
  std::string type;
  /// Columns (including generated and hidden ones).
  int ncol = 0;
  bool without_rowid = false;
  bool strict = false;
};

/// SQLite's PRAGMAs on one connection, typed: values go in as enums (rendered as SQLite's fixed
/// keywords) and integers (formatted from ints), schema and table names always quoted, so no
/// user string is ever pasted into SQL. Each call runs one PRAGMA statement through the
/// connection (Connection::exec_driver_sql, in whatever transaction is open) and throws what
/// such a statement throws (OperationalError "unknown database" for a schema that is not
/// attached). A Pragmas follows its Connection when that moves; once the Connection is closed
/// every call throws InvalidRequestError. Copyable, cheap; used by the connection's thread.
///
/// Settings of the database file (journal_mode, user_version, application_id) stay in the file;
/// settings of the connection (synchronous, cache_size, busy_timeout) stay with the pooled raw
/// connection after it goes back to the pool.
///
///     sc::Pragmas p = conn.pragmas();
///     p.journal_mode(sc::JournalMode::wal);
///     if (p.user_version() < 3) { /* migrate */ p.set_user_version(3); }
///     for (const std::string& problem : p.integrity_check()) std::cerr << problem << '\n';
class SQLCORE_EXPORT Pragmas {
 public:
  /// The same PRAGMAs for one attached database ("main", "temp", an ATTACH name): rendered
  /// `PRAGMA "schema".name`. Without it, SQLite's default applies: mostly "main", but setting
  /// journal_mode and wal_checkpoint cover every attached database.
  Pragmas for_schema(std::string_view schema) const;

  /// https://www.sqlite.org/pragma.html#pragma_journal_mode: the mode in force.
  JournalMode journal_mode() const;
  /// Sets the journal mode and returns the mode now in force, which is not always `mode`
  /// (SQLite refuses without an error): a `:memory:` database stays `memory` (refusing `wal`),
  /// a change into or out of `wal` inside a transaction keeps the old mode, WAL needs a file
  /// system with shared memory. Compare the answer when the mode matters.
  JournalMode journal_mode(JournalMode mode);

  /// https://www.sqlite.org/pragma.html#pragma_synchronous
  Synchronous synchronous() const;
  void set_synchronous(Synchronous level);

  /// https://www.sqlite.org/pragma.html#pragma_user_version: the application's schema
  /// version, a 32-bit integer in the database header (0 in a new database).
  int user_version() const;
  void set_user_version(int version);

  /// https://www.sqlite.org/pragma.html#pragma_application_id: the 32-bit integer in the
  /// database header that names the file format of an application (0 by default).
  int application_id() const;
  void set_application_id(int id);

  /// https://www.sqlite.org/pragma.html#pragma_integrity_check: every problem found, as SQLite
  /// words it, at most `max_errors` (>= 1, else ArgumentError) of them; empty when SQLite says
  /// "ok".
  std::vector<std::string> integrity_check(int max_errors = 100) const;
  /// The same for one table and its indexes (SQLite 3.33+, NotSupportedError before).
  std::vector<std::string> integrity_check(std::string_view table) const;
  /// https://www.sqlite.org/pragma.html#pragma_quick_check: integrity_check without the
  /// checks of index contents and UNIQUE constraints (O(N) instead of O(N log N)).
  std::vector<std::string> quick_check(int max_errors = 100) const;
  std::vector<std::string> quick_check(std::string_view table) const;

  /// https://www.sqlite.org/pragma.html#pragma_foreign_key_check: the rows whose foreign keys
  /// find no parent, in every table or in `table` (whatever PRAGMA foreign_keys is); empty
  /// when none.
  std::vector<ForeignKeyViolation> foreign_key_check() const;
  std::vector<ForeignKeyViolation> foreign_key_check(std::string_view table) const;

  /// https://www.sqlite.org/pragma.html#pragma_wal_checkpoint: copies the WAL's frames into the
  /// database. On a database not in WAL mode it does nothing (frames -1).
  CheckpointResult wal_checkpoint(CheckpointMode mode = CheckpointMode::passive);

  /// https://www.sqlite.org/pragma.html#pragma_optimize: lets SQLite run ANALYZE where it
  /// judges it useful; meant for just before a connection closes, or periodically.
  void optimize();

  /// https://www.sqlite.org/pragma.html#pragma_page_count: pages in the database file.
  std::int64_t page_count() const;
  /// https://www.sqlite.org/pragma.html#pragma_page_size: bytes per page.
  int page_size() const;
  /// https://www.sqlite.org/pragma.html#pragma_freelist_count: unused pages in the file.
  std::int64_t freelist_count() const;

  /// https://www.sqlite.org/pragma.html#pragma_cache_size: as SQLite keeps it, pages when
  /// positive, KiB when negative (the default -2000: about 2 MB).
  int cache_size() const;
  void set_cache_size(int size);

  /// https://www.sqlite.org/pragma.html#pragma_busy_timeout: how long a statement waits for a
  /// lock before SQLITE_BUSY (sqlite3_busy_timeout); the connection's, whatever schema.
  /// Throws ArgumentError for a negative or over-32-bit timeout.
  std::chrono::milliseconds busy_timeout() const;
  void set_busy_timeout(std::chrono::milliseconds timeout);

  /// https://www.sqlite.org/pragma.html#pragma_table_list: tables and views (of every attached
  /// database without for_schema()). SQLite 3.37+; NotSupportedError naming the version before.
  std::vector<TableListEntry> table_list() const;

 private:
  friend class Connection;
  Pragmas(std::weak_ptr<detail::ConnectionCore> core, std::string prefix) noexcept
      : core_(std::move(core)), prefix_(std::move(prefix)) {}
  // The connection, or InvalidRequestError when it is closed.
  Connection& connection() const;
  // "PRAGMA <prefix>name": prefix_ is "" or a quoted schema and a dot.
  std::string pragma(std::string_view name) const;
  std::vector<std::string> check(std::string_view pragma_name, std::string argument) const;
  std::vector<ForeignKeyViolation> fk_check(std::string argument) const;
  std::weak_ptr<detail::ConnectionCore> core_;
  std::string prefix_;
};

}  // namespace sqlcore
