// Transactions: BEGIN / SAVEPOINT / COMMIT / ROLLBACK emitted by sqlcore itself, never behind
// the caller's back; the frames live with the raw connection (engine/transaction_state.hpp).
// SPDX-License-Identifier: MIT
#include <algorithm>

#include <fmt/format.h>

#include "engine/engine_state.hpp"
#include "sqlcore/connection.hpp"
#include "sqlcore/errors.hpp"

namespace sqlcore {

bool Connection::in_transaction() const noexcept {
  return core_ && detail::has_frames(*core_->raw);
}

bool Connection::in_nested_transaction() const noexcept {
  if (!core_) return false;
  const auto& frames = detail::tx_state(*core_->raw).frames;
  return std::any_of(frames.begin(), frames.end(), [](const auto& f) { return f.nested; });
}

Transaction Connection::begin() { return begin(core().engine->options.begin_mode); }

Transaction Connection::begin(BeginMode mode) {
  detail::ConnectionCore& c = core();
  c.check_usable();
  auto& state = detail::tx_state(*c.raw);
  // A listener registered while this connection was checked out: hook it now.
  detail::watch_changes_if_listening(*c.engine, *c.raw);
  if (!state.frames.empty())
    throw InvalidRequestError(
        "a transaction is already begun on this connection; use begin_nested() for a "
        "savepoint, or commit / roll back the open one first");
  if (c.engine->options.isolation_level != IsolationLevel::autocommit) {
    switch (mode) {
      case BeginMode::deferred:
        c.exec("BEGIN");
        break;
      case BeginMode::immediate:
        c.exec("BEGIN IMMEDIATE");
        break;
      case BeginMode::exclusive:
        c.exec("BEGIN EXCLUSIVE");
        break;
    }
    state.began = true;
    state.deferred = mode == BeginMode::deferred;
  }
  std::uint64_t id = state.next_tx_id++;
  state.frames.push_back({id, false, {}});
  Transaction tx(core_, id, false);  // owns the frame: rolls back if an event throws
  c.run_events(&detail::EngineState::begin_events);
  return tx;
}

Transaction Connection::begin_nested() {
  detail::ConnectionCore& c = core();
  c.check_usable();
  auto& state = detail::tx_state(*c.raw);
  if (state.frames.empty()) return begin();
  std::string name = fmt::format("sa_savepoint_{}", ++state.savepoint_seq);
  c.exec("SAVEPOINT " + name);
  if (state.changes) state.changes->savepoint_opened();
  std::uint64_t id = state.next_tx_id++;
  state.frames.push_back({id, true, std::move(name)});
  return Transaction(core_, id, true);
}

// ---- Transaction --------------------------------------------------------------------------------

Transaction::Transaction(Transaction&& other) noexcept
    : core_(std::move(other.core_)), id_(other.id_), nested_(other.nested_) {
  other.core_.reset();
}

Transaction& Transaction::operator=(Transaction&& other) noexcept {
  if (this != &other) {
    if (is_active()) {
      try {
        rollback();
      } catch (...) {
      }
    }
    core_ = std::move(other.core_);
    other.core_.reset();
    id_ = other.id_;
    nested_ = other.nested_;
  }
  return *this;
}

Transaction::~Transaction() {
  if (!is_active()) return;
  try {
    rollback();
  } catch (...) {
    // Never throw from a destructor. The connection rolls back again when it is closed.
  }
}

bool Transaction::is_active() const noexcept {
  auto core = core_.lock();
  if (!core || core->raw == nullptr) return false;
  const auto& frames = detail::tx_state(*core->raw).frames;
  return std::any_of(frames.begin(), frames.end(), [&](const auto& f) { return f.id == id_; });
}

void Transaction::commit() { end(true); }
void Transaction::rollback() { end(false); }

void Transaction::end(bool commit) {
  auto core = core_.lock();
  if (!core || core->raw == nullptr)
    throw InvalidRequestError("this transaction's connection is closed");
  auto& frames = detail::tx_state(*core->raw).frames;
  auto it = std::find_if(frames.begin(), frames.end(), [&](const auto& f) { return f.id == id_; });
  if (it == frames.end())
    throw InvalidRequestError(
        "this transaction is inactive: it was committed or rolled back, or ended with an "
        "enclosing transaction");
  RawConnection& raw = *core->raw;
  auto& state = detail::tx_state(raw);
  if (nested_) {
    const std::string name = it->savepoint;
    if (state.rolled_back_by_sqlite(raw)) {
      // SQLite rolled the whole transaction back: this savepoint ends with no SQL, the root
      // stays open (and refuses statements) until it is rolled back too.
      frames.erase(it, frames.end());
      if (commit)
        throw InvalidRequestError(
            "the transaction was rolled back by SQLite after an error; nothing was committed; "
            "roll back the enclosing transaction");
      return;
    }
    if (!raw.in_transaction()) {  // SQLite rolled everything back after an error
      state.clear();
      if (commit)
        throw InvalidRequestError(
            "the transaction was rolled back by SQLite after an error; nothing was committed");
      return;
    }
    auto depth = static_cast<std::size_t>(it - frames.begin());
    if (commit) {
      core->exec("RELEASE SAVEPOINT " + name);
      if (state.changes) {
        state.changes->savepoint_released(depth);
        // IsolationLevel::autocommit: the savepoint was the transaction, RELEASE committed it.
        if (!raw.in_transaction()) state.changes->deliver();
      }
    } else {
      core->exec("ROLLBACK TO SAVEPOINT " + name);
      // on_commit_changes: what the savepoint changed is undone, so never notified.
      if (state.changes) state.changes->savepoint_rolled_back(depth);
      core->exec("RELEASE SAVEPOINT " + name);
    }
    frames.erase(it, frames.end());  // inner savepoints end with this one
    return;
  }
  bool autocommit = core->engine->options.isolation_level == IsolationLevel::autocommit;
  if (!autocommit && (state.rolled_back_by_sqlite(raw) || !raw.in_transaction())) {
    std::string why = state.rolled_back_after ? " (" + *state.rolled_back_after + ")" : "";
    if (raw.in_transaction()) {  // a BEGIN run by hand since: not this transaction's work
      try {
        raw.exec("ROLLBACK");
      } catch (...) {
      }
    }
    state.clear();
    core->run_events(&detail::EngineState::rollback_events);
    if (commit)
      throw InvalidRequestError(
          "the transaction was rolled back by SQLite after an error (e.g. SQLITE_FULL or an "
          "interrupt)" +
          why + "; nothing was committed");
    return;
  }
  if (!autocommit) {
    try {
      core->exec(commit ? "COMMIT" : "ROLLBACK");
    } catch (...) {
      // The frame stays while SQLite keeps the transaction open (retry or roll back); when the
      // failure ended it (an I/O error at COMMIT), so does the frame. See docs/engine.md: a
      // COMMIT that failed at the WAL's fsync may be durable after all.
      if (commit && state.changes) state.changes->commit_failed();
      if (!raw.in_transaction()) {
        state.clear();
        try {
          core->run_events(&detail::EngineState::rollback_events);
        } catch (...) {
        }
      }
      throw;
    }
  }
  state.clear();
  // on_commit_changes: after COMMIT returned, on this thread (a ROLLBACK's rollback hook has
  // dropped everything already). With IsolationLevel::autocommit each statement delivered its
  // own.
  if (commit && state.changes) state.changes->deliver();
  core->run_events(commit ? &detail::EngineState::commit_events
                          : &detail::EngineState::rollback_events);
}

}  // namespace sqlcore
