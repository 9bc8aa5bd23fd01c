// Connection, Transaction and RawConnection: executing statements and owning transactions.
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "sqlcore/export.hpp"
#include "sqlcore/raw_connection.hpp"
#include "sqlcore/result.hpp"
#include "sqlcore/sql.hpp"
#include "sqlcore/types.hpp"
#include "sqlcore/value.hpp"

struct sqlite3;

namespace sqlcore {

class Connection;
class Engine;

/// How BEGIN starts a transaction (https://www.sqlite.org/lang_transaction.html).
/// deferred: locks on first use; immediate: takes the write lock at BEGIN, so a second
/// writer waits (busy_timeout) or gets SQLITE_BUSY then, not at its first write; exclusive:
/// also keeps readers out (except in WAL mode).
enum class BeginMode { deferred, immediate, exclusive };

/// Transaction isolation. serializable: SQLite's default. read_uncommitted: PRAGMA
/// read_uncommitted=1 (only affects shared-cache connections). autocommit: begin() emits no
/// BEGIN, every statement commits on its own, and Transaction::rollback() cannot undo.
enum class IsolationLevel { serializable, read_uncommitted, autocommit };

namespace detail {
struct ConnectionCore;
struct EngineState;
}  // namespace detail

/// A transaction or savepoint, from Connection::begin() or begin_nested(). RAII: destroyed
/// while still active, it rolls back (and never throws). Movable, not copyable. Operations
/// on a transaction that has ended (committed, rolled back, or ended with an enclosing one)
/// throw InvalidRequestError.
class SQLCORE_EXPORT Transaction {
 public:
  Transaction(Transaction&& other) noexcept;
  Transaction& operator=(Transaction&& other) noexcept;
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  ~Transaction();

  /// COMMIT, or RELEASE SAVEPOINT for a nested one. Committing an outer transaction while
  /// savepoints inside it are open commits them too. Throws InvalidRequestError when SQLite
  /// had already rolled the transaction back after an error (e.g. SQLITE_FULL); the
  /// DBAPIError for SQLite's code when COMMIT fails (then the transaction stays active:
  /// retry or roll back).
  void commit();
  /// ROLLBACK, or ROLLBACK TO SAVEPOINT + RELEASE for a nested one (the outer work stays).
  void rollback();
  /// True until commit(), rollback() or the end of an enclosing transaction.
  bool is_active() const noexcept;
  /// True for a savepoint from begin_nested().
  bool is_nested() const noexcept { return nested_; }

 private:
  friend class Connection;
  Transaction(std::weak_ptr<detail::ConnectionCore> core, std::uint64_t id, bool nested) noexcept
      : core_(std::move(core)), id_(id), nested_(nested) {}
  void end(bool commit);
  std::weak_ptr<detail::ConnectionCore> core_;
  std::uint64_t id_ = 0;
  bool nested_ = false;
};

/// A connection checked out of an Engine's pool; returned to the pool when destroyed or
/// closed (anything left open is rolled back first). Owns its transactions: sqlcore emits
/// BEGIN itself, so nothing is begun or ended behind the caller's back. Movable, not
/// copyable; used by one thread at a time.
///
///     sc::Connection conn = engine.connect();
///     sc::Transaction tx = conn.begin();
///     conn.execute(sc::text("INSERT INTO t (x) VALUES (:x)"), {{"x", 1}});
///     tx.commit();
class SQLCORE_EXPORT Connection {
 public:
  Connection(Connection&& other) noexcept;
  Connection& operator=(Connection&& other) noexcept;
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;
  ~Connection();

  /// Emits BEGIN in the engine's begin_mode (BEGIN, BEGIN IMMEDIATE, BEGIN EXCLUSIVE).
  /// Throws InvalidRequestError if a transaction is already open (use begin_nested()),
  /// OperationalError (SQLITE_BUSY) if another connection holds the lock past busy_timeout.
  Transaction begin();
  /// As begin(), with this call's mode instead of the engine's.
  Transaction begin(BeginMode mode);
  /// Emits SAVEPOINT sa_savepoint_N inside the open transaction, at any depth. With no
  /// transaction open it acts as begin() (SQLAlchemy 1.4's behaviour).
  Transaction begin_nested();
  /// True while a transaction begun through this connection is open.
  bool in_transaction() const noexcept;
  /// True while a savepoint is open.
  bool in_nested_transaction() const noexcept;
  /// SQLite's PRAGMAs on this connection, typed (journal_mode, user_version, integrity_check,
  /// wal_checkpoint ...): sqlcore::Pragmas, declared here and defined in <sqlcore/pragmas.hpp>.
  /// Throws InvalidRequestError when closed.
  class Pragmas pragmas();

  /// Executes a text() statement with named parameters. `types` applies by name to bind
  /// parameters (their bind conversion) and to result columns (their result conversion).
  /// Throws ArgumentError, before SQLite runs anything, for a parameter the statement
  /// lacks, a bind without a value, or a positional '?' bind; the DBAPIError subclass for
  /// SQLite's code otherwise.
  Result execute(const TextClause& statement, const Params& params = {}, const TypeMap& types = {});
  /// Executes one statement once per parameter set, with one prepared statement, inside
  /// the caller's transaction (begin one for speed: each statement otherwise commits alone).
  /// rowcount() of the Result is the total of changed rows.
  Result execute_many(const TextClause& statement, const std::vector<Params>& param_sets,
                      const TypeMap& types = {});
  /// Executes a statement of the expression language: compiled for SQLite, every value bound
  /// through the type of what it is compared with or assigned to; `params` supplies the
  /// bindparam()s by name. Result columns are typed by the selected expressions (a DateTime
  /// column reads as a Timestamp). ArgumentError, before anything runs, for a bindparam
  /// without a value or a parameter the statement lacks; ValueError for a value of the wrong
  /// C++ type for its column.
  Result execute(const Select& statement, const Params& params = {});
  Result execute(const Insert& statement, const Params& params = {});
  Result execute(const Update& statement, const Params& params = {});
  Result execute(const Delete& statement, const Params& params = {});
  Result execute(const Compiled& compiled, const Params& params = {});
  /// executemany of an INSERT from parameter maps (SQLAlchemy's `execute(insert, [dict...])`):
  /// the first map's names are the columns, and every map must give the same names
  /// (ArgumentError otherwise). Up to 1,000 rows per statement (multi-row VALUES, within
  /// SQLite's bind limit), atomic (a savepoint).
  Result execute_many(const Insert& statement, const std::vector<Params>& rows);
  /// executemany of an INSERT from aggregates: S's fields are the table's first N columns, in
  /// order, or the columns named by `insert.columns({...})` (NULL-able ones std::optional).
  /// Up to 1,000 rows per statement (multi-row VALUES, SQLAlchemy 2.0's insertmanyvalues,
  /// within SQLite's bind limit), atomic (a savepoint), in the caller's transaction. Defined in
  /// <sqlcore/mapping.hpp>.
  template <class S>
  requires std::is_aggregate_v<S> Result execute(const Insert& statement,
                                                 const std::vector<S>& rows);
  /// executemany of a compiled statement: each row gives every bind's value by position.
  Result execute_rows(const Compiled& compiled, std::size_t count,
                      const std::function<void(std::size_t row, std::vector<Value>& values)>& fill);
  /// Executes SQL exactly as given, with SQLite's own parameter syntax (SQLAlchemy's
  /// exec_driver_sql); no statement cache.
  Result exec_driver_sql(std::string_view sql, const Params& params = {});

  /// The whole database `schema` ("main", "temp" or an attached name) as bytes: what a file
  /// of it would hold (sqlite3_serialize), for sqlcore::deserialize_engine or to send
  /// elsewhere. Reads the committed state plus this connection's own open transaction.
  /// Throws ArgumentError for an unknown schema, NotSupportedError on a library without
  /// sqlite3_serialize (SQLite < 3.23) or a driver without images.
  std::vector<std::byte> serialize(const std::string& schema = "main") const;

  /// The raw SQLite handle. Throws InvalidRequestError when closed.
  sqlite3* native_handle() const;
  /// The raw connection as the pool holds it. Throws InvalidRequestError when closed.
  RawConnection& raw() const;
  /// Rolls back what is open, closes open Results and returns the raw connection to the
  /// pool. Idempotent; never throws.
  void close() noexcept;
  bool closed() const noexcept { return core_ == nullptr; }
  /// True for a connection from Engine::connect_readonly().
  bool readonly() const noexcept;
  /// Interrupts the statement running on this connection (sqlite3_interrupt); callable from
  /// any thread while another uses the connection. The statement fails with OperationalError
  /// "interrupted"; the connection stays usable (inside a transaction SQLite may have rolled
  /// the transaction back: then roll it back before going on, see docs/operations.md).
  /// Once this Connection is closed (its raw connection back in the pool, maybe lent to
  /// someone else) it does nothing, and it never reaches another Connection's statement.
  /// A statement started right after the interrupt, before the interrupted one has ended,
  /// may fail too (SQLite's rule). Do not call it while the Connection object itself is
  /// being destroyed or moved.
  void interrupt() noexcept;

  /// For the library's own use (not exported).
  SQLCORE_NO_EXPORT detail::ConnectionCore& core() const;
  SQLCORE_NO_EXPORT explicit Connection(std::shared_ptr<detail::ConnectionCore> core) noexcept;

 private:
  // A statement through the engine's compiled cache.
  template <class S>
  SQLCORE_NO_EXPORT Result execute_cached(const S& statement, const Params& params);
  // Binds value_of(i) (nullopt: the parameter named params[i]) and runs `compiled`.
  template <class ValueOf>
  SQLCORE_NO_EXPORT Result run_compiled(const Compiled& compiled, const Params& params,
                                        const ValueOf& value_of);
  // The cached compiled form of an INSERT whose binds all take their values at execution.
  std::shared_ptr<const Compiled> compiled_shape(const Insert& statement);

  std::shared_ptr<detail::ConnectionCore> core_;
  // The same core, kept through close() for interrupt() (which then does nothing).
  std::shared_ptr<detail::ConnectionCore> interrupt_core_;
};

}  // namespace sqlcore
