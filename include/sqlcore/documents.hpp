// Documents (API §13): changesets for undo/redo and sync, change notifications after commit,
// whole-database images. docs/documents.md is the guide.
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "sqlcore/connection.hpp"
#include "sqlcore/engine.hpp"
#include "sqlcore/errors.hpp"
#include "sqlcore/export.hpp"
#include "sqlcore/value.hpp"

namespace sqlcore {

namespace detail {
class RawSession;
}  // namespace detail

/// What one change of a changeset does to its row.
enum class ChangeOperation { insert, update, delete_ };

/// One change of a changeset: a row of `table` inserted, updated or deleted. Values are by
/// column, in the table's column order; a value the change does not carry is nullopt (an
/// INSERT's old values, a DELETE's new values, the columns an UPDATE left unchanged, and in a
/// patchset the old values of an UPDATE and the non-key old values of a DELETE).
struct Change {
  std::string table;
  ChangeOperation operation = ChangeOperation::insert;
  /// True for a change made by a trigger or a foreign key action (SQLite's "indirect").
  bool indirect = false;
  /// Per column: true for the columns of the table's PRIMARY KEY.
  std::vector<bool> primary_key;
  std::vector<std::optional<Value>> old_values;
  std::vector<std::optional<Value>> new_values;
};

/// A set of changes to a database, in SQLite's changeset (or patchset) format
/// (https://www.sqlite.org/sessionintro.html): what a ChangeRecorder saw, to undo (inverted()),
/// redo, or send elsewhere (bytes(), from_bytes()) and apply there (apply_changeset). A value
/// type; cheap to move. Needs SQLite's session extension: without it every operation but
/// bytes() and empty() throws NotSupportedError.
///
///     sc::ChangeRecorder rec(conn);
///     conn.execute(sc::text("UPDATE docs SET title = 'b' WHERE id = 1"));
///     sc::Changeset edit = rec.changeset();
///     sc::apply_changeset(conn, edit.inverted());  // undo
class SQLCORE_EXPORT Changeset {
 public:
  /// An empty changeset (applying it does nothing).
  Changeset() = default;
  /// A changeset from its bytes (as bytes() gave them, here or in another process). The bytes
  /// are read through once: DatabaseError naming the problem when they are not a changeset or
  /// a patchset.
  static Changeset from_bytes(std::span<const std::byte> bytes);

  /// The changeset's bytes, SQLite's format.
  const std::vector<std::byte>& bytes() const noexcept { return bytes_; }
  /// True when there are no changes.
  bool empty() const noexcept { return bytes_.empty(); }
  /// True for a patchset (ChangeRecorder::patchset()): it cannot be inverted.
  bool is_patchset() const noexcept { return patchset_; }
  /// The changeset that undoes this one: inserts become deletes, deletes inserts, updates swap
  /// their old and new values (sqlite3changeset_invert). Throws InvalidRequestError for a
  /// patchset (it lacks the old values).
  Changeset inverted() const;
  /// This changeset followed by `next`, as one (sqlite3changeset_concat: a row changed by both
  /// appears once, with the combined effect). Throws InvalidRequestError when one is a
  /// changeset and the other a patchset, DatabaseError when their tables disagree.
  Changeset concat(const Changeset& next) const;
  /// The changes, in the changeset's order (grouped by table).
  std::vector<Change> changes() const;

 private:
  Changeset(std::vector<std::byte> bytes, bool patchset) noexcept
      : bytes_(std::move(bytes)), patchset_(patchset) {}
  friend class ChangeRecorder;
  std::vector<std::byte> bytes_;
  bool patchset_ = false;
};

/// Which tables a ChangeRecorder records.
struct ChangeRecorderOptions {
  /// The database of the connection: "main", "temp" or an attached name.
  std::string schema = "main";
  /// The tables to record; empty (the default): every table of the schema, those created
  /// later included.
  std::vector<std::string> tables{};
};

/// Records the changes made on one connection (SQLite's session extension): every INSERT,
/// UPDATE and DELETE on the recorded tables, by any statement on this connection, from its
/// construction on. Only tables with a PRIMARY KEY are recorded (SQLite's rule; a row whose
/// key has a NULL is not either). Changes made on other connections are not seen. The
/// recorder must not outlive the connection's raw handle (it throws InvalidRequestError once
/// that is closed). Movable, not copyable; used on the connection's thread. Throws
/// NotSupportedError when the library has no session extension, the DBAPIError for SQLite's
/// code (an unknown schema).
class SQLCORE_EXPORT ChangeRecorder {
 public:
  explicit ChangeRecorder(Connection& conn, const ChangeRecorderOptions& options = {});
  ChangeRecorder(ChangeRecorder&&) noexcept;
  ChangeRecorder& operator=(ChangeRecorder&&) noexcept;
  ChangeRecorder(const ChangeRecorder&) = delete;
  ChangeRecorder& operator=(const ChangeRecorder&) = delete;
  ~ChangeRecorder();

  /// The net changes since the recorder started, as a changeset (old and new values of every
  /// changed row: invertible). A row inserted then deleted does not appear.
  Changeset changeset() const;
  /// The same as a patchset: smaller (an UPDATE carries the key and the new values, a DELETE
  /// only the key), not invertible, and applied without checking old values.
  Changeset patchset() const;

 private:
  std::unique_ptr<detail::RawSession> session_;
};

/// What apply_changeset does with a change that conflicts with the database.
/// abort: nothing of the changeset is applied, ConflictError is thrown. omit: that change is
/// skipped, the rest applied. replace: the change wins (a conflicting row is overwritten or
/// replaced); where SQLite cannot replace (a row to update or delete that is missing, a
/// constraint the change would break) it is skipped as with omit.
enum class ConflictAction { abort, omit, replace };

/// Why a change conflicts (sqlite3changeset_apply's conflict types).
/// data: the row to update or delete is there but its values are not the change's old values.
/// not_found: the row to update or delete is not there. conflict: the row to insert is there
/// already (its primary key). constraint: the change breaks a UNIQUE, CHECK or NOT NULL
/// constraint. foreign_key: once all changes are applied, foreign keys are violated (one
/// conflict for the whole changeset).
enum class ConflictKind { data, not_found, conflict, constraint, foreign_key };

/// One conflict met by apply_changeset.
struct Conflict {
  ConflictKind kind = ConflictKind::data;
  /// The change being applied (for foreign_key: empty).
  Change change;
  /// The row in the database that stands in the way (data and conflict), by column.
  std::vector<Value> conflicting;
  /// For foreign_key: the number of foreign key violations.
  int foreign_key_violations = 0;
};

/// How apply_changeset resolves conflicts.
struct ApplyChangesetOptions {
  /// The action for every conflict (when `on_each_conflict` is not set).
  ConflictAction on_conflict = ConflictAction::abort;
  /// When set, called for each conflict, in the order met; its answer is the action. An
  /// exception it throws aborts the apply (nothing applied) and propagates.
  std::function<ConflictAction(const Conflict&)> on_each_conflict{};
};

/// The conflicts that aborted an apply_changeset (ConflictAction::abort): nothing of the
/// changeset was applied. what() names the first conflict's kind and table.
class SQLCORE_EXPORT ConflictError : public DatabaseError {
 public:
  ConflictError(const std::string& what, std::vector<Conflict> conflicts);
  /// The conflicts met up to the abort (the last one aborted).
  const std::vector<Conflict>& conflicts() const noexcept { return conflicts_; }

 private:
  std::vector<Conflict> conflicts_;
};

/// Applies `changeset` to the database of `conn`, atomically: all its changes, or (after an
/// abort) none. Runs inside the caller's transaction if one is open (in a savepoint of its
/// own), else is its own transaction. Foreign keys are checked once, at the end. Throws
/// ConflictError when a conflict's action is abort, DatabaseError for bytes that are not a
/// changeset, NotSupportedError without the session extension.
SQLCORE_EXPORT void apply_changeset(Connection& conn, const Changeset& changeset,
                                    const ApplyChangesetOptions& options = {});

/// What one committed transaction changed (Engine::on_commit_changes).
class SQLCORE_EXPORT CommittedChanges {
 public:
  CommittedChanges(std::uint64_t sequence, std::vector<std::string> tables,
                   std::vector<std::optional<std::vector<std::int64_t>>> rowids);
  /// The tables the transaction inserted into, updated or deleted from, each once, in the
  /// order first written: "name" for a table of main, "schema.name" for temp and attached
  /// databases. Changes undone by a ROLLBACK TO of a savepoint are not counted.
  const std::vector<std::string>& tables() const noexcept { return tables_; }
  /// True when `table` (as tables() spells it) was changed.
  bool contains(std::string_view table) const noexcept;
  /// The rowids changed in `table`, when known exactly: nullopt for a table not changed, a
  /// WITHOUT ROWID table, rows removed by REPLACE conflict resolution, or more than 65,536
  /// rows (then re-read the table).
  std::optional<std::vector<std::int64_t>> rowids(std::string_view table) const;
  /// The engine-wide commit number (1, 2, ...), in the order SQLite committed.
  std::uint64_t sequence() const noexcept { return sequence_; }

 private:
  std::uint64_t sequence_;
  std::vector<std::string> tables_;
  std::vector<std::optional<std::vector<std::int64_t>>> rowids_;
};

/// Loads a database image (Connection::serialize(), or a database file's bytes) into a new
/// in-memory engine holding a private, writable copy (the "open a document from bytes" path;
/// Engine::save_as then writes it to a file). The engine uses a StaticPool (options.pool must
/// be automatic or static_: every Connection shares the one in-memory database). The image
/// of a WAL database opens as a rollback-journal one. Throws DatabaseError when the bytes
/// are not a SQLite database, ArgumentError for another pool, NotSupportedError on a library
/// without sqlite3_deserialize (SQLite < 3.23).
SQLCORE_EXPORT Engine deserialize_engine(std::span<const std::byte> image,
                                         EngineOptions options = {});

}  // namespace sqlcore
