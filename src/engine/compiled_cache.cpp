// The engine's compiled cache (SQLAlchemy's compiled_cache): LRU by statement shape.
// SPDX-License-Identifier: MIT
#include "engine/compiled_cache.hpp"

#include <algorithm>

namespace sqlcore::detail {

std::shared_ptr<const CompiledEntry> CompiledCache::find(const std::string& shape) {
  std::lock_guard lock(mutex_);
  auto* hit = lru_.find(shape);
  if (hit == nullptr) {
    ++misses_;
    return nullptr;
  }
  ++hits_;
  return *hit;
}

std::shared_ptr<const CompiledEntry> CompiledCache::remember(
    const StatementKey& key, Compiled compiled, const std::vector<const void*>& sources,
    std::variant<Select, Insert, Update, Delete> s) {
  auto entry = std::make_shared<CompiledEntry>(CompiledEntry{
      std::move(compiled), std::vector<std::int32_t>(sources.size(), -1), std::move(s)});
  // Each bind's value is the walk's value from the same object (its first visit).
  std::unordered_map<const void*, std::int32_t> first;
  first.reserve(key.sources.size());
  for (std::size_t i = 0; i < key.sources.size(); ++i)
    first.try_emplace(key.sources[i], static_cast<std::int32_t>(i));
  bool mapped = true;
  for (std::size_t i = 0; i < sources.size(); ++i) {
    if (sources[i] == nullptr) continue;  // a value given at execution
    auto it = first.find(sources[i]);
    if (it == first.end()) {
      mapped = false;  // never expected: then this statement is compiled each time
      break;
    }
    entry->slots[i] = it->second;
  }
  if (!mapped) {
    std::fill(entry->slots.begin(), entry->slots.end(), -1);  // its own values, as compiled
    std::lock_guard lock(mutex_);
    ++uncacheable_;
    return entry;
  }
  std::lock_guard lock(mutex_);
  if (lru_.capacity() == 0) return entry;
  if (auto* found = lru_.find(key.shape)) return *found;  // another thread was first
  lru_.insert(key.shape, entry);
  lru_.evict();
  return entry;
}

CompiledCacheStats CompiledCache::stats() const {
  std::lock_guard lock(mutex_);
  return CompiledCacheStats{hits_, misses_, uncacheable_, lru_.size(), lru_.capacity()};
}

void CompiledCache::clear() {
  std::lock_guard lock(mutex_);
  lru_.clear();
}

}  // namespace sqlcore::detail
