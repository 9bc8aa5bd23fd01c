// SQLite's table rebuild (lang_altertable.html, "Making Other Kinds Of Table Schema Changes")
// and the transaction around schema changes, shared by plans, Operations and the Migrator.
// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "sqlcore/migrate.hpp"

namespace sqlcore::detail {

/// One table rebuilt: the live table (as reflected) becomes `target` (target.name() is its
/// final name, which may differ from live.name() for a rename).
struct RebuildSpec {
  const Table* live = nullptr;
  const Table* target = nullptr;
  /// For each target column, the SQL expression over the live table's columns its values
  /// come from (a quoted old column name, or e.g. coalesce("x", 0) or CAST). A target column
  /// not listed takes its DEFAULT; empty: every target column from the live column of the same
  /// name, when there is one.
  std::vector<std::pair<std::string, std::string>> copy;
};

/// The statements of the rebuild of one table, in order (create the new table under a
/// temporary name, copy the rows with their rowids, drop the old, rename, recreate its indexes,
/// its triggers and the views that use it), to run inside the caller's transaction with
/// foreign keys off. `conn` is read (sqlite_master) for the dependent views and triggers.
std::vector<std::string> rebuild_statements(Connection& conn, const RebuildSpec& spec);

/// Runs `body` as SQLite's procedure wants schema changes run. With no transaction open: PRAGMA
/// foreign_keys=OFF when `foreign_keys_off` and they were on, BEGIN, body, PRAGMA
/// foreign_key_check (IntegrityError naming the first violations), COMMIT, foreign_keys
/// restored; on any failure ROLLBACK and rethrow. Inside an open transaction: body and the
/// check in it; MigrationError if `foreign_keys_off` is needed while foreign keys are on.
void run_schema_change(Connection& conn, bool foreign_keys_off, const std::function<void()>& body);

/// True when a rebuild of `table` needs foreign keys off: a foreign key of any table (itself
/// included) refers to it, so DROP TABLE would cascade, set NULL or fail.
bool rebuild_needs_foreign_keys_off(Connection& conn, std::string_view table);

/// A view or trigger as sqlite_master keeps it.
struct SchemaObject {
  std::string type;  // "view" or "trigger"
  std::string name;
  std::string tbl_name;
  std::string sql;
};

/// The views and triggers a rebuild of `table` drops and recreates, in sqlite_master order:
/// those whose SQL names the table (its own triggers too), then those naming one of these views.
std::vector<SchemaObject> dependent_objects(Connection& conn, std::string_view table);

/// The identifiers (bare or quoted) of `sql`, lower-cased (ASCII), in order.
std::vector<std::string> sql_identifiers(std::string_view sql);

/// `name` in double quotes, embedded quotes doubled.
std::string quote_name(std::string_view name);

}  // namespace sqlcore::detail
