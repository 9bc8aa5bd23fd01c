// The pools: NullPool, SingletonThreadPool, StaticPool and QueuePool.
// SPDX-License-Identifier: MIT
#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

#include <fmt/format.h>

#include "driver/raw_state.hpp"
#include "pool/pools.hpp"
#include "sqlcore/connection.hpp"
#include "sqlcore/errors.hpp"

namespace sqlcore::detail {

const char* pool_kind_name(PoolKind kind) noexcept {
  switch (kind) {
    case PoolKind::automatic: return "automatic";
    case PoolKind::null: return "NullPool";
    case PoolKind::singleton_thread: return "SingletonThreadPool";
    case PoolKind::static_: return "StaticPool";
    case PoolKind::queue: return "QueuePool";
    case PoolKind::wal: return "WALPool";
  }
  return "?";
}

namespace {

using Owned = std::unique_ptr<RawConnection>;

// Takes `raw` out of `list` (the owning vector) and returns it.
Owned take(std::vector<Owned>& list, RawConnection& raw) {
  auto it = std::find_if(list.begin(), list.end(), [&](const Owned& o) { return o.get() == &raw; });
  if (it == list.end()) return nullptr;
  Owned out = std::move(*it);
  list.erase(it);
  return out;
}

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

/// One connection per thread, kept for that thread (SQLAlchemy's SingletonThreadPool).
/// A thread that checks out twice gets the same connection.
class SingletonThreadPool final : public Pool {
 public:
  explicit SingletonThreadPool(ConnectionCreator creator) : creator_(std::move(creator)) {}
  RawConnection& checkout() override {
    auto id = std::this_thread::get_id();
    {
      std::lock_guard lock(mutex_);
      auto it = slots_.find(id);
      if (it != slots_.end()) {
        ++it->second.refs;
        return *it->second.raw;
      }
    }
    Owned raw = creator_();
    std::lock_guard lock(mutex_);
    Slot& slot = slots_[id];
    slot.raw = std::move(raw);
    slot.refs = 1;
    return *slot.raw;
  }
  void checkin(RawConnection& raw) noexcept override {
    Owned closing;
    std::lock_guard lock(mutex_);
    for (auto it = slots_.begin(); it != slots_.end(); ++it) {
      if (it->second.raw.get() != &raw) continue;
      if (--it->second.refs == 0 && it->second.disposed) {
        closing = std::move(it->second.raw);
        slots_.erase(it);
      }
      return;
    }
  }
  std::string status() const override {
    std::lock_guard lock(mutex_);
    std::size_t out = 0;
    for (const auto& [id, slot] : slots_) out += slot.refs > 0 ? 1 : 0;
    return fmt::format("SingletonThreadPool: {} connections, {} checked out", slots_.size(), out);
  }
  void dispose() noexcept override {
    std::vector<Owned> closing;
    std::lock_guard lock(mutex_);
    for (auto it = slots_.begin(); it != slots_.end();) {
      if (it->second.refs == 0) {
        closing.push_back(std::move(it->second.raw));
        it = slots_.erase(it);
      } else {
        it->second.disposed = true;
        ++it;
      }
    }
  }
  PoolKind kind() const noexcept override { return PoolKind::singleton_thread; }

 private:
  struct Slot {
    Owned raw;
    int refs = 0;
    bool disposed = false;
  };
  ConnectionCreator creator_;
  mutable std::mutex mutex_;
  std::map<std::thread::id, Slot> slots_;
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

/// pool_size kept connections plus up to max_overflow more (SQLAlchemy's QueuePool).
class QueuePool final : public Pool {
 public:
  QueuePool(ConnectionCreator creator, const EngineOptions& o)
      : creator_(std::move(creator)),
        size_(o.pool_size),
        max_overflow_(o.max_overflow),
        timeout_(o.pool_timeout),
        recycle_(o.pool_recycle),
        pre_ping_(o.pool_pre_ping) {}

  RawConnection& checkout() override {
    std::unique_lock lock(mutex_);
    auto deadline = std::chrono::steady_clock::now() + timeout_;
    for (;;) {
      if (!idle_.empty()) {
        Owned raw = std::move(idle_.front());
        idle_.erase(idle_.begin());
        return lend(lock, [&] { return refresh(std::move(raw)); });
      }
      if (max_overflow_ < 0 || total() < size_ + max_overflow_)
        return lend(lock, [&] { return creator_(); });
      if (cv_.wait_until(lock, deadline) == std::cv_status::timeout && idle_.empty() &&
          !(max_overflow_ < 0 || total() < size_ + max_overflow_))
        throw TimeoutError(fmt::format(
            "QueuePool limit of size {} overflow {} reached, connection timed out, timeout "
            "{:.2f} s",
            size_, max_overflow_, timeout_.count() / 1000.0));
    }
  }

  void checkin(RawConnection& raw) noexcept override {
    Owned closing;
    std::lock_guard lock(mutex_);
    Owned owned = take(out_, raw);
    if (!owned) return;
    bool disposed = stale_.erase(&raw) > 0;
    if (disposed || static_cast<int>(idle_.size()) >= size_)
      closing = std::move(owned);  // one lent out before dispose(), or an overflow connection
    else
      idle_.push_back(std::move(owned));
    cv_.notify_one();
  }

  std::string status() const override {
    std::lock_guard lock(mutex_);
    int overflow = std::max(0, total() - size_);
    return fmt::format(
        "QueuePool: pool size {}, connections in pool {}, checked out {}, current overflow {}",
        size_, idle_.size(), out_.size(), overflow);
  }

  void dispose() noexcept override {
    std::vector<Owned> closing;
    std::lock_guard lock(mutex_);
    closing.swap(idle_);
    for (const Owned& o : out_) stale_.insert(o.get());
  }
  PoolKind kind() const noexcept override { return PoolKind::queue; }

 private:
  // Runs `make` (open, recycle or ping a connection) outside the lock while holding a slot,
  // so the pool does not overfill meanwhile; then lends the connection.
  template <class Make>
  RawConnection& lend(std::unique_lock<std::mutex>& lock, Make make) {
    ++opening_;
    lock.unlock();
    Owned raw;
    try {
      raw = make();
    } catch (...) {
      lock.lock();
      --opening_;
      cv_.notify_one();
      throw;
    }
    lock.lock();
    --opening_;
    out_.push_back(std::move(raw));
    return *out_.back();
  }
  int total() const { return static_cast<int>(idle_.size() + out_.size()) + opening_; }
  // Recycles a connection past pool_recycle, and replaces one that fails the pre-ping.
  Owned refresh(Owned raw) {
    bool stale = recycle_.count() >= 0 &&
                 std::chrono::steady_clock::now() - raw_opened(*raw) > recycle_;
    if (!stale && pre_ping_) {
      try {
        raw->exec("SELECT 1");
      } catch (const Error&) {
        stale = true;
      }
    }
    if (stale) {
      raw.reset();
      raw = creator_();
    }
    return raw;
  }
  static std::chrono::steady_clock::time_point raw_opened(RawConnection& raw) {
    return raw.state().opened;
  }

  ConnectionCreator creator_;
  int size_;
  int max_overflow_;
  std::chrono::milliseconds timeout_;
  std::chrono::seconds recycle_;
  bool pre_ping_;
  mutable std::mutex mutex_;
  std::condition_variable cv_;
  std::vector<Owned> idle_;
  std::vector<Owned> out_;
  std::set<RawConnection*> stale_;  // lent out at dispose(): closed when they come back
  int opening_ = 0;
};

}  // namespace

std::unique_ptr<Pool> make_pool(PoolKind kind, ConnectionCreator creator,
                                const EngineOptions& options) {
  switch (kind) {
    case PoolKind::null: return std::make_unique<NullPool>(std::move(creator));
    case PoolKind::singleton_thread:
      return std::make_unique<SingletonThreadPool>(std::move(creator));
    case PoolKind::static_:
      return std::make_unique<StaticPool>(std::move(creator), options.pool_timeout);
    case PoolKind::queue: return std::make_unique<QueuePool>(std::move(creator), options);
    case PoolKind::automatic:
    case PoolKind::wal:
      break;
  }
  throw NotSupportedError(
      fmt::format("{} is not available in this version of sqlcore", pool_kind_name(kind)), 0,
      "pool kind not available", "");
}

}  // namespace sqlcore::detail
