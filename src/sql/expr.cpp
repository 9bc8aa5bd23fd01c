// Expressions as data: columns, binds, operators, IN lists, CAST, CASE, functions, labels.
// SPDX-License-Identifier: MIT
#include <variant>

#include <fmt/format.h>

#include "sql/expr_node.hpp"
#include "sqlcore/errors.hpp"

namespace sqlcore {

namespace detail {

namespace {

// A binary expression's result type: Boolean for comparisons, the left side's type otherwise
// (SQLAlchemy's default comparator).
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
    case Op::endswith:
    case Op::contains:
    case Op::not_startswith:
    case Op::not_endswith:
    case Op::not_contains:
    case Op::regexp_match:
    case Op::not_regexp_match:
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

Expr value_expr(Value v, const Expr& compared_with) {
  const ExprNode& other = compared_with.node();
  // Binds are named after the column or function they are compared with (id_1), else "param".
  std::string key = "param";
  if (const auto* c = as<ColumnNode>(other))
    key = c->name;
  else if (const auto* f = as<FunctionNode>(other))
    key = f->name;
  return make_expr(other.type, BindNode{std::move(key), false, std::move(v)});
}

Expr binary(Op op, const Expr& left, const Expr& right) {
  return make_expr(is_comparison(op) ? Boolean() : left.type(), BinaryNode{op, left, right});
}

namespace {
// RE2's inline flags (re2/re2.h "Flags"), passed as a (?flags) prefix of the bound pattern:
// SQLAlchemy drops regexp flags on SQLite, and SQLite's REGEXP takes two arguments only.
std::string flagged(std::string pattern, std::string_view flags) {
  if (flags.empty()) return pattern;
  for (char f : flags)
    if (f != 'i' && f != 'm' && f != 's' && f != 'U')
      throw ArgumentError(
          fmt::format("regexp flags '{}': '{}' is not a flag; RE2 takes i, m, s and U", flags, f));
  return fmt::format("(?{}){}", flags, pattern);
}
}  // namespace

Expr regexp_match(const Expr& e, std::string pattern, std::string_view flags) {
  return binary(Op::regexp_match, e, value_expr(flagged(std::move(pattern), flags), e));
}

Expr regexp_replace(const Expr& e, std::string pattern, std::string replacement,
                    std::string_view flags) {
  Expr p = value_expr(flagged(std::move(pattern), flags), e);
  Expr r = value_expr(std::move(replacement), e);
  return make_expr(e.type(), FunctionNode{"regexp_replace", {e, p, r}});
}

Expr unary(Op op, const Expr& operand) {
  return make_expr(op == Op::inv ? Boolean() : operand.type(), UnaryNode{op, operand});
}

Expr in_list(const Expr& left, std::vector<Value> values, bool negate) {
  std::vector<Expr> binds;
  binds.reserve(values.size());
  for (auto& v : values) binds.push_back(value_expr(std::move(v), left));
  return make_expr(Boolean(), InListNode{negate ? Op::not_in : Op::in_, left, std::move(binds)});
}

Expr between(const Expr& e, const Expr& lo, const Expr& hi) {
  return make_expr(Boolean(), BetweenNode{Op::between, e, lo, hi});
}

Expr label(const Expr& e, std::string name) {
  return make_expr(e.type(), LabelNode{std::move(name), e});
}

}  // namespace detail

using detail::Op;

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
  return detail::make_expr(std::move(type), detail::CastNode{e});
}

namespace {

Expr make_case(std::vector<When> whens, const Operand* else_) {
  if (whens.empty()) throw ArgumentError("case_(): give at least one {condition, result}");
  detail::CaseNode n;
  for (const When& w : whens) n.whens.emplace_back(w.condition, w.result.to_expr());
  Type type = n.whens.back().second.type();  // the last WHEN's result type, as SQLAlchemy 1.4
  if (else_ != nullptr) n.else_ = else_->to_expr();
  return detail::make_expr(std::move(type), std::move(n));
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
  return detail::make_expr(std::move(type), detail::BindNode{std::move(name), true, std::nullopt});
}

Expr literal(Value v, Type type) {
  Type t = type.is_null_type() ? type_of_value(v) : std::move(type);
  return detail::make_expr(std::move(t), detail::BindNode{"param", false, std::move(v)});
}

Expr func::count() {
  return detail_::call("count", {detail::make_expr(Type(), detail::StarNode{})});
}

Expr func::detail_::call(std::string name, std::vector<Expr> args) {
  if (name.empty()) throw ArgumentError("func::call: the function name is empty");
  // count() is an integer; max, min, coalesce keep their first argument's type, so a DATETIME
  // column's max() reads back as a Timestamp; others are untyped.
  Type type;
  if (name == "count" || name == "length" || name == "char_length" || name == "ntile")
    type = Integer();
  else if ((name == "lag" || name == "lead" || name == "first_value" || name == "last_value" ||
            name == "nth_value") &&
           !args.empty())
    type = args[0].type();  // the window value functions: their argument's values
  else if ((name == "max" || name == "min" || name == "coalesce" || name == "sum") && !args.empty())
    type = args[0].type();
  else if ((name == "lower" || name == "upper") && !args.empty())
    type = args[0].type();
  // Bound arguments are named after the function (coalesce_2), as SQLAlchemy does.
  for (auto& a : args) {
    const auto* b = detail::as<detail::BindNode>(a.node());
    if (b != nullptr && !b->named && b->key == "param")
      a = detail::make_expr(a.type(), detail::BindNode{name, false, b->value});
  }
  return detail::make_expr(std::move(type), detail::FunctionNode{std::move(name), std::move(args)});
}

}  // namespace sqlcore
