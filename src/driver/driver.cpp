// The driver seam's shared parts: RawConnection's own members, the driver registry, and the
// statement cache every driver's connections use.
// SPDX-License-Identifier: MIT
#include "driver/driver.hpp"

#include <atomic>
#include <map>
#include <mutex>
#include <string>

#include <fmt/format.h>

#include "driver/raw_connection.hpp"
#ifdef SQLCORE_HAVE_DQLITE
#include "driver/dqlite/connection.hpp"
#endif
#include "driver/stmt_ops.hpp"
#include "sqlcore/errors.hpp"

namespace sqlcore {

namespace {
std::atomic<long> g_live_raw_connections{0};
}  // namespace

RawConnection::RawConnection(const detail::Driver& driver, sqlite3* native, std::string filename,
                             std::size_t statement_cache_size)
    : driver_(&driver),
      native_(native),
      filename_(std::move(filename)),
      state_(std::make_unique<detail::RawState>(*this, statement_cache_size)) {
  ++g_live_raw_connections;
}

RawConnection::~RawConnection() {
  release_state();
  --g_live_raw_connections;
}

void RawConnection::release_state() noexcept {
  attachment_.reset();
  state_.reset();
}

void RawConnection::attach(std::unique_ptr<detail::Attachment> a) noexcept {
  attachment_ = std::move(a);
}

sqlite3* RawConnection::native_handle() const {
  if (native_ == nullptr)
    throw NotSupportedError(
        fmt::format("native_handle(): the {} driver has no sqlite3 handle (its database is not "
                    "in this process)",
                    driver_->name()),
        0, "no native handle", "");
  return native_;
}

void RawConnection::create_function(std::shared_ptr<const detail::FunctionDef>) {
  throw NotSupportedError(
      fmt::format("create_function(): the {} driver cannot run C++ SQL functions", driver_->name()),
      0, "no SQL functions", "");
}

void RawConnection::create_collation(std::shared_ptr<const detail::CollationDef>) {
  throw NotSupportedError(
      fmt::format("create_collation(): the {} driver cannot run C++ collations", driver_->name()),
      0, "no collations", "");
}

namespace detail {

long live_raw_connections() noexcept { return g_live_raw_connections.load(); }

namespace {

struct Registry {
  std::mutex mutex;
  std::map<std::string, const Driver*, std::less<>> drivers;
};

Registry& registry() {
  static Registry r;
  return r;
}

}  // namespace

void register_driver(std::string name, const Driver& driver) {
  Registry& r = registry();
  std::lock_guard lock(r.mutex);
  if (name == "pysqlite" || name == "pysqlcipher" || name == "dqlite" || r.drivers.count(name) > 0)
    throw ArgumentError(fmt::format("register_driver: a driver named '{}' exists already", name));
  r.drivers.emplace(std::move(name), &driver);
}

const Driver* find_driver(std::string_view name) noexcept {
  if (name == "pysqlite" || name == "pysqlcipher") return &sqlite3_driver();
#ifdef SQLCORE_HAVE_DQLITE
  if (name == "dqlite") return &dqlite::dqlite_driver();
#endif
  Registry& r = registry();
  std::lock_guard lock(r.mutex);
  auto it = r.drivers.find(name);
  return it == r.drivers.end() ? nullptr : it->second;
}

std::string query_text(RawConnection& raw, std::string_view sql) {
  std::unique_ptr<Statement> st = raw.prepare(sql);
  if (st->empty || !step(*st)) return {};
  return std::string(column_text(*st, 0));
}

void exec_one(RawConnection& raw, std::string_view sql) {
  std::unique_ptr<Statement> st = raw.prepare(sql);
  if (st->empty) return;
  while (step(*st)) {
  }
}

}  // namespace detail
}  // namespace sqlcore
