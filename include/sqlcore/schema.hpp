// Schema objects: MetaData, Table, Column, constraints, Index, table options (pure data).
// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <variant>
#include <vector>

#include "sqlcore/export.hpp"
#include "sqlcore/expression.hpp"
#include "sqlcore/types.hpp"

namespace sqlcore {

class Engine;
class Connection;
class Table;
class MetaData;
// Statement-layer types, only named by Table's insert / join / alias templates (sql.hpp).
class Insert;
class FromClause;
class Alias;

/// Options of a foreign key: `sc::FK().ondelete("CASCADE").deferrable(true)`. ondelete and
/// onupdate take RESTRICT, CASCADE, SET NULL, NO ACTION or SET DEFAULT; initially takes
/// DEFERRED or IMMEDIATE (checked when compiled, as SQLAlchemy does).
class SQLCORE_EXPORT FK {
 public:
  FK& ondelete(std::string action) {
    ondelete_ = std::move(action);
    return *this;
  }
  FK& onupdate(std::string action) {
    onupdate_ = std::move(action);
    return *this;
  }
  FK& deferrable(bool v) {
    deferrable_ = v;
    return *this;
  }
  FK& initially(std::string when) {
    initially_ = std::move(when);
    return *this;
  }
  FK& name(std::string n) {
    name_ = std::move(n);
    return *this;
  }
  /// The referred table may be outside the MetaData (a database whose foreign keys point at
  /// tables it does not have, as SQLite allows): compiled as written, without checking.
  FK& unchecked(bool v = true) {
    unchecked_ = v;
    return *this;
  }

  const std::optional<std::string>& ondelete() const noexcept { return ondelete_; }
  const std::optional<std::string>& onupdate() const noexcept { return onupdate_; }
  std::optional<bool> deferrable() const noexcept { return deferrable_; }
  const std::optional<std::string>& initially() const noexcept { return initially_; }
  const std::string& name() const noexcept { return name_; }
  bool is_unchecked() const noexcept { return unchecked_; }

 private:
  std::optional<std::string> ondelete_, onupdate_;
  std::optional<bool> deferrable_;
  std::optional<std::string> initially_;
  std::string name_;
  bool unchecked_ = false;
};

/// A column-level CHECK constraint.
struct ColumnCheck {
  std::string sqltext;
  std::string name;
};

/// A generated column: GENERATED ALWAYS AS (sqltext) [STORED|VIRTUAL].
struct Computed {
  std::string sqltext;
  std::optional<bool> stored;  // nullopt: neither word (SQLite's default, VIRTUAL)
};

/// A server default: a string literal (rendered quoted) or SQL text (rendered as written;
/// sqlcore adds parentheses where SQLite's grammar needs them).
struct ServerDefault {
  std::string text;
  bool is_sql = false;
};

/// A column of a table. Built with modifiers, then given to MetaData::table():
/// `sc::Column("id", sc::Integer()).primary_key()`. A plain value; copies are independent
/// until the column is part of a table.
class SQLCORE_EXPORT Column : public ExprOps<Column> {
 public:
  Column(std::string name, Type type);

  Column& primary_key(bool v = true) {
    primary_key_ = v;
    return *this;
  }
  /// Default: NOT NULL for primary key columns, nullable otherwise (SQLAlchemy's rule).
  Column& nullable(bool v) {
    nullable_ = v;
    return *this;
  }
  /// A UNIQUE constraint on this column (a unique index with index()).
  Column& unique(bool v = true) {
    unique_ = v;
    return *this;
  }
  /// An index "ix_<table>_<column>" on this column (unique with unique()).
  Column& index(bool v = true) {
    index_ = v;
    return *this;
  }
  Column& autoincrement(bool v) {
    autoincrement_ = v;
    return *this;
  }
  /// DEFAULT 'literal': the text is quoted, as SQLAlchemy's server_default="...".
  Column& server_default(std::string literal) {
    server_default_ = ServerDefault{std::move(literal), false};
    return *this;
  }
  /// DEFAULT <sql>, e.g. server_default(sc::text("CURRENT_TIMESTAMP")).
  template <class Text>
  requires requires(const Text& t) {
    { t.sql() } -> std::convertible_to<std::string>;
  }
  Column& server_default(const Text& sql) {
    server_default_ = ServerDefault{sql.sql(), true};
    return *this;
  }
  /// REFERENCES: target is "table.column".
  Column& foreign_key(std::string target, FK options = {}) {
    foreign_keys_.push_back({std::move(target), std::move(options)});
    return *this;
  }
  /// A column-level CHECK (sqltext); name optional.
  Column& check(std::string sqltext, std::string name = {}) {
    checks_.push_back({std::move(sqltext), std::move(name)});
    return *this;
  }
  /// A generated column; `stored` renders STORED (true) or VIRTUAL (false).
  Column& computed(std::string sqltext) {
    computed_ = Computed{std::move(sqltext), std::nullopt};
    return *this;
  }
  Column& computed(std::string sqltext, bool stored) {
    computed_ = Computed{std::move(sqltext), stored};
    return *this;
  }
  /// COLLATE name.
  Column& collation(std::string name) {
    collation_ = std::move(name);
    return *this;
  }
  /// ON CONFLICT clauses (ROLLBACK, ABORT, FAIL, IGNORE or REPLACE) of the NOT NULL,
  /// UNIQUE and PRIMARY KEY constraints this column makes.
  Column& sqlite_on_conflict_not_null(std::string resolution);
  Column& sqlite_on_conflict_unique(std::string resolution);
  Column& sqlite_on_conflict_primary_key(std::string resolution);

  const std::string& name() const noexcept { return name_; }
  const Type& type() const noexcept { return type_; }
  bool is_primary_key() const noexcept { return primary_key_; }
  bool is_nullable() const noexcept { return nullable_.value_or(!primary_key_); }
  bool is_unique() const noexcept { return unique_; }
  bool has_index() const noexcept { return index_; }
  std::optional<bool> autoincrement() const noexcept { return autoincrement_; }
  const std::optional<ServerDefault>& server_default() const noexcept { return server_default_; }
  struct ForeignKeyRef {
    std::string target;  // "table.column"
    FK options;
  };
  const std::vector<ForeignKeyRef>& foreign_keys() const noexcept { return foreign_keys_; }
  const std::vector<ColumnCheck>& checks() const noexcept { return checks_; }
  const std::optional<Computed>& computed() const noexcept { return computed_; }
  const std::optional<std::string>& collation() const noexcept { return collation_; }
  const std::optional<std::string>& on_conflict_not_null() const noexcept {
    return on_conflict_not_null_;
  }
  const std::optional<std::string>& on_conflict_unique() const noexcept {
    return on_conflict_unique_;
  }
  const std::optional<std::string>& on_conflict_primary_key() const noexcept {
    return on_conflict_primary_key_;
  }
  /// The table this column belongs to, or nullptr before it is part of one.
  const Table* table() const noexcept { return table_; }

 private:
  friend class Table;
  std::string name_;
  Type type_;
  bool primary_key_ = false;
  std::optional<bool> nullable_;
  bool unique_ = false;
  bool index_ = false;
  std::optional<bool> autoincrement_;
  std::optional<ServerDefault> server_default_;
  std::vector<ForeignKeyRef> foreign_keys_;
  std::vector<ColumnCheck> checks_;
  std::optional<Computed> computed_;
  std::optional<std::string> collation_;
  std::optional<std::string> on_conflict_not_null_, on_conflict_unique_, on_conflict_primary_key_;
  const Table* table_ = nullptr;
};

namespace detail {
/// The checked, upper-cased ON CONFLICT resolution; ArgumentError naming `what` otherwise.
SQLCORE_EXPORT std::string checked_resolution(std::string resolution, std::string_view what);

/// A constraint over a list of columns with an optional name and ON CONFLICT clause.
template <class Derived>
class ColumnListConstraint {
 public:
  explicit ColumnListConstraint(std::vector<std::string> columns, std::string name = {})
      : columns_(std::move(columns)), name_(std::move(name)) {}
  /// ON CONFLICT ROLLBACK | ABORT | FAIL | IGNORE | REPLACE.
  Derived& sqlite_on_conflict(std::string resolution) {
    on_conflict_ = checked_resolution(std::move(resolution), Derived::kind_name);
    return static_cast<Derived&>(*this);
  }
  /// COLLATE `collation` on the element of `column`: UNIQUE (email COLLATE NOCASE) makes
  /// uniqueness case-insensitive. The column must be one of columns() (checked by the table).
  Derived& collate(std::string column, std::string collation) {
    element(std::move(column)).collation = std::move(collation);
    return static_cast<Derived&>(*this);
  }
  /// DESC on the element of `column`. On a single INTEGER primary key column of a rowid table
  /// it renders as the column's `PRIMARY KEY DESC`, which SQLite does not make a rowid alias.
  Derived& desc(std::string column, bool v = true) {
    element(std::move(column)).desc = v;
    return static_cast<Derived&>(*this);
  }
  /// Renders the constraint on its column (`a UNIQUE`, `b PRIMARY KEY DESC`) instead of after
  /// the columns. SQLite names the index of each PRIMARY KEY and UNIQUE constraint
  /// sqlite_autoindex_<table>_N, numbered in the order of the CREATE TABLE text, column
  /// constraints first: where a constraint is written decides its index's number.
  /// MetaData::reflect sets it for the constraints a database declares on their column. Needs
  /// exactly one column and no COLLATE on it, and no DESC on a UNIQUE (ArgumentError naming
  /// the table when it is made).
  Derived& sqlite_column_constraint(bool v = true) {
    column_constraint_ = v;
    return static_cast<Derived&>(*this);
  }
  const std::vector<std::string>& columns() const noexcept { return columns_; }
  const std::string& name() const noexcept { return name_; }
  const std::optional<std::string>& on_conflict() const noexcept { return on_conflict_; }
  bool is_sqlite_column_constraint() const noexcept { return column_constraint_; }
  /// The COLLATE and DESC given for an element, by column name.
  struct ElementOptions {
    std::string column;
    std::optional<std::string> collation;
    bool desc = false;
  };
  const std::vector<ElementOptions>& element_options() const noexcept { return elements_; }
  /// The options of `column`'s element, or nullptr when none were given.
  const ElementOptions* element_options(std::string_view column) const noexcept {
    for (const auto& e : elements_)
      if (e.column == column) return &e;
    return nullptr;
  }

 private:
  ElementOptions& element(std::string column) {
    for (auto& e : elements_)
      if (e.column == column) return e;
    return elements_.emplace_back(ElementOptions{std::move(column), std::nullopt, false});
  }
  std::vector<std::string> columns_;
  std::string name_;
  std::optional<std::string> on_conflict_;
  std::vector<ElementOptions> elements_;
  bool column_constraint_ = false;
};
}  // namespace detail

/// PRIMARY KEY (a, b); name optional.
class PrimaryKeyConstraint : public detail::ColumnListConstraint<PrimaryKeyConstraint> {
 public:
  using ColumnListConstraint::ColumnListConstraint;
  static constexpr const char* kind_name = "PrimaryKeyConstraint";
};

/// UNIQUE (a, b); name optional.
class UniqueConstraint : public detail::ColumnListConstraint<UniqueConstraint> {
 public:
  using ColumnListConstraint::ColumnListConstraint;
  static constexpr const char* kind_name = "UniqueConstraint";
};

/// CHECK (sqltext); name optional.
class SQLCORE_EXPORT CheckConstraint {
 public:
  explicit CheckConstraint(std::string sqltext, std::string name = {})
      : sqltext_(std::move(sqltext)), name_(std::move(name)) {}
  /// `CHECK (...) ON CONFLICT resolution` (ROLLBACK, ABORT, FAIL, IGNORE, REPLACE), as
  /// SQLAlchemy's sqlite_on_conflict renders it. SQLite's parser accepts the clause on a
  /// table-level CHECK and ignores it: a violation is an error whatever it says.
  /// ArgumentError for another resolution.
  CheckConstraint& sqlite_on_conflict(std::string resolution) {
    on_conflict_ = detail::checked_resolution(std::move(resolution), "CheckConstraint");
    return *this;
  }
  const std::string& sqltext() const noexcept { return sqltext_; }
  const std::string& name() const noexcept { return name_; }
  const std::optional<std::string>& on_conflict() const noexcept { return on_conflict_; }

 private:
  std::string sqltext_;
  std::string name_;
  std::optional<std::string> on_conflict_;
};

/// FOREIGN KEY (a, b) REFERENCES parent (x, y); the name may also be given as FK().name().
class SQLCORE_EXPORT ForeignKeyConstraint {
 public:
  ForeignKeyConstraint(std::vector<std::string> columns, std::string referred_table,
                       std::vector<std::string> referred_columns, FK options = {})
      : columns_(std::move(columns)),
        referred_table_(std::move(referred_table)),
        referred_columns_(std::move(referred_columns)),
        options_(std::move(options)) {}
  const std::vector<std::string>& columns() const noexcept { return columns_; }
  const std::string& referred_table() const noexcept { return referred_table_; }
  const std::vector<std::string>& referred_columns() const noexcept { return referred_columns_; }
  const FK& options() const noexcept { return options_; }
  const std::string& name() const noexcept { return options_.name(); }

 private:
  std::vector<std::string> columns_;
  std::string referred_table_;
  std::vector<std::string> referred_columns_;
  FK options_;
};

/// CREATE [UNIQUE] INDEX name ON table (columns) [WHERE ...].
class SQLCORE_EXPORT Index {
 public:
  Index(std::string name, std::vector<std::string> columns)
      : name_(std::move(name)), columns_(std::move(columns)), expression_(columns_.size(), false) {}
  Index& unique(bool v = true) {
    unique_ = v;
    return *this;
  }
  /// Appends a column element.
  Index& column(std::string name) {
    columns_.push_back(std::move(name));
    expression_.push_back(false);
    return *this;
  }
  /// Appends an element written as SQL: an expression ("lower(name)") or a column with
  /// COLLATE / DESC ("born DESC"). Rendered as written; not checked against the columns.
  Index& expression(std::string sql) {
    columns_.push_back(std::move(sql));
    expression_.push_back(true);
    return *this;
  }
  /// True when element i was given by expression().
  bool is_expression(std::size_t i) const noexcept {
    return i < expression_.size() && expression_[i];
  }
  /// A partial index: WHERE sqltext.
  Index& sqlite_where(std::string sqltext) {
    where_ = std::move(sqltext);
    return *this;
  }

  const std::string& name() const noexcept { return name_; }
  const std::vector<std::string>& columns() const noexcept { return columns_; }
  bool is_unique() const noexcept { return unique_; }
  const std::optional<std::string>& where() const noexcept { return where_; }
  const Table* table() const noexcept { return table_; }

 private:
  friend class Table;
  std::string name_;
  std::vector<std::string> columns_;
  std::vector<bool> expression_;
  bool unique_ = false;
  std::optional<std::string> where_;
  const Table* table_ = nullptr;
};

/// A table option given to MetaData::table().
struct TableOption {
  enum class Kind {
    autoincrement,
    with_rowid,
    strict,
    on_conflict_primary_key,
    virtual_table,
    constraints_in_given_order
  } kind;
  bool flag = true;
  std::string
      resolution;  // on_conflict_primary_key; the CREATE VIRTUAL TABLE text for virtual_table
};
/// The single INTEGER primary key column gets PRIMARY KEY AUTOINCREMENT.
inline TableOption sqlite_autoincrement(bool v) {
  return {TableOption::Kind::autoincrement, v, {}};
}
/// false: WITHOUT ROWID.
inline TableOption sqlite_with_rowid(bool v) { return {TableOption::Kind::with_rowid, v, {}}; }
/// true: STRICT (SQLite 3.37+; beyond SQLAlchemy 1.4).
inline TableOption sqlite_strict(bool v) { return {TableOption::Kind::strict, v, {}}; }
/// ON CONFLICT clause of the table's primary key.
SQLCORE_EXPORT TableOption sqlite_on_conflict_primary_key(std::string resolution);
/// true: the PrimaryKeyConstraint renders among the table-level constraints where it was given
/// to MetaData::table() (`UNIQUE (b, c), PRIMARY KEY (e, b)`), not first as SQLAlchemy renders
/// it, so that the sqlite_autoindex_<table>_N numbers follow the order given. MetaData::reflect
/// sets it to keep a database's numbering.
inline TableOption sqlite_constraints_in_given_order(bool v) {
  return {TableOption::Kind::constraints_in_given_order, v, {}};
}
/// A virtual table (FTS5, R*Tree ...): CreateTable renders `create_sql` (its CREATE VIRTUAL
/// TABLE statement) as it is; the columns describe it for queries.
inline TableOption sqlite_virtual_table(std::string create_sql) {
  return {TableOption::Kind::virtual_table, true, std::move(create_sql)};
}

/// The table-level constraints, in the order they render.
using TableConstraint = std::variant<UniqueConstraint, CheckConstraint, ForeignKeyConstraint>;

/// Everything MetaData::table() was given, sorted by kind.
struct SQLCORE_EXPORT TableArgs {
  std::vector<Column> columns;
  std::vector<Index> indexes;
  std::optional<PrimaryKeyConstraint> primary_key;
  std::vector<TableConstraint> constraints;
  std::vector<TableOption> options;
  /// How many constraints were given before the PrimaryKeyConstraint.
  std::size_t primary_key_position = 0;

  void add(Column c) { columns.push_back(std::move(c)); }
  void add(Index i) { indexes.push_back(std::move(i)); }
  void add(PrimaryKeyConstraint pk);
  void add(UniqueConstraint u) { constraints.emplace_back(std::move(u)); }
  void add(CheckConstraint c) { constraints.emplace_back(std::move(c)); }
  void add(ForeignKeyConstraint f) { constraints.emplace_back(std::move(f)); }
  void add(TableOption o) { options.push_back(std::move(o)); }
};

/// A table: columns, constraints, indexes and options. Made by MetaData::table(), owned by
/// its MetaData; references to it stay valid as long as the MetaData lives. Immutable once
/// made; safe to share between threads.
class SQLCORE_EXPORT Table {
 public:
  Table(const Table&) = delete;
  Table& operator=(const Table&) = delete;

  const std::string& name() const noexcept { return name_; }
  /// The column named `name`; throws ArgumentError (naming the table) if there is none.
  const Column& c(std::string_view name) const;
  /// The column named `name`, or nullptr.
  const Column* find_column(std::string_view name) const noexcept;
  const std::vector<Column>& columns() const noexcept { return columns_; }
  /// The index named `name`; throws ArgumentError if there is none.
  const Index& index(std::string_view name) const;
  /// Every index, explicit and from Column::index(), sorted by name.
  const std::vector<Index>& indexes() const noexcept { return indexes_; }
  /// The primary key: the PrimaryKeyConstraint given, or one made from the columns marked
  /// primary_key() (empty columns() when there is none).
  const PrimaryKeyConstraint& primary_key() const noexcept { return primary_key_; }
  /// Table-level constraints: those given, in order, then those the columns make (UNIQUE,
  /// FOREIGN KEY), in column order, as SQLAlchemy orders them.
  const std::vector<TableConstraint>& constraints() const noexcept { return constraints_; }
  /// How many of constraints() render before the table-level PRIMARY KEY: 0 (first, as
  /// SQLAlchemy renders it) unless sqlite_constraints_in_given_order(true).
  std::size_t sqlite_primary_key_position() const noexcept { return primary_key_position_; }
  /// Every foreign key, table-level and from columns, as constraints.
  std::vector<const ForeignKeyConstraint*> foreign_keys() const;
  // Statements and FROM items made from this table. Schema objects know nothing of statements:
  // these are templates whose types (Insert, FromClause, Alias: <sqlcore/sql.hpp>) are only
  // named here and completed where a caller has included sql.hpp; the template parameter is
  // never given, and type_identity_t keeps it from being deduced from the argument.

  /// INSERT INTO this table (see sqlcore::insert).
  template <class InsertT = Insert>
  InsertT insert() const {
    return InsertT(*this);
  }
  /// This table JOIN other, ON inferred from their foreign key when not given.
  template <class From = FromClause>
  From join(const std::type_identity_t<From>& other) const {
    return From(*this).join(other);
  }
  template <class From = FromClause>
  From join(const std::type_identity_t<From>& other, const Expr& on) const {
    return From(*this).join(other, on);
  }
  template <class From = FromClause>
  From outerjoin(const std::type_identity_t<From>& other) const {
    return From(*this).outerjoin(other);
  }
  /// With `full`, FULL OUTER JOIN (SQLite 3.39 and later).
  template <class From = FromClause>
  From outerjoin(const std::type_identity_t<From>& other, const Expr& on, bool full = false) const {
    return From(*this).outerjoin(other, on, full);
  }
  /// `users AS p`: the table under another name, for self-joins. Without a name, one is made
  /// at compile time (users_1), as SQLAlchemy does.
  template <class AliasT = Alias>
  AliasT alias(std::string name = "") const {
    return AliasT::of_table(*this, std::move(name));
  }
  bool sqlite_autoincrement() const noexcept { return autoincrement_; }
  bool sqlite_with_rowid() const noexcept { return with_rowid_; }
  bool sqlite_strict() const noexcept { return strict_; }
  /// The CREATE VIRTUAL TABLE statement of a virtual table, else "".
  const std::string& sqlite_virtual_sql() const noexcept { return virtual_sql_; }
  const MetaData& metadata() const noexcept { return *metadata_; }
  /// What declares this table again: its columns (their unique(), index() and foreign_key()
  /// already made into the constraints and indexes listed), primary key, constraints, indexes
  /// and options. `other.add_table(t.name(), t.to_args())` copies the table into another
  /// MetaData; change the args first to declare a changed copy (what a migration rebuilds).
  TableArgs to_args() const;
  /// A number no other Table of this process has had: the table's identity in the engine's
  /// compiled-statement cache, which a table made later at the same address cannot share.
  std::uint64_t serial() const noexcept { return serial_; }

  Table(const MetaData& metadata, std::string name, TableArgs args);

 private:
  // The steps of the constructor: table options (returning the table's ON CONFLICT for its
  // primary key), the primary key, constraints, indexes.
  std::optional<std::string> apply_options(const std::vector<TableOption>& options);
  void make_primary_key(std::optional<PrimaryKeyConstraint> given);
  void add_constraints(std::vector<TableConstraint> given);
  void make_indexes(std::vector<Index> given);
  void need_column(std::string_view col, std::string_view what) const;

  const MetaData* metadata_;
  std::uint64_t serial_;
  std::string name_;
  std::vector<Column> columns_;
  std::vector<Index> indexes_;
  PrimaryKeyConstraint primary_key_{{}};
  std::vector<TableConstraint> constraints_;
  std::size_t primary_key_position_ = 0;
  bool autoincrement_ = false;
  bool with_rowid_ = true;
  bool strict_ = false;
  std::string virtual_sql_;
};

/// What MetaData::reflect reads.
struct ReflectOptions {
  /// Only these tables (all user tables when empty); NoSuchTableError for one that is missing.
  /// It may name views; given, only the views it names and the triggers on what is reflected
  /// are read.
  std::vector<std::string> only{};
  /// Views too (kept as their CREATE VIEW text exactly: MetaData::views()).
  bool views = true;
  /// Triggers too (kept as their CREATE TRIGGER text: MetaData::triggers()).
  bool triggers = true;
  /// An attached database's name, or "" for main.
  std::string schema{};
};

/// A view kept by its CREATE VIEW statement.
struct View {
  std::string name;
  std::string sql;
};

/// A trigger kept by its CREATE TRIGGER statement, on the table or view `table`.
struct Trigger {
  std::string name;
  std::string sql;
  std::string table;
};

/// A collection of tables: declares them, orders them by foreign key, creates and drops
/// them. Not copyable; movable. Declaring is not thread-safe; a finished MetaData may be
/// read from many threads.
class SQLCORE_EXPORT MetaData {
 public:
  MetaData();
  ~MetaData();
  MetaData(MetaData&&) noexcept;
  MetaData& operator=(MetaData&&) noexcept;
  MetaData(const MetaData&) = delete;
  MetaData& operator=(const MetaData&) = delete;

  /// Declares a table from Columns, Indexes, constraints and table options, in any order.
  /// Throws ArgumentError naming the table (and column) for a second table of the same
  /// name, a duplicate column, no columns, an index or constraint on an unknown column.
  template <class... Elements>
  Table& table(std::string name, Elements&&... elements) {
    TableArgs args;
    (args.add(std::forward<Elements>(elements)), ...);
    return add_table(std::move(name), std::move(args));
  }
  Table& add_table(std::string name, TableArgs args);

  /// The table named `name`, or nullptr.
  const Table* find_table(std::string_view name) const noexcept;
  /// Every table, in the order declared.
  std::vector<const Table*> tables() const;
  /// Every table in foreign key dependency order (a table after those it references), ties
  /// by name, as SQLAlchemy sorts them; tables in a cycle keep name order among themselves.
  std::vector<const Table*> sorted_tables() const;

  /// CREATE TABLE / CREATE INDEX for every table not yet in the database (checkfirst), in
  /// dependency order, then CREATE VIEW (a view after the views it names) and CREATE
  /// TRIGGER, in one transaction (the connection's open one, if any).
  void create_all(Engine& engine, bool checkfirst = true) const;
  void create_all(Connection& conn, bool checkfirst = true) const;
  /// DROP TRIGGER, DROP VIEW (in the reverse of create_all's order), then DROP TABLE for
  /// every one that exists, dependents first, in one transaction with
  /// PRAGMA defer_foreign_keys=ON, so foreign key cycles drop with foreign_keys=ON.
  void drop_all(Engine& engine, bool checkfirst = true) const;
  void drop_all(Connection& conn, bool checkfirst = true) const;

  /// Declares a Table for every table of the database (or options.only), and its views and
  /// triggers (unless options.views / options.triggers is false), with its columns, keys,
  /// constraints, indexes and options, so that it compiles and creates elsewhere. Tables already
  /// declared are skipped. Types keep their declared names (VARCHAR (30), INTEGER NON, an untyped
  /// column stays untyped), so a round trip gives the same schema. Shadow tables of virtual tables
  /// are left out (the virtual table makes them).
  void reflect(Engine& engine, const ReflectOptions& options = {});
  void reflect(Connection& conn, const ReflectOptions& options = {});
  /// Reflects one table; NoSuchTableError if there is none.
  const Table& reflect_table(Connection& conn, std::string_view name, std::string_view schema = {});

  /// Views: those declared by view() / add_view() and by reflect() with views = true, in
  /// the order added. create_all creates them after the tables, each after the views it
  /// names (checkfirst skips a view of the same name); ddl_script writes them in that order.
  const std::vector<View>& views() const noexcept { return views_; }
  /// A view `name` AS `select` (the SELECT): its sql is CREATE VIEW "name" AS select.
  void view(std::string name, std::string select);
  /// A view from its whole CREATE VIEW statement (a reflected view keeps its text exactly).
  /// Checked when compiled: exactly one CREATE VIEW statement (CompileError otherwise).
  void add_view(std::string name, std::string sql) {
    views_.push_back({std::move(name), std::move(sql)});
  }

  /// Triggers: those declared by trigger() / add_trigger() and by reflect() (triggers =
  /// true), in the order added. create_all creates them after the tables and views
  /// (checkfirst skips a trigger of the same name); drop_all drops them first; ddl_script
  /// writes them last.
  const std::vector<Trigger>& triggers() const noexcept { return triggers_; }
  /// A trigger from its whole CREATE TRIGGER statement (BEGIN ... END body included). Throws
  /// CompileError unless `create_sql` is exactly one CREATE TRIGGER statement named `name`
  /// (one ';' after END allowed, nothing after it); the trigger's table is the one after ON.
  /// Example: `meta.trigger("t_log", "CREATE TRIGGER t_log AFTER INSERT ON t BEGIN INSERT
  /// INTO log VALUES (new.id); END");`
  void trigger(std::string name, std::string create_sql);
  /// A trigger as stored (reflect() uses it): checked when compiled, as add_view's text is.
  void add_trigger(std::string name, std::string sql, std::string table) {
    triggers_.push_back({std::move(name), std::move(sql), std::move(table)});
  }

 private:
  std::vector<std::unique_ptr<Table>> tables_;
  std::unordered_map<std::string, Table*> by_name_;  // lower-cased name → table
  std::vector<View> views_;
  std::vector<Trigger> triggers_;
};

}  // namespace sqlcore
