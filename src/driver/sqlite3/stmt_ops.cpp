// Statement operations through the SQLite C API, on a native statement.
// SPDX-License-Identifier: MIT
#include "driver/stmt_ops.hpp"

#include <sqlite3.h>

#include <string>

#include "driver/sqlite3/error_map.hpp"

namespace sqlcore::detail::sqlite3_api {

bool step(sqlite3_stmt* stmt, std::string_view sql) {
  int rc = sqlite3_step(stmt);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  sqlite3* db = sqlite3_db_handle(stmt);
  std::string message = sqlite3_errmsg(db);
  int code = sqlite3_extended_errcode(db);
  if ((code & 0xff) != (rc & 0xff)) code = rc;
  sqlite3_reset(stmt);
  throw_sqlite_error(code, std::move(message), sql);
}

StorageClass column_storage(sqlite3_stmt* stmt, int i) noexcept {
  return static_cast<StorageClass>(sqlite3_column_type(stmt, i));
}
std::int64_t column_int64(sqlite3_stmt* stmt, int i) noexcept {
  return sqlite3_column_int64(stmt, i);
}
double column_double(sqlite3_stmt* stmt, int i) noexcept { return sqlite3_column_double(stmt, i); }
std::string_view column_text(sqlite3_stmt* stmt, int i) noexcept {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt, i));
  int n = sqlite3_column_bytes(stmt, i);
  return p == nullptr ? std::string_view() : std::string_view(p, static_cast<std::size_t>(n));
}
std::span<const std::byte> column_blob(sqlite3_stmt* stmt, int i) noexcept {
  const auto* p = static_cast<const std::byte*>(sqlite3_column_blob(stmt, i));
  int n = sqlite3_column_bytes(stmt, i);
  return p == nullptr ? std::span<const std::byte>() : std::span(p, static_cast<std::size_t>(n));
}
void read_cells(sqlite3_stmt* stmt, CellView* out, int n) noexcept {
  static_assert(static_cast<int>(CellType::integer) == SQLITE_INTEGER &&
                static_cast<int>(CellType::real) == SQLITE_FLOAT &&
                static_cast<int>(CellType::text) == SQLITE_TEXT &&
                static_cast<int>(CellType::blob) == SQLITE_BLOB &&
                static_cast<int>(CellType::null) == SQLITE_NULL);
  // sqlite3_column_value once per cell, then the sqlite3_value readers: sqlite3_column_type
  // and sqlite3_column_int64 (or _text) each enter and leave the connection (columnMem,
  // sqlite3ApiExit); the value readers do not. The value is "unprotected" (no connection
  // mutex held while it is read): sqlcore opens its connections SQLITE_OPEN_NOMUTEX and uses
  // a connection from one thread at a time, so there is no mutex to hold.
  for (int i = 0; i < n; ++i) {
    sqlite3_value* v = sqlite3_column_value(stmt, i);
    CellView& c = out[i];
    switch (sqlite3_value_type(v)) {
      case SQLITE_INTEGER:
        c.type = CellType::integer;
        c.integer = sqlite3_value_int64(v);
        break;
      case SQLITE_FLOAT:
        c.type = CellType::real;
        c.real = sqlite3_value_double(v);
        break;
      case SQLITE_TEXT:
        c.type = CellType::text;
        c.data = reinterpret_cast<const char*>(sqlite3_value_text(v));
        c.size = static_cast<std::size_t>(sqlite3_value_bytes(v));
        if (c.data == nullptr) c.size = 0;  // out of memory making it UTF-8: read as ""
        break;
      case SQLITE_BLOB:
        c.type = CellType::blob;
        c.data = static_cast<const char*>(sqlite3_value_blob(v));
        c.size = static_cast<std::size_t>(sqlite3_value_bytes(v));
        if (c.data == nullptr) c.size = 0;
        break;
      default:
        c.type = CellType::null;
        break;
    }
  }
}

std::string_view column_table(sqlite3_stmt* stmt, int i) noexcept {
#ifdef SQLCORE_HAVE_COLUMN_METADATA
  const char* t = sqlite3_column_table_name(stmt, i);
  return t != nullptr ? std::string_view(t) : std::string_view();
#else
  (void)stmt;
  (void)i;
  return {};
#endif
}

namespace {
void check_bind(sqlite3_stmt* stmt, int rc) {
  if (rc != SQLITE_OK) throw_sqlite_error(sqlite3_db_handle(stmt), rc, sqlite3_sql(stmt));
}
}  // namespace

void bind_null(sqlite3_stmt* stmt, int i) { check_bind(stmt, sqlite3_bind_null(stmt, i)); }
void bind_int64(sqlite3_stmt* stmt, int i, std::int64_t v) {
  check_bind(stmt, sqlite3_bind_int64(stmt, i, v));
}
void bind_double(sqlite3_stmt* stmt, int i, double v) {
  check_bind(stmt, sqlite3_bind_double(stmt, i, v));
}
void bind_text(sqlite3_stmt* stmt, int i, std::string_view v, bool transient) {
  check_bind(stmt, sqlite3_bind_text64(stmt, i, v.data(), v.size(),
                                       transient ? SQLITE_TRANSIENT : SQLITE_STATIC, SQLITE_UTF8));
}
void bind_blob(sqlite3_stmt* stmt, int i, std::span<const std::byte> v, bool transient) {
  // A zero-length blob must still be a blob, not NULL: pass a non-null pointer.
  static const std::byte empty{};
  const void* p = v.empty() ? &empty : v.data();
  check_bind(stmt, sqlite3_bind_blob64(stmt, i, p, v.size(),
                                       transient ? SQLITE_TRANSIENT : SQLITE_STATIC));
}
void reset(sqlite3_stmt* stmt) noexcept {
  sqlite3_reset(stmt);
  sqlite3_clear_bindings(stmt);
}

std::int64_t changes(sqlite3_stmt* stmt) noexcept {
#if SQLITE_VERSION_NUMBER >= 3037000
  return sqlite3_changes64(sqlite3_db_handle(stmt));
#else  // SQLCipher 3.4 (SQLite 3.15): the 32-bit count only
  return sqlite3_changes(sqlite3_db_handle(stmt));
#endif
}
int variable_limit(sqlite3_stmt* stmt) noexcept {
  return sqlite3_limit(sqlite3_db_handle(stmt), SQLITE_LIMIT_VARIABLE_NUMBER, -1);
}
std::int64_t last_insert_rowid(sqlite3_stmt* stmt) noexcept {
  return sqlite3_last_insert_rowid(sqlite3_db_handle(stmt));
}

}  // namespace sqlcore::detail::sqlite3_api
