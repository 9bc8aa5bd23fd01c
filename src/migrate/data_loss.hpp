// What a plan would lose, found by counting rows of the live data before anything runs.
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "sqlcore/migrate.hpp"

namespace sqlcore::detail {

/// One table a plan changes, as the loss checks see it.
struct LossCheck {
  /// The table as it is in the database now (its names before any rename), or nullptr for a
  /// new table (nothing to lose).
  const Table* live = nullptr;
  /// The table the plan makes, or nullptr when the plan drops the table.
  const Table* target = nullptr;
  /// The target columns that are a live column (same name, or renamed by a hint): (target
  /// column, live column) pairs. Live columns not listed are dropped; target columns not
  /// listed are new.
  std::vector<std::pair<std::string, std::string>> columns;
  /// For each target column listed in `columns`: the SQL expression over the live table's
  /// columns its values come from (the quoted live column, or coalesce() with the DEFAULT that
  /// fills NULLs). A target column not listed takes its DEFAULT (NULL without one).
  std::vector<std::pair<std::string, std::string>> values;
  /// False for a table the plan leaves as it is: only a source for foreign key checks.
  bool changed = true;
};

/// Every loss of the changed `checks`, in their order, each found by a COUNT over the live data
/// (see docs/migrations.md, "What counts as data loss"). Reads only; a temporary table
/// (temp.sqlcore_affinity_probe) holds the values a type change would convert while it counts.
std::vector<DataLoss> find_data_loss(Connection& conn, const std::vector<LossCheck>& checks);

/// The SQL of a column's DEFAULT as an expression ('literal' quoted, SQL text in parentheses),
/// or "NULL" when it has none.
std::string default_expression(const Column& column);

/// SQLite's affinity of `column` as declared in `table` (STRICT tables included: ANY keeps
/// values as they are).
Affinity column_affinity(const Table& table, const Column& column);

}  // namespace sqlcore::detail
