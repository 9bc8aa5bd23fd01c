// The exception classes' out-of-line code, and SQLite result codes → classes, as CPython's
// sqlite3 module maps them.
// SPDX-License-Identifier: MIT
#include <fmt/format.h>

#include "base/error_class.hpp"
#include "sqlcore/errors.hpp"

namespace sqlcore {

DBAPIError::DBAPIError(const std::string& what, int sqlite_code, std::string sqlite_message,
                       std::string sql)
    : Error(what),
      sqlite_code_(sqlite_code),
      sqlite_message_(std::move(sqlite_message)),
      sql_(std::move(sql)) {}

namespace detail {

namespace {

// SQLite's primary result codes (https://www.sqlite.org/rescode.html): stable numbers, part
// of SQLite's file-format-level promises, so base needs no <sqlite3.h> to name them.
enum PrimaryCode : int {
  kError = 1,
  kInternal = 2,
  kPerm = 3,
  kAbort = 4,
  kBusy = 5,
  kLocked = 6,
  kNoMem = 7,
  kReadOnly = 8,
  kInterrupt = 9,
  kIoErr = 10,
  kCorrupt = 11,
  kNotFound = 12,
  kFull = 13,
  kCantOpen = 14,
  kProtocol = 15,
  kEmpty = 16,
  kSchema = 17,
  kTooBig = 18,
  kConstraint = 19,
  kMismatch = 20,
  kMisuse = 21,
  kRange = 25,
};

}  // namespace

// The primary code (low byte) decides the class, as in CPython 3.11's get_exception_class():
// https://github.com/python/cpython/blob/3.11/Modules/_sqlite/util.c
ErrorClass error_class_for(int code) noexcept {
  switch (code & 0xff) {
    case kInternal:
    case kNotFound:
      return ErrorClass::internal;
    case kError:
    case kPerm:
    case kAbort:
    case kBusy:
    case kLocked:
    case kReadOnly:
    case kInterrupt:
    case kIoErr:
    case kFull:
    case kCantOpen:
    case kProtocol:
    case kEmpty:
    case kSchema:
    case kNoMem:  // CPython raises MemoryError; an OperationalError keeps the SQL.
      return ErrorClass::operational;
    case kTooBig:
      return ErrorClass::data;
    case kConstraint:
    case kMismatch:
      return ErrorClass::integrity;
    case kMisuse:
    case kRange:
      return ErrorClass::interface;
    default:  // SQLITE_CORRUPT, SQLITE_NOTADB, SQLITE_FORMAT, SQLITE_NOLFS, SQLITE_AUTH ...
      return ErrorClass::database;
  }
}

const char* error_class_name(ErrorClass cls) noexcept {
  switch (cls) {
    case ErrorClass::internal:
      return "InternalError";
    case ErrorClass::operational:
      return "OperationalError";
    case ErrorClass::data:
      return "DataError";
    case ErrorClass::integrity:
      return "IntegrityError";
    case ErrorClass::interface:
      return "InterfaceError";
    case ErrorClass::database:
      break;
  }
  return "DatabaseError";
}

void throw_database_error(int code, std::string message, std::string_view sql,
                          std::string_view code_text) {
  ErrorClass cls = error_class_for(code);
  std::string what = fmt::format("({}) {}", error_class_name(cls), message);
  if (!sql.empty()) what += fmt::format(" [SQL: {}]", sql);
  what += fmt::format(" (sqlite code {}: {})", code, code_text);
  std::string s(sql);
  switch (cls) {
    case ErrorClass::internal:
      throw InternalError(what, code, std::move(message), std::move(s));
    case ErrorClass::operational:
      throw OperationalError(what, code, std::move(message), std::move(s));
    case ErrorClass::data:
      throw DataError(what, code, std::move(message), std::move(s));
    case ErrorClass::integrity:
      throw IntegrityError(what, code, std::move(message), std::move(s));
    case ErrorClass::interface:
      throw InterfaceError(what, code, std::move(message), std::move(s));
    case ErrorClass::database:
      break;
  }
  throw DatabaseError(what, code, std::move(message), std::move(s));
}

}  // namespace detail

}  // namespace sqlcore
