// WALPool: journal_mode=WAL, one writer lent to one thread at a time, and up to pool_size
// read-only readers used concurrently, each read in its own snapshot (GRDB's DatabasePool).
// SPDX-License-Identifier: MIT
#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

#include <fmt/format.h>

#include "driver/raw_connection.hpp"
#include "pool/pools.hpp"
#include "sqlcore/errors.hpp"

namespace sqlcore::detail {

namespace {

using Owned = std::unique_ptr<RawConnection>;

class WALPool final : public Pool {
 public:
  WALPool(ConnectionCreator creator, const PoolOptions& o)
      : creator_(std::move(creator)),
        readers_max_(std::max(1, o.pool_size)),
        timeout_(o.pool_timeout) {}

  // The writer. Re-entrant for the thread that holds it (a second Connection in that thread
  // shares the handle, as SingletonThreadPool does), so a thread never waits for itself.
  RawConnection& checkout() override {
    auto me = std::this_thread::get_id();
    std::unique_lock lock(mutex_);
    if (writer_refs_ > 0 && writer_holder_ != me &&
        !cv_.wait_for(lock, timeout_, [&] { return writer_refs_ == 0; }))
      throw TimeoutError(fmt::format(
          "WALPool: the writer stayed checked out by another thread for {} ms (pool_timeout); "
          "readers from connect_readonly() never wait for it",
          timeout_.count()));
    ensure_writer();
    writer_holder_ = me;
    ++writer_refs_;
    return *writer_;
  }

  RawConnection& checkout_reader() override {
    std::unique_lock lock(mutex_);
    ensure_writer();  // the database is in WAL mode before any reader opens
    auto deadline = std::chrono::steady_clock::now() + timeout_;
    for (;;) {
      if (!idle_.empty()) {
        out_.push_back(std::move(idle_.back()));
        idle_.pop_back();
        return *out_.back();
      }
      if (static_cast<int>(idle_.size() + out_.size()) + opening_ < readers_max_) {
        ++opening_;
        lock.unlock();
        Owned reader;
        try {
          reader = creator_();
          reader->exec("PRAGMA query_only = 1");
        } catch (...) {
          lock.lock();
          --opening_;
          cv_.notify_all();
          throw;
        }
        lock.lock();
        --opening_;
        out_.push_back(std::move(reader));
        return *out_.back();
      }
      if (cv_.wait_until(lock, deadline) == std::cv_status::timeout && idle_.empty() &&
          static_cast<int>(out_.size()) + opening_ >= readers_max_)
        throw TimeoutError(fmt::format(
            "WALPool: all {} readers (pool_size) stayed checked out for {} ms (pool_timeout)",
            readers_max_, timeout_.count()));
    }
  }

  bool has_dedicated_readers() const noexcept override { return true; }

  void checkin(RawConnection& raw) noexcept override {
    Owned closing;
    std::lock_guard lock(mutex_);
    if (&raw == writer_.get()) {
      if (--writer_refs_ == 0) {
        writer_holder_ = std::thread::id();
        if (writer_disposed_) {
          closing = std::move(writer_);
          writer_disposed_ = false;
        }
      }
    } else if (Owned reader = take(out_, raw)) {
      if (stale_.erase(&raw) > 0)
        closing = std::move(reader);
      else
        idle_.push_back(std::move(reader));
    }
    cv_.notify_all();
  }

  std::string status() const override {
    std::lock_guard lock(mutex_);
    return fmt::format("WALPool: writer {}, readers {} ({} checked out) of pool_size {}",
                       !writer_           ? "not open"
                       : writer_refs_ > 0 ? "checked out"
                                          : "idle",
                       idle_.size() + out_.size(), out_.size(), readers_max_);
  }

  void dispose() noexcept override {
    std::vector<Owned> closing;
    Owned writer;
    std::lock_guard lock(mutex_);
    closing.swap(idle_);
    for (const Owned& o : out_) stale_.insert(o.get());
    if (writer_ && writer_refs_ == 0)
      writer = std::move(writer_);
    else if (writer_)
      writer_disposed_ = true;
  }

  PoolKind kind() const noexcept override { return PoolKind::wal; }

 private:
  // Opens the writer and switches the database to WAL (a property of the file, kept by
  // SQLite across connections). Called with the lock held.
  void ensure_writer() {
    if (writer_) return;
    Owned w = creator_();
    std::string mode = query_text(*w, "PRAGMA journal_mode = WAL");
    if (mode != "wal")
      throw OperationalError(fmt::format("(OperationalError) WALPool: the database stayed in "
                                         "journal_mode '{}' instead of 'wal'",
                                         mode),
                             1, "journal_mode is not wal", "PRAGMA journal_mode = WAL");
    writer_ = std::move(w);
  }

  ConnectionCreator creator_;
  int readers_max_;
  std::chrono::milliseconds timeout_;
  mutable std::mutex mutex_;
  std::condition_variable cv_;
  Owned writer_;
  std::thread::id writer_holder_;
  int writer_refs_ = 0;
  bool writer_disposed_ = false;
  std::vector<Owned> idle_;
  std::vector<Owned> out_;
  std::set<RawConnection*> stale_;
  int opening_ = 0;
};

}  // namespace

std::unique_ptr<Pool> make_wal_pool(ConnectionCreator creator, const PoolOptions& options) {
  return std::make_unique<WALPool>(std::move(creator), options);
}

}  // namespace sqlcore::detail
