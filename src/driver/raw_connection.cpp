// RawConnection: one sqlite3 handle, opened, closed and run through the C API.
// SPDX-License-Identifier: MIT
#include "driver/raw_connection.hpp"

#include <sqlite3.h>

#include <atomic>
#include <string>

#include <fmt/format.h>

#include "driver/cipher.hpp"
#include "driver/error_map.hpp"
#include "driver/open_flags.hpp"
#include "driver/stmt_ops.hpp"

static_assert(sqlcore::detail::open_flag::readonly == SQLITE_OPEN_READONLY);
static_assert(sqlcore::detail::open_flag::readwrite == SQLITE_OPEN_READWRITE);
static_assert(sqlcore::detail::open_flag::create == SQLITE_OPEN_CREATE);
static_assert(sqlcore::detail::open_flag::uri == SQLITE_OPEN_URI);
static_assert(sqlcore::detail::open_flag::nomutex == SQLITE_OPEN_NOMUTEX);
static_assert(sqlcore::detail::open_flag::sharedcache == SQLITE_OPEN_SHAREDCACHE);
static_assert(sqlcore::detail::open_flag::privatecache == SQLITE_OPEN_PRIVATECACHE);

namespace sqlcore {

namespace {
std::atomic<long> g_live_raw_connections{0};
}  // namespace

RawConnection::RawConnection(sqlite3* db, std::string filename, std::size_t statement_cache_size)
    : db_(db),
      filename_(std::move(filename)),
      state_(std::make_unique<detail::RawState>(db, statement_cache_size)) {
  ++g_live_raw_connections;
}

RawConnection::~RawConnection() {
  attachment_.reset();
  state_.reset();  // finalize every statement before closing the handle
  // sqlite3_close_v2 defers the close if a statement escaped finalization; never fails here.
  sqlite3_close_v2(db_);
  --g_live_raw_connections;
}

void RawConnection::exec(std::string_view sql) {
  std::string text(sql);
  char* err = nullptr;
  int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &err);
  if (rc != SQLITE_OK) {
    std::string message = err != nullptr ? err : sqlite3_errmsg(db_);
    sqlite3_free(err);
    int code = sqlite3_extended_errcode(db_);
    detail::throw_sqlite_error((code & 0xff) == (rc & 0xff) ? code : rc, std::move(message), sql);
  }
}

bool RawConnection::in_transaction() const noexcept { return sqlite3_get_autocommit(db_) == 0; }

namespace detail {

long live_raw_connections() noexcept { return g_live_raw_connections.load(); }

std::string query_text(RawConnection& raw, std::string_view sql) {
  Statement st(raw.native_handle(), sql);
  if (st.stmt == nullptr || !step(st.stmt, st.sql)) return {};
  std::string out(column_text(st.stmt, 0));
  return out;
}

std::unique_ptr<RawConnection> open_raw(const OpenParams& params) {
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(params.filename.c_str(), &db, params.flags,
                           params.vfs.empty() ? nullptr : params.vfs.c_str());
  if (rc != SQLITE_OK) {
    std::string message = db != nullptr ? sqlite3_errmsg(db) : std::string(sqlite3_errstr(rc));
    int code = db != nullptr ? sqlite3_extended_errcode(db) : rc;
    sqlite3_close_v2(db);
    throw_sqlite_error(code, fmt::format("cannot open database '{}': {}", params.filename, message),
                       {});
  }
  sqlite3_extended_result_codes(db, 1);
  auto raw = std::make_unique<RawConnection>(db, params.filename, params.statement_cache_size);
  if (params.encrypted) {
    // SQLCipher: the key is the very first thing, then the cipher settings (SQLAlchemy's
    // pysqlcipher order), before any statement reads the file.
    apply_key(db, params.key);
    for (const auto& [name, value] : params.cipher_pragmas)
      raw->exec(fmt::format("PRAGMA {} = {}", name, value));
  }
  return raw;
}

}  // namespace detail
}  // namespace sqlcore
