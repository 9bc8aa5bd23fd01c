// The exception hierarchy: SQLAlchemy's class names, SQLite's extended code and message.
// SPDX-License-Identifier: MIT
#pragma once

#include <stdexcept>
#include <string>

#include "sqlcore/export.hpp"

namespace sqlcore {

/// Root of every exception sqlcore throws. Catch this to catch them all.
class SQLCORE_EXPORT Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// A bad argument from the caller: a malformed URL, an unknown query key, a bind the
/// statement lacks, an unknown column name. Raised before any SQL runs.
class SQLCORE_EXPORT ArgumentError : public Error {
 public:
  using Error::Error;
};

/// A construct that cannot be compiled to SQL for this dialect.
class SQLCORE_EXPORT CompileError : public Error {
 public:
  using Error::Error;
};

/// Reflection was asked for a table that does not exist.
class SQLCORE_EXPORT NoSuchTableError : public Error {
 public:
  using Error::Error;
};

/// A pool ran out of connections and none came back within `pool_timeout`.
class SQLCORE_EXPORT TimeoutError : public Error {
 public:
  using Error::Error;
};

/// A value that cannot be converted: a stored text that does not parse as its column's type,
/// a NULL read into a non-optional, a TEXT read as an integer. The message names the column
/// and the text.
class SQLCORE_EXPORT ValueError : public Error {
 public:
  using Error::Error;
};

/// An operation that is not valid in the object's current state: begin() while a transaction
/// is open, commit() of a transaction that has already ended, use of a closed connection.
/// (SQLAlchemy's InvalidRequestError.)
class SQLCORE_EXPORT InvalidRequestError : public Error {
 public:
  using Error::Error;
};

/// An error reported by SQLite. Carries SQLite's extended result code, SQLite's own message
/// and the SQL that failed. what() reads "(IntegrityError) UNIQUE constraint failed: t.x
/// [SQL: INSERT ...]". Bound values are never part of the message.
class SQLCORE_EXPORT DBAPIError : public Error {
 public:
  DBAPIError(const std::string& what, int sqlite_code, std::string sqlite_message, std::string sql);

  /// SQLite's extended result code (e.g. 2067, SQLITE_CONSTRAINT_UNIQUE).
  int sqlite_code() const noexcept { return sqlite_code_; }
  /// SQLite's primary result code: the low byte of sqlite_code().
  int sqlite_primary_code() const noexcept { return sqlite_code_ & 0xff; }
  /// SQLite's message (sqlite3_errmsg at the time of failure).
  const std::string& sqlite_message() const noexcept { return sqlite_message_; }
  /// The SQL text that failed; empty when the failure was not in a statement (e.g. open).
  const std::string& sql() const noexcept { return sql_; }

 private:
  int sqlite_code_;
  std::string sqlite_message_;
  std::string sql_;
};

/// SQLITE_MISUSE, SQLITE_RANGE: the interface was used wrongly.
class SQLCORE_EXPORT InterfaceError : public DBAPIError {
 public:
  using DBAPIError::DBAPIError;
};

/// SQLITE_CORRUPT, SQLITE_NOTADB and anything without a more precise class.
class SQLCORE_EXPORT DatabaseError : public DBAPIError {
 public:
  using DBAPIError::DBAPIError;
};

/// SQLITE_CONSTRAINT_* and SQLITE_MISMATCH.
class SQLCORE_EXPORT IntegrityError : public DatabaseError {
 public:
  using DatabaseError::DatabaseError;
};

/// SQLITE_ERROR, BUSY, LOCKED, READONLY, IOERR, FULL, CANTOPEN, PERM, ABORT, INTERRUPT,
/// PROTOCOL, EMPTY, SCHEMA.
class SQLCORE_EXPORT OperationalError : public DatabaseError {
 public:
  using DatabaseError::DatabaseError;
};

/// Raised for statements the program got wrong in a way SQLite reports as such (e.g. more
/// than one statement given where one is executed).
class SQLCORE_EXPORT ProgrammingError : public DatabaseError {
 public:
  using DatabaseError::DatabaseError;
};

/// SQLITE_TOOBIG: a string or blob over SQLite's limits.
class SQLCORE_EXPORT DataError : public DatabaseError {
 public:
  using DatabaseError::DatabaseError;
};

/// SQLITE_INTERNAL, SQLITE_NOTFOUND.
class SQLCORE_EXPORT InternalError : public DatabaseError {
 public:
  using DatabaseError::DatabaseError;
};

/// A feature the linked SQLite library does not provide.
class SQLCORE_EXPORT NotSupportedError : public DatabaseError {
 public:
  using DatabaseError::DatabaseError;
};

}  // namespace sqlcore
