// SQLiteTypeCompiler: DDL names of types on SQLite (SQLAlchemy's SQLiteTypeCompiler).
// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include "types/type_impl.hpp"

namespace sqlcore::detail {

/// The DDL text SQLAlchemy 1.4's sqlite dialect renders for a type, without variants or
/// overrides. Throws CompileError for NullType.
std::string sqlite_type_ddl(const TypeImpl& t);

}  // namespace sqlcore::detail
