// Change notifications after commit (Engine::on_commit_changes): what each connection's hooks
// collect during a transaction, and the engine's ordered delivery.
// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "driver/documents.hpp"
#include "sqlcore/engine.hpp"

namespace sqlcore::detail {

/// The engine's listeners and the order of delivery. Commit numbers are taken inside SQLite's
/// commit hook (under the database's write lock, so in commit order); a committing thread
/// delivers its own once every earlier number was delivered or given up (a commit that failed
/// after its hook).
struct CommitFeed {
  /// True once a listener is registered: until then no connection is hooked.
  std::atomic<bool> active{false};

  void add(CommitChangesListener fn);
  /// A new commit number (from the commit hook).
  std::uint64_t take_number();
  /// Number `n` will not be delivered (its commit failed or was superseded).
  void give_up(std::uint64_t n);
  /// Calls the listeners with `changes` once every earlier number is done; then marks its
  /// number done. Never throws (listener exceptions are dropped).
  void deliver(const CommittedChanges& changes) noexcept;

 private:
  void done_locked(std::uint64_t n);
  std::mutex mutex_;
  std::condition_variable turn_;
  std::vector<CommitChangesListener> listeners_;
  std::uint64_t next_number_ = 1;
  std::uint64_t next_delivery_ = 1;
  std::set<std::uint64_t> done_;  // numbers past next_delivery_ already done
  std::recursive_mutex calling_;  // one listener call at a time
};

/// One connection's hooks: the rows changed by the running statement, by the transaction and
/// by each open savepoint, until they are committed (delivered) or rolled back (dropped).
/// Lives in the connection's TxState; the hooks call it inside SQLite.
class ChangeCollector final : public ChangeSink {
 public:
  ChangeCollector(std::shared_ptr<CommitFeed> feed, bool* pending) noexcept
      : feed_(std::move(feed)), pending_(pending) {}

  // ChangeSink (inside SQLite).
  void row_changing(std::string_view schema, std::string_view table) noexcept override;
  void rowid_changed(std::string_view schema, std::string_view table,
                     std::int64_t rowid) noexcept override;
  void committing() noexcept override;
  void rolled_back() noexcept override;

  /// The running statement succeeded: its changes join the innermost open level.
  void statement_done() noexcept;
  /// The running statement failed: its changes are dropped (SQLite undid them); outside a
  /// transaction (`in_transaction` false) everything is.
  void statement_failed(bool in_transaction) noexcept;
  /// A savepoint was opened: a new level.
  void savepoint_opened() noexcept;
  /// The savepoint at frame index `depth` (1 = the first savepoint) was released / rolled
  /// back to: the levels from it on join the one below / are dropped.
  void savepoint_released(std::size_t depth) noexcept;
  void savepoint_rolled_back(std::size_t depth) noexcept;
  /// COMMIT failed and the transaction stays open: its commit number is given up.
  void commit_failed() noexcept;
  /// The transaction committed: delivers what it changed (nothing when it changed no row).
  void deliver() noexcept;

 private:
  struct Table {
    std::string name;
    std::uint64_t changing = 0;  // preupdate hook calls
    std::uint64_t rowid_calls = 0;
    std::vector<std::int64_t> rowids;
  };
  using Log = std::vector<Table>;
  static Table& entry(Log& log, std::string_view schema, std::string_view table);
  static void merge(Log& into, Log&& from);
  void clear() noexcept;

  std::shared_ptr<CommitFeed> feed_;
  bool* pending_;  // TxState::changes_pending
  Log statement_;
  std::vector<Log> levels_;  // [0]: the transaction; [i]: inside the i-th open savepoint
  std::optional<std::uint64_t> number_;
};

}  // namespace sqlcore::detail
