// What an Alias is: the data behind a table alias, a subquery or a CTE as a FROM item.
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "sql/expr_node.hpp"
#include "sqlcore/schema.hpp"
#include "sqlcore/sql.hpp"

namespace sqlcore::detail {

/// What an Alias is: a table under another name, or a SELECT as a FROM item.
struct AliasData {
  std::string name;              // empty: made at compile time
  const Table* table = nullptr;  // a table alias
  std::optional<Select> select;  // a subquery
  std::vector<std::pair<std::string, Type>> columns;
  // For each column, the table column it is (a subquery's plain or labelled column, through
  // other aliases), whose foreign keys infer a join's ON; nullptr when it is an expression.
  struct Origin {
    const Table* table = nullptr;
    std::string column;
  };
  std::vector<Origin> origins;
  // a CTE: rendered by name, defined in the statement's WITH; `cte_id` is the same for a CTE
  // and the ones union_all() makes of it
  bool cte = false;
  bool recursive = false;
  const void* cte_id = nullptr;
};

}  // namespace sqlcore::detail
