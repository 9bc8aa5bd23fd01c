// run_in_transaction: a unit of work run again, with backoff, when SQLite reports a lock conflict.
// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <functional>
#include <optional>
#include <type_traits>
#include <utility>

#include "sqlcore/connection.hpp"
#include "sqlcore/errors.hpp"
#include "sqlcore/export.hpp"

namespace sqlcore {

class Engine;

/// How run_in_transaction() begins, and how often and how patiently it runs the work again.
/// An aggregate for designated initializers; the order of the members is part of the API.
struct RetryPolicy {
  /// Runs of the work at most, the first included (1: never again). At least 1.
  int attempts = 10;
  /// The pause before the first rerun; each further pause doubles, up to max_backoff. Each
  /// pause is drawn at random between half of that and all of it (jitter), so that two
  /// connections that collided do not collide again in step. 0: no pause.
  std::chrono::milliseconds initial_backoff{10};
  std::chrono::milliseconds max_backoff{1000};
  /// How BEGIN starts each run. IMMEDIATE by default (unlike EngineOptions::begin_mode): it
  /// takes the write lock at BEGIN, where a second writer waits for it (busy_timeout), so the
  /// work runs once in the usual case. A DEFERRED transaction that reads and then writes fails
  /// with SQLITE_BUSY (BUSY_SNAPSHOT in WAL mode) at once, without waiting, when another
  /// connection wrote meanwhile: SQLite's deadlock avoidance. It is correct here too (that is
  /// what the reruns are for), only slower under contention; use it for work that mostly reads.
  BeginMode begin_mode = BeginMode::immediate;
  /// Called before each rerun with the number of the run that failed (1 before the second run)
  /// and its error. An exception it throws ends run_in_transaction() with that exception (the
  /// failed run is rolled back already).
  std::function<void(int attempt, const Error& error)> on_retry{};
};

/// True for the errors run_in_transaction() runs the work again for: a DBAPIError whose SQLite
/// primary code is SQLITE_BUSY (BUSY_SNAPSHOT, BUSY_RECOVERY, BUSY_TIMEOUT ...) or
/// SQLITE_LOCKED (LOCKED_SHAREDCACHE ...): another connection held a lock this one needed.
/// https://www.sqlite.org/rescode.html#busy
SQLCORE_EXPORT bool is_lock_conflict(const Error& error) noexcept;

namespace detail {
/// run_in_transaction() without its result; `work` runs once per attempt.
SQLCORE_EXPORT void run_in_transaction(Engine& engine, const std::function<void(Connection&)>& work,
                                       const RetryPolicy& policy);
}  // namespace detail

/// Runs `fn(conn)` as one transaction on a connection of `engine`, and runs it again when a lock
/// conflict spoils it. Each attempt: BEGIN (policy.begin_mode), fn, COMMIT. When BEGIN, any
/// statement fn runs, or the COMMIT fails with SQLITE_BUSY, BUSY_SNAPSHOT or LOCKED
/// (is_lock_conflict()), the attempt is rolled back and, after policy.on_retry and a pause
/// (exponential backoff with jitter), fn runs again in a new transaction, up to policy.attempts
/// runs in all; then the last error is rethrown. Any other exception (from SQLite or from fn)
/// rolls back and propagates at once, never retried. Returns what fn returned on the run that
/// committed (fn may return void).
///
/// fn must be safe to run twice: everything it did inside the transaction is rolled back before
/// a rerun, but what it did outside the database (a message sent, a counter in memory, a file
/// written) is not; keep such effects after run_in_transaction() returns, or make them
/// idempotent. fn must not commit or roll back the transaction itself (begin_nested() savepoints
/// inside it are fine).
///
/// One connection is checked out for all attempts and returned before this returns. Throws
/// ArgumentError, before anything runs, when attempts < 1, a backoff is negative, or the engine
/// uses IsolationLevel::autocommit (no BEGIN would make the work atomic, and a rerun would
/// repeat statements that had committed).
///
///     int balance = sc::run_in_transaction(engine, [&](sc::Connection& c) {
///       c.execute(sc::text("UPDATE account SET n = n - 1 WHERE id = 1"));
///       return *c.execute(sc::text("SELECT n FROM account WHERE id = 1")).scalar<int>();
///     });
template <class Fn>
requires std::is_invocable_v<Fn&, Connection&> std::invoke_result_t<Fn&, Connection&>
run_in_transaction(Engine& engine, Fn&& fn, const RetryPolicy& policy = {}) {
  using R = std::invoke_result_t<Fn&, Connection&>;
  if constexpr (std::is_void_v<R>) {
    detail::run_in_transaction(
        engine, [&fn](Connection& c) { std::invoke(fn, c); }, policy);
  } else if constexpr (std::is_reference_v<R>) {
    std::remove_reference_t<R>* out = nullptr;
    detail::run_in_transaction(
        engine, [&](Connection& c) { out = &std::invoke(fn, c); }, policy);
    return static_cast<R>(*out);
  } else {
    std::optional<R> out;
    detail::run_in_transaction(
        engine,
        [&](Connection& c) {
          out.reset();  // a failed attempt's value is not the answer
          out.emplace(std::invoke(fn, c));
        },
        policy);
    return std::move(*out);
  }
}

}  // namespace sqlcore
