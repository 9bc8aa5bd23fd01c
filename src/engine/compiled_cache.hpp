// The engine's compiled cache: a statement of a shape already seen is not compiled again.
// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "base/lru.hpp"
#include "sql/cache_key.hpp"
#include "sqlcore/engine.hpp"
#include "sqlcore/sql.hpp"

namespace sqlcore::detail {

/// A compiled statement shape and how to give it the values of a statement of that shape.
struct CompiledEntry {
  Compiled compiled;
  /// For bind i: the index of its value in StatementKey::values, or -1 when the bind has no
  /// value of the statement's own (a value given at execution).
  std::vector<std::int32_t> slots;
  /// The statement first compiled: keeps alive every type whose identity is in the key.
  std::variant<Select, Insert, Update, Delete> statement;
};

/// SQLAlchemy's per-engine compiled_cache: an LRU map from a statement's shape to its
/// compiled form. Thread-safe; entries are immutable and shared.
class CompiledCache {
 public:
  explicit CompiledCache(std::size_t capacity) : lru_(capacity) {}

  /// The compiled form of `statement` (from the cache, or compiled and remembered), with the
  /// statement's key in `key`: values for the binds are key.values[entry.slots[i]]. Throws
  /// what compile() throws; a statement that does not compile is not remembered.
  template <class S>
  std::shared_ptr<const CompiledEntry> get(const S& statement, const Dialect& dialect,
                                           StatementKey& key) {
    const StatementKey* used = nullptr;
    auto entry = get(statement, dialect, key, used);
    if (used != &key) key = *used;
    return entry;
  }
  /// get(), without copying a key the statement keeps: `used` is set to the statement's
  /// key, `buffer` or the one the statement keeps (StatementAccess::key_of).
  template <class S>
  std::shared_ptr<const CompiledEntry> get(const S& statement, const Dialect& dialect,
                                           StatementKey& buffer, const StatementKey*& used) {
    const StatementKey& key = StatementAccess::key_of(statement, buffer);
    used = &key;
    if (auto hit = find(key.shape)) return hit;
    std::vector<const void*> sources;
    Compiled compiled = StatementAccess::compile(statement, dialect, sources);
    return remember(key, std::move(compiled), sources, statement);
  }

  /// get(s.columns(names of params)) without building that statement on a hit: insert(t)
  /// executed with parameters, which name its columns. Throws what columns() throws.
  std::shared_ptr<const CompiledEntry> get_with_columns(const Insert& s, const Params& params,
                                                        const Dialect& dialect, StatementKey& key) {
    StatementAccess::key_with_columns(s, params, key);
    if (auto hit = find(key.shape)) return hit;
    std::vector<std::string> cols;
    cols.reserve(params.size());
    for (const auto& p : params) cols.push_back(p.first);
    const Insert derived = s.columns(std::move(cols));
    // Keyed on the statement compiled (its values' sources are its own objects); the same
    // shape, and the same walk order of values, as key_with_columns(s, params).
    StatementAccess::key(derived, key);
    std::vector<const void*> sources;
    Compiled compiled = StatementAccess::compile(derived, dialect, sources);
    auto entry = remember(key, std::move(compiled), sources, derived);
    StatementAccess::key_with_columns(s, params, key);  // values from `s`, as on a hit
    return entry;
  }

  CompiledCacheStats stats() const;
  void clear();

 private:
  std::shared_ptr<const CompiledEntry> find(const std::string& shape);
  std::shared_ptr<const CompiledEntry> remember(const StatementKey& key, Compiled compiled,
                                                const std::vector<const void*>& sources,
                                                std::variant<Select, Insert, Update, Delete> s);

  mutable std::mutex mutex_;
  LruMap<std::shared_ptr<const CompiledEntry>> lru_;  // by shape
  std::uint64_t hits_ = 0, misses_ = 0, uncacheable_ = 0;
};

}  // namespace sqlcore::detail
