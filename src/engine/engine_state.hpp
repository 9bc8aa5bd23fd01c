// Private state behind Engine, Connection and Result.
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "driver/driver.hpp"
#include "driver/raw_state.hpp"
#include "engine/compiled_cache.hpp"
#include "engine/transaction_state.hpp"
#include "sqlcore/engine.hpp"
#include "types/type_impl.hpp"

namespace sqlcore::detail {

struct EngineState {
  URL url;
  EngineOptions options;
  mutable std::mutex open_mutex;  // guards `open`, which save_as(switch_to_copy) changes
  OpenParams open;
  const Driver* driver = nullptr;  // from the URL's driver name
  int busy_timeout_ms = 5000;
  bool check_same_thread = false;
  std::size_t statement_cache_size = 64;

  mutable std::mutex events_mutex;
  std::vector<ConnectEvent> connect_events;
  std::vector<TransactionEvent> begin_events;
  std::vector<TransactionEvent> commit_events;
  std::vector<TransactionEvent> rollback_events;
  std::vector<PoolEvent> checkout_events;
  std::vector<PoolEvent> checkin_events;

  std::unique_ptr<Pool> pool;
  std::unique_ptr<CompiledCache> compiled_cache;

  /// Opens a raw connection and runs, in order: busy_timeout, a header read (so a file that
  /// is not a database fails here, at connect), PRAGMA foreign_keys, read_uncommitted, then
  /// the on_connect events.
  std::unique_ptr<RawConnection> create_connection();
  OpenParams open_params() const {
    std::lock_guard lock(open_mutex);
    return open;
  }
  /// A snapshot of one event list (events may be registered from another thread).
  template <class Fn>
  std::vector<Fn> events(const std::vector<Fn>& list) const {
    std::lock_guard lock(events_mutex);
    return list;
  }
  /// Lends a raw connection (a reader with `reader`) and runs the checkout events; gives it
  /// back if an event throws.
  RawConnection& checkout(bool reader);
  /// Runs the checkin events (never throwing) and gives the connection back.
  void checkin(RawConnection& raw) noexcept;
};

struct Cursor;

/// The part of a Connection that Transactions and Results point to; its address is stable.
struct ConnectionCore {
  std::shared_ptr<EngineState> engine;
  RawConnection* raw = nullptr;
  Connection* owner = nullptr;  // for events; updated when the Connection moves
  bool readonly = false;
  bool toggles_query_only = false;  // readonly through PRAGMA query_only, reset at close
  std::thread::id thread;
  std::vector<Cursor*> cursors;  // open Results, closed with the connection

  /// Throws InvalidRequestError when closed or when SQLite rolled the open transaction back
  /// by itself (until the Transaction is rolled back), ProgrammingError on a foreign thread
  /// with check_same_thread.
  void check_usable() const;
  /// Called in the catch block of a failed statement, which rethrows afterwards. Marks the
  /// transaction rolled back when SQLite ended it (sqlite3_get_autocommit, through
  /// RawConnection::in_transaction), and rethrows SQLITE_BUSY in a transaction that may have
  /// read first (SQLite's deadlock avoidance) with the message naming the remedies.
  void statement_failed();
  void run_events(const std::vector<TransactionEvent> EngineState::*list);
  /// A Result's cursor over the cached statement for `sql` (prepared on a miss).
  std::unique_ptr<Cursor> open_cursor(std::string_view sql);
};

/// A statement being stepped, behind a Result.
struct Cursor {
  Cursor(ConnectionCore* core, Statement* st, bool raw_colnames);
  ~Cursor();
  Cursor(const Cursor&) = delete;
  Cursor& operator=(const Cursor&) = delete;

  /// sqlite3_step: true on a row; false at the end (then the statement goes back to the
  /// cache). Throws the DBAPIError for SQLite's code.
  bool step();
  /// Resets and gives the statement back; unregisters from the connection. Idempotent.
  void finish() noexcept;
  /// The column type for column i, or nullptr.
  const TypeImpl* type_of(int i) const noexcept {
    return types.empty() ? nullptr : types[static_cast<std::size_t>(i)];
  }
  const std::function<Value(const Value&)>* result_of(int i) const noexcept {
    return results.empty() ? nullptr : results[static_cast<std::size_t>(i)];
  }
  /// Sets the type of column i (a user type is split into its implementation type and its
  /// result conversion).
  void set_type(int i, const Type& type);
  /// Throws InvalidRequestError unless positioned on a row.
  void check_row() const;

  ConnectionCore* core;
  Statement* st;  // null once finished
  std::string sql;
  std::vector<std::string> keys;
  std::vector<const TypeImpl*> types;  // empty: no column has a type
  /// The user type's result conversion per column (user_type<T> with TypeProcessors::result);
  /// empty: none. `types` then holds the implementation type, which reads the stored value.
  std::vector<const std::function<Value(const Value&)>*> results;
  std::vector<Type> type_refs;  // keeps the TypeImpls alive
  int columns = 0;
  bool has_row = false;
  std::int64_t rowcount = -1;
  std::int64_t lastrowid = 0;
};

}  // namespace sqlcore::detail
