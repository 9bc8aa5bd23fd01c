// The per-connection LRU cache of prepared statements.
// SPDX-License-Identifier: MIT
#include "driver/statement.hpp"

#include "driver/stmt_ops.hpp"

namespace sqlcore::detail {

StatementCache::StatementCache(RawConnection& owner, std::size_t capacity)
    : owner_(&owner), lru_(capacity) {}

StatementCache::~StatementCache() { lru_.clear(); }

Statement* StatementCache::acquire(std::string_view sql) {
  if (lru_.capacity() > 0) {
    std::unique_ptr<Statement>* hit = lru_.find(sql);
    if (hit != nullptr && !(*hit)->in_use) {
      (*hit)->in_use = true;
      return hit->get();
    }
    if (hit == nullptr) {
      std::unique_ptr<Statement> owned = owner_->prepare(sql);
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
  Statement* st = owner_->prepare(sql).release();
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
  reset(*st);
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
