// The statement operations the engine needs, without <sqlite3.h>: step, bind, read columns.
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace sqlcore::detail {

struct Statement;

/// SQLite's storage classes, with SQLite's numbering.
enum class StorageClass { integer = 1, real = 2, text = 3, blob = 4, null = 5 };

/// sqlite3_step: true for a row, false when done. Throws the DBAPIError for SQLite's code
/// (with SQLite's message and the statement's SQL).
bool step(sqlite3_stmt* stmt, std::string_view sql);

StorageClass column_storage(sqlite3_stmt* stmt, int i) noexcept;
std::int64_t column_int64(sqlite3_stmt* stmt, int i) noexcept;
double column_double(sqlite3_stmt* stmt, int i) noexcept;
/// Text of column i; valid until the next step or reset.
std::string_view column_text(sqlite3_stmt* stmt, int i) noexcept;
std::span<const std::byte> column_blob(sqlite3_stmt* stmt, int i) noexcept;
/// The table a result column comes from, when SQLite can tell (else "").
std::string_view column_table(sqlite3_stmt* stmt, int i) noexcept;

/// Binds; parameter indexes are 1-based. `transient` copies text/blob (else the caller keeps
/// them alive until the statement is reset or rebound). Throw on SQLite errors.
void bind_null(sqlite3_stmt* stmt, int i);
void bind_int64(sqlite3_stmt* stmt, int i, std::int64_t v);
void bind_double(sqlite3_stmt* stmt, int i, double v);
void bind_text(sqlite3_stmt* stmt, int i, std::string_view v, bool transient);
void bind_blob(sqlite3_stmt* stmt, int i, std::span<const std::byte> v, bool transient);
/// sqlite3_reset + sqlite3_clear_bindings.
void reset(sqlite3_stmt* stmt) noexcept;

/// sqlite3_changes64 and sqlite3_last_insert_rowid of the handle that owns `stmt`.
std::int64_t changes(sqlite3_stmt* stmt) noexcept;
/// The most binds one statement may have on this handle (SQLITE_LIMIT_VARIABLE_NUMBER:
/// 32766 since SQLite 3.32, 999 before).
int variable_limit(sqlite3_stmt* stmt) noexcept;
std::int64_t last_insert_rowid(sqlite3_stmt* stmt) noexcept;
/// True when SQLite has no transaction open on `db`.
bool autocommit(sqlite3* db) noexcept;

}  // namespace sqlcore::detail
