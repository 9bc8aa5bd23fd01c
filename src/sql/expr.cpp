// Expressions as data: columns, binds, operators, IN lists, CAST, CASE, functions, labels.
// SPDX-License-Identifier: MIT
#include <variant>

#include <fmt/format.h>

#include "sql/expr_node.hpp"
#include "sqlcore/errors.hpp"
#include "sqlcore/sql.hpp"

namespace sqlcore {

namespace detail {

namespace {

Expr make(ExprNode n) { return Expr(std::make_shared<const ExprNode>(std::move(n))); }

// A comparison's or arithmetic's result type: Boolean for comparisons, the left side's type
// otherwise (SQLAlchemy's default comparator).
bool is_comparison(Op op) {
  switch (op) {
    case Op::eq:
    case Op::ne:
    case Op::lt:
    case Op::le:
    case Op::gt:
    case Op::ge:
    case Op::like:
    case Op::not_like:
    case Op::ilike:
    case Op::not_ilike:
    case Op::startswith:
    case Op::contains:
    case Op::in_:
    case Op::not_in:
    case Op::is_:
    case Op::is_not:
    case Op::and_:
    case Op::or_:
      return true;
    default:
      return false;
  }
}

}  // namespace

Expr column_expr(const Column& c) {
  if (c.table() == nullptr)
    throw ArgumentError(fmt::format(
        "column '{}' is not part of a table: declare it with MetaData::table()", c.name()));
  ExprNode n;
  n.kind = ExprNode::Kind::column;
  n.table = c.table();
  n.column = c.name();
  n.type = c.type();
  return make(std::move(n));
}

Expr value_expr(Value v, const Expr& compared_with) {
  ExprNode n;
  n.kind = ExprNode::Kind::bind;
  const ExprNode& other = compared_with.node();
  // Binds are named after the column they are compared with (id_1), else "param".
  n.key = other.kind == ExprNode::Kind::column     ? other.column
          : other.kind == ExprNode::Kind::function ? other.name
                                                   : "param";
  n.type = other.type;
  n.value = std::move(v);
  return make(std::move(n));
}

Expr binary(Op op, const Expr& left, const Expr& right) {
  ExprNode n;
  n.kind = ExprNode::Kind::binary;
  n.op = op;
  n.operands = {left, right};
  n.type = is_comparison(op) ? Boolean() : left.type();
  return make(std::move(n));
}

Expr unary(Op op, const Expr& operand) {
  ExprNode n;
  n.kind = ExprNode::Kind::unary;
  n.op = op;
  n.operands = {operand};
  n.type = op == Op::inv ? Boolean() : operand.type();
  return make(std::move(n));
}

Expr in_list(const Expr& left, std::vector<Value> values, bool negate) {
  ExprNode n;
  n.kind = ExprNode::Kind::in_list;
  n.op = negate ? Op::not_in : Op::in_;
  n.operands.push_back(left);
  for (auto& v : values) n.operands.push_back(value_expr(std::move(v), left));
  n.type = Boolean();
  return make(std::move(n));
}

Expr between(const Expr& e, const Expr& lo, const Expr& hi) {
  ExprNode n;
  n.kind = ExprNode::Kind::between;
  n.op = Op::between;
  n.operands = {e, lo, hi};
  n.type = Boolean();
  return make(std::move(n));
}

Expr label(const Expr& e, std::string name) {
  ExprNode n;
  n.kind = ExprNode::Kind::label;
  n.name = std::move(name);
  n.operands = {e};
  n.type = e.type();
  return make(std::move(n));
}

}  // namespace detail

using detail::Op;

Expr::Expr(const Column& c) : Expr(detail::column_expr(c)) {}
const Type& Expr::type() const noexcept { return node_->type; }

namespace {

// The type SQLAlchemy gives a plain value bound on its own (its literal type map).
Type type_of_value(const Value& v) {
  return std::visit(
      [](const auto& x) -> Type {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, std::int64_t>)
          return Integer();
        else if constexpr (std::is_same_v<T, double>)
          return Float();
        else if constexpr (std::is_same_v<T, std::string>)
          return String();
        else if constexpr (std::is_same_v<T, Blob>)
          return LargeBinary();
        else if constexpr (std::is_same_v<T, bool>)
          return Boolean();
        else if constexpr (std::is_same_v<T, Timestamp>)
          return DateTime();
        else if constexpr (std::is_same_v<T, std::chrono::year_month_day>)
          return Date();
        else if constexpr (std::is_same_v<T, TimeOfDay>)
          return Time();
        else if constexpr (std::is_same_v<T, Decimal>)
          return Numeric();
        else
          return NullType();
      },
      v.storage());
}

}  // namespace

Operand::Operand(const Column& c) : expr_(Expr(c)) {}

Expr Operand::to_expr(const Expr* compared_with) const {
  if (expr_) return *expr_;
  if (compared_with != nullptr) return detail::value_expr(value_, *compared_with);
  return literal(value_);
}

Expr cast(const Expr& e, Type type) {
  if (type.is_null_type()) throw ArgumentError("cast(): give the type to cast to (not NullType)");
  detail::ExprNode n;
  n.kind = detail::ExprNode::Kind::cast;
  n.operands = {e};
  n.type = std::move(type);
  return Expr(std::make_shared<const detail::ExprNode>(std::move(n)));
}

namespace {

Expr make_case(std::vector<When> whens, const Operand* else_) {
  if (whens.empty()) throw ArgumentError("case_(): give at least one {condition, result}");
  detail::ExprNode n;
  n.kind = detail::ExprNode::Kind::case_;
  for (const When& w : whens) {
    n.operands.push_back(w.condition);
    n.operands.push_back(w.result.to_expr());
  }
  n.type = n.operands.back().type();  // the last WHEN's result type, as SQLAlchemy 1.4
  if (else_ != nullptr) {
    n.operands.push_back(else_->to_expr());
    n.has_else = true;
  }
  return Expr(std::make_shared<const detail::ExprNode>(std::move(n)));
}

}  // namespace

Expr case_(std::vector<When> whens) { return make_case(std::move(whens), nullptr); }
Expr case_(std::vector<When> whens, const Operand& else_) {
  return make_case(std::move(whens), &else_);
}

Expr operator==(const Expr& a, const Expr& b) { return detail::binary(Op::eq, a, b); }
Expr operator!=(const Expr& a, const Expr& b) { return detail::binary(Op::ne, a, b); }
Expr operator<(const Expr& a, const Expr& b) { return detail::binary(Op::lt, a, b); }
Expr operator<=(const Expr& a, const Expr& b) { return detail::binary(Op::le, a, b); }
Expr operator>(const Expr& a, const Expr& b) { return detail::binary(Op::gt, a, b); }
Expr operator>=(const Expr& a, const Expr& b) { return detail::binary(Op::ge, a, b); }
Expr operator+(const Expr& a, const Expr& b) {
  // On strings, + is concatenation (SQLAlchemy's String comparator).
  bool text = a.type().value_kind() == ValueKind::text;
  return detail::binary(text ? Op::concat : Op::add, a, b);
}
Expr operator-(const Expr& a, const Expr& b) { return detail::binary(Op::sub, a, b); }
Expr operator*(const Expr& a, const Expr& b) { return detail::binary(Op::mul, a, b); }
Expr operator/(const Expr& a, const Expr& b) { return detail::binary(Op::div, a, b); }
Expr operator%(const Expr& a, const Expr& b) { return detail::binary(Op::mod, a, b); }
Expr operator&&(const Expr& a, const Expr& b) { return detail::binary(Op::and_, a, b); }
Expr operator||(const Expr& a, const Expr& b) { return detail::binary(Op::or_, a, b); }
Expr operator!(const Expr& e) { return not_(e); }
Expr operator-(const Expr& e) { return detail::unary(Op::neg, e); }
Expr not_(const Expr& e) { return detail::unary(Op::inv, e); }

Expr bindparam(std::string name, Type type) {
  if (name.empty()) throw ArgumentError("bindparam: the name is empty");
  detail::ExprNode n;
  n.kind = detail::ExprNode::Kind::bind;
  n.key = std::move(name);
  n.named = true;
  n.type = std::move(type);
  return Expr(std::make_shared<const detail::ExprNode>(std::move(n)));
}

Expr literal(Value v, Type type) {
  detail::ExprNode n;
  n.kind = detail::ExprNode::Kind::bind;
  n.key = "param";
  n.type = type.is_null_type() ? type_of_value(v) : std::move(type);
  n.value = std::move(v);
  return Expr(std::make_shared<const detail::ExprNode>(std::move(n)));
}

Expr func::count() {
  detail::ExprNode star;
  star.kind = detail::ExprNode::Kind::star;
  return detail_::call("count", {Expr(std::make_shared<const detail::ExprNode>(std::move(star)))});
}

Expr func::detail_::call(std::string name, std::vector<Expr> args) {
  if (name.empty()) throw ArgumentError("func::call: the function name is empty");
  detail::ExprNode n;
  n.kind = detail::ExprNode::Kind::function;
  // count() is an integer; max, min, coalesce keep their first argument's type, so a DATETIME
  // column's max() reads back as a Timestamp; others are untyped.
  if (name == "count" || name == "length" || name == "char_length")
    n.type = Integer();
  else if ((name == "max" || name == "min" || name == "coalesce" || name == "sum") && !args.empty())
    n.type = args[0].type();
  else if ((name == "lower" || name == "upper") && !args.empty())
    n.type = args[0].type();
  // Bound arguments are named after the function (coalesce_2), as SQLAlchemy does.
  for (auto& a : args) {
    if (a.node().kind == detail::ExprNode::Kind::bind && !a.node().named &&
        a.node().key == "param") {
      detail::ExprNode b = a.node();
      b.key = name;
      a = Expr(std::make_shared<const detail::ExprNode>(std::move(b)));
    }
  }
  n.name = std::move(name);
  n.operands = std::move(args);
  return Expr(std::make_shared<const detail::ExprNode>(std::move(n)));
}

}  // namespace sqlcore
