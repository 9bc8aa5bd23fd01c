// One least-recently-used map, for the statement cache and the compiled cache.
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace sqlcore::detail {

/// A map from text keys to values that remembers the order of use: find() and insert() make
/// an entry the most recently used, evict() drops from the least recently used end. Not
/// thread-safe (the compiled cache holds a mutex around it; a statement cache belongs to one
/// connection). Pointers to values stay valid until their entry is erased.
template <class V>
class LruMap {
 public:
  explicit LruMap(std::size_t capacity) : capacity_(capacity) {}
  LruMap(const LruMap&) = delete;
  LruMap& operator=(const LruMap&) = delete;

  /// The value for `key`, made the most recently used; nullptr when absent.
  V* find(std::string_view key) {
    auto it = index_.find(key);
    if (it == index_.end()) return nullptr;
    entries_.splice(entries_.begin(), entries_, it->second);
    return &it->second->second;
  }

  /// Adds `value` under `key` (which must be absent) as the most recently used entry. Does not
  /// evict: call evict() when the caller is ready to lose entries.
  V& insert(std::string key, V value) {
    entries_.emplace_front(std::move(key), std::move(value));
    index_.emplace(entries_.front().first, entries_.begin());
    return entries_.front().second;
  }

  /// Drops least recently used entries while there are more than capacity(), passing over
  /// those for which `keep(value)` is true (a statement still in use).
  template <class Keep>
  void evict(Keep keep) {
    auto it = entries_.end();
    while (entries_.size() > capacity_ && it != entries_.begin()) {
      --it;
      if (keep(it->second)) continue;
      index_.erase(it->first);
      it = entries_.erase(it);
    }
  }
  void evict() {
    evict([](const V&) { return false; });
  }

  /// Drops every entry for which `keep(value)` is false.
  template <class Keep>
  void clear(Keep keep) {
    for (auto it = entries_.begin(); it != entries_.end();) {
      if (keep(it->second)) {
        ++it;
        continue;
      }
      index_.erase(it->first);
      it = entries_.erase(it);
    }
  }
  void clear() {
    index_.clear();
    entries_.clear();
  }

  std::size_t size() const noexcept { return entries_.size(); }
  std::size_t capacity() const noexcept { return capacity_; }

 private:
  using Entries = std::list<std::pair<std::string, V>>;
  std::size_t capacity_;
  Entries entries_;  // most recently used first
  std::unordered_map<std::string_view, typename Entries::iterator> index_;  // views of keys
};

}  // namespace sqlcore::detail
