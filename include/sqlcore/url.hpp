// Database URLs in SQLAlchemy's form: sqlite:///file.db, sqlite://, sqlite+pysqlcipher://...
// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "sqlcore/export.hpp"

namespace sqlcore {

/// A parsed database URL, `dialect[+driver]://[user[:password]@][host]/database[?query]`.
///
/// SQLite forms (as SQLAlchemy's pysqlite and pysqlcipher dialects take them):
///   - `sqlite://` and `sqlite:///:memory:`: an in-memory database;
///   - `sqlite:///relative.db`, `sqlite:////abs/path.db`, `sqlite:///C:\path\db`;
///   - query keys `timeout` (seconds, busy timeout), `mode` (ro|rw|rwc|memory), `cache`
///     (shared|private), `uri` (true: the database is an SQLite `file:` URI),
///     `check_same_thread` (true|false), plus `vfs`, `immutable`, `nolock` with `uri=true`;
///   - `sqlite+pysqlcipher://:passphrase@/file.db?cipher=...&kdf_iter=...&cipher_page_size=...
///     &cipher_use_hmac=...`;
///   - `sqlite+dqlite://host:port[,host:port...]/dbname` (docs/dqlite.md): a database on a
///     dqlite cluster, whose leader is looked for at those members; query keys `io_timeout`
///     (seconds, each socket operation, default 3) and `leader_timeout` (seconds, the leader
///     search, default 10), `timeout` and `cached_statements`.
/// Immutable value; cheap to copy. Thread-safe for concurrent reads.
class SQLCORE_EXPORT URL {
 public:
  /// "sqlite", "sqlite+pysqlite" or "sqlite+pysqlcipher", as written.
  const std::string& drivername() const noexcept { return drivername_; }
  /// The part before '+': always "sqlite" for URLs make_url accepts.
  std::string backend_name() const;
  /// The driver after '+', or "pysqlite" when none was written.
  std::string driver() const;
  /// The database path as written (not percent-decoded), or "" for an in-memory database.
  const std::string& database() const noexcept { return database_; }
  /// The host part as written: "" for SQLite files, "host:port[,host:port...]" for dqlite.
  const std::string& host() const noexcept { return host_; }
  /// The percent-decoded username (empty for SQLite URLs).
  const std::string& username() const noexcept { return username_; }
  /// The percent-decoded password (the SQLCipher passphrase), or "".
  const std::string& password() const noexcept { return password_; }
  /// Query keys and their percent-decoded values.
  const std::map<std::string, std::string>& query() const noexcept { return query_; }
  /// The value of one query key, if given.
  std::optional<std::string> query_value(std::string_view key) const;
  /// True for `sqlite://`, `sqlite:///:memory:` and `mode=memory`.
  bool is_memory() const;

  /// The URL as text, query keys sorted; with hide_password the password shows as "***"
  /// (SQLAlchemy's render_as_string).
  std::string render(bool hide_password = true) const;

 private:
  friend URL make_url(std::string_view text);
  std::string drivername_;
  std::string username_;
  std::string password_;
  std::string host_;
  std::string database_;
  std::map<std::string, std::string> query_;
};

/// Parses a URL. Throws ArgumentError naming the bad part for a malformed URL, a dialect
/// other than sqlite, a host, port or username in an SQLite URL (a dqlite URL without hosts,
/// with a malformed host:port, or without a database name), an unknown query key or an
/// invalid query value (`mode=xyz`, `timeout=abc`).
SQLCORE_EXPORT URL make_url(std::string_view text);

}  // namespace sqlcore
