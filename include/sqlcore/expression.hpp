// Column expressions: comparisons, boolean logic, LIKE / IN / BETWEEN, functions, labels.
// SPDX-License-Identifier: MIT
#pragma once

#include <concepts>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sqlcore/export.hpp"
#include "sqlcore/types.hpp"
#include "sqlcore/value.hpp"

namespace sqlcore {

class Column;
class Table;
class Expr;
class Operand;
class Select;
class JsonPath;
struct Window;
class TupleExpr;

namespace detail {
struct ExprNode;

/// The operators of expressions, as SQLAlchemy's sql.operators names them.
enum class Op {
  eq,
  ne,
  lt,
  le,
  gt,
  ge,
  add,
  sub,
  mul,
  div,
  mod,
  concat,
  and_,
  or_,
  like,
  not_like,
  ilike,
  not_ilike,
  startswith,
  endswith,
  contains,
  not_startswith,  // the negations SQLAlchemy renders as NOT LIKE
  not_endswith,
  not_contains,
  regexp_match,  // x REGEXP pattern (SQLAlchemy's regexp_match_op on SQLite)
  not_regexp_match,
  in_,
  not_in,
  is_,
  is_not,
  between,
  not_between,
  inv,
  neg,
  distinct,
  desc,
  asc,
  nulls_first,
  nulls_last,
  exists
};

Expr column_expr(const Column& c);  // the library's own (not exported)
SQLCORE_EXPORT Expr value_expr(Value v, const Expr& compared_with);
SQLCORE_EXPORT Expr binary(Op op, const Expr& left, const Expr& right);
SQLCORE_EXPORT Expr unary(Op op, const Expr& operand);
SQLCORE_EXPORT Expr in_list(const Expr& left, std::vector<Value> values, bool negate);
SQLCORE_EXPORT Expr between(const Expr& e, const Expr& lo, const Expr& hi);
SQLCORE_EXPORT Expr label(const Expr& e, std::string name);
SQLCORE_EXPORT Expr in_select(const Expr& left, const Select& subquery, bool negate);
SQLCORE_EXPORT Expr json_index(const Expr& target, const JsonPath& path);
/// The kinds json_as() reads a JSON element as (as_string() ... as_json()).
enum class JsonAs { string, integer, floating, boolean, json };
SQLCORE_EXPORT Expr json_as(const Expr& element, JsonAs as);
SQLCORE_EXPORT Expr over(const Expr& function, const Window& window);
SQLCORE_EXPORT Expr filter(const Expr& aggregate, const Expr& condition);
SQLCORE_EXPORT Expr regexp_match(const Expr& e, std::string pattern, std::string_view flags);
SQLCORE_EXPORT Expr regexp_replace(const Expr& e, std::string pattern, std::string replacement,
                                   std::string_view flags);
}  // namespace detail

/// What expressions have: comparisons and modifiers. Mixed into Expr and Column, so that
/// `users.c("name").like("a%")` and `(users.c("id") + 1).label("n")` read the same.
template <class Self>
class ExprOps {
 public:
  /// LIKE / NOT LIKE; ilike() is lower(x) LIKE lower(y), as SQLAlchemy renders it on SQLite.
  Expr like(Value pattern) const;
  Expr ilike(Value pattern) const;
  /// `x LIKE ? || '%'`, `x LIKE '%' || ?` and `x LIKE '%' || ? || '%'`: a value is bound (not
  /// escaped), an expression is rendered; as a whole WHERE, HAVING or ON, in parentheses, as
  /// SQLAlchemy renders them. Their negation (`!e`, sc::not_) is NOT LIKE.
  Expr startswith(const Operand& prefix) const;
  Expr endswith(const Operand& suffix) const;
  Expr contains(const Operand& part) const;
  Expr between(Value lo, Value hi) const;
  Expr is_null() const;
  Expr is_not_null() const;
  /// IN (...) with one bind per value; an empty list is never true (SQLAlchemy's rendering).
  Expr in_(std::initializer_list<Value> values) const;
  Expr in_(std::vector<Value> values) const;
  /// IN (SELECT ...): the subquery selects one column.
  Expr in_(const Select& subquery) const;
  Expr not_in(std::initializer_list<Value> values) const;
  Expr not_in(std::vector<Value> values) const;
  Expr not_in(const Select& subquery) const;
  /// JSON index and path access on a JSON expression, as SQLAlchemy's sqlite JSON type:
  /// `data["a"]`, `data[1]`, `data[sc::json_path({"a", 1, "b"})]` render
  /// `JSON_QUOTE(JSON_EXTRACT(data, ?))` with the path bound as text (`$."a"[1]."b"`) and read
  /// back as JSON text; as_string() ... as_boolean() on the result render `JSON_EXTRACT(data, ?)`
  /// and read back typed (as_json() stays JSON). ArgumentError on an expression that is not
  /// of type JSON. CompileError on a SQLite without the JSON functions.
  Expr operator[](const JsonPath& path) const;
  /// The JSON element read as text, an int64, a double, a bool, or JSON text (on the result of
  /// operator[] only: ArgumentError otherwise).
  Expr as_string() const;
  Expr as_integer() const;
  Expr as_float() const;
  Expr as_boolean() const;
  Expr as_json() const;
  /// `f(...) OVER (PARTITION BY ... ORDER BY ... ROWS | RANGE BETWEEN ...)`: a window function
  /// call (sc::func::row_number() ...) or an aggregate over a window. SQLite 3.25 and later.
  Expr over(const Window& window) const;
  /// `aggregate(...) FILTER (WHERE condition)`: the aggregate over the rows where `condition`
  /// holds. SQLite 3.30 and later.
  Expr filter(const Expr& condition) const;
  Expr label(std::string name) const;
  Expr desc() const;
  Expr asc() const;
  Expr distinct() const;
  Expr nulls_first() const;
  Expr nulls_last() const;
  /// `a || b`: an expression, or a value bound with this expression's type.
  Expr concat(const Operand& other) const;
  /// `x REGEXP ?` (NOT REGEXP negated), run by the RE2 regexp() function every connection has
  /// (EngineOptions::regexp): true when the pattern matches anywhere in x. `flags` are RE2's
  /// inline flags, put before the bound pattern as `(?flags)`: i (case-insensitive), m (^ and $
  /// at line breaks), s (. matches \n), U (ungreedy). Throws ArgumentError for another flag.
  Expr regexp_match(std::string pattern, std::string_view flags = {}) const;
  /// `regexp_replace(x, ?, ?)`: every match replaced by `replacement`, in which \1 ... \9
  /// are the groups and \0 the whole match (RE2::GlobalReplace). Flags as regexp_match's.
  Expr regexp_replace(std::string pattern, std::string replacement,
                      std::string_view flags = {}) const;

 private:
  Expr self() const;
};

/// A SQL expression: a column, a bound value, an operator applied to expressions, a
/// function call, a label. Immutable; cheap to copy (a shared node). Values in expressions
/// are always bound parameters.
class SQLCORE_EXPORT Expr : public ExprOps<Expr> {
 public:
  /// A reference to a table's column.
  Expr(const Column& c);  // NOLINT(google-explicit-constructor): columns are expressions
  explicit Expr(std::shared_ptr<const detail::ExprNode> node) : node_(std::move(node)) {}

  /// The type of the expression's values (its column's, a function's, NullType when unknown).
  const Type& type() const noexcept;
  const detail::ExprNode& node() const noexcept { return *node_; }

 private:
  std::shared_ptr<const detail::ExprNode> node_;
};

// ---- operators ---------------------------------------------------------------------------------
// Comparisons take an expression (a Column converts) and another expression or a value, which
// is bound with the expression's type. A plain value goes on the right; use literal(v) for one
// on the left.
SQLCORE_EXPORT Expr operator==(const Expr& a, const Expr& b);
SQLCORE_EXPORT Expr operator!=(const Expr& a, const Expr& b);
SQLCORE_EXPORT Expr operator<(const Expr& a, const Expr& b);
SQLCORE_EXPORT Expr operator<=(const Expr& a, const Expr& b);
SQLCORE_EXPORT Expr operator>(const Expr& a, const Expr& b);
SQLCORE_EXPORT Expr operator>=(const Expr& a, const Expr& b);
SQLCORE_EXPORT Expr operator+(const Expr& a, const Expr& b);
SQLCORE_EXPORT Expr operator-(const Expr& a, const Expr& b);
SQLCORE_EXPORT Expr operator*(const Expr& a, const Expr& b);
SQLCORE_EXPORT Expr operator/(const Expr& a, const Expr& b);
SQLCORE_EXPORT Expr operator%(const Expr& a, const Expr& b);
SQLCORE_EXPORT Expr operator&&(const Expr& a, const Expr& b);
SQLCORE_EXPORT Expr operator||(const Expr& a, const Expr& b);
SQLCORE_EXPORT Expr operator!(const Expr& e);
SQLCORE_EXPORT Expr operator-(const Expr& e);

#define SQLCORE_VALUE_OPERATOR(op)                                                            \
  template <class V>                                                                          \
  requires std::constructible_from<Value, V> &&(!std::is_base_of_v<Expr, std::decay_t<V>>)&&( \
      !std::is_base_of_v<Column, std::decay_t<V>>)Expr                                        \
  operator op(const Expr& a, V&& v) {                                                         \
    return a op detail::value_expr(Value(std::forward<V>(v)), a);                             \
  }
SQLCORE_VALUE_OPERATOR(==)
SQLCORE_VALUE_OPERATOR(!=)
SQLCORE_VALUE_OPERATOR(<)
SQLCORE_VALUE_OPERATOR(<=)
SQLCORE_VALUE_OPERATOR(>)
SQLCORE_VALUE_OPERATOR(>=)
SQLCORE_VALUE_OPERATOR(+)
SQLCORE_VALUE_OPERATOR(-)
SQLCORE_VALUE_OPERATOR(*)
SQLCORE_VALUE_OPERATOR(/)
SQLCORE_VALUE_OPERATOR(%)
#undef SQLCORE_VALUE_OPERATOR

/// Where an expression or a plain value may go (a CASE result, concat()'s argument): a value
/// becomes a bound parameter.
class SQLCORE_EXPORT Operand {
 public:
  Operand(const Expr& e) : expr_(e) {}  // NOLINT(google-explicit-constructor)
  Operand(const Column& c);             // NOLINT(google-explicit-constructor)
  template <class V>
  requires std::constructible_from<Value, V> &&
      (!std::is_base_of_v<Expr, std::decay_t<V>>)&&(!std::is_base_of_v<Column, std::decay_t<V>>)
          Operand(V&& v)
      : value_(Value(std::forward<V>(v))) {}  // NOLINT(google-explicit-constructor)

  /// The expression; a value is bound as `compared_with`'s binds are (named and typed after
  /// it), or, without one, as param_N typed after the value.
  Expr to_expr(const Expr* compared_with = nullptr) const;

 private:
  std::optional<Expr> expr_;
  Value value_;
};

/// One `WHEN condition THEN result` of case_().
struct SQLCORE_EXPORT When {
  When(const Expr& condition, Operand result) : condition(condition), result(std::move(result)) {}
  Expr condition;
  Operand result;
};

/// One step of a JSON path: a member name (`"a"`, rendered `."a"`) or an array index (`1`,
/// rendered `[1]`).
class SQLCORE_EXPORT JsonPathElement {
 public:
  JsonPathElement(const char* name) : name_(name) {}  // NOLINT(google-explicit-constructor)
  JsonPathElement(std::string name) : name_(std::move(name)) {}  // NOLINT
  JsonPathElement(std::string_view name) : name_(name) {}  // NOLINT(google-explicit-constructor)
  template <class I>
  requires std::integral<I> &&
      (!std::same_as<I, bool>)&&(!std::same_as<I, char>)JsonPathElement(I index)
      : index_(static_cast<std::int64_t>(index)) {}  // NOLINT(google-explicit-constructor)
  bool is_index() const noexcept { return index_.has_value(); }
  const std::string& name() const noexcept { return name_; }
  std::int64_t index() const noexcept { return index_.value_or(0); }

 private:
  std::string name_;
  std::optional<std::int64_t> index_;
};

/// A JSON path for operator[]: one element (`data["a"]`, `data[1]`) or several
/// (`sc::json_path({"a", 1, "b"})`). text() is SQLite's path, as SQLAlchemy's sqlite JSON
/// type binds it: `$."a"[1]."b"`; a name's `"` is written as it is, as SQLAlchemy does.
class SQLCORE_EXPORT JsonPath {
 public:
  JsonPath(JsonPathElement element)  // NOLINT(google-explicit-constructor)
      : elements_{std::move(element)} {}
  JsonPath(const char* name) : JsonPath(JsonPathElement(name)) {}             // NOLINT
  JsonPath(std::string name) : JsonPath(JsonPathElement(std::move(name))) {}  // NOLINT
  template <class I>
  requires std::integral<I> &&(!std::same_as<I, bool>)&&(!std::same_as<I, char>)JsonPath(I index)
      : JsonPath(JsonPathElement(index)) {}  // NOLINT(google-explicit-constructor)
  explicit JsonPath(std::vector<JsonPathElement> elements, bool is_path)
      : elements_(std::move(elements)), is_path_(is_path) {}
  const std::vector<JsonPathElement>& elements() const noexcept { return elements_; }
  /// Made by json_path() (SQLAlchemy's JSONPathType), not by one index (JSONIndexType).
  bool is_path() const noexcept { return is_path_; }
  /// `$."a"[1]`.
  std::string text() const;

 private:
  std::vector<JsonPathElement> elements_;
  bool is_path_ = false;
};

/// A path of several steps: `data[sc::json_path({"a", 1, "b"})]` is `$."a"[1]."b"`.
SQLCORE_EXPORT JsonPath json_path(std::vector<JsonPathElement> elements);

/// A window frame, SQLAlchemy's convention: each bound is std::nullopt (UNBOUNDED PRECEDING
/// as start, UNBOUNDED FOLLOWING as end), 0 (CURRENT ROW), -n (n PRECEDING) or +n (n
/// FOLLOWING). n is bound as a parameter, as SQLAlchemy binds it.
struct Frame {
  std::optional<std::int64_t> start = std::nullopt;
  std::optional<std::int64_t> end = std::nullopt;
};

/// The window of over(): `sc::Window{.partition_by = {...}, .order_by = {...}, .rows =
/// sc::Frame{std::nullopt, 0}}`. At most one of `rows` and `range` (ArgumentError otherwise).
struct Window {
  std::vector<Expr> partition_by = {};
  std::vector<Expr> order_by = {};
  std::optional<Frame> rows = std::nullopt;
  std::optional<Frame> range = std::nullopt;
};

/// CAST(e AS type), rendered with the dialect's DDL name of the type; its values read back
/// as `type`. The type must not be NullType.
SQLCORE_EXPORT Expr cast(const Expr& e, Type type);
/// CASE WHEN c1 THEN r1 ... [ELSE e] END: `sc::case_({{u.c("id") > 1, "big"}}, "small")`.
/// Its type is the last result's, as in SQLAlchemy. Throws ArgumentError without a WHEN.
SQLCORE_EXPORT Expr case_(std::vector<When> whens);
SQLCORE_EXPORT Expr case_(std::vector<When> whens, const Operand& else_);

/// AND / OR of any number of expressions; NOT.
template <class... E>
Expr and_(const Expr& first, const E&... rest) {
  Expr out = first;
  ((out = out && Expr(rest)), ...);
  return out;
}
template <class... E>
Expr or_(const Expr& first, const E&... rest) {
  Expr out = first;
  ((out = out || Expr(rest)), ...);
  return out;
}
SQLCORE_EXPORT Expr not_(const Expr& e);

/// A tuple of expressions, `(users.id, users.name)`, for comparing rows:
/// `sc::tuple_(u.c("id"), u.c("name")).in_({{1, "a"}, {2, "b"}})` is
/// `(users.id, users.name) IN (VALUES (?, ?), (?, ?))`, as SQLAlchemy's sqlite dialect renders it,
/// each value bound with its column's type. ArgumentError for a row of another length.
class SQLCORE_EXPORT TupleExpr : public Expr {
 public:
  explicit TupleExpr(const Expr& e) : Expr(e) {}
  Expr in_(std::vector<std::vector<Value>> rows) const;
  Expr not_in(std::vector<std::vector<Value>> rows) const;
};
SQLCORE_EXPORT TupleExpr tuple_(std::vector<Expr> elements);
template <class... E>
requires(sizeof...(E) > 0) TupleExpr tuple_(const E&... elements) {
  return tuple_(std::vector<Expr>{Expr(elements)...});
}

/// A named bind parameter, given a value at execution (`conn.execute(s, {{"nm", "x"}})`).
SQLCORE_EXPORT Expr bindparam(std::string name, Type type = {});
/// A value as an expression (a bound parameter named param_N), e.g. for the left side.
SQLCORE_EXPORT Expr literal(Value v, Type type = {});

/// SQL functions: `sc::func::count(col)`, `sc::func::call("strftime", "%Y", col)`.
namespace func {
namespace detail_ {
SQLCORE_EXPORT Expr call(std::string name, std::vector<Expr> args);
}
/// count(*) with no argument.
SQLCORE_EXPORT Expr count();
template <class... A>
Expr call(std::string name, const A&... args);
template <class... A>
Expr count(const A&... args) {
  return call("count", args...);
}
template <class... A>
Expr max(const A&... args) {
  return call("max", args...);
}
template <class... A>
Expr min(const A&... args) {
  return call("min", args...);
}
template <class... A>
Expr sum(const A&... args) {
  return call("sum", args...);
}
template <class... A>
Expr lower(const A&... args) {
  return call("lower", args...);
}
template <class... A>
Expr upper(const A&... args) {
  return call("upper", args...);
}
template <class... A>
Expr length(const A&... args) {
  return call("length", args...);
}
template <class... A>
Expr coalesce(const A&... args) {
  return call("coalesce", args...);
}
// Window functions (SQLite 3.25 and later, with over()): row_number() rank() dense_rank()
// percent_rank() cume_dist() ntile(n) lag(x[, offset[, default]]) lead(...) first_value(x)
// last_value(x) nth_value(x, n). The ranks are integers, percent_rank / cume_dist doubles,
// the value functions typed after their first argument.
SQLCORE_EXPORT Expr row_number();
SQLCORE_EXPORT Expr rank();
SQLCORE_EXPORT Expr dense_rank();
SQLCORE_EXPORT Expr percent_rank();
SQLCORE_EXPORT Expr cume_dist();
template <class... A>
Expr ntile(const A&... args) {
  return call("ntile", args...);
}
template <class... A>
Expr lag(const A&... args) {
  return call("lag", args...);
}
template <class... A>
Expr lead(const A&... args) {
  return call("lead", args...);
}
template <class... A>
Expr first_value(const A&... args) {
  return call("first_value", args...);
}
template <class... A>
Expr last_value(const A&... args) {
  return call("last_value", args...);
}
template <class... A>
Expr nth_value(const A&... args) {
  return call("nth_value", args...);
}
/// char_length(e): the number of characters; rendered `length(e)` on SQLite, which has no
/// char_length (SQLAlchemy's SQLiteCompiler does the same).
template <class... A>
Expr char_length(const A&... args) {
  return call("char_length", args...);
}
}  // namespace func

// ---- ExprOps, defined now that Expr is complete
// --------------------------------------------------
template <class Self>
Expr ExprOps<Self>::self() const {
  return Expr(static_cast<const Self&>(*this));
}
template <class Self>
Expr ExprOps<Self>::like(Value p) const {
  return detail::binary(detail::Op::like, self(), detail::value_expr(std::move(p), self()));
}
template <class Self>
Expr ExprOps<Self>::ilike(Value p) const {
  return detail::binary(detail::Op::ilike, self(), detail::value_expr(std::move(p), self()));
}
template <class Self>
Expr ExprOps<Self>::startswith(const Operand& p) const {
  Expr s = self();
  return detail::binary(detail::Op::startswith, s, p.to_expr(&s));
}
template <class Self>
Expr ExprOps<Self>::endswith(const Operand& p) const {
  Expr s = self();
  return detail::binary(detail::Op::endswith, s, p.to_expr(&s));
}
template <class Self>
Expr ExprOps<Self>::contains(const Operand& p) const {
  Expr s = self();
  return detail::binary(detail::Op::contains, s, p.to_expr(&s));
}
template <class Self>
Expr ExprOps<Self>::between(Value lo, Value hi) const {
  Expr s = self();
  return detail::between(s, detail::value_expr(std::move(lo), s),
                         detail::value_expr(std::move(hi), s));
}
template <class Self>
Expr ExprOps<Self>::is_null() const {
  return detail::binary(detail::Op::is_, self(), detail::value_expr(Value(), self()));
}
template <class Self>
Expr ExprOps<Self>::is_not_null() const {
  return detail::binary(detail::Op::is_not, self(), detail::value_expr(Value(), self()));
}
template <class Self>
Expr ExprOps<Self>::in_(std::initializer_list<Value> v) const {
  return detail::in_list(self(), std::vector<Value>(v), false);
}
template <class Self>
Expr ExprOps<Self>::in_(std::vector<Value> v) const {
  return detail::in_list(self(), std::move(v), false);
}
template <class Self>
Expr ExprOps<Self>::not_in(std::initializer_list<Value> v) const {
  return detail::in_list(self(), std::vector<Value>(v), true);
}
template <class Self>
Expr ExprOps<Self>::not_in(std::vector<Value> v) const {
  return detail::in_list(self(), std::move(v), true);
}
template <class Self>
Expr ExprOps<Self>::operator[](const JsonPath& path) const {
  return detail::json_index(self(), path);
}
template <class Self>
Expr ExprOps<Self>::as_string() const {
  return detail::json_as(self(), detail::JsonAs::string);
}
template <class Self>
Expr ExprOps<Self>::as_integer() const {
  return detail::json_as(self(), detail::JsonAs::integer);
}
template <class Self>
Expr ExprOps<Self>::as_float() const {
  return detail::json_as(self(), detail::JsonAs::floating);
}
template <class Self>
Expr ExprOps<Self>::as_boolean() const {
  return detail::json_as(self(), detail::JsonAs::boolean);
}
template <class Self>
Expr ExprOps<Self>::as_json() const {
  return detail::json_as(self(), detail::JsonAs::json);
}
template <class Self>
Expr ExprOps<Self>::over(const Window& window) const {
  return detail::over(self(), window);
}
template <class Self>
Expr ExprOps<Self>::filter(const Expr& condition) const {
  return detail::filter(self(), condition);
}
template <class Self>
Expr ExprOps<Self>::label(std::string name) const {
  return detail::label(self(), std::move(name));
}
template <class Self>
Expr ExprOps<Self>::desc() const {
  return detail::unary(detail::Op::desc, self());
}
template <class Self>
Expr ExprOps<Self>::asc() const {
  return detail::unary(detail::Op::asc, self());
}
template <class Self>
Expr ExprOps<Self>::distinct() const {
  return detail::unary(detail::Op::distinct, self());
}
template <class Self>
Expr ExprOps<Self>::nulls_first() const {
  return detail::unary(detail::Op::nulls_first, self());
}
template <class Self>
Expr ExprOps<Self>::nulls_last() const {
  return detail::unary(detail::Op::nulls_last, self());
}
template <class Self>
Expr ExprOps<Self>::concat(const Operand& other) const {
  Expr s = self();
  return detail::binary(detail::Op::concat, s, other.to_expr(&s));
}

template <class Self>
Expr ExprOps<Self>::regexp_match(std::string pattern, std::string_view flags) const {
  return detail::regexp_match(self(), std::move(pattern), flags);
}
template <class Self>
Expr ExprOps<Self>::regexp_replace(std::string pattern, std::string replacement,
                                   std::string_view flags) const {
  return detail::regexp_replace(self(), std::move(pattern), std::move(replacement), flags);
}

template <class... A>
Expr func::call(std::string name, const A&... args) {
  auto arg = [](const auto& a) -> Expr {
    using T = std::decay_t<decltype(a)>;
    if constexpr (std::is_base_of_v<Expr, T> || std::is_base_of_v<Column, T>)
      return Expr(a);
    else
      return literal(Value(a));
  };
  return detail_::call(std::move(name), std::vector<Expr>{arg(args)...});
}

}  // namespace sqlcore
