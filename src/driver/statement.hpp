// The per-connection LRU cache of prepared statements, for every driver.
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <memory>
#include <string_view>

#include "base/lru.hpp"

namespace sqlcore {
class RawConnection;
}

namespace sqlcore::detail {

class Statement;

/// Hands out prepared statements by SQL text, keeping up to `capacity` of them (least
/// recently used evicted first). A statement already in use (an open Result) is never
/// handed out twice: a fresh, uncached one is prepared instead.
class StatementCache {
 public:
  StatementCache(RawConnection& owner, std::size_t capacity);
  ~StatementCache();
  StatementCache(const StatementCache&) = delete;
  StatementCache& operator=(const StatementCache&) = delete;

  /// A statement ready to bind (reset, bindings cleared). Throws on a prepare error, and
  /// ProgrammingError when `sql` holds more than one statement.
  Statement* acquire(std::string_view sql);
  /// Gives a statement back: reset and bindings cleared, or destroyed if uncached.
  void release(Statement* st) noexcept;
  /// Finalizes every idle cached statement.
  void clear() noexcept;
  std::size_t size() const noexcept { return lru_.size(); }
  /// Statements prepared by this cache so far (hits do not count); for tests.
  std::size_t prepare_count() const noexcept { return prepares_; }

 private:
  void evict() noexcept;
  RawConnection* owner_;
  std::size_t prepares_ = 0;
  LruMap<std::unique_ptr<Statement>> lru_;  // by SQL text
};

}  // namespace sqlcore::detail
