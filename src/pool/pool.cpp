// NullPool and StaticPool, and the choice of pool by kind.
// SPDX-License-Identifier: MIT
#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

#include <fmt/format.h>

#include "driver/raw_state.hpp"
#include "pool/pools.hpp"
#include "sqlcore/errors.hpp"

namespace sqlcore::detail {

namespace {

using Owned = std::unique_ptr<RawConnection>;

/// A new connection per checkout, closed at checkin.
class NullPool final : public Pool {
 public:
  explicit NullPool(ConnectionCreator creator) : creator_(std::move(creator)) {}
  RawConnection& checkout() override {
    Owned raw = creator_();
    std::lock_guard lock(mutex_);
    out_.push_back(std::move(raw));
    return *out_.back();
  }
  void checkin(RawConnection& raw) noexcept override {
    Owned closing;
    std::lock_guard lock(mutex_);
    closing = take(out_, raw);
  }
  std::string status() const override {
    std::lock_guard lock(mutex_);
    return fmt::format("NullPool: {} checked out", out_.size());
  }
  void dispose() noexcept override {}
  PoolKind kind() const noexcept override { return PoolKind::null; }

 private:
  ConnectionCreator creator_;
  mutable std::mutex mutex_;
  std::vector<Owned> out_;
};

/// Exactly one connection for the whole engine; threads take turns holding it.
class StaticPool final : public Pool {
 public:
  StaticPool(ConnectionCreator creator, std::chrono::milliseconds timeout)
      : creator_(std::move(creator)), timeout_(timeout) {}
  RawConnection& checkout() override {
    auto id = std::this_thread::get_id();
    std::unique_lock lock(mutex_);
    if (holder_ != id) {
      if (!cv_.wait_for(lock, timeout_, [&] { return refs_ == 0; }))
        throw TimeoutError(fmt::format(
            "StaticPool: the one connection stayed checked out by another thread for {} ms "
            "(pool_timeout)",
            timeout_.count()));
    }
    if (!raw_) raw_ = creator_();
    holder_ = id;
    ++refs_;
    return *raw_;
  }
  void checkin(RawConnection&) noexcept override {
    std::lock_guard lock(mutex_);
    if (refs_ > 0 && --refs_ == 0) {
      holder_ = std::thread::id();
      if (disposed_) {
        raw_.reset();
        disposed_ = false;
      }
      cv_.notify_one();
    }
  }
  std::string status() const override {
    std::lock_guard lock(mutex_);
    return fmt::format("StaticPool: {} connection, {}", raw_ ? 1 : 0,
                       refs_ > 0 ? "checked out" : "idle");
  }
  void dispose() noexcept override {
    std::lock_guard lock(mutex_);
    if (refs_ == 0)
      raw_.reset();
    else
      disposed_ = true;
  }
  PoolKind kind() const noexcept override { return PoolKind::static_; }

 private:
  ConnectionCreator creator_;
  std::chrono::milliseconds timeout_;
  mutable std::mutex mutex_;
  std::condition_variable cv_;
  Owned raw_;
  std::thread::id holder_;
  int refs_ = 0;
  bool disposed_ = false;
};

}  // namespace

Owned take(std::vector<Owned>& list, RawConnection& raw) {
  auto it = std::find_if(list.begin(), list.end(), [&](const Owned& o) { return o.get() == &raw; });
  if (it == list.end()) return nullptr;
  Owned out = std::move(*it);
  list.erase(it);
  return out;
}

std::unique_ptr<Pool> make_null_pool(ConnectionCreator creator) {
  return std::make_unique<NullPool>(std::move(creator));
}

std::unique_ptr<Pool> make_static_pool(ConnectionCreator creator, const PoolOptions& options) {
  return std::make_unique<StaticPool>(std::move(creator), options.pool_timeout);
}

std::unique_ptr<Pool> make_pool(PoolKind kind, ConnectionCreator creator,
                                const PoolOptions& options) {
  switch (kind) {
    case PoolKind::null:
      return make_null_pool(std::move(creator));
    case PoolKind::singleton_thread:
      return make_singleton_thread_pool(std::move(creator), options);
    case PoolKind::static_:
      return make_static_pool(std::move(creator), options);
    case PoolKind::queue:
      return make_queue_pool(std::move(creator), options);
    case PoolKind::wal:
      return make_wal_pool(std::move(creator), options);
    case PoolKind::automatic:
      break;
  }
  throw ArgumentError("make_pool: PoolKind::automatic must be resolved by the engine");
}

}  // namespace sqlcore::detail
