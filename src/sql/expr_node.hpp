// The nodes behind Expr and the statement objects.
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sqlcore/expression.hpp"
#include "sqlcore/schema.hpp"

namespace sqlcore::detail {

struct ExprNode {
  enum class Kind {
    column,
    bind,
    binary,
    unary,
    in_list,
    between,
    label,
    function,
    star,
    cast,
    case_
  } kind;
  Type type;
  // column
  const Table* table = nullptr;
  std::string column;
  // bind
  std::string key;             // the name binds are numbered after: "id" → id_1; "param"
  bool named = false;          // bindparam("nm"): used as written
  std::optional<Value> value;  // none: supplied at execution
  // operators, functions, labels
  Op op = Op::eq;
  std::vector<Expr> operands;
  std::string name;  // label name, function name
  // case_: operands are condition, result pairs, then the ELSE result when there is one
  bool has_else = false;
};

}  // namespace sqlcore::detail
