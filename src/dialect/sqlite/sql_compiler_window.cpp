// SQLiteCompiler's JSON elements, window functions (OVER), aggregate FILTER, tuples and tuple
// IN (VALUES ...), and literal rendering (an upsert's index_where).
// SPDX-License-Identifier: MIT
#include <cstdlib>

#include <fmt/format.h>

#include "base/text.hpp"
#include "dialect/sqlite/sql_compilation.hpp"
#include "sqlcore/errors.hpp"

namespace sqlcore::detail {

// SQLAlchemy's SQLiteCompiler.visit_json_getitem_op_binary (and its path twin): a JSON-typed
// element is quoted back into JSON text, a typed one (as_string() ...) is JSON_EXTRACT's value.
std::string Compilation::visit(const ExprNode& n, const JsonGetItemNode& e) {
  require(dialect_.supports_json(), "JSON index and path access (the JSON functions)",
          "3.38 (or json1 compiled in)");
  std::string target = process(e.target);
  std::string path = process(e.path);
  std::string s = "JSON_EXTRACT(" + target + ", " + path + ")";
  if (n.type.impl_type().visit_name() == "JSON") return "JSON_QUOTE(" + s + ")";
  return s;
}

// sql/compiler.py visit_over and _format_frame_clause: the frame's offsets bound as param_N.
std::string Compilation::visit(const ExprNode&, const OverNode& e) {
  require(dialect_.supports_window_functions(), "window functions (OVER)", "3.25");
  std::string s = process(e.function) + " OVER (";
  std::string clauses;
  auto add = [&](std::string part) {
    if (!clauses.empty()) clauses += " ";
    clauses += part;
  };
  if (!e.partition_by.empty()) add("PARTITION BY " + list(e.partition_by));
  if (!e.order_by.empty()) add("ORDER BY " + list(e.order_by));
  if (e.frame_kind != OverNode::FrameKind::none) {
    auto bound = [&](const std::optional<std::int64_t>& b, const char* unbounded) -> std::string {
      if (!b) return unbounded;
      if (*b == 0) return "CURRENT ROW";
      emit(next_name("param"), Value(std::llabs(*b)), Integer(), &b);
      return *b < 0 ? "? PRECEDING" : "? FOLLOWING";
    };
    std::string frame = e.frame_kind == OverNode::FrameKind::rows ? "ROWS" : "RANGE";
    frame += " BETWEEN " + bound(e.frame.start, "UNBOUNDED PRECEDING");
    frame += " AND " + bound(e.frame.end, "UNBOUNDED FOLLOWING");
    add(std::move(frame));
  }
  return s + clauses + ")";
}

// sql/compiler.py visit_funcfilter.
std::string Compilation::visit(const ExprNode&, const FilterNode& e) {
  require(dialect_.supports_aggregate_filter(), "FILTER (WHERE ...) on an aggregate", "3.30");
  std::string s = process(e.function);
  return s + " FILTER (WHERE " + process(e.condition) + ")";
}

std::string Compilation::visit(const ExprNode&, const TupleNode& e) {
  return "(" + list(e.elements) + ")";
}

// SQLAlchemy's SQLiteCompiler renders an expanding tuple IN as VALUES rows (its
// tuple_in_values), binds param_N_<row>_<column>; an empty list as a SELECT of no rows with
// as many columns.
std::string Compilation::tuple_in_list(const InListNode& e) {
  bool neg = e.op == Op::not_in;
  std::string s = process(e.left);
  s += neg ? " NOT IN (" : " IN (";
  if (e.values.empty()) {
    std::size_t n = std::get<TupleNode>(e.left.node().element).elements.size();
    std::string ones;
    for (std::size_t i = 0; i < n; ++i) ones += i ? ", 1" : "1";
    s += "SELECT " + ones + " FROM (SELECT " + ones + ") WHERE 1!=1)";
    return neg ? "(" + s + ")" : s;
  }
  std::string base = next_name("param");
  s += "VALUES ";
  for (std::size_t r = 0; r < e.values.size(); ++r) {
    const auto& row = std::get<TupleNode>(e.values[r].node().element).elements;
    s += r ? ", (" : "(";
    for (std::size_t i = 0; i < row.size(); ++i) {
      const ExprNode& v = row[i].node();
      emit(fmt::format("{}_{}_{}", base, r + 1, i + 1), std::get<BindNode>(v.element).value, v.type,
           &v);
      s += i ? ", ?" : "?";
    }
    s += ")";
  }
  s += ")";
  return neg ? "(" + s + ")" : s;
}

// A value written into the SQL (SQLAlchemy's literal_binds): numbers, text, NULL.
std::string Compilation::literal(const Value& v) {
  if (v.is_null()) return "NULL";
  if (const auto* i = std::get_if<std::int64_t>(&v.storage())) return std::to_string(*i);
  if (const auto* b = std::get_if<bool>(&v.storage())) return *b ? "1" : "0";
  if (const auto* d = std::get_if<double>(&v.storage())) return fmt::format("{}", *d);
  if (const auto* t = std::get_if<std::string>(&v.storage())) return quote_literal(*t);
  throw CompileError(fmt::format(
      "{} cannot be written into the SQL as a literal (an upsert's index_where takes numbers, "
      "text and NULL)",
      v.describe()));
}

std::string Compilation::literal_condition(const Expr& e) {
  bool bare = std::exchange(bare_columns_, true);
  bool literal = std::exchange(literal_binds_, true);
  std::string s = process(e);
  literal_binds_ = literal;
  bare_columns_ = bare;
  return s;
}

}  // namespace sqlcore::detail
