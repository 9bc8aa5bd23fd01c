// RawConnection: one database connection as a driver opened it and a pool holds it.
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "sqlcore/export.hpp"

struct sqlite3;

namespace sqlcore {

namespace detail {
struct RawState;
class Driver;
struct FunctionDef;
struct CollationDef;
class Statement;
class DocumentSupport;
/// State that a layer above the driver keeps with a connection for as long as it is open (the
/// engine's transaction frames: SQLite has one transaction per handle, not per Connection).
struct Attachment {
  virtual ~Attachment() = default;
};
}  // namespace detail

/// One database connection (for the sqlite3 driver, a sqlite3* handle) as pools hold it.
/// Handed to on_connect events; also reachable from a Connection. Owned by its pool; never
/// used by two threads at once. Each driver derives its own.
class SQLCORE_EXPORT RawConnection {
 public:
  RawConnection(const RawConnection&) = delete;
  RawConnection& operator=(const RawConnection&) = delete;
  virtual ~RawConnection();

  /// The raw SQLite handle; the C API stays reachable. Do not close it. Throws
  /// NotSupportedError for a driver that has none (a database behind a server).
  sqlite3* native_handle() const;
  /// Runs SQL that returns no rows needed: one or more ';'-separated statements (as
  /// sqlite3_exec). Throws the DBAPIError subclass for SQLite's code.
  virtual void exec(std::string_view sql) = 0;
  /// The file name SQLite opened ("" or ":memory:" for memory databases).
  const std::string& filename() const noexcept { return filename_; }
  /// True while SQLite has a transaction open on this connection (!sqlite3_get_autocommit).
  virtual bool in_transaction() const noexcept = 0;
  /// Makes the statement running on this connection fail with SQLITE_INTERRUPT
  /// (sqlite3_interrupt). The one member any thread may call while another uses the
  /// connection.
  virtual void interrupt() noexcept = 0;

  /// Prepares one statement; for the library's own use (Connection goes through the
  /// statement cache in state()). Throws the DBAPIError for a prepare error, ProgrammingError
  /// when `sql` holds more than one statement.
  virtual std::unique_ptr<detail::Statement> prepare(std::string_view sql) = 0;
  /// Changesets, change hooks and images on this connection (src/driver/documents.hpp), or
  /// nullptr when the driver has none; for the library's own use.
  virtual detail::DocumentSupport* documents() { return nullptr; }
  /// Registers a C++ SQL function or aggregate / a collation on this connection (what
  /// Engine::create_function and kin do on every connection); for the library's own use.
  /// Replaces one of the same name and arity. Throws NotSupportedError for a driver without
  /// them, or for a feature this SQLite lacks; the DBAPIError for SQLite's code.
  virtual void create_function(std::shared_ptr<const detail::FunctionDef> def);
  virtual void create_collation(std::shared_ptr<const detail::CollationDef> def);
  /// The driver that opened this connection; for the library's own use.
  const detail::Driver& driver() const noexcept { return *driver_; }
  /// The driver-side state (statement cache, when it was opened); for the library's own use.
  detail::RawState& state() noexcept { return *state_; }
  /// The state an upper layer attached (nullptr until it does); for the library's own use.
  detail::Attachment* attachment() const noexcept { return attachment_.get(); }
  void attach(std::unique_ptr<detail::Attachment> a) noexcept;

 protected:
  /// `native` may be null (a driver without a sqlite3 handle).
  RawConnection(const detail::Driver& driver, sqlite3* native, std::string filename,
                std::size_t statement_cache_size);
  /// Destroys the statements and the attachment: a driver calls it first in its destructor,
  /// before it closes the connection under them.
  void release_state() noexcept;

 private:
  const detail::Driver* driver_;
  sqlite3* native_;
  std::string filename_;
  std::unique_ptr<detail::RawState> state_;
  std::unique_ptr<detail::Attachment> attachment_;
};

}  // namespace sqlcore
