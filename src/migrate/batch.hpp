// Alembic's batch_alter_table: the recorded changes of one table (BatchOperations::Impl), made
// to the reflected table's arguments and then run as one rebuild; helpers Operations shares.
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "sqlcore/migrate.hpp"

namespace sqlcore {

namespace detail {

// One recorded change of a batch.
struct AddColumnChange {
  Column column;
};
struct DropColumnChange {
  std::string name;
};
struct AlterColumnChange {
  std::string name;
  AlterColumn change;
};
struct CreateIndexChange {
  Index index;
};
struct DropIndexChange {
  std::string name;
};
struct AddConstraintChange {
  TableConstraint constraint;
};
struct DropConstraintChange {
  std::string name;
};
struct SetOptionChange {
  TableOption option;
};
using BatchChange =
    std::variant<AddColumnChange, DropColumnChange, AlterColumnChange, CreateIndexChange,
                 DropIndexChange, AddConstraintChange, DropConstraintChange, SetOptionChange>;

/// Makes `changes` to `table` in one schema change: renames first as ALTER TABLE RENAME
/// COLUMN where `caps` has it, then one rebuild (none when every change was such a rename).
/// ArgumentError / NoSuchTableError naming bad input, MigrationError for what cannot be done
/// safely, before anything runs.
void apply_batch(Connection& conn, const Dialect& caps, std::string_view table,
                 const std::vector<BatchChange>& changes);

/// True when `sql` holds the identifier `name` (ASCII case ignored).
bool mentions(std::string_view sql, std::string_view name);
/// True when `cols` holds `name` (ASCII case ignored).
bool contains(const std::vector<std::string>& cols, std::string_view name);
/// True when the index's columns, expressions or WHERE name `col`.
bool index_uses(const Index& ix, std::string_view col);
bool foreign_keys_on(Connection& conn);
void run_all(Connection& conn, const std::vector<std::string>& statements);
/// MigrationError naming a view or trigger that uses `table`.`column`, or a foreign key of
/// another table that refers to it: what `doing` ("dropping it") would break.
void refuse_if_used(Connection& conn, std::string_view table, std::string_view column,
                    std::string_view doing);
/// The tables `args`' checked foreign keys refer to, reflected into `meta` (NoSuchTableError
/// naming a missing one), so a target made from `args` compiles.
void add_referred_tables(Connection& conn, MetaData& meta, const TableArgs& args,
                         std::string_view self);
/// True when sqlite_master has an object named `name` (ASCII case ignored).
bool object_exists(Connection& conn, std::string_view name);

}  // namespace detail

struct BatchOperations::Impl {
  std::vector<detail::BatchChange> changes;
};

}  // namespace sqlcore
