// The driver side of API §13: row-change hooks, sessions and changesets, database images.
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

#include "driver/driver.hpp"

namespace sqlcore::detail {

/// Receives one connection's change hooks (sqlite3_preupdate_hook, sqlite3_update_hook,
/// sqlite3_commit_hook, sqlite3_rollback_hook). Called inside SQLite, on the thread running
/// the statement: must neither call SQLite on the connection nor throw.
struct ChangeSink {
  virtual ~ChangeSink() = default;
  /// A row of `table` in `schema` is about to change (the preupdate hook: every table,
  /// WITHOUT ROWID ones included).
  virtual void row_changing(std::string_view schema, std::string_view table) noexcept = 0;
  /// A row of the rowid table `table` changed (the update hook: rowid tables only).
  virtual void rowid_changed(std::string_view schema, std::string_view table,
                             std::int64_t rowid) noexcept = 0;
  /// SQLite is about to commit (the commit hook; the commit may still fail after it).
  virtual void committing() noexcept = 0;
  /// SQLite rolled the transaction back (the rollback hook; not for ROLLBACK TO).
  virtual void rolled_back() noexcept = 0;
};

/// What one change does (SQLite's SQLITE_INSERT / SQLITE_UPDATE / SQLITE_DELETE).
enum class ChangeKind { insert, update, delete_ };

/// One change of a changeset, decoded (sqlite3changeset_op / _old / _new / _pk). A value
/// absent from the change (an UPDATE's unchanged column, a patchset's old values) is nullopt.
struct RawChange {
  std::string table;
  ChangeKind kind = ChangeKind::insert;
  bool indirect = false;
  std::vector<bool> primary_key;
  std::vector<std::optional<Cell>> old_values;
  std::vector<std::optional<Cell>> new_values;
};

/// Why a change could not be applied (sqlite3changeset_apply's conflict types).
enum class RawConflictKind { data, not_found, conflict, constraint, foreign_key };
/// What to do with it (SQLITE_CHANGESET_OMIT / REPLACE / ABORT).
enum class RawResolution { omit, replace, abort };

/// One conflict met while applying a changeset.
struct RawConflict {
  RawConflictKind kind = RawConflictKind::data;
  /// The change being applied (empty table for a foreign_key conflict, which concerns the
  /// whole changeset).
  RawChange change;
  /// The row in the database that conflicts (data and conflict kinds), else empty.
  std::vector<Cell> conflicting;
  /// For foreign_key: how many foreign key constraints the applied changes violate.
  int foreign_key_violations = 0;
};

/// Decides one conflict. May throw: the apply is then aborted (nothing applied) and the
/// exception rethrown by apply().
using RawConflictHandler = std::function<RawResolution(const RawConflict&)>;

/// A session (sqlite3session_create) recording the changes of one schema of a connection.
class RawSession {
 public:
  virtual ~RawSession() = default;
  /// Records `table`, or every table of the schema when null (sqlite3session_attach).
  virtual void attach(const std::string* table) = 0;
  /// The changes recorded so far, as a changeset or (`patch`) a patchset.
  virtual std::vector<std::byte> changes(bool patch) = 0;
};

/// What the sqlite3 driver offers for documents on one connection: RawConnection::documents().
class DocumentSupport {
 public:
  virtual ~DocumentSupport() = default;
  /// Installs the change hooks calling `sink`, or removes them (null). Throws
  /// NotSupportedError when the library has no preupdate hook.
  virtual void watch_changes(ChangeSink* sink) = 0;
  /// A session on `schema`. Throws NotSupportedError without the session extension, the
  /// DBAPIError for SQLite's code (an unknown schema ...).
  virtual std::unique_ptr<RawSession> start_session(const std::string& schema) = 0;
  /// Applies a changeset in one go (sqlite3changeset_apply, in its own savepoint): true when
  /// applied, false when a conflict's resolution aborted it (nothing applied). Throws
  /// DatabaseError for a corrupt changeset, the handler's exception after aborting.
  virtual bool apply(std::span<const std::byte> changeset, const RawConflictHandler& handler) = 0;
  /// The bytes of `schema` (sqlite3_serialize). Throws NotSupportedError on a library
  /// without it, ArgumentError for an unknown schema.
  virtual std::vector<std::byte> serialize(const std::string& schema) = 0;
  /// Replaces the connection's "main" with a private writable copy of `image`
  /// (sqlite3_deserialize, the copy freed by SQLite on close, resizeable). Throws
  /// NotSupportedError on a library without it.
  virtual void deserialize(std::span<const std::byte> image) = 0;
};

/// True when the linked library has the session extension (changesets) / sqlite3_serialize.
bool library_has_sessions() noexcept;
bool library_has_preupdate_hook() noexcept;
bool library_has_serialize() noexcept;
/// Throws NotSupportedError naming `feature` ("changesets (SQLite's session extension)").
[[noreturn]] void throw_not_supported(std::string_view feature);

/// Changeset bytes, without a connection (sqlite3changeset_invert / concat / start).
/// Each throws DatabaseError naming the problem for bytes that are not a valid changeset,
/// NotSupportedError without the session extension.
std::vector<std::byte> invert_changeset(std::span<const std::byte> changeset);
std::vector<std::byte> concat_changesets(std::span<const std::byte> a,
                                         std::span<const std::byte> b);
std::vector<RawChange> decode_changeset(std::span<const std::byte> changeset);

}  // namespace sqlcore::detail
