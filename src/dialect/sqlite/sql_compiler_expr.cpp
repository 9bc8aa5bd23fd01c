// SQLiteCompiler's expressions: operators with SQLAlchemy's precedence and grouping, negation,
// binds, IN lists, CASE, CAST, functions and labels.
// SPDX-License-Identifier: MIT
#include <array>
#include <string_view>
#include <utility>

#include <fmt/format.h>

#include "dialect/sqlite/sql_compilation.hpp"
#include "sqlcore/errors.hpp"

namespace sqlcore::detail {

namespace {

constexpr int kSmallest = -100;  // operators SQLAlchemy's table lacks: always parenthesized
constexpr int kLargest = 100;
constexpr int kAsBool = -10;  // operators._asbool: a whole WHERE / HAVING / ON condition

// sql/operators.py _PRECEDENCE.
int precedence(Op op) {
  switch (op) {
    case Op::mul:
    case Op::div:
    case Op::mod:
    case Op::neg:
      return 8;
    case Op::add:
    case Op::sub:
      return 7;
    case Op::concat:
      return 6;
    case Op::like:
    case Op::not_like:
    case Op::ilike:
    case Op::not_ilike:
    case Op::regexp_match:
    case Op::not_regexp_match:
    case Op::in_:
    case Op::not_in:
    case Op::is_:
    case Op::is_not:
    case Op::eq:
    case Op::ne:
    case Op::gt:
    case Op::lt:
    case Op::ge:
    case Op::le:
    case Op::between:
    case Op::not_between:
    case Op::distinct:
    case Op::inv:
      return 5;
    case Op::and_:
      return 3;
    case Op::or_:
      return 2;
    case Op::desc:
    case Op::asc:
      return 3;
    case Op::exists:
      return 0;
    case Op::startswith:
    case Op::endswith:
    case Op::contains:
    case Op::not_startswith:
    case Op::not_endswith:
    case Op::not_contains:
    case Op::nulls_first:
    case Op::nulls_last:
      return kSmallest;
  }
  return kSmallest;
}

bool associative(Op op) {
  return op == Op::and_ || op == Op::or_ || op == Op::add || op == Op::mul || op == Op::concat;
}

// SQLAlchemy's negation of comparisons: NOT (a = b) is a != b, and so on.
std::optional<Op> negated(Op op) {
  switch (op) {
    case Op::eq:
      return Op::ne;
    case Op::ne:
      return Op::eq;
    case Op::lt:
      return Op::ge;
    case Op::ge:
      return Op::lt;
    case Op::gt:
      return Op::le;
    case Op::le:
      return Op::gt;
    case Op::like:
      return Op::not_like;
    case Op::not_like:
      return Op::like;
    case Op::ilike:
      return Op::not_ilike;
    case Op::not_ilike:
      return Op::ilike;
    case Op::regexp_match:
      return Op::not_regexp_match;
    case Op::not_regexp_match:
      return Op::regexp_match;
    case Op::in_:
      return Op::not_in;
    case Op::not_in:
      return Op::in_;
    case Op::is_:
      return Op::is_not;
    case Op::is_not:
      return Op::is_;
    case Op::between:
      return Op::not_between;
    case Op::not_between:
      return Op::between;
    case Op::startswith:
      return Op::not_startswith;
    case Op::not_startswith:
      return Op::startswith;
    case Op::endswith:
      return Op::not_endswith;
    case Op::not_endswith:
      return Op::endswith;
    case Op::contains:
      return Op::not_contains;
    case Op::not_contains:
      return Op::contains;
    default:
      return std::nullopt;
  }
}

// The operator an expression renders as: NOT of a negatable comparison is the negated one.
std::optional<Op> rendered_op(const ExprNode& n) {
  auto op = operator_of(n);
  const auto* unary = as<UnaryNode>(n);
  if (op != Op::inv || unary == nullptr) return op;
  const ExprNode& inner = unary->operand.node();
  auto inner_op = operator_of(inner);
  if (inner_op && !is<UnaryNode>(inner))
    if (auto neg = negated(*inner_op)) return neg;
  return op;
}

const char* symbol(Op op) {
  switch (op) {
    case Op::eq:
      return " = ";
    case Op::ne:
      return " != ";
    case Op::lt:
      return " < ";
    case Op::le:
      return " <= ";
    case Op::gt:
      return " > ";
    case Op::ge:
      return " >= ";
    case Op::add:
      return " + ";
    case Op::sub:
      return " - ";
    case Op::mul:
      return " * ";
    case Op::div:
      return " / ";
    case Op::mod:
      return " % ";
    case Op::concat:
      return " || ";
    case Op::and_:
      return " AND ";
    case Op::or_:
      return " OR ";
    case Op::like:
      return " LIKE ";
    case Op::not_like:
      return " NOT LIKE ";
    case Op::regexp_match:
      return " REGEXP ";
    case Op::not_regexp_match:
      return " NOT REGEXP ";
    case Op::is_:
      return " IS ";
    case Op::is_not:
      return " IS NOT ";
    default:
      return " ? ";
  }
}

}  // namespace

std::string Compilation::column(const ColumnNode& c) {
  if (bare_columns_) return quote(c.name);
  if (c.alias) return quote(alias_name(*c.alias)) + "." + quote(c.name);
  return quote(c.table->name()) + "." + quote(c.name);
}

// An operand of `parent`, in parentheses when it binds less tightly (SQLAlchemy's self_group).
std::string Compilation::operand(const Expr& e, Op parent) {
  std::string s = process(e);
  auto op = rendered_op(e.node());
  if (!op) return s;
  if (*op == parent && associative(*op)) return s;
  if (*op == Op::not_in) return s;  // already in its own parentheses
  if (precedence(*op) <= (precedence(parent) == kSmallest ? kLargest : precedence(parent)))
    return "(" + s + ")";
  return s;
}

// A whole WHERE / HAVING / ON condition, grouped against SQLAlchemy's _asbool: only the
// operators its precedence table lacks (startswith and its kin) go in parentheses.
std::string Compilation::condition(const Expr& e) {
  std::string s = process(e);
  auto op = rendered_op(e.node());
  if (op && precedence(*op) <= kAsBool) return "(" + s + ")";
  return s;
}

std::string Compilation::unqualified(const Expr& e) {
  bool outer = std::exchange(bare_columns_, true);
  std::string s = process(e);
  bare_columns_ = outer;
  return s;
}

std::string Compilation::process(const ExprNode& n) {
  return std::visit([&](const auto& e) { return visit(n, e); }, n.element);
}

// ---- one visit per kind of element ----------------------------------------------------------

std::string Compilation::visit(const ExprNode&, const ColumnNode& e) { return column(e); }

std::string Compilation::visit(const ExprNode& n, const BindNode& e) { return bind(n, e, n.type); }

std::string Compilation::visit(const ExprNode&, const BinaryNode& e) {
  const Expr& l = e.left;
  const Expr& r = e.right;
  Op op = e.op;
  const BindNode* rb = as<BindNode>(r.node());
  bool null_right = rb != nullptr && rb->value && rb->value->is_null();
  if (op == Op::is_ || op == Op::is_not || ((op == Op::eq || op == Op::ne) && null_right)) {
    // Comparing with NULL is IS / IS NOT, as SQLAlchemy renders `col == None`.
    bool is = op == Op::is_ || op == Op::eq;
    return operand(l, op) + (is ? " IS NULL" : " IS NOT NULL");
  }
  // Each side is compiled in its own statement: C++ leaves the order of the operands of `+`
  // unspecified, and binds must be numbered and recorded left to right.
  std::string left, right;
  switch (op) {
    case Op::ilike:
    case Op::not_ilike:
      left = process(l);
      right = process(r);
      return "lower(" + left + (op == Op::ilike ? ") LIKE lower(" : ") NOT LIKE lower(") + right +
             ")";
    case Op::startswith:
    case Op::endswith:
    case Op::contains:
    case Op::not_startswith:
    case Op::not_endswith:
    case Op::not_contains: {
      // SQLAlchemy's visit_startswith_op_binary and kin: the pattern concatenated with '%'.
      bool negate = op == Op::not_startswith || op == Op::not_endswith || op == Op::not_contains;
      bool lead = op == Op::endswith || op == Op::contains || op == Op::not_endswith ||
                  op == Op::not_contains;
      bool trail = op != Op::endswith && op != Op::not_endswith;
      // Both sides grouped against an operator SQLAlchemy's precedence table lacks.
      left = operand(l, op);
      right = operand(r, op);
      return left + (negate ? " NOT LIKE " : " LIKE ") + (lead ? "'%' || " : "") + right +
             (trail ? " || '%'" : "");
    }
    default:
      left = operand(l, op);
      right = operand(r, op);
      return left + symbol(op) + right;
  }
}

std::string Compilation::visit(const ExprNode&, const UnaryNode& e) {
  const Expr& x = e.operand;
  switch (e.op) {
    case Op::inv: {
      // NOT of a comparison is the negated comparison (NOT (a = b) is a != b), as SQLAlchemy
      // renders it; the node is copied with the other operator (its children are shared).
      const ExprNode& inner = x.node();
      if (auto op = operator_of(inner); op && !is<UnaryNode>(inner)) {
        if (auto neg = negated(*op)) {
          ExprNode flipped = inner;
          std::visit(
              [&](auto& f) {
                if constexpr (requires { f.op = *neg; }) f.op = *neg;
              },
              flipped.element);
          return process(flipped);
        }
      }
      return "NOT " + operand(x, Op::inv);
    }
    case Op::neg:
      return "-" + operand(x, Op::neg);
    case Op::distinct:
      return "DISTINCT " + operand(x, Op::distinct);
    case Op::desc:
      return operand(x, Op::desc) + " DESC";
    case Op::asc:
      return operand(x, Op::asc) + " ASC";
    case Op::nulls_first:
      require(dialect_.supports_nulls_ordering(), "NULLS FIRST / NULLS LAST", "3.30");
      return process(x) + " NULLS FIRST";
    case Op::nulls_last:
      require(dialect_.supports_nulls_ordering(), "NULLS FIRST / NULLS LAST", "3.30");
      return process(x) + " NULLS LAST";  // one child each: no ordering issue
    default:
      return process(x);
  }
}

std::string Compilation::visit(const ExprNode&, const InListNode& e) {
  if (is<TupleNode>(e.left.node())) return tuple_in_list(e);  // sql_compiler_window.cpp
  bool neg = e.op == Op::not_in;
  if (e.values.empty()) {
    // An empty list, as SQLAlchemy 1.4 renders it (with render_postcompile): never true for
    // IN, always true for NOT IN.
    // (SQLAlchemy puts only the NOT IN form in parentheses.)
    return neg ? "(" + operand(e.left, Op::not_in) +
                     " NOT IN (SELECT 1 FROM (SELECT 1) WHERE 1!=1))"
               : operand(e.left, Op::in_) + " IN (SELECT 1 FROM (SELECT 1) WHERE 1!=1)";
  }
  std::string s = operand(e.left, e.op);
  s += neg ? " NOT IN (" : " IN (";
  // One expanding parameter <key>_N, expanded into <key>_N_1, <key>_N_2 ...
  std::string base = next_name(std::get<BindNode>(e.values[0].node().element).key);
  for (std::size_t i = 0; i < e.values.size(); ++i) {
    const ExprNode& v = e.values[i].node();
    emit(fmt::format("{}_{}", base, i + 1), std::get<BindNode>(v.element).value, v.type, &v);
    s += (i > 0 ? ", ?" : "?");
  }
  // SQLAlchemy renders NOT IN in parentheses (it is a negated IN), IN without.
  return neg ? "(" + s + "))" : s + ")";
}

std::string Compilation::visit(const ExprNode&, const BetweenNode& e) {
  bool neg = e.op == Op::not_between;
  std::string s = operand(e.operand, Op::between);
  s += neg ? " NOT BETWEEN " : " BETWEEN ";
  s += operand(e.lower, Op::between);
  s += " AND ";
  s += operand(e.upper, Op::between);
  return s;
}

std::string Compilation::visit(const ExprNode&, const LabelNode& e) {
  std::string s = process(e.element);
  return s + " AS " + quote(e.name);
}

namespace {

// Functions SQLite spells otherwise (SQLAlchemy's SQLiteCompiler.visit_char_length_func):
// SQLite has no char_length; its length() counts characters of text. Sorted by name.
constexpr std::array<std::pair<std::string_view, std::string_view>, 1> kSQLiteFunctionNames{{
    {"char_length", "length"},
}};

std::string_view sqlite_function_name(std::string_view name) {
  for (const auto& [generic, sqlite] : kSQLiteFunctionNames)
    if (generic == name) return sqlite;
  return name;
}

}  // namespace

std::string Compilation::visit(const ExprNode&, const FunctionNode& e) {
  std::string args;
  for (std::size_t i = 0; i < e.args.size(); ++i) {
    if (i) args += ", ";
    args += process(e.args[i]);
  }
  return std::string(sqlite_function_name(e.name)) + "(" + args + ")";
}

std::string Compilation::visit(const ExprNode&, const StarNode&) { return "*"; }

std::string Compilation::visit(const ExprNode& n, const CastNode& e) {
  std::string s = "CAST(" + process(e.operand);
  return s + " AS " + n.type.compile(dialect_) + ")";
}

std::string Compilation::visit(const ExprNode&, const CaseNode& e) {
  std::string s = "CASE";
  for (const auto& [condition, result] : e.whens) {
    // Each condition is grouped unless it is an atom (SQLAlchemy's self_group()).
    std::string c = process(condition);
    s += operator_of(condition.node()) ? " WHEN (" + c + ")" : " WHEN " + c;
    s += " THEN ";
    s += process(result);
  }
  if (e.else_) {
    s += " ELSE ";
    s += process(*e.else_);
  }
  return s + " END";
}

std::string Compilation::visit(const ExprNode&, const ExistsNode& e) {
  return "EXISTS (" + select_sql(e.select->data(), false) + ")";
}

std::string Compilation::visit(const ExprNode&, const ScalarSelectNode& e) {
  return "(" + select_sql(e.select->data(), false) + ")";
}

std::string Compilation::visit(const ExprNode&, const InSelectNode& e) {
  bool neg = e.op == Op::not_in;
  std::string s = operand(e.left, e.op);
  s += neg ? " NOT IN (" : " IN (";
  s += select_sql(e.select->data(), false);
  // As with a list, SQLAlchemy puts NOT IN in parentheses.
  return neg ? "(" + s + "))" : s + ")";
}

}  // namespace sqlcore::detail
