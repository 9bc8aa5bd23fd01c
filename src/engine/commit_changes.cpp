// Engine::on_commit_changes: rows changed are collected per connection by SQLite's preupdate
// and update hooks, dropped on rollback (the rollback hook) and on ROLLBACK TO (the engine's
// savepoint frames), and delivered after COMMIT returns, in commit order, never inside SQLite
// (GRDB's ValueObservation is the model: https://github.com/groue/GRDB.swift).
// SPDX-License-Identifier: MIT
#include "engine/commit_changes.hpp"

#include <algorithm>
#include <chrono>

#include <fmt/format.h>

#include "engine/engine_state.hpp"
#include "sqlcore/documents.hpp"
#include "sqlcore/errors.hpp"

namespace sqlcore {

namespace detail {

namespace {

/// More rowids than this per table and transaction: rowids() answers nullopt.
constexpr std::size_t kMaxRowids = 65536;
/// How long a committing thread waits for an earlier commit's delivery before going ahead
/// (a commit whose thread died between COMMIT and delivery must not stall the others).
constexpr std::chrono::seconds kTurnTimeout{2};

/// Listener calls in progress on this thread: a commit made from inside a listener is
/// delivered at once (nested), not after waiting for the outer one, which waits for it.
thread_local int delivering = 0;

}  // namespace

// ---- CommitFeed ---------------------------------------------------------------------------------

void CommitFeed::add(CommitChangesListener fn) {
  std::lock_guard lock(mutex_);
  listeners_.push_back(std::move(fn));
  active.store(true, std::memory_order_release);
}

std::uint64_t CommitFeed::take_number() {
  std::lock_guard lock(mutex_);
  return next_number_++;
}

void CommitFeed::done_locked(std::uint64_t n) {
  if (n < next_delivery_) return;
  done_.insert(n);
  while (!done_.empty() && *done_.begin() == next_delivery_) {
    done_.erase(done_.begin());
    ++next_delivery_;
  }
}

void CommitFeed::give_up(std::uint64_t n) {
  {
    std::lock_guard lock(mutex_);
    done_locked(n);
  }
  turn_.notify_all();
}

void CommitFeed::deliver(const CommittedChanges& changes) noexcept {
  std::uint64_t n = changes.sequence();
  std::vector<CommitChangesListener> listeners;
  {
    std::unique_lock lock(mutex_);
    if (delivering == 0 &&
        !turn_.wait_for(lock, kTurnTimeout, [&] { return next_delivery_ >= n; })) {
      // An earlier commit never reported: give it up rather than stall every later one.
      for (std::uint64_t k = next_delivery_; k < n; ++k) done_locked(k);
    }
    listeners = listeners_;
  }
  {
    std::lock_guard calling(calling_);
    ++delivering;
    for (const auto& fn : listeners) {
      try {
        fn(changes);
      } catch (...) {
        // Dropped (documented): the commit stands and the other listeners still run.
      }
    }
    --delivering;
  }
  give_up(n);  // done: the next number's turn
}

// ---- ChangeCollector ----------------------------------------------------------------------------

ChangeCollector::Table& ChangeCollector::entry(Log& log, std::string_view schema,
                                               std::string_view table) {
  bool main = schema == "main";
  for (Table& t : log) {
    std::string_view name = t.name;
    if (main ? name == table
             : (name.size() == schema.size() + 1 + table.size() && name.starts_with(schema) &&
                name[schema.size()] == '.' && name.ends_with(table)))
      return t;
  }
  Table t;
  t.name = main ? std::string(table) : std::string(schema) + "." + std::string(table);
  log.push_back(std::move(t));
  return log.back();
}

void ChangeCollector::merge(Log& into, Log&& from) {
  for (Table& t : from) {
    Table* found = nullptr;
    for (Table& u : into)
      if (u.name == t.name) found = &u;
    if (found == nullptr) {
      into.push_back(std::move(t));
      continue;
    }
    found->changing += t.changing;
    found->rowid_calls += t.rowid_calls;
    if (found->rowids.size() + t.rowids.size() <= kMaxRowids)
      found->rowids.insert(found->rowids.end(), t.rowids.begin(), t.rowids.end());
  }
}

void ChangeCollector::row_changing(std::string_view schema, std::string_view table) noexcept {
  if (table.starts_with("sqlite_")) return;  // SQLite's own tables
  try {
    ++entry(statement_, schema, table).changing;
    *pending_ = true;
  } catch (...) {
    // Out of memory inside SQLite's callback: nothing to do but carry on.
  }
}

void ChangeCollector::rowid_changed(std::string_view schema, std::string_view table,
                                    std::int64_t rowid) noexcept {
  if (table.starts_with("sqlite_")) return;
  try {
    Table& t = entry(statement_, schema, table);
    ++t.rowid_calls;
    if (t.rowids.size() < kMaxRowids) t.rowids.push_back(rowid);
    *pending_ = true;
  } catch (...) {
  }
}

void ChangeCollector::committing() noexcept {
  bool changed = !statement_.empty() || std::any_of(levels_.begin(), levels_.end(),
                                                    [](const Log& l) { return !l.empty(); });
  if (!changed) return;
  try {
    if (number_) feed_->give_up(*number_);  // an earlier COMMIT of this transaction failed
    number_ = feed_->take_number();
  } catch (...) {
  }
  *pending_ = true;
}

void ChangeCollector::rolled_back() noexcept { clear(); }

void ChangeCollector::clear() noexcept {
  if (number_) feed_->give_up(*number_);
  number_.reset();
  statement_.clear();
  levels_.clear();
  *pending_ = false;
}

void ChangeCollector::statement_done() noexcept {
  if (!statement_.empty()) {
    try {
      if (levels_.empty()) levels_.emplace_back();
      merge(levels_.back(), std::move(statement_));
    } catch (...) {
    }
    statement_.clear();
  }
  *pending_ = false;
}

void ChangeCollector::statement_failed(bool in_transaction) noexcept {
  statement_.clear();
  commit_failed();  // a statement that failed committed nothing
  if (!in_transaction) {
    clear();  // an autocommitted statement that failed: SQLite rolled it all back
    return;
  }
  *pending_ = false;
}

void ChangeCollector::savepoint_opened() noexcept {
  try {
    if (levels_.empty()) levels_.emplace_back();
    levels_.emplace_back();
  } catch (...) {
  }
}

void ChangeCollector::savepoint_released(std::size_t depth) noexcept {
  statement_done();
  if (depth == 0 || depth >= levels_.size()) return;
  try {
    while (levels_.size() > depth) {
      Log top = std::move(levels_.back());
      levels_.pop_back();
      merge(levels_.back(), std::move(top));
    }
  } catch (...) {
  }
}

void ChangeCollector::savepoint_rolled_back(std::size_t depth) noexcept {
  statement_.clear();
  *pending_ = false;
  if (depth == 0 || depth >= levels_.size()) return;
  levels_.resize(depth);
}

void ChangeCollector::commit_failed() noexcept {
  if (number_) feed_->give_up(*number_);
  number_.reset();
}

void ChangeCollector::deliver() noexcept {
  statement_done();
  if (levels_.empty() && !number_) return;
  Log all;
  try {
    for (Log& l : levels_) merge(all, std::move(l));
  } catch (...) {
  }
  levels_.clear();
  std::optional<std::uint64_t> n = number_;
  number_.reset();
  if (all.empty()) {
    if (n) feed_->give_up(*n);
    return;
  }
  try {
    // No commit hook call (a commit SQLite made outside its hook's sight): a number now.
    std::uint64_t number = n ? *n : feed_->take_number();
    std::vector<std::string> tables;
    std::vector<std::optional<std::vector<std::int64_t>>> rowids;
    for (Table& t : all) {
      tables.push_back(std::move(t.name));
      // Exact only when every preupdate call had its update hook call (not WITHOUT ROWID,
      // no REPLACE deletes) and none was dropped.
      if (t.rowid_calls == t.changing && t.rowids.size() == t.rowid_calls)
        rowids.emplace_back(std::move(t.rowids));
      else
        rowids.emplace_back(std::nullopt);
    }
    feed_->deliver(CommittedChanges(number, std::move(tables), std::move(rowids)));
  } catch (...) {
    if (n) feed_->give_up(*n);
  }
}

// ---- the engine's side --------------------------------------------------------------------------

void watch_changes_if_listening(EngineState& engine, RawConnection& raw) {
  if (!engine.commit_feed->active.load(std::memory_order_acquire)) return;
  TxState& tx = tx_state(raw);
  if (tx.changes) return;
  DocumentSupport* docs = raw.documents();
  if (docs == nullptr)
    throw_not_supported(fmt::format("commit notifications (the {} driver has no change hooks)",
                                    raw.driver().name()));
  auto collector = std::make_shared<ChangeCollector>(engine.commit_feed, &tx.changes_pending);
  docs->watch_changes(collector.get());
  tx.changes = std::move(collector);
}

void settle_changes(RawConnection& raw, TxState& tx) noexcept {
  if (!tx.changes) {
    tx.changes_pending = false;
    return;
  }
  if (raw.in_transaction())
    tx.changes->statement_done();
  else
    tx.changes->deliver();
}

}  // namespace detail

// ---- CommittedChanges, Engine::on_commit_changes ------------------------------------------------

CommittedChanges::CommittedChanges(std::uint64_t sequence, std::vector<std::string> tables,
                                   std::vector<std::optional<std::vector<std::int64_t>>> rowids)
    : sequence_(sequence), tables_(std::move(tables)), rowids_(std::move(rowids)) {
  rowids_.resize(tables_.size());
}

bool CommittedChanges::contains(std::string_view table) const noexcept {
  return std::find(tables_.begin(), tables_.end(), table) != tables_.end();
}

std::optional<std::vector<std::int64_t>> CommittedChanges::rowids(std::string_view table) const {
  auto it = std::find(tables_.begin(), tables_.end(), table);
  if (it == tables_.end()) return std::nullopt;
  return rowids_[static_cast<std::size_t>(it - tables_.begin())];
}

void Engine::on_commit_changes(CommitChangesListener fn) {
  if (!fn) throw ArgumentError("on_commit_changes: the listener is empty");
  if (!state_->driver->capabilities().change_hooks)
    detail::throw_not_supported(
        "commit notifications (SQLite's preupdate hook, SQLITE_ENABLE_PREUPDATE_HOOK)");
  state_->commit_feed->add(std::move(fn));
}

}  // namespace sqlcore
