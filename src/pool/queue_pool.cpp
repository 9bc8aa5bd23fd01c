// QueuePool: pool_size kept connections plus up to max_overflow more, with a timeout.
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

/// pool_size kept connections plus up to max_overflow more (SQLAlchemy's QueuePool).
class QueuePool final : public Pool {
 public:
  QueuePool(ConnectionCreator creator, const PoolOptions& o)
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
    bool stale =
        recycle_.count() >= 0 && std::chrono::steady_clock::now() - raw_opened(*raw) > recycle_;
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

std::unique_ptr<Pool> make_queue_pool(ConnectionCreator creator, const PoolOptions& options) {
  return std::make_unique<QueuePool>(std::move(creator), options);
}

}  // namespace sqlcore::detail
