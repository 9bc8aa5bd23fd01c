// Turns (sqlite3*, result code, SQL) into the matching sqlcore exception (base/error_class.hpp
// decides the class).
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

#include "base/error_class.hpp"

struct sqlite3;

namespace sqlcore::detail {

/// Throws the DBAPIError subclass for `code` with `message` and `sql`.
[[noreturn]] void throw_sqlite_error(int code, std::string message, std::string_view sql);

/// Throws for `rc` with the message SQLite holds for `db` (or sqlite3_errstr when db is null).
[[noreturn]] void throw_sqlite_error(sqlite3* db, int rc, std::string_view sql);

/// Throws unless rc is SQLITE_OK.
void check(sqlite3* db, int rc, std::string_view sql);

}  // namespace sqlcore::detail
