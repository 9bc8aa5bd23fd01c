// Schema evolution: compare a live database with the tables a program declares, plan the change
// (ALTER TABLE where SQLite allows it, otherwise SQLite's documented table rebuild), apply it
// in one transaction; Alembic's operations; versioned migrations. docs/migrations.md.
// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sqlcore/connection.hpp"
#include "sqlcore/errors.hpp"
#include "sqlcore/export.hpp"
#include "sqlcore/schema.hpp"
#include "sqlcore/types.hpp"

namespace sqlcore {

class Dialect;
class Engine;

/// A plan would lose data (MigrationPlan::data_loss()) and ApplyOptions::allow_data_loss is
/// false. The message names each loss; nothing was run.
class SQLCORE_EXPORT DataLossError : public Error {
 public:
  using Error::Error;
};

/// Migrations that cannot run: a Migrator whose database records a step the program does not
/// know, or under another name (someone else's migrations); an operation that cannot be done
/// safely where it was asked (e.g. a rebuild inside a transaction with foreign keys on).
class SQLCORE_EXPORT MigrationError : public Error {
 public:
  using Error::Error;
};

// ---- compare ---------------------------------------------------------------------------------

enum class ChangeKind {
  add_table,
  drop_table,
  add_column,
  drop_column,
  alter_column,
  add_index,
  drop_index,
  add_constraint,
  drop_constraint,
  alter_table_options,
  add_view,
  drop_view,
  add_trigger,
  drop_trigger
};

/// The kind's name as written in ChangeKind ("add_column").
SQLCORE_EXPORT std::string_view to_string(ChangeKind kind) noexcept;

/// One difference between the live database and the target. A changed index, constraint, view
/// or trigger is a drop and an add; a changed column is one alter_column.
struct SQLCORE_EXPORT SchemaChange {
  ChangeKind kind{};
  /// The table (for a trigger: the table or view it is on; for a view: "").
  std::string table;
  /// The column, index, constraint, view or trigger; "" for a table or its options. An
  /// unnamed constraint is named by what it constrains ("UNIQUE (a, b)").
  std::string name;
  /// alter_column and alter_table_options: what differs, in a fixed order: "type",
  /// "nullable", "default", "collation", "generated", "primary_key" for a column;
  /// "without_rowid", "strict", "autoincrement" for a table.
  std::vector<std::string> attributes;
  /// The live definition, as SQL ("" for an add) and the target's ("" for a drop).
  std::string from;
  std::string to;
  /// One line a person reads: "users: add column email VARCHAR(100)".
  std::string describe() const;
};

/// The differences compare() found, in an order a planner can run them: dropped triggers,
/// dropped views (dependents first), added tables in the target's dependency order (each
/// followed by an add_index per index), then per table present on both sides its dropped
/// indexes and constraints, dropped / added / altered columns, table options, added
/// constraints and indexes; then dropped tables (a table before those it references), added
/// views, added triggers. docs/migrations.md, "Comparing a database with the target".
class SQLCORE_EXPORT SchemaDiff {
 public:
  SchemaDiff() = default;
  explicit SchemaDiff(std::vector<SchemaChange> changes) : changes_(std::move(changes)) {}
  bool empty() const noexcept { return changes_.empty(); }
  const std::vector<SchemaChange>& changes() const noexcept { return changes_; }
  /// The changes whose table is `table` (case-insensitive).
  std::vector<const SchemaChange*> for_table(std::string_view table) const;
  /// describe() of every change, one a line.
  std::string describe() const;

 private:
  std::vector<SchemaChange> changes_;
};

/// What compare() looks at.
struct CompareOptions {
  /// An attached database's name, or "" for main.
  std::string schema{};
  /// Live tables left out (with their indexes and triggers). sqlite_* tables always are.
  std::vector<std::string> ignore_tables{"sqlcore_migrations"};
};

/// The live database (its main schema, or options.schema) against `target`, reflected once
/// (views and triggers too); a database made from `target` by create_all compares empty.
/// Tables, columns
/// (type by affinity and declared name, nullability, default, collation, generated, primary
/// key), indexes (partial and on expressions), UNIQUE / CHECK / FOREIGN KEY constraints
/// (unnamed ones matched by what they constrain), table options, views and triggers.
SQLCORE_EXPORT SchemaDiff compare(Connection& conn, const MetaData& target,
                                  const CompareOptions& options = {});

// ---- plan and apply --------------------------------------------------------------------------

/// What plan_migration may do.
struct PlanOptions {
  /// Rename hints: key "table.column" (a column) or "table" (a table), value the new name,
  /// bare ("full_name") or with its table ("users.full_name"). Without a hint a renamed
  /// column is a drop and an add.
  std::map<std::string, std::string> renames{};
  /// Tables the target lacks are kept unless true.
  bool drop_extra_tables = false;
  /// Views and triggers the target lacks are kept (recreated across a rebuild) unless true.
  bool drop_extra_views = false;
  bool drop_extra_triggers = false;
  /// What the plan compares (schema, ignored tables).
  CompareOptions compare{};
};

/// How apply() runs.
struct ApplyOptions {
  /// Run even though data_loss() is not empty.
  bool allow_data_loss = false;
};

/// One thing a plan would lose, found before anything runs by looking at the data.
struct SQLCORE_EXPORT DataLoss {
  enum class Kind {
    drop_table,       // a dropped table that holds rows
    drop_column,      // a dropped column that holds non-NULL values
    type_conversion,  // rows whose stored value would change storage class
    not_null,         // NOT NULL on a column holding NULLs, with no default to fill them
    check,            // a new or narrowed CHECK that existing rows violate
    unique,           // a new UNIQUE that existing rows violate
    foreign_key       // a new FOREIGN KEY that existing rows violate
  };
  Kind kind{};
  std::string table;
  /// The column, or "" for a table or a constraint over several columns.
  std::string column;
  /// How many rows (or values) are affected.
  std::int64_t rows = 0;
  /// What changes ("INTEGER -> TEXT", the CHECK's text ...).
  std::string detail;
  /// One line a person reads: "users.age: 3 rows hold values that INTEGER -> TEXT converts".
  std::string describe() const;
};

/// One step of a plan: an ALTER TABLE / CREATE / DROP, or the rebuild of one table carrying
/// every change for it.
class SQLCORE_EXPORT MigrationStep {
 public:
  MigrationStep(std::string table, std::string description, std::vector<std::string> statements,
                bool rebuilds_table)
      : table_(std::move(table)),
        description_(std::move(description)),
        statements_(std::move(statements)),
        rebuilds_table_(rebuilds_table) {}
  const std::string& table() const noexcept { return table_; }
  std::string describe() const { return description_; }
  /// Its statements, each ';'-terminated, one a line.
  std::string sql() const;
  const std::vector<std::string>& statements() const noexcept { return statements_; }
  bool rebuilds_table() const noexcept { return rebuilds_table_; }

 private:
  std::string table_;
  std::string description_;
  std::vector<std::string> statements_;
  bool rebuilds_table_ = false;
};

/// What plan_migration decided: the steps, in order, and what they would lose.
class SQLCORE_EXPORT MigrationPlan {
 public:
  MigrationPlan() = default;
  MigrationPlan(SchemaDiff diff, std::vector<MigrationStep> steps, std::vector<DataLoss> losses,
                bool needs_foreign_keys_off)
      : diff_(std::move(diff)),
        steps_(std::move(steps)),
        losses_(std::move(losses)),
        foreign_keys_off_(needs_foreign_keys_off) {}
  bool empty() const noexcept { return steps_.empty(); }
  const SchemaDiff& diff() const noexcept { return diff_; }
  const std::vector<MigrationStep>& steps() const noexcept { return steps_; }
  const std::vector<DataLoss>& data_loss() const noexcept { return losses_; }
  /// True when a step rebuilds a table, so foreign keys go off around the transaction.
  bool needs_foreign_keys_off() const noexcept { return foreign_keys_off_; }
  /// Every statement, ';'-terminated, as apply() runs it (the PRAGMAs and the transaction
  /// around the steps included).
  std::string script() const;
  /// Runs the plan in one transaction: DataLossError (naming each loss, nothing run) unless
  /// data_loss() is empty or allowed; on any failure rolls back, leaving the database as it
  /// was, and rethrows. Needs a connection with no transaction open (InvalidRequestError).
  void apply(Connection& conn, const ApplyOptions& options = {}) const;
  /// Runs the plan inside the connection's open transaction (a Migrator step), in a savepoint:
  /// DataLossError as apply(); on any failure rolls back to the savepoint, leaving the
  /// transaction as it was, and rethrows. MigrationError when the plan rebuilds a table while
  /// foreign keys are on (PRAGMA foreign_keys cannot change inside a transaction; the Migrator
  /// turns them off around each step); InvalidRequestError with no transaction open.
  void apply_in_transaction(Connection& conn, const ApplyOptions& options = {}) const;

 private:
  SchemaDiff diff_;
  std::vector<MigrationStep> steps_;
  std::vector<DataLoss> losses_;
  bool foreign_keys_off_ = false;
};

/// The plan that makes the live database (main schema) into `target`.
SQLCORE_EXPORT MigrationPlan plan_migration(Connection& conn, const MetaData& target,
                                            const PlanOptions& options = {});

// ---- operations ------------------------------------------------------------------------------

/// What alter_column changes; members left empty stay as they are.
struct AlterColumn {
  std::optional<Type> type{};
  std::optional<bool> nullable{};
  /// SQL text rendered as written ("''", "0", "CURRENT_TIMESTAMP").
  std::optional<std::string> server_default{};
  std::optional<std::string> new_name{};
  /// Removes the column's DEFAULT.
  bool drop_server_default = false;
};

/// The changes of one batch_alter_table: recorded, then made by one rebuild of the table.
class SQLCORE_EXPORT BatchOperations {
 public:
  BatchOperations();
  ~BatchOperations();
  BatchOperations(BatchOperations&&) noexcept;
  BatchOperations& operator=(BatchOperations&&) noexcept;

  void add_column(Column column);
  void drop_column(std::string name);
  void alter_column(std::string name, AlterColumn change);
  void create_index(Index index);
  void drop_index(std::string name);
  void create_unique_constraint(std::string name, std::vector<std::string> columns);
  void create_check_constraint(std::string name, std::string sqltext);
  void create_foreign_key(std::string name, std::vector<std::string> columns,
                          std::string referred_table, std::vector<std::string> referred_columns,
                          FK options = {});
  /// Drops the named UNIQUE, CHECK or FOREIGN KEY constraint (or unique index). An unnamed
  /// one is given by what it is, as compare() names it: "UNIQUE (a, b)", "CHECK (x > 0)".
  void drop_constraint(std::string name);
  /// Sets a table option: sqlite_with_rowid(false) (WITHOUT ROWID), sqlite_strict(true),
  /// sqlite_autoincrement(true), or their opposites.
  void set_option(TableOption option);

  struct Impl;
  Impl& impl() noexcept { return *impl_; }

 private:
  std::unique_ptr<Impl> impl_;
};

/// Alembic's op.*: each change made at once, as ALTER TABLE where SQLite allows it and as the
/// table rebuild otherwise. With no transaction open on the connection, each runs in its own
/// (foreign keys off around a rebuild, foreign_key_check before COMMIT); inside one, in it.
class SQLCORE_EXPORT Operations {
 public:
  explicit Operations(Connection& conn) : conn_(&conn) {}
  /// Chooses between ALTER TABLE and the rebuild by `dialect`'s capabilities instead of the
  /// linked SQLite's (an older version's dialect makes every change SQLite 3.15 cannot do by
  /// ALTER a rebuild). `dialect` must outlive the Operations.
  Operations(Connection& conn, const Dialect& dialect) : conn_(&conn), dialect_(&dialect) {}

  void create_table(const Table& table);
  void drop_table(std::string_view table);
  void rename_table(std::string_view old_name, std::string_view new_name);
  void add_column(std::string_view table, Column column);
  void drop_column(std::string_view table, std::string_view column);
  void rename_column(std::string_view table, std::string_view old_name, std::string_view new_name);
  void alter_column(std::string_view table, std::string_view column, AlterColumn change);
  void create_index(std::string_view table, Index index);
  void drop_index(std::string_view name);
  void create_unique_constraint(std::string name, std::string_view table,
                                std::vector<std::string> columns);
  void create_check_constraint(std::string name, std::string_view table, std::string sqltext);
  void create_foreign_key(std::string name, std::string_view source_table,
                          std::string referent_table, std::vector<std::string> local_columns,
                          std::vector<std::string> remote_columns, FK options = {});
  void drop_constraint(std::string_view name, std::string_view table);
  /// Every change `body` records, made by one rebuild of `table`.
  void batch_alter_table(std::string_view table, const std::function<void(BatchOperations&)>& body);

 private:
  Connection* conn_;
  const Dialect* dialect_ = nullptr;
};

// ---- versioned migrations --------------------------------------------------------------------

struct MigratorOptions {
  /// The table that records applied steps (version, name, applied_at).
  std::string table = "sqlcore_migrations";
};

/// Numbered, named steps; the applied ones recorded in a table of the database. upgrade() runs
/// each pending step in its own transaction, in order, foreign keys off around it and
/// foreign_key_check before it commits.
class SQLCORE_EXPORT Migrator {
 public:
  using Step = std::function<void(Connection&)>;
  explicit Migrator(Engine& engine, MigratorOptions options = {});
  ~Migrator();
  Migrator(Migrator&&) noexcept;
  Migrator& operator=(Migrator&&) noexcept;

  /// A step: `version` > 0 and unique (ArgumentError otherwise).
  Migrator& add(int version, std::string name, Step step);
  /// Versions not yet applied, ascending. MigrationError when the database records a step
  /// the program does not know or under another name.
  std::vector<int> pending() const;
  /// The highest applied version; 0 before any.
  int current_version() const;
  /// Runs every pending step (up to `to_version`, when given).
  void upgrade();
  void upgrade(int to_version);

  struct Applied {
    int version = 0;
    std::string name;
    std::string applied_at;  // UTC, "YYYY-MM-DD HH:MM:SS"
  };
  /// The steps the database records, ascending.
  std::vector<Applied> applied() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace sqlcore
