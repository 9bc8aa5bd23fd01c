// Statements: text() for literal SQL with named binds. (The expression language joins it.)
// SPDX-License-Identifier: MIT
#pragma once

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
};

/// A FROM item: a table, or a join of FROM items.
class SQLCORE_EXPORT FromClause {
 public:
  FromClause(const Table& t) : table_(&t) {}  // NOLINT(google-explicit-constructor)
  /// JOIN other ON on; without `on`, ON is inferred from the one foreign key between them
  /// (ArgumentError when there is none or more than one).
  FromClause join(const FromClause& other, std::optional<Expr> on = std::nullopt, bool outer = false) const;
  FromClause outerjoin(const FromClause& other, std::optional<Expr> on = std::nullopt) const {
    return join(other, std::move(on), true);
  }
  const Table* table() const noexcept { return table_; }
  struct Join;
  const std::shared_ptr<const Join>& joined() const noexcept { return join_; }

 private:
  const Table* table_ = nullptr;
  std::shared_ptr<const Join> join_;
};

struct FromClause::Join {
  FromClause left, right;
  Expr on;
  bool outer;
};

/// SELECT. Built with select(columns or tables...) and the clause methods, each returning a
/// new Select. Immutable; cheap to copy.
class SQLCORE_EXPORT Select {
 public:
  Select where(const Expr& condition) const;
  Select order_by(std::vector<Expr> order) const;
  template <class... E>
  Select order_by(const E&... e) const { return order_by(std::vector<Expr>{Expr(e)...}); }
  Select group_by(std::vector<Expr> groups) const;
  template <class... E>
  Select group_by(const E&... e) const { return group_by(std::vector<Expr>{Expr(e)...}); }
  Select having(const Expr& condition) const;
  Select limit(std::int64_t n) const;
  Select offset(std::int64_t n) const;
  Select distinct() const;
  Select select_from(const FromClause& from) const;
  /// SQL and bind order for `dialect`. Throws CompileError / ArgumentError; runs nothing.
  Compiled compile(const Dialect& dialect) const;

  struct Data {
    std::vector<Expr> columns;
    std::vector<FromClause> froms;
    std::optional<Expr> where, having;
    std::vector<Expr> order, groups;
    std::optional<std::int64_t> limit, offset;
    bool distinct = false;
  };
  explicit Select(std::shared_ptr<const Data> d) : d_(std::move(d)) {}
  const Data& data() const noexcept { return *d_; }

 private:
  Select with(const std::function<void(Data&)>& change) const;
  std::shared_ptr<const Data> d_;
};

/// One selectable item: an expression, a column, or a whole table (all its columns).
using SelectItem = std::variant<Expr, const Table*>;
SQLCORE_EXPORT Select select_items(std::vector<SelectItem> items);
template <class... T>
Select select(const T&... items) {
  auto item = [](const auto& x) -> SelectItem {
    using X = std::decay_t<decltype(x)>;
    if constexpr (std::is_base_of_v<Table, X>)
      return &x;
    else
      return Expr(x);
  };
  return select_items(std::vector<SelectItem>{item(items)...});
}

}  // namespace sqlcore
