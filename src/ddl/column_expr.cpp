// A Column as an expression: the ddl layer builds the element, since a Column sits above Expr
// (SQLAlchemy's sql/schema.py Column is a ColumnClause of sql/elements.py).
// SPDX-License-Identifier: MIT
#include <fmt/format.h>

#include "sql/expr_node.hpp"
#include "sqlcore/errors.hpp"
#include "sqlcore/schema.hpp"

namespace sqlcore {

Expr detail::column_expr(const Column& c) {
  if (c.table() == nullptr)
    throw ArgumentError(fmt::format(
        "column '{}' is not part of a table: declare it with MetaData::table()", c.name()));
  return make_expr(c.type(), ColumnNode{c.table(), nullptr, c.name()});
}

Expr::Expr(const Column& c) : Expr(detail::column_expr(c)) {}

}  // namespace sqlcore
