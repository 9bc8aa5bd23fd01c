// The nodes behind Expr: one plain struct per kind of expression element, in a closed variant.
// The elements layer: tables and statements appear only by pointer (a column's Table, a
// subquery's Select), as Column sits above Expr (DESIGN.md's matrix).
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "sqlcore/expression.hpp"

namespace sqlcore::detail {

struct AliasData;  // a FROM item under a name: sql/from_node.hpp (the sql layer)

// ---- the kinds of element (SQLAlchemy's sql/elements.py names in the comments) ----------------
// Every walker over expressions (the SQLCompiler, the cache-key walker) visits them with
// std::visit and one overload per kind, so a kind added here and not handled there is a compile
// error. Operators carry their Op as `op` (operator_of() reads it).

/// ColumnClause: a table's column, or an alias's (then `table` is the aliased table, if any).
struct ColumnNode {
  const Table* table = nullptr;
  std::shared_ptr<const AliasData> alias;
  std::string name;
};
/// BindParameter.
struct BindNode {
  std::string key;             // the name binds are numbered after: "id" → id_1; "param"
  bool named = false;          // bindparam("nm"): used as written
  std::optional<Value> value;  // none: supplied at execution
};
/// BinaryExpression: comparison, arithmetic, AND / OR, LIKE and its forms.
struct BinaryNode {
  Op op;
  Expr left, right;
};
/// UnaryExpression: NOT, -, DISTINCT, DESC / ASC, NULLS FIRST / LAST.
struct UnaryNode {
  Op op;
  Expr operand;
};
/// IN / NOT IN (values...): an expanding bind, one BindNode per value.
struct InListNode {
  Op op;  // in_ or not_in
  Expr left;
  std::vector<Expr> values;
};
/// BETWEEN / NOT BETWEEN.
struct BetweenNode {
  Op op;  // between or not_between
  Expr operand, lower, upper;
};
/// Label: `e AS name`.
struct LabelNode {
  std::string name;
  Expr element;
};
/// FunctionElement: name(args...).
struct FunctionNode {
  std::string name;
  std::vector<Expr> args;
};
/// `*`, as in count(*).
struct StarNode {};
/// Cast: CAST(operand AS the node's type).
struct CastNode {
  Expr operand;
};
/// Case: CASE WHEN condition THEN result ... [ELSE else_] END.
struct CaseNode {
  std::vector<std::pair<Expr, Expr>> whens;
  std::optional<Expr> else_;
};
/// Exists: EXISTS (SELECT ...).
struct ExistsNode {
  static constexpr Op op = Op::exists;
  std::shared_ptr<const Select> select;
};
/// ScalarSelect: (SELECT ...) as a value.
struct ScalarSelectNode {
  std::shared_ptr<const Select> select;
};
/// IN / NOT IN (SELECT ...).
struct InSelectNode {
  Op op;  // in_ or not_in
  Expr left;
  std::shared_ptr<const Select> select;
};

/// BinaryExpression with json_getitem_op / json_path_getitem_op: a JSON element of `target` at
/// `path`, a bind of the path's text (`$."a"[1]`). Rendered JSON_QUOTE(JSON_EXTRACT(...)) when
/// the node's type is JSON, JSON_EXTRACT(...) when as_string() and kin gave it another.
struct JsonGetItemNode {
  Expr target;
  Expr path;
  std::string path_text;  // the bound text again, for the cache key's shape
};
/// Over: `function OVER (PARTITION BY ... ORDER BY ... frame)`.
struct OverNode {
  enum class FrameKind { none, rows, range };
  Expr function;
  std::vector<Expr> partition_by, order_by;
  FrameKind frame_kind = FrameKind::none;
  Frame frame;  // its bounds' addresses are the sources of their binds
};
/// FunctionFilter: `aggregate FILTER (WHERE condition)`.
struct FilterNode {
  Expr function;
  Expr condition;
};
/// Tuple: `(a, b, ...)`; the left side of a tuple IN and each of its rows.
struct TupleNode {
  std::vector<Expr> elements;
};

using Element =
    std::variant<ColumnNode, BindNode, BinaryNode, UnaryNode, InListNode, BetweenNode, LabelNode,
                 FunctionNode, StarNode, CastNode, CaseNode, ExistsNode, ScalarSelectNode,
                 InSelectNode, JsonGetItemNode, OverNode, FilterNode, TupleNode>;

/// An expression: its type (its column's, a function's, NullType when unknown) and what it is.
struct ExprNode {
  Type type;
  Element element;
};

/// The element as a T, or nullptr when it is another kind.
template <class T>
const T* as(const ExprNode& n) noexcept {
  return std::get_if<T>(&n.element);
}
template <class T>
bool is(const ExprNode& n) noexcept {
  return std::holds_alternative<T>(n.element);
}

/// A new node (the one allocation per expression).
inline Expr make_expr(Type type, Element element) {
  return Expr(std::make_shared<const ExprNode>(ExprNode{std::move(type), std::move(element)}));
}

/// The operator an expression is, for grouping decisions; nullopt for atoms.
inline std::optional<Op> operator_of(const ExprNode& n) {
  return std::visit(
      [](const auto& e) -> std::optional<Op> {
        if constexpr (requires { e.op; })
          return e.op;
        else
          return std::nullopt;
      },
      n.element);
}

/// Calls f(child) for each direct sub-expression of `n`, left to right (not those inside its
/// subqueries: an IN (SELECT ...)'s left side only).
template <class F>
void for_each_child(const ExprNode& n, F&& f) {
  struct Children {
    F& f;
    void operator()(const ColumnNode&) const {}
    void operator()(const BindNode&) const {}
    void operator()(const BinaryNode& e) const {
      f(e.left);
      f(e.right);
    }
    void operator()(const UnaryNode& e) const { f(e.operand); }
    void operator()(const InListNode& e) const {
      f(e.left);
      for (const Expr& v : e.values) f(v);
    }
    void operator()(const BetweenNode& e) const {
      f(e.operand);
      f(e.lower);
      f(e.upper);
    }
    void operator()(const LabelNode& e) const { f(e.element); }
    void operator()(const FunctionNode& e) const {
      for (const Expr& a : e.args) f(a);
    }
    void operator()(const StarNode&) const {}
    void operator()(const CastNode& e) const { f(e.operand); }
    void operator()(const CaseNode& e) const {
      for (const auto& [condition, result] : e.whens) {
        f(condition);
        f(result);
      }
      if (e.else_) f(*e.else_);
    }
    void operator()(const ExistsNode&) const {}
    void operator()(const ScalarSelectNode&) const {}
    void operator()(const InSelectNode& e) const { f(e.left); }
    void operator()(const JsonGetItemNode& e) const {
      f(e.target);
      f(e.path);
    }
    void operator()(const OverNode& e) const {
      f(e.function);
      for (const Expr& p : e.partition_by) f(p);
      for (const Expr& o : e.order_by) f(o);
    }
    void operator()(const FilterNode& e) const {
      f(e.function);
      f(e.condition);
    }
    void operator()(const TupleNode& e) const {
      for (const Expr& x : e.elements) f(x);
    }
  };
  std::visit(Children{f}, n.element);
}

}  // namespace sqlcore::detail
