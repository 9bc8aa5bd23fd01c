// C++ SQL functions, aggregates, window aggregates and collations on a sqlite3 handle.
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include "sqlcore/detail/function_abi.hpp"

struct sqlite3;

namespace sqlcore::detail {

/// sqlite3_create_function_v2 / sqlite3_create_window_function for `def`; the handle keeps
/// `def` alive until the function is replaced or the handle closes. Throws NotSupportedError
/// for a window aggregate before SQLite 3.25 and direct_only / innocuous before 3.31, the
/// DBAPIError for SQLite's code.
void register_function(sqlite3* db, std::shared_ptr<const FunctionDef> def);
/// sqlite3_create_collation_v2 for `def`, kept alive likewise.
void register_collation(sqlite3* db, std::shared_ptr<const CollationDef> def);

}  // namespace sqlcore::detail
