// The compiles<>() registry: per-(type, dialect) DDL overrides, consulted before the dialect.
// SPDX-License-Identifier: MIT
#include <atomic>
#include <map>
#include <mutex>
#include <shared_mutex>
#include <utility>

#include "types/type_impl.hpp"

namespace sqlcore {

namespace detail {

namespace {

struct Registry {
  std::shared_mutex mutex;
  std::map<std::pair<std::string, std::string>, CompileFn, std::less<>> overrides;
};

Registry& registry() {
  static Registry r;
  return r;
}

std::atomic<std::uint64_t> generation{0};

}  // namespace

std::uint64_t compiles_generation() noexcept { return generation.load(std::memory_order_acquire); }

std::string user_type_key(const std::type_info& tag) { return std::string("user:") + tag.name(); }

void register_compiles(std::string key, std::string_view dialect_name, CompileFn fn) {
  Registry& r = registry();
  std::unique_lock lock(r.mutex);
  r.overrides[{std::move(key), std::string(dialect_name)}] = std::move(fn);
  generation.fetch_add(1, std::memory_order_acq_rel);  // compiled statements made before are stale
}

const CompileFn* find_compile_override(const TypeImpl& t, std::string_view dialect_name) {
  Registry& r = registry();
  std::shared_lock lock(r.mutex);
  if (r.overrides.empty()) return nullptr;
  std::string key = t.user_key.empty() ? "sql:" + t.visit_name : t.user_key;
  auto it = r.overrides.find(std::make_pair(key, std::string(dialect_name)));
  // The map never erases, so the function stays where it is after the lock is released.
  return it == r.overrides.end() ? nullptr : &it->second;
}

}  // namespace detail

void compiles(std::string_view visit_name, std::string_view dialect_name, CompileFn fn) {
  detail::register_compiles("sql:" + std::string(visit_name), dialect_name, std::move(fn));
}

}  // namespace sqlcore
