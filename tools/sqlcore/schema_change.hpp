// `sqlcore diff` and `sqlcore migrate`: a database against a target schema (another database
// or a DDL script), through sc::compare and sc::plan_migration.
// SPDX-License-Identifier: MIT
#pragma once

#include <ostream>
#include <string>

#include <sqlcore/sqlcore.hpp>

namespace sqlcore::tools {

/// The schema of TARGET into `out`: a name ending in .sql is a DDL script, run in a :memory:
/// database and reflected; anything else is a database file (or URL), reflected read-only.
/// Failure for a missing file or a script SQLite refuses (naming the file).
void load_target(const std::string& target, MetaData& out);

/// Writes the changes that make DB into TARGET, one describe() a line (or a JSON array);
/// returns true when there are none.
bool run_diff(const std::string& db, const std::string& target, bool json, std::ostream& out);

struct MigrateOptions {
  std::string db;
  std::string target;
  bool dry_run = false;
  bool allow_data_loss = false;
  /// Also drop the tables, views and triggers TARGET lacks.
  bool drop_extra = false;
  /// A save_as snapshot of DB written here before anything changes ("" for none).
  std::string backup;
};

/// Prints the plan (its steps, what it would lose; with dry_run its script too) and, unless
/// dry_run, applies it in one transaction. Failure (nothing changed) when it would lose data
/// and allow_data_loss is false.
void run_migrate(const MigrateOptions& options, std::ostream& out);

}  // namespace sqlcore::tools
