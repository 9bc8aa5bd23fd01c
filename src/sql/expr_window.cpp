// Expression elements of JSON paths, window functions, aggregate FILTER and tuples.
// SPDX-License-Identifier: MIT
#include <cstdlib>
#include <variant>

#include <fmt/format.h>

#include "sql/expr_node.hpp"
#include "sqlcore/errors.hpp"

namespace sqlcore {

// SQLAlchemy's sqlite JSONIndexType / JSONPathType bind processors: `$[1]`, `$."a"`, and a
// path `$."a"[1]."b"`; a name is written between double quotes as it is.
std::string JsonPath::text() const {
  std::string s = "$";
  for (const JsonPathElement& e : elements_) {
    if (e.is_index())
      s += fmt::format("[{}]", e.index());
    else
      s += fmt::format(".\"{}\"", e.name());
  }
  return s;
}

JsonPath json_path(std::vector<JsonPathElement> elements) {
  return JsonPath(std::move(elements), true);
}

namespace detail {

Expr json_index(const Expr& target, const JsonPath& path) {
  if (target.type().impl_type().visit_name() != "JSON")
    throw ArgumentError(fmt::format(
        "[{}]: JSON index and path access needs an expression of type JSON; this one is {}",
        path.text(),
        target.type().is_null_type() ? "NullType" : std::string(target.type().visit_name())));
  // The path is bound as text, named after the column as SQLAlchemy names it (data_1).
  std::string key = "param";
  if (const auto* c = as<ColumnNode>(target.node())) key = c->name;
  std::string text = path.text();
  Expr bound = make_expr(String(), BindNode{std::move(key), false, Value(text)});
  return make_expr(JSON(), JsonGetItemNode{target, std::move(bound), std::move(text)});
}

Expr json_as(const Expr& element, JsonAs kind) {
  const auto* item = as<JsonGetItemNode>(element.node());
  if (item == nullptr)
    throw ArgumentError(
        "as_string() / as_integer() / as_float() / as_boolean() / as_json(): only on a JSON "
        "element (data[\"a\"], data[sc::json_path({...})])");
  Type type;
  switch (kind) {
    case JsonAs::string:
      type = String();
      break;
    case JsonAs::integer:
      type = Integer();
      break;
    case JsonAs::floating:
      type = Float();
      break;
    case JsonAs::boolean:
      type = Boolean();
      break;
    case JsonAs::json:
      type = JSON();
      break;
  }
  return make_expr(std::move(type), *item);
}

Expr over(const Expr& function, const Window& window) {
  const ExprNode& f = function.node();
  if (!is<FunctionNode>(f) && !is<FilterNode>(f))
    throw ArgumentError(
        "over(): only a function call (sc::func::...) or its filter() has a window");
  if (window.rows && window.range) throw ArgumentError("over(): give rows or range, not both");
  OverNode n{function, window.partition_by, window.order_by, OverNode::FrameKind::none, {}};
  if (window.rows) {
    n.frame_kind = OverNode::FrameKind::rows;
    n.frame = *window.rows;
  } else if (window.range) {
    n.frame_kind = OverNode::FrameKind::range;
    n.frame = *window.range;
  }
  return make_expr(function.type(), std::move(n));
}

Expr filter(const Expr& aggregate, const Expr& condition) {
  if (!is<FunctionNode>(aggregate.node()))
    throw ArgumentError(
        "filter(): only an aggregate function call (sc::func::count() ...) has one");
  return make_expr(aggregate.type(), FilterNode{aggregate, condition});
}

}  // namespace detail

TupleExpr tuple_(std::vector<Expr> elements) {
  if (elements.empty()) throw ArgumentError("tuple_(): give at least one expression");
  return TupleExpr(detail::make_expr(Type(), detail::TupleNode{std::move(elements)}));
}

namespace {

Expr tuple_in(const Expr& tuple, std::vector<std::vector<Value>> rows, bool negate) {
  const auto& elements = std::get<detail::TupleNode>(tuple.node().element).elements;
  std::vector<Expr> values;
  values.reserve(rows.size());
  for (std::size_t r = 0; r < rows.size(); ++r) {
    if (rows[r].size() != elements.size())
      throw ArgumentError(fmt::format("tuple_(...).in_(): row {} has {} values; the tuple has {}",
                                      r + 1, rows[r].size(), elements.size()));
    // Each value bound with its element's type, as SQLAlchemy's tuple comparator binds them.
    std::vector<Expr> binds;
    for (std::size_t i = 0; i < elements.size(); ++i)
      binds.push_back(detail::make_expr(elements[i].type(),
                                        detail::BindNode{"param", false, std::move(rows[r][i])}));
    values.push_back(detail::make_expr(Type(), detail::TupleNode{std::move(binds)}));
  }
  return detail::make_expr(
      Boolean(),
      detail::InListNode{negate ? detail::Op::not_in : detail::Op::in_, tuple, std::move(values)});
}

}  // namespace

Expr TupleExpr::in_(std::vector<std::vector<Value>> rows) const {
  return tuple_in(*this, std::move(rows), false);
}
Expr TupleExpr::not_in(std::vector<std::vector<Value>> rows) const {
  return tuple_in(*this, std::move(rows), true);
}

namespace {

Expr no_argument_function(std::string name, Type type) {
  return detail::make_expr(std::move(type), detail::FunctionNode{std::move(name), {}});
}

}  // namespace

Expr func::row_number() { return no_argument_function("row_number", Integer()); }
Expr func::rank() { return no_argument_function("rank", Integer()); }
Expr func::dense_rank() { return no_argument_function("dense_rank", Integer()); }
Expr func::percent_rank() { return no_argument_function("percent_rank", Float()); }
Expr func::cume_dist() { return no_argument_function("cume_dist", Float()); }

}  // namespace sqlcore
