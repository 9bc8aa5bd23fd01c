// One statement's compilation: the state SQLiteCompiler keeps while it renders a statement.
// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "dialect/sqlite/identifier_preparer.hpp"
#include "sql/from_node.hpp"
#include "sqlcore/dialect.hpp"
#include "sqlcore/sql.hpp"

namespace sqlcore::detail {

/// A FROM item a column belongs to: a table, or an alias (of a table or of a subquery).
struct FromRef {
  const Table* table = nullptr;
  std::shared_ptr<const AliasData> alias;
  const void* key() const {
    if (!alias) return table;
    return alias->cte ? alias->cte_id : static_cast<const void*>(alias.get());
  }
  friend bool operator==(const FromRef& a, const FromRef& b) { return a.key() == b.key(); }
};

/// The FROM items the columns of an expression belong to (not those inside its subqueries),
/// each once, in the order first named.
void froms_named_in(const ExprNode& n, std::vector<FromRef>& out);
/// The FROM items a FROM clause is made of (the tables and aliases of a join).
void from_items_of(const FromClause& f, std::vector<FromRef>& out);

/// The state of one compile: the binds emitted so far (SQLAlchemy's bind and label counters),
/// anonymous alias names, the FROM items of the enclosing SELECTs (for correlation), and the
/// CTEs collected for the WITH clause. Rendering functions are split by concept:
/// sql_compiler_expr.cpp (expressions), sql_compiler_select.cpp (SELECT, FROM, CTEs),
/// sql_compiler_dml.cpp (INSERT / UPDATE / DELETE).
class Compilation {
 public:
  explicit Compilation(const Dialect& dialect)
      : dialect_(dialect), preparer_(dialect.identifier_preparer()) {}

  Compiled out;
  // Where each bind's value comes from (a bind node, an Assign, a LIMIT / OFFSET field of a
  // Select::Data; nullptr: none), parallel to out.values: the compiled cache maps a later
  // statement's values to these binds through them (sql/cache_key.hpp).
  std::vector<const void*> sources;

  const Dialect& dialect() const noexcept { return dialect_; }
  std::string quote(std::string_view name) const { return preparer_.quote(name); }
  /// A CompileError naming the feature and both versions when this SQLite lacks it.
  void require(bool supported, std::string_view feature, std::string_view since) const;

  // ---- binds and names (sql_compiler.cpp)
  void emit(std::string name, std::optional<Value> value, Type type, const void* source);
  /// A bind parameter `b` (of node `n`, its source), bound through `type`.
  std::string bind(const ExprNode& n, const BindNode& b, const Type& type);
  /// The next name of a counter: "id" → id_1, id_2 ...
  std::string next_name(const std::string& key);
  /// An alias's name; an anonymous one gets <table>_N or anon_N, the same at each use.
  const std::string& alias_name(const AliasData& a);
  /// The compiled statement: `sql` with its WITH clause, and the CTEs' binds ahead of its own;
  /// where each bind's value came from into `sources`, when asked.
  Compiled finish(std::string sql, std::vector<const void*>* sources_out);

  // ---- expressions (sql_compiler_expr.cpp)
  std::string process(const Expr& e) { return process(e.node()); }
  std::string process(const ExprNode& n);
  /// An operand of `parent`, in parentheses when it binds less tightly (SQLAlchemy's
  /// self_group).
  std::string operand(const Expr& e, Op parent);
  /// A whole WHERE / HAVING / ON condition (SQLAlchemy's self_group against _asbool).
  std::string condition(const Expr& e);
  /// An expression whose columns are named without their table (`id`, not `users.id`), as
  /// SQLAlchemy 2.0's SQLiteCompiler renders RETURNING; its subqueries stay qualified.
  std::string unqualified(const Expr& e);
  /// An expression with its columns unqualified and its values written as literals
  /// (SQLAlchemy's include_table=False, literal_binds=True): an upsert's index_where.
  std::string literal_condition(const Expr& e);

  // ---- SELECT, FROM, CTEs (sql_compiler_select.cpp)
  /// A SELECT's text; `top` records its column types (a subquery's are not the result's);
  /// `as_from` labels every column, as a subquery in FROM exports them.
  std::string select_sql(const Select::Data& d, bool top, bool as_from = false);
  /// The table of an UPDATE / DELETE, to which its subqueries correlate.
  void correlate_to(const Table& t) { enclosing_.push_back({FromRef{&t, nullptr}}); }

 private:
  // One visit per kind of element (sql/expr_node.hpp), chosen by std::visit in process().
  std::string visit(const ExprNode& n, const ColumnNode& e);
  std::string visit(const ExprNode& n, const BindNode& e);
  std::string visit(const ExprNode& n, const BinaryNode& e);
  std::string visit(const ExprNode& n, const UnaryNode& e);
  std::string visit(const ExprNode& n, const InListNode& e);
  std::string visit(const ExprNode& n, const BetweenNode& e);
  std::string visit(const ExprNode& n, const LabelNode& e);
  std::string visit(const ExprNode& n, const FunctionNode& e);
  std::string visit(const ExprNode& n, const StarNode& e);
  std::string visit(const ExprNode& n, const CastNode& e);
  std::string visit(const ExprNode& n, const CaseNode& e);
  std::string visit(const ExprNode& n, const ExistsNode& e);
  std::string visit(const ExprNode& n, const ScalarSelectNode& e);
  std::string visit(const ExprNode& n, const InSelectNode& e);
  // sql_compiler_window.cpp
  std::string visit(const ExprNode& n, const JsonGetItemNode& e);
  std::string visit(const ExprNode& n, const OverNode& e);
  std::string visit(const ExprNode& n, const FilterNode& e);
  std::string visit(const ExprNode& n, const TupleNode& e);
  std::string tuple_in_list(const InListNode& e);
  std::string literal(const Value& v);
  std::string column(const ColumnNode& c);

  std::string compound_sql(const Select::Data& d, bool top, bool as_from);
  std::vector<FromRef> implicit_froms(const Select::Data& d, const std::vector<FromRef>& covered);
  std::string select_column(const Expr& e, std::set<std::string>& used, bool top, bool as_from);
  std::string list(const std::vector<Expr>& exprs);
  std::string limit_clause(const Select::Data& d);
  std::string from_item(const FromClause& f);
  std::string from_ref(const FromRef& r);
  std::string from_subquery(const Select& s);
  std::string cte_reference(const AliasData& a);
  void with_ctes(std::string sql);

  struct Cte {
    const void* id;
    std::string sql;
    std::vector<std::string> params;
    std::vector<std::optional<Value>> values;
    std::vector<Type> bind_types;
    std::vector<const void*> sources;
  };
  void swap_binds(Cte& other);

  const Dialect& dialect_;
  const IdentifierPreparer& preparer_;  // asked once: quoting is per identifier
  std::map<std::string, int> counters_;
  std::vector<const ColumnNode*> selected_;         // the bare columns of the SELECT list so far
  std::vector<std::vector<FromRef>> enclosing_;     // FROM items of the enclosing SELECTs
  std::map<const void*, std::string> alias_names_;  // by AliasData, or a CTE's cte_id
  std::vector<Cte> ctes_;                           // in the order their definitions completed
  std::vector<const void*> ctes_open_;              // being compiled (a recursive CTE names itself)
  bool recursive_ = false;
  // Columns by name alone: the ORDER BY of a UNION, RETURNING. Cleared inside a SELECT.
  bool bare_columns_ = false;
  // Values written into the SQL, not bound: literal_condition().
  bool literal_binds_ = false;
};

}  // namespace sqlcore::detail
