// Turns (sqlite3*, result code, SQL) into the matching sqlcore exception.
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

struct sqlite3;

namespace sqlcore::detail {

/// The DBAPIError subclasses an SQLite result code can map to.
enum class ErrorClass { internal, operational, data, integrity, interface, database };

/// The class for an SQLite (extended) result code, following CPython's sqlite3 module
/// (Modules/_sqlite/util.c), which is what SQLAlchemy 1.4 raises.
ErrorClass error_class_for(int code) noexcept;

/// "IntegrityError", "OperationalError", ...
const char* error_class_name(ErrorClass cls) noexcept;

/// Throws the DBAPIError subclass for `code` with `message` and `sql`.
[[noreturn]] void throw_sqlite_error(int code, std::string message, std::string_view sql);

/// Throws for `rc` with the message SQLite holds for `db` (or sqlite3_errstr when db is null).
[[noreturn]] void throw_sqlite_error(sqlite3* db, int rc, std::string_view sql);

/// Throws unless rc is SQLITE_OK.
void check(sqlite3* db, int rc, std::string_view sql);

}  // namespace sqlcore::detail
