// run_in_transaction: BEGIN, the work, COMMIT; on a lock conflict roll back, pause, run it again.
// SPDX-License-Identifier: MIT
#include "sqlcore/retry.hpp"

#include <algorithm>
#include <random>
#include <thread>

#include <fmt/format.h>

#include "engine/engine_state.hpp"
#include "sqlcore/engine.hpp"

namespace sqlcore {

namespace {

constexpr int kSqliteBusy = 5;    // SQLITE_BUSY: https://www.sqlite.org/rescode.html#busy
constexpr int kSqliteLocked = 6;  // SQLITE_LOCKED: https://www.sqlite.org/rescode.html#locked

// The pause before the rerun that follows failed run `attempt` (1-based): initial * 2^(attempt-1)
// capped at max, then a random point in its upper half ("equal jitter"): never much shorter than
// the backoff, and two connections that failed together wake apart.
std::chrono::microseconds backoff(const RetryPolicy& policy, int attempt) {
  using std::chrono::microseconds;
  microseconds cap = policy.max_backoff;
  microseconds d = policy.initial_backoff;
  for (int i = 1; i < attempt && d < cap; ++i) d *= 2;
  d = std::min(d, cap);
  if (d.count() <= 1) return d;
  thread_local std::minstd_rand rng{std::random_device{}()};
  std::uniform_int_distribution<microseconds::rep> half(d.count() / 2, d.count());
  return microseconds(half(rng));
}

void rollback_quietly(Transaction& tx) noexcept {
  try {
    if (tx.is_active()) tx.rollback();
  } catch (...) {
    // The error that ended the attempt is the one to report; the Transaction's destructor and
    // the connection's close() roll back again.
  }
}

}  // namespace

bool is_lock_conflict(const Error& error) noexcept {
  const auto* db = dynamic_cast<const DBAPIError*>(&error);
  if (db == nullptr) return false;
  int primary = db->sqlite_primary_code();
  return primary == kSqliteBusy || primary == kSqliteLocked;
}

void detail::run_in_transaction(Engine& engine, const std::function<void(Connection&)>& work,
                                const RetryPolicy& policy) {
  if (policy.attempts < 1)
    throw ArgumentError(fmt::format(
        "run_in_transaction: RetryPolicy::attempts must be at least 1 (got {})", policy.attempts));
  if (policy.initial_backoff.count() < 0 || policy.max_backoff.count() < 0)
    throw ArgumentError(fmt::format(
        "run_in_transaction: RetryPolicy backoffs must not be negative (initial_backoff {} ms, "
        "max_backoff {} ms)",
        policy.initial_backoff.count(), policy.max_backoff.count()));
  if (engine.options().isolation_level == IsolationLevel::autocommit)
    throw ArgumentError(
        "run_in_transaction: the engine uses IsolationLevel::autocommit, where begin() emits no "
        "BEGIN: the work would not be atomic and a rerun would repeat statements that had "
        "committed; use an engine with transactions");
  Connection conn = engine.connect();
  for (int attempt = 1;; ++attempt) {
    try {
      // BEGIN is inside the try: BEGIN IMMEDIATE (or EXCLUSIVE) fails with SQLITE_BUSY when
      // another connection kept the lock through the busy timeout, and is retried too.
      Transaction tx = conn.begin(policy.begin_mode);
      try {
        work(conn);
        // A COMMIT that fails with SQLITE_BUSY leaves the transaction open (readers still hold
        // SHARED locks past the busy timeout): rolled back below and run again, as asked.
        tx.commit();
        return;
      } catch (...) {
        rollback_quietly(tx);
        throw;
      }
    } catch (const Error& e) {
      if (!is_lock_conflict(e) || attempt >= policy.attempts) throw;
      if (policy.on_retry) policy.on_retry(attempt, e);
      std::this_thread::sleep_for(backoff(policy, attempt));
    }
  }
}

}  // namespace sqlcore
