// The nodes behind Expr and the statement objects.
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sqlcore/expression.hpp"
#include "sqlcore/schema.hpp"
#include "sqlcore/sql.hpp"

namespace sqlcore::detail {

/// What an Alias is: a table under another name, or a SELECT as a FROM item.
struct AliasData {
  std::string name;              // empty: made at compile time
  const Table* table = nullptr;  // a table alias
  std::optional<Select> select;  // a subquery
  std::vector<std::pair<std::string, Type>> columns;
  // a CTE: rendered by name, defined in the statement's WITH; `cte_id` is the same for a CTE
  // and the ones union_all() makes of it
  bool cte = false;
  bool recursive = false;
  const void* cte_id = nullptr;
};

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
    case_,
    exists,
    scalar_select,
    in_select
  } kind;
  Type type;
  // column: of `table`, or of `alias` when set (then `table` is the aliased table, if any)
  const Table* table = nullptr;
  std::shared_ptr<const AliasData> alias;
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
  // exists, scalar_select, in_select (operands: the left side; op: in_ / not_in)
  std::optional<Select> select;
};

}  // namespace sqlcore::detail
