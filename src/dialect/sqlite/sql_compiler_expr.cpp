// SQLiteCompiler's expressions: operators with SQLAlchemy's precedence and grouping, negation,
// binds, IN lists, CASE, CAST, functions and labels.
// SPDX-License-Identifier: MIT
#include <fmt/format.h>

#include "dialect/sqlite/sql_compilation.hpp"
#include "sqlcore/errors.hpp"

namespace sqlcore::detail {

namespace {

using Kind = ExprNode::Kind;

constexpr int kSmallest = -100;  // operators SQLAlchemy's table lacks: always parenthesized
constexpr int kLargest = 100;

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
    case Op::startswith:
    case Op::contains:
    case Op::nulls_first:
    case Op::nulls_last:
    case Op::exists:
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
    default:
      return std::nullopt;
  }
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
    case Op::is_:
      return " IS ";
    case Op::is_not:
      return " IS NOT ";
    default:
      return " ? ";
  }
}

}  // namespace

std::optional<Op> operator_of(const ExprNode& n) {
  switch (n.kind) {
    case Kind::binary:
    case Kind::unary:
    case Kind::in_list:
    case Kind::in_select:
    case Kind::between:
    case Kind::exists:
      return n.op;
    case Kind::column:
    case Kind::bind:
    case Kind::label:
    case Kind::function:
    case Kind::star:
    case Kind::cast:
    case Kind::case_:
    case Kind::scalar_select:
      return std::nullopt;
  }
  return std::nullopt;  // not reached: the switch names every kind
}

std::string Compilation::column(const ExprNode& c) {
  if (compound_order_) return quote(c.column);
  if (c.alias) return quote(alias_name(*c.alias)) + "." + quote(c.column);
  return quote(c.table->name()) + "." + quote(c.column);
}

// An operand of `parent`, in parentheses when it binds less tightly (SQLAlchemy's self_group).
std::string Compilation::operand(const Expr& e, Op parent) {
  std::string s = process(e);
  auto op = operator_of(e.node());
  if (!op) return s;
  if (*op == parent && associative(*op)) return s;
  if (*op == Op::not_in) return s;  // already in its own parentheses
  if (precedence(*op) <= (precedence(parent) == kSmallest ? kLargest : precedence(parent)))
    return "(" + s + ")";
  return s;
}

std::string Compilation::process(const ExprNode& n) {
  switch (n.kind) {
    case Kind::column:
      return column(n);
    case Kind::star:
      return "*";
    case Kind::bind:
      return bind(n, n.type);
    case Kind::label: {
      std::string s = process(n.operands[0]);
      return s + " AS " + quote(n.name);
    }
    case Kind::function: {
      std::string args;
      for (std::size_t i = 0; i < n.operands.size(); ++i) {
        if (i) args += ", ";
        args += process(n.operands[i]);
      }
      return n.name + "(" + args + ")";
    }
    case Kind::between: {
      // Each child is compiled in its own statement: C++ leaves the order of the operands of
      // `+` unspecified, and binds must be numbered and recorded left to right.
      bool neg = n.op == Op::not_between;
      std::string s = operand(n.operands[0], Op::between);
      s += neg ? " NOT BETWEEN " : " BETWEEN ";
      s += operand(n.operands[1], Op::between);
      s += " AND ";
      s += operand(n.operands[2], Op::between);
      return s;
    }
    case Kind::cast: {
      std::string s = "CAST(" + process(n.operands[0]);
      return s + " AS " + n.type.compile(dialect_) + ")";
    }
    case Kind::case_:
      return case_(n);
    case Kind::exists:
      return "EXISTS (" + select_sql(n.select->data(), false) + ")";
    case Kind::scalar_select:
      return "(" + select_sql(n.select->data(), false) + ")";
    case Kind::in_select: {
      bool neg = n.op == Op::not_in;
      std::string s = operand(n.operands[0], n.op);
      s += neg ? " NOT IN (" : " IN (";
      s += select_sql(n.select->data(), false);
      // As with a list, SQLAlchemy puts NOT IN in parentheses.
      return neg ? "(" + s + "))" : s + ")";
    }
    case Kind::in_list:
      return in_list(n);
    case Kind::unary:
      return unary(n);
    case Kind::binary:
      return binary_op(n.op, n.operands[0], n.operands[1]);
  }
  return {};  // not reached: the switch names every kind
}

std::string Compilation::binary_op(Op op, const Expr& l, const Expr& r) {
  bool null_right = r.node().kind == Kind::bind && r.node().value && r.node().value->is_null();
  if (op == Op::is_ || op == Op::is_not || ((op == Op::eq || op == Op::ne) && null_right)) {
    // Comparing with NULL is IS / IS NOT, as SQLAlchemy renders `col == None`.
    bool is = op == Op::is_ || op == Op::eq;
    return operand(l, op) + (is ? " IS NULL" : " IS NOT NULL");
  }
  std::string left, right;
  switch (op) {
    case Op::ilike:
    case Op::not_ilike:
      left = process(l);
      right = process(r);
      return "lower(" + left + (op == Op::ilike ? ") LIKE lower(" : ") NOT LIKE lower(") + right +
             ")";
    case Op::startswith:
      left = operand(l, Op::like);
      right = process(r);
      return left + " LIKE " + right + " || '%'";
    case Op::contains:
      left = operand(l, Op::like);
      right = process(r);
      return left + " LIKE '%' || " + right + " || '%'";
    default:
      left = operand(l, op);
      right = operand(r, op);
      return left + symbol(op) + right;
  }
}

std::string Compilation::unary(const ExprNode& n) {
  const Expr& x = n.operands[0];
  switch (n.op) {
    case Op::inv: {
      const ExprNode& inner = x.node();
      if (auto op = operator_of(inner); op && inner.kind != Kind::unary) {
        if (auto neg = negated(*op)) {
          ExprNode flipped = inner;
          flipped.op = *neg;
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

std::string Compilation::case_(const ExprNode& n) {
  std::string s = "CASE";
  std::size_t pairs = (n.operands.size() - (n.has_else ? 1 : 0)) / 2;
  for (std::size_t i = 0; i < pairs; ++i) {
    // Each condition is grouped unless it is an atom (SQLAlchemy's self_group()).
    const Expr& cond = n.operands[2 * i];
    std::string c = process(cond);
    s += operator_of(cond.node()) ? " WHEN (" + c + ")" : " WHEN " + c;
    s += " THEN ";
    s += process(n.operands[2 * i + 1]);
  }
  if (n.has_else) {
    s += " ELSE ";
    s += process(n.operands.back());
  }
  return s + " END";
}

std::string Compilation::in_list(const ExprNode& n) {
  bool neg = n.op == Op::not_in;
  if (n.operands.size() == 1) {
    // An empty list, as SQLAlchemy 1.4 renders it (with render_postcompile): never true for
    // IN, always true for NOT IN.
    // (SQLAlchemy puts only the NOT IN form in parentheses.)
    return neg ? "(" + operand(n.operands[0], Op::not_in) +
                     " NOT IN (SELECT 1 FROM (SELECT 1) WHERE 1!=1))"
               : operand(n.operands[0], Op::in_) + " IN (SELECT 1 FROM (SELECT 1) WHERE 1!=1)";
  }
  std::string s = operand(n.operands[0], n.op);
  s += neg ? " NOT IN (" : " IN (";
  // One expanding parameter <key>_N, expanded into <key>_N_1, <key>_N_2 ...
  std::string base = next_name(n.operands[1].node().key);
  for (std::size_t i = 1; i < n.operands.size(); ++i) {
    const ExprNode& b = n.operands[i].node();
    emit(fmt::format("{}_{}", base, i), b.value, b.type, &b);
    s += (i > 1 ? ", ?" : "?");
  }
  // SQLAlchemy renders NOT IN in parentheses (it is a negated IN), IN without.
  return neg ? "(" + s + "))" : s + ")";
}

}  // namespace sqlcore::detail
