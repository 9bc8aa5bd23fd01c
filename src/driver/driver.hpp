// The driver seam: what a driver (SQLAlchemy's DBAPI, Go's database/sql/driver) gives the
// layers above it: connections, prepared statements, their values and errors.
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "driver/raw_state.hpp"
#include "sqlcore/raw_connection.hpp"

struct sqlite3_stmt;

namespace sqlcore::detail {

/// SQLite's storage classes, with SQLite's numbering.
enum class StorageClass { integer = 1, real = 2, text = 3, blob = 4, null = 5 };

/// What a driver can do beyond running SQL. Callers ask these; they never compare driver
/// names. Asking a driver for what it lacks raises NotSupportedError naming it.
struct DriverCapabilities {
  /// A sqlite3* handle the C API can use (Connection::native_handle, on_connect code).
  bool native_handle = false;
  /// The online backup API (backup(), save_as(), open_in_memory()).
  bool backup = false;
  /// SQLCipher keys (sqlite+pysqlcipher URLs, rekey, sqlcipher_export).
  bool codec = false;
  /// The JSON functions (json1 compiled in, or SQLite 3.38+ without SQLITE_OMIT_JSON).
  bool json = false;
  /// Changesets (the session extension), commit notifications (the preupdate hook) and
  /// database images (sqlite3_serialize): RawConnection::documents() (driver/documents.hpp).
  bool sessions = false;
  bool change_hooks = false;
  bool images = false;
  /// C++ SQL functions, aggregates and collations (Engine::create_function ...).
  bool functions = false;
};

/// One value of a row or a parameter, for drivers without a native statement (the values
/// travel over a wire): the storage class and the value. Text and blobs are in `bytes`; a
/// driver filling a row also puts an integer's or a real's text there, as
/// sqlite3_column_text() would give it, since callers may read any cell as text.
struct Cell {
  StorageClass storage = StorageClass::null;
  std::int64_t integer = 0;
  double real = 0;
  std::string bytes;
};

/// What the engine derives once from a cached statement's result columns (their names and
/// types, engine/engine_state.hpp): kept with the statement, never read by a driver.
struct ColumnSet;

/// A prepared statement. The sqlite3 driver sets `native`, and every per-value operation
/// (bind, step, column read: driver/stmt_ops.hpp) goes straight to the C API on it: one
/// branch, no virtual call. A driver without one leaves `native` null: step() fills `row`
/// from what the driver received, binds write `params`, and the virtual functions below
/// answer, one call per row or statement.
class Statement {
 public:
  explicit Statement(std::string_view text) : sql(text) {}
  virtual ~Statement() = default;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  sqlite3_stmt* native = nullptr;
  std::string sql;
  /// True for text that holds no statement (white space, comments): nothing to run.
  bool empty = false;
  /// Bind names by parameter index - 1, without the ':'/'@'/'$' prefix; "" for a '?' bind.
  std::vector<std::string> param_names;
  /// Result column names as the database reports them.
  std::vector<std::string> column_names;
  bool in_use = false;
  bool cached = false;
  /// The engine's last ColumnSet for this statement, reused while the next execution's
  /// column types are the same (Cursor::Cursor). Opaque here; gone with the statement.
  std::shared_ptr<const ColumnSet> columns_memo;

  // Without `native`: the current row and the bound parameters (index i - 1).
  std::vector<Cell> row;
  std::vector<Cell> params;

  /// Runs (the first call after binding) or advances the statement: true on a row, which is
  /// then in `row`. Throws the DBAPIError for the database's code.
  virtual bool fetch() = 0;
  /// Back to the start, parameters cleared.
  virtual void rewind() noexcept = 0;
  /// Rows the last run changed, and the rowid it last inserted.
  virtual std::int64_t changed_rows() const noexcept = 0;
  virtual std::int64_t inserted_rowid() const noexcept = 0;
  /// The most binds one statement may have.
  virtual int bind_limit() const noexcept = 0;
  /// The table a result column comes from, when the driver can tell (else "").
  virtual std::string_view source_table(int /*column*/) const noexcept { return {}; }
};

/// A driver: opens connections of one kind. Immutable, shared by every engine that uses it.
class Driver {
 public:
  virtual ~Driver() = default;
  /// The URL's driver name: "pysqlite" (the sqlite3 C API), "pysqlcipher" ...
  virtual std::string_view name() const noexcept = 0;
  /// The SQLite version behind the driver's connections (3040001): the dialect's target.
  virtual int sqlite_version() const noexcept = 0;
  virtual DriverCapabilities capabilities() const noexcept = 0;
  /// Opens one connection. Throws OperationalError (CANTOPEN ...) naming the database.
  virtual std::unique_ptr<RawConnection> connect(const OpenParams& params) const = 0;
};

/// The sqlite3 C API driver ("pysqlite" and, in the SQLCipher build, "pysqlcipher").
const Driver& sqlite3_driver() noexcept;

/// Makes `driver` the one for URLs `sqlite+<name>://`. `driver` must outlive every engine
/// that uses it. Throws ArgumentError when `name` is taken. Thread-safe.
void register_driver(std::string name, const Driver& driver);
/// The driver for a URL's driver name; nullptr when none is known.
const Driver* find_driver(std::string_view name) noexcept;

}  // namespace sqlcore::detail
