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
/// State that a layer above the driver keeps with a handle for as long as it is open (the
/// engine's transaction frames: SQLite has one transaction per handle, not per Connection).
struct Attachment {
  virtual ~Attachment() = default;
};
}  // namespace detail

/// One SQLite connection (a sqlite3* handle) as pools hold it. Handed to on_connect events;
/// also reachable from a Connection. Owned by its pool; never used by two threads at once.
class SQLCORE_EXPORT RawConnection {
 public:
  RawConnection(const RawConnection&) = delete;
  RawConnection& operator=(const RawConnection&) = delete;
  ~RawConnection();

  /// The raw SQLite handle; the C API stays reachable. Do not close it.
  sqlite3* native_handle() const noexcept { return db_; }
  /// Runs SQL that returns no rows needed: one or more ';'-separated statements (as
  /// sqlite3_exec). Throws the DBAPIError subclass for SQLite's code.
  void exec(std::string_view sql);
  /// The file name SQLite opened ("" or ":memory:" for memory databases).
  const std::string& filename() const noexcept { return filename_; }
  /// True while SQLite has a transaction open on this handle (!sqlite3_get_autocommit).
  bool in_transaction() const noexcept;

  /// The driver's state for this handle (statement cache, when it was opened); for the
  /// library's own use.
  detail::RawState& state() noexcept { return *state_; }
  /// The state an upper layer attached to this handle (nullptr until it does); for the
  /// library's own use.
  detail::Attachment* attachment() const noexcept { return attachment_.get(); }
  void attach(std::unique_ptr<detail::Attachment> a) noexcept { attachment_ = std::move(a); }

  RawConnection(sqlite3* db, std::string filename, std::size_t statement_cache_size);

 private:
  sqlite3* db_;
  std::string filename_;
  std::unique_ptr<detail::RawState> state_;
  std::unique_ptr<detail::Attachment> attachment_;  // destroyed before the handle closes
};

}  // namespace sqlcore
