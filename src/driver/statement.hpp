// Prepared statements and the per-connection LRU statement cache.
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/lru.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace sqlcore::detail {

/// One prepared statement with what sqlcore needs to know about it, computed once.
struct Statement {
  Statement(sqlite3* db, std::string_view sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  sqlite3_stmt* stmt = nullptr;
  std::string sql;
  /// Bind names by parameter index - 1, without the ':'/'@'/'$' prefix; "" for a '?' bind.
  std::vector<std::string> param_names;
  /// Result column names as SQLite reports them.
  std::vector<std::string> column_names;
  bool in_use = false;
  bool cached = false;
};

/// Hands out prepared statements by SQL text, keeping up to `capacity` of them (least
/// recently used evicted first). A statement already in use (an open Result) is never
/// handed out twice: a fresh, uncached one is prepared instead.
class StatementCache {
 public:
  StatementCache(sqlite3* db, std::size_t capacity) : db_(db), lru_(capacity) {}
  ~StatementCache();
  StatementCache(const StatementCache&) = delete;
  StatementCache& operator=(const StatementCache&) = delete;

  /// A statement ready to bind (reset, bindings cleared). Throws on a prepare error, and
  /// ProgrammingError when `sql` holds more than one statement.
  Statement* acquire(std::string_view sql);
  /// Gives a statement back: reset and bindings cleared, or finalized if uncached.
  void release(Statement* st) noexcept;
  /// Finalizes every idle cached statement.
  void clear() noexcept;
  std::size_t size() const noexcept { return lru_.size(); }
  /// Statements prepared by this cache so far (hits do not count); for tests.
  std::size_t prepare_count() const noexcept { return prepares_; }

 private:
  void evict() noexcept;
  sqlite3* db_;
  std::size_t prepares_ = 0;
  LruMap<std::unique_ptr<Statement>> lru_;  // by SQL text
};

}  // namespace sqlcore::detail
