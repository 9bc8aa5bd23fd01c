// The one place that turns a SQLite result code into a sqlcore exception class.
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace sqlcore::detail {

/// The DBAPIError subclasses an SQLite result code can map to.
enum class ErrorClass { internal, operational, data, integrity, interface, database };

/// The class for an SQLite (extended) result code, following CPython's sqlite3 module
/// (Modules/_sqlite/util.c), which is what SQLAlchemy 1.4 raises. Every driver reports
/// SQLite's codes (dqlite's wire protocol carries them too), so this needs no driver.
ErrorClass error_class_for(int code) noexcept;

/// "IntegrityError", "OperationalError", ...
const char* error_class_name(ErrorClass cls) noexcept;

/// Throws the DBAPIError subclass for `code`: what() reads "(Class) message [SQL: sql]
/// (sqlite code N: code_text)"; `code_text` is the driver's name for the code
/// (sqlite3_errstr).
[[noreturn]] void throw_database_error(int code, std::string message, std::string_view sql,
                                       std::string_view code_text);

}  // namespace sqlcore::detail
