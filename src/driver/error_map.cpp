// SQLite result codes → sqlcore exception classes, as CPython's sqlite3 module maps them.
// SPDX-License-Identifier: MIT
#include "driver/error_map.hpp"

#include <sqlite3.h>

#include <fmt/format.h>

#include "sqlcore/errors.hpp"

namespace sqlcore::detail {

// The primary code (low byte) decides the class, as in CPython 3.11's get_exception_class():
// https://github.com/python/cpython/blob/3.11/Modules/_sqlite/util.c
ErrorClass error_class_for(int code) noexcept {
  switch (code & 0xff) {
    case SQLITE_INTERNAL:
    case SQLITE_NOTFOUND:
      return ErrorClass::internal;
    case SQLITE_ERROR:
    case SQLITE_PERM:
    case SQLITE_ABORT:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_READONLY:
    case SQLITE_INTERRUPT:
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_CANTOPEN:
    case SQLITE_PROTOCOL:
    case SQLITE_EMPTY:
    case SQLITE_SCHEMA:
    case SQLITE_NOMEM:  // CPython raises MemoryError; an OperationalError keeps the SQL.
      return ErrorClass::operational;
    case SQLITE_TOOBIG:
      return ErrorClass::data;
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
      return ErrorClass::integrity;
    case SQLITE_MISUSE:
    case SQLITE_RANGE:
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

void throw_sqlite_error(int code, std::string message, std::string_view sql) {
  ErrorClass cls = error_class_for(code);
  std::string what = fmt::format("({}) {}", error_class_name(cls), message);
  if (!sql.empty()) what += fmt::format(" [SQL: {}]", sql);
  what += fmt::format(" (sqlite code {}: {})", code, sqlite3_errstr(code));
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

void throw_sqlite_error(sqlite3* db, int rc, std::string_view sql) {
  // With extended result codes on, rc is already extended; prefer the handle's extended
  // code when rc is only a primary one (e.g. from sqlite3_exec).
  int code = rc;
  std::string message;
  if (db != nullptr) {
    int ext = sqlite3_extended_errcode(db);
    if ((ext & 0xff) == (rc & 0xff)) code = ext;
    message = sqlite3_errmsg(db);
  } else {
    message = sqlite3_errstr(rc);
  }
  throw_sqlite_error(code, std::move(message), sql);
}

void check(sqlite3* db, int rc, std::string_view sql) {
  if (rc != SQLITE_OK) throw_sqlite_error(db, rc, sql);
}

}  // namespace sqlcore::detail
