// Engine: a database URL, options, a pool and events; the source of Connections.
// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "sqlcore/backup.hpp"
#include "sqlcore/connection.hpp"
#include "sqlcore/dialect.hpp"
#include "sqlcore/export.hpp"
#include "sqlcore/functions.hpp"
#include "sqlcore/pool.hpp"
#include "sqlcore/url.hpp"

namespace sqlcore {

/// Engine settings. An aggregate for designated initializers; the order of the members is
/// part of the API (new ones are added at the end).
struct EngineOptions {
  /// The mode of BEGIN for Connection::begin().
  BeginMode begin_mode = BeginMode::deferred;
  IsolationLevel isolation_level = IsolationLevel::serializable;
  /// PRAGMA foreign_keys=ON on every new connection. sqlcore's default is true; SQLite's
  /// and SQLAlchemy's default is off (SQLAlchemy needs a connect event for it).
  bool foreign_keys = true;
  /// sqlite3_busy_timeout on every new connection; a URL `timeout=` (seconds) overrides it.
  std::chrono::milliseconds busy_timeout{5000};
  PoolKind pool = PoolKind::automatic;
  int pool_size = 5;
  int max_overflow = 10;
  std::chrono::milliseconds pool_timeout{30000};
  /// Connections older than this are closed and reopened at checkout; -1 disables.
  std::chrono::seconds pool_recycle{-1};
  bool pool_pre_ping = false;
  /// Prepared statements kept per connection (LRU); 0 disables the cache.
  std::size_t statement_cache_size = 64;
  /// Compiled statement shapes kept per engine (LRU, SQLAlchemy's compiled_cache, whose
  /// default size this is); 0 compiles every statement each time it runs.
  std::size_t compiled_cache_size = 500;
  /// Result column names exactly as SQLite reports them. When false (the default), a
  /// name of the form "table.column" that SQLite reports for some compound queries is cut
  /// to "column", as SQLAlchemy's sqlite dialect does (its `sqlite_raw_colnames` option).
  bool raw_colnames = false;
  /// A pool given as an object: when set, the engine uses the pool it makes instead of `pool`.
  PoolFactory pool_factory{};
  /// SQLAlchemy's echo=True: one line per statement (the SQL, then its parameters, the time
  /// it took and its rows) on stderr, or on `echo_stream` when set. Long values are cut;
  /// SQLCipher key statements never appear (docs/operations.md).
  bool echo = false;
  /// Where echo writes instead of stderr; must outlive the engine. Lines are written whole,
  /// one thread at a time.
  std::ostream* echo_stream = nullptr;
  /// The longest one call into SQLite (one step of a statement: for a statement that returns
  /// no rows, the whole statement) may run; 0 (the default) means no limit. Past it the
  /// statement fails with OperationalError saying it timed out. Enforced by a progress
  /// handler installed on every new connection (an on_connect event that installs its own
  /// replaces it).
  std::chrono::milliseconds statement_timeout{0};
  /// The REGEXP operator on every new connection: regexp(pattern, value) and
  /// regexp_replace(value, pattern, replacement) through RE2 (docs/functions.md). When false,
  /// `x REGEXP y` fails with "no such function: REGEXP" unless an on_connect event or
  /// create_function provides one.
  bool regexp = true;
};

/// What Engine::on_execute listeners receive after each statement. The views point into the
/// library's buffers: valid during the call only (copy what you keep).
struct ExecuteEvent {
  /// The SQL as sent to SQLite (for an executemany of a plain INSERT, the one-row statement
  /// whose VALUES the multi-row pages repeat).
  std::string_view sql;
  /// The bound values, in bind order, as sent (after type conversion). For an executemany,
  /// every parameter set's values, one set after another (parameter_sets of them).
  std::span<const Value> params;
  /// Time spent inside SQLite running the statement (its steps; a whole executemany batch).
  std::chrono::nanoseconds elapsed{0};
  /// Rows returned (a SELECT, or RETURNING: the rows stepped before it finished) or changed
  /// (INSERT / UPDATE / DELETE; an executemany's total). 0 for other statements.
  std::int64_t rows = 0;
  /// The failure's message, for a failed statement.
  std::optional<std::string> error;
  /// 1, or the number of parameter sets of an executemany.
  std::size_t parameter_sets = 1;
};
/// A statement listener (Engine::on_execute).
using ExecuteListener = std::function<void(const ExecuteEvent&)>;

/// Counters of an engine's compiled cache (see Engine::compiled_cache_stats()).
struct CompiledCacheStats {
  /// Statements executed whose shape was cached: not compiled.
  std::uint64_t hits = 0;
  /// Statements executed whose shape was not cached: compiled (then cached).
  std::uint64_t misses = 0;
  /// Statements compiled that could not be cached (none are expected).
  std::uint64_t uncacheable = 0;
  /// Shapes held now, and at most.
  std::size_t size = 0;
  std::size_t capacity = 0;
};

/// Called once per new raw connection, after sqlcore's own PRAGMAs; also the type of the
/// checkout and checkin events.
using ConnectEvent = std::function<void(RawConnection&)>;
using PoolEvent = std::function<void(RawConnection&)>;
/// Called after BEGIN, COMMIT or ROLLBACK was emitted on a connection (root transactions).
using TransactionEvent = std::function<void(Connection&)>;
class CommittedChanges;  // <sqlcore/documents.hpp>
/// A commit listener (Engine::on_commit_changes).
using CommitChangesListener = std::function<void(const CommittedChanges&)>;

/// The starting point: a URL, options, a pool of connections and events. Cheap to copy
/// (copies share one engine). Thread-safe: any thread may connect().
///
///     sc::Engine engine = sc::create_engine("sqlite:///app.db");
///     sc::Connection conn = engine.connect();
class SQLCORE_EXPORT Engine {
 public:
  /// A connection from the pool (the writer, with PoolKind::wal). Throws TimeoutError when
  /// the pool stays exhausted past pool_timeout.
  Connection connect();
  /// A read-only connection: with PoolKind::wal one of the readers (never waiting for the
  /// writer); with other pools a normal checkout with PRAGMA query_only=ON for as long as it
  /// is held.
  Connection connect_readonly();
  /// The pool.
  Pool& pool() const noexcept;
  /// Closes every idle pooled connection; connections checked out close when returned.
  void dispose() noexcept;
  const URL& url() const noexcept;
  const EngineOptions& options() const noexcept;
  const Dialect& dialect() const noexcept;

  /// Saves the whole database to the file `path` ("Save-As"): the copy is written to a
  /// temporary file beside the target and renamed into place only when complete, so a crash
  /// or an error never leaves a half-written file, and the old file stays intact until then.
  /// Works from `:memory:` and from files, while other connections keep writing (see
  /// backup()). Returns false when the progress callback cancelled (nothing changed). Throws
  /// OperationalError naming the file and the cause (missing directory, a directory as the
  /// target, a read-only target), the DBAPIError for SQLite's code otherwise.
  bool save_as(std::string_view path, const SaveAsOptions& options = {});
  /// The database this engine opens: its file name, or ":memory:".
  std::string database() const;

  /// SQLCipher (a sqlite+pysqlcipher URL, the sqlcore_sqlcipher build): re-encrypts the
  /// database with `new_passphrase` (sqlite3_rekey) and keys every connection opened from then
  /// on with it. Idle pooled connections are closed first; do not hold other connections of
  /// this engine meanwhile (theirs would still hold the old key). Throws NotSupportedError in
  /// the plain build, ArgumentError for an engine without a key (encrypt a plaintext database
  /// with sqlcipher_export()) or an empty passphrase (decrypt with sqlcipher_export(..., "")).
  /// The passphrase never appears in a message.
  void rekey(std::string_view new_passphrase);

  /// The compiled cache's counters. Every select / insert / update / delete executed through
  /// this engine's connections is looked up by its shape: the same statement with other
  /// values (`t.c("id") == 1`, then `== 2`) compiles once. Thread-safe.
  CompiledCacheStats compiled_cache_stats() const;

  /// Registers an event; events of one kind run in the order registered. Register them
  /// before connecting: on_connect runs for raw connections opened after it is registered.
  void on_connect(ConnectEvent fn);
  void on_begin(TransactionEvent fn);
  void on_commit(TransactionEvent fn);
  void on_rollback(TransactionEvent fn);
  /// Pool events: after a raw connection is lent (before connect() returns) and before it
  /// goes back to the pool.
  void on_checkout(PoolEvent fn);
  void on_checkin(PoolEvent fn);
  /// After each statement a Connection of this engine runs, failed ones included (with
  /// ExecuteEvent::error): text(), expression statements, exec_driver_sql, the DDL of
  /// create_all / drop_all, BEGIN / COMMIT / ROLLBACK / SAVEPOINT, and one event per
  /// executemany batch. A statement that returns rows reports when it finishes: exhausted,
  /// closed, or its Connection closed. Runs on the thread that ran the statement; an exception
  /// a listener throws is dropped. Nothing is recorded or allocated while none is registered.
  /// Thread-safe; applies to statements that start after it returns.
  void on_execute(ExecuteListener fn);

  /// After every committed transaction of this engine's connections that changed rows (an
  /// autocommitted statement counts as one): the tables it changed (CommittedChanges, in
  /// <sqlcore/documents.hpp>). Never for work rolled back, a savepoint rolled back included.
  /// Runs after COMMIT returned, on the thread that committed, never inside SQLite; one
  /// listener call at a time, in commit order (sequence()). A listener may use the database
  /// (a commit it makes is delivered after it returns). An exception a listener throws is
  /// dropped: the other listeners still run and the commit stands. Connections are watched
  /// from their next checkout or begin() after the first registration; until one is
  /// registered nothing is hooked. Thread-safe. Throws NotSupportedError when the library has
  /// no preupdate hook (SQLITE_ENABLE_PREUPDATE_HOOK). See docs/documents.md.
  void on_commit_changes(CommitChangesListener fn);
  /// A C++ callable as the SQL function `name`, on every connection of this engine: the ones
  /// opened later and, at their next checkout, the idle pooled ones (a Connection held now
  /// sees it after it is closed and connect() is called again). The arity and the argument
  /// conversions come from the signature (a lambda with one non-template operator(), a
  /// function pointer, std::function): parameters and results may be integers, double, bool,
  /// std::string, std::string_view (a view valid during the call), sc::Blob, sc::Value, and
  /// std::optional of one (NULL); a void result is NULL. A NULL given to a non-optional
  /// parameter, an argument of the wrong kind (text to an integer) and an exception the
  /// callable throws fail the statement with OperationalError "name(): message"; a wrong
  /// argument count is SQLite's error. Registering a name and arity again replaces it.
  /// The callable may run on many connections at once, on many threads: it must be
  /// thread-safe. Throws ArgumentError for an empty or over-long name, NotSupportedError for
  /// options this SQLite lacks (direct_only / innocuous need 3.31) or a driver without
  /// functions. Thread-safe.
  ///
  ///     engine.create_function("addi", [](std::int64_t a, std::int64_t b) { return a + b; });
  template <class F>
  void create_function(std::string name, F&& fn, FunctionOptions options = {}) {
    add_function(detail::make_scalar(std::move(name), std::forward<F>(fn), options));
  }
  /// An aggregate: T is default-constructible with `step(args...)` (parameters as for
  /// create_function) and `finish()` (its result). One T per group, constructed at the group's
  /// first row (or for finish() of an empty group) in SQLite's aggregate memory and always
  /// destroyed, also when the statement fails or is reset. With `inverse(args...)` (the same
  /// parameters as step) and `value()` too, T is a window aggregate usable with OVER
  /// (sqlite3_create_window_function: SQLite 3.25+, NotSupportedError before). Registered
  /// as create_function's are. Each T is used by one thread at a time.
  template <class T>
  void create_aggregate(std::string name, FunctionOptions options = {}) {
    add_function(detail::make_aggregate<T>(std::move(name), options));
  }
  /// A collation for COLLATE name (and ORDER BY ... COLLATE): compare(a, b) returns an int
  /// (< 0, 0, > 0) or a bool (a sorts before b) over UTF-8 text. It must be thread-safe and
  /// consistent; SQLite cannot fail a comparison, so one that throws compares equal.
  /// Registered as create_function's are.
  template <class F>
  void create_collation(std::string name, F&& compare) {
    add_collation(detail::make_collation(std::move(name), std::forward<F>(compare)));
  }

  /// For the library's own use.
  const std::shared_ptr<detail::EngineState>& state() const noexcept { return state_; }
  explicit Engine(std::shared_ptr<detail::EngineState> state) : state_(std::move(state)) {}

 private:
  void add_function(detail::FunctionDef def);
  void add_collation(detail::CollationDef def);

  std::shared_ptr<detail::EngineState> state_;
};

/// Creates an engine for a URL (see URL). Nothing is opened until the first connect().
/// Throws ArgumentError for a malformed URL, an unknown query key, invalid options
/// (pool_size < 1, a negative timeout) or a pool that cannot work with the URL.
SQLCORE_EXPORT Engine create_engine(std::string_view url, EngineOptions options = {});

/// "Open" for a document application: loads the database file at `path` into a new `:memory:`
/// engine (StaticPool unless options say otherwise, so all threads share the one database).
/// The file is only read. Throws OperationalError naming the file when it is missing,
/// DatabaseError when it is not a database.
SQLCORE_EXPORT Engine open_in_memory(std::string_view path, EngineOptions options = {});

}  // namespace sqlcore
