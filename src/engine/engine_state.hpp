// Private state behind Engine, Connection and Result.
// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <variant>
#include <vector>

#include "driver/driver.hpp"
#include "driver/raw_state.hpp"
#include "engine/commit_changes.hpp"
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
  /// on_execute listeners: replaced whole (under events_mutex) when one is added, so a
  /// statement takes the list with one shared_ptr copy. `tracing` turns true with the first:
  /// until then a statement only loads this flag (no allocation, no lock).
  std::shared_ptr<const std::vector<ExecuteListener>> execute_listeners;
  std::atomic<bool> tracing{false};
  /// Engine::on_commit_changes: its listeners and their ordered delivery.
  std::shared_ptr<CommitFeed> commit_feed = std::make_shared<CommitFeed>();

  std::unique_ptr<Pool> pool;
  std::unique_ptr<CompiledCache> compiled_cache;

  /// Engine::create_function / create_aggregate / create_collation, in the order registered
  /// (append-only, guarded by functions_mutex); `functions_count` is its size, read without
  /// the lock at each checkout.
  using FunctionRegistration =
      std::variant<std::shared_ptr<const FunctionDef>, std::shared_ptr<const CollationDef>>;
  mutable std::mutex functions_mutex;
  std::vector<FunctionRegistration> functions;
  std::atomic<std::size_t> functions_count{0};
  /// Registers what `raw` lacks of `functions` (all of them on a new connection).
  void apply_functions(RawConnection& raw);

  /// Opens a raw connection and runs, in order: busy_timeout, a header read (so a file that
  /// is not a database fails here, at connect), PRAGMA foreign_keys, read_uncommitted, the
  /// REGEXP functions and the engine's SQL functions, then the on_connect events.
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

/// Hooks `raw` for on_commit_changes when the engine has a listener and it is not yet hooked.
/// Throws NotSupportedError for a driver without change hooks.
void watch_changes_if_listening(EngineState& engine, RawConnection& raw);
/// After a statement that changed rows or committed (TxState::changes_pending): its changes
/// join the transaction's, or, outside a transaction, are delivered.
void settle_changes(RawConnection& raw, TxState& tx) noexcept;
/// The TxState of `raw` when its statement left changes to settle, else nullptr.
inline TxState* pending_changes(RawConnection* raw) noexcept {
  auto* tx = raw != nullptr ? static_cast<TxState*>(raw->attachment()) : nullptr;
  return tx != nullptr && tx->changes_pending ? tx : nullptr;
}

/// What an on_execute event needs, gathered while a statement runs (only while tracing).
struct Trace {
  std::vector<Value> params;
  std::chrono::nanoseconds elapsed{0};
  std::int64_t rows = 0;
  std::size_t parameter_sets = 1;
  std::optional<std::string> error;
};

/// SQL whose text or parameters may hold a SQLCipher key (PRAGMA [schema.]key / rekey /
/// hexkey / hexrekey / textkey / textrekey, ATTACH ... KEY): never traced nor echoed.
bool is_secret_statement(std::string_view sql) noexcept;
/// True for SQL whose first keyword is INSERT, UPDATE, DELETE, REPLACE or WITH: statements
/// whose sqlite3_changes count is their own (for others it is the last such statement's).
bool changes_rows(std::string_view sql) noexcept;
/// The message of the exception being handled (call inside a catch block).
std::string current_error_message();
/// The engine's echo listener, writing to `out` (stderr when null).
ExecuteListener echo_listener(std::ostream* out);
/// The one line echo writes for `e` (without the newline).
std::string echo_line(const ExecuteEvent& e);

/// The part of a Connection that Transactions and Results point to; its address is stable.
struct ConnectionCore {
  std::shared_ptr<EngineState> engine;
  RawConnection* raw = nullptr;
  Connection* owner = nullptr;  // for events; updated when the Connection moves
  bool readonly = false;
  bool toggles_query_only = false;  // readonly through PRAGMA query_only, reset at close
  std::thread::id thread;
  std::vector<Cursor*> cursors;  // open Results, closed with the connection
  /// EngineOptions::statement_timeout; 0: none (steps arm no deadline).
  std::chrono::nanoseconds time_limit{0};
  /// Connection::interrupt() from other threads: `interrupt_target` is the raw connection
  /// while this Connection holds it, nullptr from the start of close() on; both guarded by
  /// interrupt_mutex, which close() takes before it gives the raw connection back.
  std::mutex interrupt_mutex;
  RawConnection* interrupt_target = nullptr;

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
  /// A Result's cursor over the cached statement for `sql` (prepared on a miss), its result
  /// columns typed by `column_types` (a compiled statement's; see Cursor::Cursor).
  std::unique_ptr<Cursor> open_cursor(std::string_view sql,
                                      const std::vector<Type>* column_types = nullptr);
  /// A Trace to fill for a statement of `sql` when on_execute listeners exist (and `sql` is
  /// no key statement), else nullptr: the whole cost of tracing when none is registered.
  std::unique_ptr<Trace> start_trace(std::string_view sql) const {
    if (!engine->tracing.load(std::memory_order_acquire)) return nullptr;
    return trace_slow(sql);
  }
  std::unique_ptr<Trace> trace_slow(std::string_view sql) const;
  /// In the catch block of a failed prepare of `sql`: its on_execute event, with the error.
  void prepare_failed(std::string_view sql) const;
  /// Calls the on_execute listeners (their exceptions dropped).
  void emit(std::string_view sql, Trace&& trace) const noexcept;
  /// RawConnection::exec of one library statement (BEGIN, COMMIT, SAVEPOINT ...), traced.
  void exec(const std::string& sql);
};

/// Arms the statement deadline for one step (when the engine has a statement_timeout) and
/// disarms it after, thrown or not.
class StepDeadline {
 public:
  explicit StepDeadline(const ConnectionCore& c) noexcept
      : state_(c.time_limit.count() != 0 && c.raw != nullptr ? &c.raw->state() : nullptr) {
    if (state_ != nullptr) state_->arm(c.time_limit);
  }
  ~StepDeadline() {
    if (state_ != nullptr) state_->disarm();
  }
  StepDeadline(const StepDeadline&) = delete;
  StepDeadline& operator=(const StepDeadline&) = delete;

 private:
  RawState* state_;
};

/// A statement's result columns as a cursor reads them: the names Result::keys() gives and,
/// for a compiled statement, the type of each column. Immutable once made, and shared: the
/// cached Statement keeps the last one (Statement::columns_memo), so executing the same
/// statement again with the same column types reuses it instead of building it per call.
struct ColumnSet {
  ColumnSet() = default;
  /// The names of `names` (cut to the column unless `raw_names`), typed by `column_types`
  /// (by position; a null type or none leaves a column untyped).
  ColumnSet(const std::vector<std::string>& names, bool raw_names,
            const std::vector<Type>* column_types);
  /// True when made from these names and exactly these column types (the same TypeImpls).
  bool fits(const std::vector<std::string>& names, bool raw_names,
            const std::vector<Type>* column_types) const noexcept;
  /// Sets the type of column i (a user type is split into its implementation type and its
  /// result conversion).
  void set_type(std::size_t i, const Type& type);
  /// Column i reads as `t` (kept alive by type_refs).
  void use_type(std::size_t i, const TypeImpl& t);

  std::vector<std::string> keys;
  std::vector<const TypeImpl*> types;  // empty: no column has a type
  /// The user type's result conversion per column (user_type<T> with TypeProcessors::result);
  /// empty: none. `types` then holds the implementation type, which reads the stored value.
  std::vector<const std::function<Value(const Value&)>*> results;
  /// Keeps the TypeImpls alive: every column type it was made from, then any set_type's.
  std::vector<Type> type_refs;
  /// How many of type_refs are the column types it was made from (what fits() compares).
  std::size_t given = 0;
  bool raw_names = false;
};

/// A statement being stepped, behind a Result.
struct Cursor {
  /// `column_types` (a compiled statement's, by position) types the result columns; it must
  /// stay valid until the first step (for a driver that learns its columns then), which the
  /// execute functions do inside their own call.
  Cursor(ConnectionCore* core, Statement* st, bool raw_colnames,
         const std::vector<Type>* column_types = nullptr);
  ~Cursor();
  Cursor(const Cursor&) = delete;
  Cursor& operator=(const Cursor&) = delete;

  /// sqlite3_step: true on a row; false at the end (then the statement goes back to the
  /// cache). Throws the DBAPIError for SQLite's code.
  bool step();
  /// Resets and gives the statement back; unregisters from the connection. Idempotent.
  void finish() noexcept;
  /// The result column names.
  const std::vector<std::string>& keys() const noexcept { return cols->keys; }
  /// The column type for column i, or nullptr.
  const TypeImpl* type_of(int i) const noexcept {
    return cols->types.empty() ? nullptr : cols->types[static_cast<std::size_t>(i)];
  }
  const std::function<Value(const Value&)>* result_of(int i) const noexcept {
    return cols->results.empty() ? nullptr : cols->results[static_cast<std::size_t>(i)];
  }
  /// True when a column has a user type's result conversion.
  bool converts() const noexcept { return !cols->results.empty(); }
  /// Sets the type of column i on this cursor's own copy of its columns (never on the
  /// statement's shared set).
  void set_type(int i, const Type& type);
  /// Throws InvalidRequestError unless positioned on a row.
  void check_row() const;
  /// Runs `assign` (set_type calls by column) now, or, for a driver that reports its result
  /// columns only once the statement runs (a wire protocol: dqlite's rows carry the names),
  /// right after the first step. `assign` must stay valid until that first step, which the
  /// execute functions do inside their own call.
  void type_columns(std::function<void(Cursor&)> assign);
  /// Starts the on_execute trace when the engine traces, keeping the statement's text for the
  /// event (which fires after the statement went back to the cache); true when it did.
  bool start_trace();

  ConnectionCore* core;
  Statement* st;    // null once finished
  std::string sql;  // the statement's text, kept only while tracing (start_trace)
  /// The names and types of the result columns; never null. Shared with the statement's
  /// memo unless set_type made this cursor a copy of its own (own_cols).
  std::shared_ptr<const ColumnSet> cols;
  std::shared_ptr<ColumnSet> own_cols;
  int columns = 0;
  /// The driver names its columns at the first step (Statement without `native`).
  bool late_columns = false;
  bool raw_names = false;
  /// With late_columns: the column types given to the constructor, applied at the first step.
  const std::vector<Type>* pending_column_types = nullptr;
  std::function<void(Cursor&)> pending_types;
  bool has_row = false;
  std::int64_t rowcount = -1;
  std::int64_t lastrowid = 0;
  /// Set while tracing: the event fires from finish() (the statement done, failed or closed).
  std::unique_ptr<Trace> trace;
};

}  // namespace sqlcore::detail
