// Statements: text(), SELECT (compounds, subqueries, CTEs), INSERT / UPDATE / DELETE, FROM items.
// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "sqlcore/export.hpp"
#include "sqlcore/expression.hpp"
#include "sqlcore/schema.hpp"

namespace sqlcore {

/// A literal SQL statement with named binds `:name` (SQLAlchemy's text()). The SQL is
/// passed to SQLite as written; SQLite's own tokenizer finds the binds, so a `:word` inside
/// a string literal, a quoted identifier or a comment is not a bind (unlike SQLAlchemy,
/// which needs a backslash there). Positional `?` binds are refused at execution with an
/// ArgumentError: name them. A TextClause is also a SQL expression where one is accepted
/// (e.g. `server_default(text("CURRENT_TIMESTAMP"))`). Immutable; cheap to copy.
class SQLCORE_EXPORT TextClause {
 public:
  explicit TextClause(std::string sql) : sql_(std::move(sql)) {}
  const std::string& sql() const noexcept { return sql_; }

 private:
  std::string sql_;
};

/// Makes a TextClause: `conn.execute(sc::text("SELECT * FROM t WHERE id = :id"), {{"id", 1}})`.
inline TextClause text(std::string_view sql) { return TextClause(std::string(sql)); }

class Dialect;

/// A compiled statement: SQL text with '?' binds (qmark) and, in order, the name of each bind;
/// the values bound at compile time and their types, for execution.
struct Compiled {
  std::string sql;
  std::vector<std::string> params;
  /// The value of each bind (nullopt: a bindparam() the caller supplies by name).
  std::vector<std::optional<Value>> values;
  std::vector<Type> bind_types;
  /// The type of each result column (NullType when unknown), for typed reads.
  std::vector<Type> column_types;
  /// For a plain `INSERT ... VALUES (?, ...)` (no ON CONFLICT, RETURNING or SELECT): where
  /// the row `(?, ...)` starts in `sql`, so that executemany can send many rows per statement
  /// (SQLAlchemy 2.0's "insertmanyvalues"); std::string::npos otherwise.
  std::size_t insert_values_at = std::string::npos;
};

class Select;
class Alias;
namespace detail {
struct AliasData;
struct StatementAccess;  // the compiled cache's view of a statement (src/sql/cache_key.hpp)
struct StatementKey;

/// The compiled cache's key of an immutable statement, kept once it was asked for twice (a
/// statement built for one execution pays nothing), thread-safe. A copy starts empty: a copy
/// is made to be changed.
class KeyMemo {
 public:
  KeyMemo() noexcept = default;
  KeyMemo(const KeyMemo&) noexcept {}
  SQLCORE_EXPORT KeyMemo& operator=(const KeyMemo&) noexcept;
  SQLCORE_EXPORT ~KeyMemo();
  /// The kept key, or nullptr.
  const StatementKey* get() const noexcept;
  /// Called with each key computed: keeps a copy at the second call (the first thread there
  /// wins); a kept key is never replaced, so that get() stays valid until destruction.
  void offer(const StatementKey& key) const;

 private:
  void reset() noexcept;
  // nullptr: never asked; seen() (a marker in cache_key.cpp): asked once; else the kept key.
  mutable std::atomic<StatementKey*> state_{nullptr};
};
}  // namespace detail

/// A FROM item: a table, an alias (of a table or a subquery), or a join of FROM items.
class SQLCORE_EXPORT FromClause {
 public:
  FromClause(const Table& t) : table_(&t) {}  // NOLINT(google-explicit-constructor)
  FromClause(const Alias& a);                 // NOLINT(google-explicit-constructor)
  /// JOIN other ON on; without `on`, ON is inferred from the foreign keys between them as
  /// SQLAlchemy infers it: those between `other` and the table joined last, when this is a join
  /// and there are any, else those between `other` and all of this; an alias or subquery has
  /// the foreign keys of the table columns it selects (plain or labelled). ArgumentError when
  /// no foreign key or more than one (giving different conditions) is found.
  /// With `full`, FULL OUTER JOIN (SQLAlchemy's full=True; SQLite 3.39 and later).
  FromClause join(const FromClause& other, std::optional<Expr> on = std::nullopt,
                  bool outer = false, bool full = false) const;
  /// LEFT OUTER JOIN; with `full`, FULL OUTER JOIN (SQLite 3.39 and later, else CompileError).
  FromClause outerjoin(const FromClause& other, std::optional<Expr> on = std::nullopt,
                       bool full = false) const {
    return join(other, std::move(on), true, full);
  }
  /// RIGHT OUTER JOIN (SQLite 3.39 and later, else CompileError; SQLAlchemy has none: it is
  /// `other LEFT OUTER JOIN this` with the sides swapped, which older SQLite runs). ON is
  /// inferred as join()'s is.
  FromClause rightjoin(const FromClause& other, std::optional<Expr> on = std::nullopt) const;
  const Table* table() const noexcept { return table_; }
  const std::shared_ptr<const detail::AliasData>& alias() const noexcept { return alias_; }
  struct Join;
  const std::shared_ptr<const Join>& joined() const noexcept { return join_; }

 private:
  const Table* table_ = nullptr;
  std::shared_ptr<const detail::AliasData> alias_;
  std::shared_ptr<const Join> join_;
};

struct FromClause::Join {
  FromClause left, right;
  Expr on;
  bool outer;
  bool full = false;         // FULL OUTER JOIN
  bool right_outer = false;  // RIGHT OUTER JOIN
};

/// SELECT. Built with select(columns or tables...) and the clause methods, each returning a
/// new Select. Immutable; cheap to copy.
class SQLCORE_EXPORT Select {
 public:
  Select where(const Expr& condition) const;
  Select order_by(std::vector<Expr> order) const;
  template <class... E>
  Select order_by(const E&... e) const {
    return order_by(std::vector<Expr>{Expr(e)...});
  }
  Select group_by(std::vector<Expr> groups) const;
  template <class... E>
  Select group_by(const E&... e) const {
    return group_by(std::vector<Expr>{Expr(e)...});
  }
  Select having(const Expr& condition) const;
  Select limit(std::int64_t n) const;
  Select offset(std::int64_t n) const;
  Select distinct() const;
  /// Text written after SELECT (SQLAlchemy's prefix_with): `prefix_with("ALL")` is
  /// `SELECT ALL ...`; several are written in order, before DISTINCT. The text is SQL, written
  /// as it is: never user input.
  Select prefix_with(std::string prefix) const;
  Select select_from(const FromClause& from) const;
  /// The SELECT as a value: `(SELECT count(...) ...)`, in a column list or a comparison. It
  /// selects one column, whose type it has. Tables of the enclosing SELECT's FROM are
  /// correlated (left out of its FROM), as SQLAlchemy does.
  Expr scalar_subquery() const;
  /// The SELECT as a named FROM item, `(SELECT ...) AS name` (anon_N without a name). Its
  /// columns are those selected with a name (columns, labels): `sub.c("n")`.
  Alias subquery(std::string name = "") const;
  Alias alias(std::string name = "") const;
  /// The SELECT as a common table expression, `WITH name AS (SELECT ...)`, used like a table
  /// (`.c("col")`); without a name, anon_N is made at compile time, as SQLAlchemy does. With
  /// `recursive`, `WITH RECURSIVE name(cols) AS (...)`, completed by `cte.union_all(select)`
  /// whose select names `cte.c(...)`.
  Alias cte(std::string name = "", bool recursive = false) const;
  /// SQL and bind order for `dialect`. Throws CompileError / ArgumentError; runs nothing.
  Compiled compile(const Dialect& dialect) const;

  struct Data {
    std::vector<Expr> columns;
    std::vector<FromClause> froms;
    std::optional<Expr> where, having;
    std::vector<Expr> order, groups;
    std::optional<std::int64_t> limit, offset;
    bool distinct = false;
    std::vector<std::string> prefixes;
    // A compound (UNION, INTERSECT, EXCEPT [ALL]) of `parts`; `columns` are the first part's.
    enum class Compound {
      none,
      union_,
      union_all,
      intersect,
      intersect_all,
      except_,
      except_all
    } compound = Compound::none;
    std::vector<Select> parts;
    /// The compiled cache's key of this statement (Select is immutable once made).
    detail::KeyMemo key_memo;
  };
  explicit Select(std::shared_ptr<const Data> d) : d_(std::move(d)) {}
  const Data& data() const noexcept { return *d_; }

 private:
  friend struct detail::StatementAccess;
  Select with(const std::function<void(Data&)>& change) const;
  // compile(), also telling where each bind's value came from (for the compiled cache).
  Compiled compile_(const Dialect& dialect, std::vector<const void*>* sources) const;
  std::shared_ptr<const Data> d_;
};

/// A named FROM item: `users AS p` (Table::alias) or `(SELECT ...) AS sub`
/// (Select::subquery). It goes wherever a table goes (select(), joins, select_from()) and
/// gives its columns as expressions with c(). Immutable; cheap to copy.
class SQLCORE_EXPORT Alias {
 public:
  explicit Alias(std::shared_ptr<const detail::AliasData> d) : d_(std::move(d)) {}
  /// `table AS name` (Table::alias).
  static Alias of_table(const Table& table, std::string name);
  /// The column `name` of the alias, as `p.name`. Throws ArgumentError when it has none.
  Expr c(std::string_view name) const;
  /// The columns, in order.
  std::vector<Expr> columns() const;
  /// The name given (empty: one is made at compile time).
  const std::string& name() const noexcept;
  /// As FromClause::join(): without `on`, ON is inferred through the foreign keys of the
  /// columns the alias selects.
  FromClause join(const FromClause& other, std::optional<Expr> on = std::nullopt) const {
    return FromClause(*this).join(other, std::move(on));
  }
  FromClause outerjoin(const FromClause& other, std::optional<Expr> on = std::nullopt,
                       bool full = false) const {
    return FromClause(*this).outerjoin(other, std::move(on), full);
  }
  /// For a CTE: the same CTE whose body is `body UNION [ALL] s` (the recursive step).
  /// ArgumentError on other aliases.
  Alias union_all(const Select& s) const;
  Alias union_(const Select& s) const;
  const std::shared_ptr<const detail::AliasData>& data() const noexcept { return d_; }

 private:
  std::shared_ptr<const detail::AliasData> d_;
};

/// UNION / UNION ALL (and INTERSECT / EXCEPT, below) of SELECTs, or of other compounds. The result
/// is a Select with `.order_by()` (by the first SELECT's columns, rendered by name),
/// `.limit()`, `.offset()`, `.subquery()`; all parts must select as many columns.
SQLCORE_EXPORT Select compound(Select::Data::Compound kind, std::vector<Select> parts);
template <class... S>
Select union_(const Select& first, const S&... rest) {
  return compound(Select::Data::Compound::union_, std::vector<Select>{first, rest...});
}
template <class... S>
Select union_all(const Select& first, const S&... rest) {
  return compound(Select::Data::Compound::union_all, std::vector<Select>{first, rest...});
}
/// INTERSECT / EXCEPT of SELECTs, as union_(): nestable, a nested compound or a part with its
/// own ORDER BY / LIMIT selected from, since SQLite takes no parenthesized member.
/// intersect_all / except_all render SQLAlchemy's INTERSECT ALL / EXCEPT ALL, which SQLite
/// lacks: compiling one is a CompileError.
template <class... S>
Select intersect(const Select& first, const S&... rest) {
  return compound(Select::Data::Compound::intersect, std::vector<Select>{first, rest...});
}
template <class... S>
Select intersect_all(const Select& first, const S&... rest) {
  return compound(Select::Data::Compound::intersect_all, std::vector<Select>{first, rest...});
}
template <class... S>
Select except_(const Select& first, const S&... rest) {
  return compound(Select::Data::Compound::except_, std::vector<Select>{first, rest...});
}
template <class... S>
Select except_all(const Select& first, const S&... rest) {
  return compound(Select::Data::Compound::except_all, std::vector<Select>{first, rest...});
}

/// EXISTS (SELECT ...): in a WHERE, under `!`, or as a selected Boolean column. The subquery
/// is correlated to the enclosing SELECT as scalar_subquery() is.
SQLCORE_EXPORT Expr exists(const Select& subquery);

template <class Self>
Expr ExprOps<Self>::in_(const Select& subquery) const {
  return detail::in_select(self(), subquery, false);
}
template <class Self>
Expr ExprOps<Self>::not_in(const Select& subquery) const {
  return detail::in_select(self(), subquery, true);
}

/// A value assigned to a column by INSERT ... VALUES or UPDATE ... SET: a value (bound through
/// the column's type) or an expression.
class SQLCORE_EXPORT Assign {
 public:
  template <class V>
  requires std::constructible_from<Value, V> &&
      (!std::is_base_of_v<Expr, std::decay_t<V>>)&&(!std::is_base_of_v<Column, std::decay_t<V>>)
          Assign(V&& v)
      : value_(Value(std::forward<V>(v))) {}   // NOLINT(google-explicit-constructor)
  Assign(Expr e) : expr_(std::move(e)) {}      // NOLINT(google-explicit-constructor)
  Assign(const Column& c) : expr_(Expr(c)) {}  // NOLINT(google-explicit-constructor)
  const std::optional<Value>& value() const noexcept { return value_; }
  const std::optional<Expr>& expr() const noexcept { return expr_; }

 private:
  std::optional<Value> value_;
  std::optional<Expr> expr_;
};
using Assignments = std::vector<std::pair<std::string, Assign>>;

/// INSERT INTO table. Without values(), every column is a bind given at execution (by name, or
/// by position from structs: Connection::execute(insert, std::vector<S>)).
class SQLCORE_EXPORT Insert {
 public:
  explicit Insert(const Table& t) : table_(&t) {}
  /// The columns and their values (ArgumentError for a column the table lacks).
  Insert values(Assignments v) const;
  /// INSERT for these columns only, their values given at execution.
  Insert columns(std::vector<std::string> names) const;
  /// INSERT INTO t (names) SELECT ...: the SELECT gives one column per name.
  Insert from_select(std::vector<std::string> names, const Select& select) const;
  /// ON CONFLICT [(index) [WHERE index_where]] DO NOTHING.
  Insert on_conflict_do_nothing(std::vector<std::string> index = {},
                                std::optional<Expr> index_where = std::nullopt) const;
  /// ON CONFLICT (index) [WHERE index_where] DO UPDATE SET col = value-or-expression, ...
  /// [WHERE where]; `sc::excluded("col")` is the row that was not inserted. The index is
  /// required. `index_where` names a partial unique index's WHERE (SQLAlchemy's sqlite
  /// index_where): rendered as SQLAlchemy renders it, columns unqualified and values written
  /// into the SQL (`ON CONFLICT (name) WHERE score > 1`); numbers, text and NULL only.
  Insert on_conflict_do_update(std::vector<std::string> index, Assignments set,
                               std::optional<Expr> where = std::nullopt,
                               std::optional<Expr> index_where = std::nullopt) const;
  /// Text written after INSERT (SQLAlchemy's prefix_with): `prefix_with("OR REPLACE")` is
  /// `INSERT OR REPLACE INTO ...`, `"OR IGNORE"` likewise. Written as it is: never user input.
  Insert prefix_with(std::string prefix) const;
  /// RETURNING e, ...: the statement's result has these columns (SQLite 3.35 and later).
  Insert returning(std::vector<Expr> columns) const;
  template <class... E>
  Insert returning(const E&... e) const {
    return returning(std::vector<Expr>{Expr(e)...});
  }
  Compiled compile(const Dialect& dialect) const;
  const Table& table() const noexcept { return *table_; }
  const Assignments& assignments() const noexcept { return values_; }
  bool is_from_select() const noexcept { return select_.has_value(); }
  /// The columns named by columns() (empty: none named).
  const std::vector<std::string>& column_names() const noexcept { return columns_; }
  /// The columns and SELECT of from_select() (none: not from a SELECT).
  const std::vector<std::string>& select_column_names() const noexcept { return select_columns_; }
  const std::optional<Select>& from_select_query() const noexcept { return select_; }
  const std::vector<Expr>& returning_columns() const noexcept { return returning_; }

  struct OnConflict {
    std::vector<std::string> index;
    bool do_update = false;
    Assignments set;
    std::optional<Expr> where;
    std::optional<Expr> index_where;
  };
  const std::optional<OnConflict>& on_conflict() const noexcept { return on_conflict_; }
  const std::vector<std::string>& prefixes() const noexcept { return prefixes_; }

 private:
  friend struct detail::StatementAccess;
  Compiled compile_(const Dialect& dialect, std::vector<const void*>* sources) const;
  const Table* table_;
  Assignments values_;
  std::vector<std::string> columns_;
  std::vector<std::string> select_columns_;
  std::optional<Select> select_;
  std::optional<OnConflict> on_conflict_;
  std::vector<Expr> returning_;
  std::vector<std::string> prefixes_;
};

/// UPDATE table SET ... WHERE ...
class SQLCORE_EXPORT Update {
 public:
  explicit Update(const Table& t) : table_(&t) {}
  Update values(Assignments v) const;
  Update where(const Expr& condition) const;
  /// Text written after UPDATE: `prefix_with("OR IGNORE")` is `UPDATE OR IGNORE t SET ...`.
  Update prefix_with(std::string prefix) const;
  /// RETURNING e, ... (SQLite 3.35 and later).
  Update returning(std::vector<Expr> columns) const;
  template <class... E>
  Update returning(const E&... e) const {
    return returning(std::vector<Expr>{Expr(e)...});
  }
  /// ArgumentError when a condition or value names a column of another table (no
  /// single-table UPDATE can), before anything runs.
  Compiled compile(const Dialect& dialect) const;
  const Table& table() const noexcept { return *table_; }
  const Assignments& assignments() const noexcept { return values_; }
  const std::optional<Expr>& where_clause() const noexcept { return where_; }
  const std::vector<Expr>& returning_columns() const noexcept { return returning_; }
  const std::vector<std::string>& prefixes() const noexcept { return prefixes_; }

 private:
  friend struct detail::StatementAccess;
  Compiled compile_(const Dialect& dialect, std::vector<const void*>* sources) const;
  const Table* table_;
  Assignments values_;
  std::optional<Expr> where_;
  std::vector<Expr> returning_;
  std::vector<std::string> prefixes_;
};

/// DELETE FROM table WHERE ...
class SQLCORE_EXPORT Delete {
 public:
  explicit Delete(const Table& t) : table_(&t) {}
  Delete where(const Expr& condition) const;
  /// Text written after DELETE, as SQLAlchemy writes it (`DELETE <prefix> FROM t`; SQLite's
  /// own grammar takes none there).
  Delete prefix_with(std::string prefix) const;
  /// RETURNING e, ... (SQLite 3.35 and later).
  Delete returning(std::vector<Expr> columns) const;
  template <class... E>
  Delete returning(const E&... e) const {
    return returning(std::vector<Expr>{Expr(e)...});
  }
  Compiled compile(const Dialect& dialect) const;
  const Table& table() const noexcept { return *table_; }
  const std::optional<Expr>& where_clause() const noexcept { return where_; }
  const std::vector<Expr>& returning_columns() const noexcept { return returning_; }
  const std::vector<std::string>& prefixes() const noexcept { return prefixes_; }

 private:
  friend struct detail::StatementAccess;
  Compiled compile_(const Dialect& dialect, std::vector<const void*>* sources) const;
  const Table* table_;
  std::optional<Expr> where_;
  std::vector<Expr> returning_;
  std::vector<std::string> prefixes_;
};

/// `excluded.col` in on_conflict_do_update(): the value the conflicting INSERT proposed.
SQLCORE_EXPORT Expr excluded(std::string column);

inline Insert insert(const Table& t) { return Insert(t); }
inline Update update(const Table& t) { return Update(t); }
inline Delete delete_(const Table& t) { return Delete(t); }

/// One selectable item: an expression, a column, or a whole table (all its columns).
using SelectItem = std::variant<Expr, const Table*, Alias>;
SQLCORE_EXPORT Select select_items(std::vector<SelectItem> items);
template <class... T>
Select select(const T&... items) {
  auto item = [](const auto& x) -> SelectItem {
    using X = std::decay_t<decltype(x)>;
    if constexpr (std::is_base_of_v<Table, X>)
      return &x;
    else if constexpr (std::is_same_v<Alias, X>)
      return x;
    else
      return Expr(x);
  };
  return select_items(std::vector<SelectItem>{item(items)...});
}

}  // namespace sqlcore
