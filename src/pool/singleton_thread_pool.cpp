// SingletonThreadPool: one connection per thread, closed when its thread ends.
// SPDX-License-Identifier: MIT
#include <algorithm>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include <fmt/format.h>

#include "pool/pools.hpp"

namespace sqlcore::detail {

namespace {

using Owned = std::unique_ptr<RawConnection>;

// The pool's state, shared with the thread-exit hooks of the threads that hold a connection.
struct SingletonState {
  ConnectionCreator creator;
  std::size_t pool_size;
  std::mutex mutex;
  struct Slot {
    Owned raw;
    int refs = 0;
    bool orphaned = false;  // its thread ended while it was lent (moved to another thread)
    bool disposed = false;  // dispose() came while it was lent
    std::uint64_t last_used = 0;
  };
  std::map<std::thread::id, Slot> slots;
  std::uint64_t tick = 0;

  // Called from the ending thread itself (its thread_local hook): the connection is closed
  // here and now, not "in a non-deterministic way" as SQLAlchemy's is.
  void thread_ended(std::thread::id id) {
    Owned closing;
    std::lock_guard lock(mutex);
    auto it = slots.find(id);
    if (it == slots.end()) return;
    if (it->second.refs == 0) {
      closing = std::move(it->second.raw);
      slots.erase(it);
    } else {
      it->second.orphaned = true;
    }
  }
};

// Per thread: the pools this thread holds a connection of, told when the thread ends.
struct ThreadExitHook {
  std::vector<std::weak_ptr<SingletonState>> pools;
  ~ThreadExitHook() {
    auto id = std::this_thread::get_id();
    for (auto& weak : pools)
      if (auto pool = weak.lock()) pool->thread_ended(id);
  }
  void add(const std::shared_ptr<SingletonState>& pool) {
    std::erase_if(pools, [](const auto& w) { return w.expired(); });
    pools.push_back(pool);
  }
};

thread_local ThreadExitHook t_exit_hook;

class SingletonThreadPool final : public Pool {
 public:
  SingletonThreadPool(ConnectionCreator creator, std::size_t pool_size)
      : state_(std::make_shared<SingletonState>()) {
    state_->creator = std::move(creator);
    state_->pool_size = pool_size;
  }

  RawConnection& checkout() override {
    auto id = std::this_thread::get_id();
    {
      std::lock_guard lock(state_->mutex);
      auto it = state_->slots.find(id);
      if (it != state_->slots.end()) {
        ++it->second.refs;
        it->second.last_used = ++state_->tick;
        return *it->second.raw;
      }
    }
    Owned raw = state_->creator();
    std::vector<Owned> closing;  // closed after the lock is released
    std::lock_guard lock(state_->mutex);
    // Keep at most pool_size connections: close the least recently used idle ones of other
    // threads (those threads get a new connection when they come back).
    while (state_->slots.size() >= state_->pool_size) {
      auto victim = state_->slots.end();
      for (auto it = state_->slots.begin(); it != state_->slots.end(); ++it)
        if (it->second.refs == 0 &&
            (victim == state_->slots.end() || it->second.last_used < victim->second.last_used))
          victim = it;
      if (victim == state_->slots.end()) break;  // every connection is in use: go over
      closing.push_back(std::move(victim->second.raw));
      state_->slots.erase(victim);
    }
    auto& slot = state_->slots[id];
    slot.raw = std::move(raw);
    slot.refs = 1;
    slot.last_used = ++state_->tick;
    t_exit_hook.add(state_);
    return *slot.raw;
  }

  void checkin(RawConnection& raw) noexcept override {
    Owned closing;
    std::lock_guard lock(state_->mutex);
    for (auto it = state_->slots.begin(); it != state_->slots.end(); ++it) {
      if (it->second.raw.get() != &raw) continue;
      if (--it->second.refs == 0 && (it->second.orphaned || it->second.disposed)) {
        closing = std::move(it->second.raw);
        state_->slots.erase(it);
      }
      return;
    }
  }

  std::string status() const override {
    std::lock_guard lock(state_->mutex);
    std::size_t out = 0;
    for (const auto& [id, slot] : state_->slots) out += slot.refs > 0 ? 1 : 0;
    return fmt::format(
        "SingletonThreadPool: {} connections (one per thread, pool_size {}), {} checked out",
        state_->slots.size(), state_->pool_size, out);
  }

  void dispose() noexcept override {
    std::vector<Owned> closing;
    std::lock_guard lock(state_->mutex);
    for (auto it = state_->slots.begin(); it != state_->slots.end();) {
      if (it->second.refs == 0) {
        closing.push_back(std::move(it->second.raw));
        it = state_->slots.erase(it);
      } else {
        it->second.disposed = true;
        ++it;
      }
    }
  }

  PoolKind kind() const noexcept override { return PoolKind::singleton_thread; }

 private:
  std::shared_ptr<SingletonState> state_;
};

}  // namespace

std::unique_ptr<Pool> make_singleton_thread_pool(ConnectionCreator creator,
                                                 const PoolOptions& options) {
  return std::make_unique<SingletonThreadPool>(
      std::move(creator), static_cast<std::size_t>(std::max(1, options.pool_size)));
}

}  // namespace sqlcore::detail
