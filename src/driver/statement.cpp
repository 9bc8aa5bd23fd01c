// Prepared statements and their per-connection LRU cache.
// SPDX-License-Identifier: MIT
#include "driver/statement.hpp"

#include <sqlite3.h>

#include <cctype>

#include "driver/error_map.hpp"
#include "sqlcore/errors.hpp"

namespace sqlcore::detail {

namespace {

// True when `tail` (what sqlite3_prepare_v2 left unparsed) holds only white space,
// ';' and comments: then the text was one statement.
bool only_trivia(const char* p) {
  while (*p != '\0') {
    if (std::isspace(static_cast<unsigned char>(*p)) || *p == ';') {
      ++p;
    } else if (p[0] == '-' && p[1] == '-') {
      while (*p != '\0' && *p != '\n') ++p;
    } else if (p[0] == '/' && p[1] == '*') {
      p += 2;
      while (*p != '\0' && !(p[0] == '*' && p[1] == '/')) ++p;
      if (*p != '\0') p += 2;
    } else {
      return false;
    }
  }
  return true;
}

}  // namespace

Statement::Statement(sqlite3* db, std::string_view text) : sql(text) {
  const char* tail = nullptr;
  int rc = sqlite3_prepare_v2(db, sql.c_str(), static_cast<int>(sql.size() + 1), &stmt, &tail);
  if (rc != SQLITE_OK) {
    sqlite3_finalize(stmt);
    stmt = nullptr;
    throw_sqlite_error(db, rc, sql);
  }
  if (tail != nullptr && !only_trivia(tail)) {
    sqlite3_finalize(stmt);
    stmt = nullptr;
    // CPython's sqlite3 raises ProgrammingError with this message.
    throw ProgrammingError(
        "(ProgrammingError) You can only execute one statement at a time. [SQL: " + sql + "]",
        SQLITE_MISUSE, "You can only execute one statement at a time.", sql);
  }
  if (stmt == nullptr) return;  // white space or a comment only: nothing to run
  int n = sqlite3_bind_parameter_count(stmt);
  param_names.reserve(static_cast<std::size_t>(n));
  for (int i = 1; i <= n; ++i) {
    const char* name = sqlite3_bind_parameter_name(stmt, i);
    // '?NNN' is positional too; ':name', '@name', '$name' are named.
    if (name == nullptr || name[0] == '?')
      param_names.emplace_back();
    else
      param_names.emplace_back(name + 1);
  }
  int cols = sqlite3_column_count(stmt);
  column_names.reserve(static_cast<std::size_t>(cols));
  for (int i = 0; i < cols; ++i) {
    const char* name = sqlite3_column_name(stmt, i);
    column_names.emplace_back(name != nullptr ? name : "");
  }
}

Statement::~Statement() { sqlite3_finalize(stmt); }

StatementCache::~StatementCache() { lru_.clear(); }

Statement* StatementCache::acquire(std::string_view sql) {
  if (lru_.capacity() > 0) {
    std::unique_ptr<Statement>* hit = lru_.find(sql);
    if (hit != nullptr && !(*hit)->in_use) {
      (*hit)->in_use = true;
      return hit->get();
    }
    if (hit == nullptr) {
      auto owned = std::make_unique<Statement>(db_, sql);
      ++prepares_;
      owned->cached = true;
      owned->in_use = true;
      Statement* st = owned.get();
      lru_.insert(std::string(sql), std::move(owned));
      evict();
      return st;
    }
  }
  // Cache off, or the cached statement is busy with an open Result: a private one.
  auto* st = new Statement(db_, sql);
  ++prepares_;
  st->in_use = true;
  return st;
}

void StatementCache::release(Statement* st) noexcept {
  if (st == nullptr) return;
  if (!st->cached) {
    delete st;
    return;
  }
  sqlite3_reset(st->stmt);
  sqlite3_clear_bindings(st->stmt);
  st->in_use = false;
  evict();
}

namespace {
bool busy(const std::unique_ptr<Statement>& st) noexcept { return st->in_use; }
}  // namespace

// Statements still in use (an open Result) are never evicted.
void StatementCache::evict() noexcept { lru_.evict(busy); }

void StatementCache::clear() noexcept { lru_.clear(busy); }

}  // namespace sqlcore::detail
