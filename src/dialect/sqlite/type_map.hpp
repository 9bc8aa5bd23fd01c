// Reflected type names → Types: SQLAlchemy 1.4's ischema_names for SQLite, then the affinity
// rules (SQLiteDialect._resolve_type_affinity), with the arguments kept.
// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

#include "sqlcore/types.hpp"

namespace sqlcore::detail {

/// The Type for a declared type name as SQLite reports it ("VARCHAR(30)", "INTEGER NON",
/// "", "BLOB SUB_TYPE TEXT").
Type reflect_type(std::string_view declared);

/// The C++ type that values of `type` read as, for code generation ("std::int64_t" ...).
std::string_view cpp_type_of(const Type& type);

}  // namespace sqlcore::detail
