// The per-value statement operations the engine uses, for every driver: bind, step, read a
// column. On a native statement (the sqlite3 driver) each goes straight to the C API: one
// branch, no virtual call (the hot path: DESIGN.md, the driver seam). Without <sqlite3.h>.
// SPDX-License-Identifier: MIT
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <span>
#include <string_view>

#include "driver/driver.hpp"
#include "sqlcore/detail/cell_view.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace sqlcore::detail {

/// The C API on a native statement (driver/sqlite3/stmt_ops.cpp).
namespace sqlite3_api {
bool step(sqlite3_stmt* stmt, std::string_view sql);
StorageClass column_storage(sqlite3_stmt* stmt, int i) noexcept;
std::int64_t column_int64(sqlite3_stmt* stmt, int i) noexcept;
double column_double(sqlite3_stmt* stmt, int i) noexcept;
std::string_view column_text(sqlite3_stmt* stmt, int i) noexcept;
std::span<const std::byte> column_blob(sqlite3_stmt* stmt, int i) noexcept;
std::string_view column_table(sqlite3_stmt* stmt, int i) noexcept;
void read_cells(sqlite3_stmt* stmt, CellView* out, int n) noexcept;
void bind_null(sqlite3_stmt* stmt, int i);
void bind_int64(sqlite3_stmt* stmt, int i, std::int64_t v);
void bind_double(sqlite3_stmt* stmt, int i, double v);
void bind_text(sqlite3_stmt* stmt, int i, std::string_view v, bool transient);
void bind_blob(sqlite3_stmt* stmt, int i, std::span<const std::byte> v, bool transient);
void reset(sqlite3_stmt* stmt) noexcept;
std::int64_t changes(sqlite3_stmt* stmt) noexcept;
int variable_limit(sqlite3_stmt* stmt) noexcept;
std::int64_t last_insert_rowid(sqlite3_stmt* stmt) noexcept;
}  // namespace sqlite3_api

/// Steps: true for a row, false when done. Throws the DBAPIError for the database's code
/// (with its message and the statement's SQL).
inline bool step(Statement& st) {
  return st.native != nullptr ? sqlite3_api::step(st.native, st.sql) : st.fetch();
}

// Column i of the current row. Text and blobs stay valid until the next step or reset.
inline StorageClass column_storage(const Statement& st, int i) noexcept {
  return st.native != nullptr ? sqlite3_api::column_storage(st.native, i)
                              : st.row[static_cast<std::size_t>(i)].storage;
}
inline std::int64_t column_int64(const Statement& st, int i) noexcept {
  if (st.native != nullptr) return sqlite3_api::column_int64(st.native, i);
  const Cell& c = st.row[static_cast<std::size_t>(i)];
  if (c.storage == StorageClass::real) return static_cast<std::int64_t>(c.real);
  if (c.storage == StorageClass::text) return std::strtoll(c.bytes.c_str(), nullptr, 10);
  return c.integer;
}
inline double column_double(const Statement& st, int i) noexcept {
  if (st.native != nullptr) return sqlite3_api::column_double(st.native, i);
  const Cell& c = st.row[static_cast<std::size_t>(i)];
  if (c.storage == StorageClass::integer) return static_cast<double>(c.integer);
  if (c.storage == StorageClass::text) return std::strtod(c.bytes.c_str(), nullptr);
  return c.real;
}
inline std::string_view column_text(const Statement& st, int i) noexcept {
  if (st.native != nullptr) return sqlite3_api::column_text(st.native, i);
  return st.row[static_cast<std::size_t>(i)].bytes;
}
inline std::span<const std::byte> column_blob(const Statement& st, int i) noexcept {
  if (st.native != nullptr) return sqlite3_api::column_blob(st.native, i);
  const std::string& b = st.row[static_cast<std::size_t>(i)].bytes;
  return {reinterpret_cast<const std::byte*>(b.data()), b.size()};
}
/// Columns 0..n-1 of the current row, each read once as stored (no conversion): one call
/// per row, where column_storage + column_int64 ... cost two per value (Result::all<T>()).
inline void read_cells(const Statement& st, CellView* out, int n) noexcept {
  if (st.native != nullptr) return sqlite3_api::read_cells(st.native, out, n);
  for (int i = 0; i < n; ++i) {
    const Cell& c = st.row[static_cast<std::size_t>(i)];
    out[i] = CellView{static_cast<CellType>(c.storage), c.integer, c.real, c.bytes.data(),
                      c.bytes.size()};
  }
}
/// The table a result column comes from, when the driver can tell (else "").
inline std::string_view column_table(const Statement& st, int i) noexcept {
  return st.native != nullptr ? sqlite3_api::column_table(st.native, i) : st.source_table(i);
}

// Binds; parameter indexes are 1-based. `transient` copies text/blob (else the caller keeps
// them alive until the statement is reset or rebound). Throw on the database's errors.
namespace stmt_detail {
inline Cell& param(Statement& st, int i) {
  auto at = static_cast<std::size_t>(i - 1);
  if (st.params.size() <= at) st.params.resize(std::max(at + 1, st.param_names.size()));
  return st.params[at];
}
}  // namespace stmt_detail
inline void bind_null(Statement& st, int i) {
  if (st.native != nullptr) return sqlite3_api::bind_null(st.native, i);
  stmt_detail::param(st, i) = Cell{};
}
inline void bind_int64(Statement& st, int i, std::int64_t v) {
  if (st.native != nullptr) return sqlite3_api::bind_int64(st.native, i, v);
  stmt_detail::param(st, i) = Cell{StorageClass::integer, v, 0, {}};
}
inline void bind_double(Statement& st, int i, double v) {
  if (st.native != nullptr) return sqlite3_api::bind_double(st.native, i, v);
  stmt_detail::param(st, i) = Cell{StorageClass::real, 0, v, {}};
}
inline void bind_text(Statement& st, int i, std::string_view v, bool transient) {
  if (st.native != nullptr) return sqlite3_api::bind_text(st.native, i, v, transient);
  stmt_detail::param(st, i) = Cell{StorageClass::text, 0, 0, std::string(v)};
}
inline void bind_blob(Statement& st, int i, std::span<const std::byte> v, bool transient) {
  if (st.native != nullptr) return sqlite3_api::bind_blob(st.native, i, v, transient);
  stmt_detail::param(st, i) = Cell{StorageClass::blob, 0, 0,
                                   std::string(reinterpret_cast<const char*>(v.data()), v.size())};
}
/// Back to the start, bindings cleared.
inline void reset(Statement& st) noexcept {
  if (st.native != nullptr) return sqlite3_api::reset(st.native);
  st.rewind();
}
/// Rows the last run changed, and the rowid it last inserted.
inline std::int64_t changes(const Statement& st) noexcept {
  return st.native != nullptr ? sqlite3_api::changes(st.native) : st.changed_rows();
}
inline std::int64_t last_insert_rowid(const Statement& st) noexcept {
  return st.native != nullptr ? sqlite3_api::last_insert_rowid(st.native) : st.inserted_rowid();
}
/// The most binds one statement may have on this connection (SQLITE_LIMIT_VARIABLE_NUMBER:
/// 32766 since SQLite 3.32, 999 before).
inline int variable_limit(const Statement& st) noexcept {
  return st.native != nullptr ? sqlite3_api::variable_limit(st.native) : st.bind_limit();
}

}  // namespace sqlcore::detail
