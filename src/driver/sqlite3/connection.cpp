// The sqlite3 driver: connections, prepared statements and the driver object over SQLite's C
// API (also SQLCipher's, in the SQLCipher build).
// SPDX-License-Identifier: MIT
#include <sqlite3.h>

#include <cctype>
#include <string>

#include <fmt/format.h>

#include "driver/driver.hpp"
#include "driver/open_flags.hpp"
#include "driver/raw_connection.hpp"
#include "driver/sqlite3/cipher.hpp"
#include "driver/sqlite3/documents.hpp"
#include "driver/sqlite3/error_map.hpp"
#include "driver/sqlite3/functions.hpp"
#include "driver/sqlite3/library.hpp"
#include "driver/stmt_ops.hpp"
#include "sqlcore/errors.hpp"

static_assert(sqlcore::detail::open_flag::readonly == SQLITE_OPEN_READONLY);
static_assert(sqlcore::detail::open_flag::readwrite == SQLITE_OPEN_READWRITE);
static_assert(sqlcore::detail::open_flag::create == SQLITE_OPEN_CREATE);
static_assert(sqlcore::detail::open_flag::uri == SQLITE_OPEN_URI);
static_assert(sqlcore::detail::open_flag::nomutex == SQLITE_OPEN_NOMUTEX);
static_assert(sqlcore::detail::open_flag::sharedcache == SQLITE_OPEN_SHAREDCACHE);
static_assert(sqlcore::detail::open_flag::privatecache == SQLITE_OPEN_PRIVATECACHE);

namespace sqlcore::detail {

namespace {

// True when `tail` (what sqlite3_prepare_v2 left unparsed) holds only white space,
// ';' and comments: then the text was one statement.
bool only_trivia(const char* p) {
  while (*p != '\0') {
    if (std::isspace(static_cast<unsigned char>(*p)) || *p == ';') {
      ++p;
    } else if (p[0] == '-' && p[1] == '-') {
      while (*p != '\0' && *p != '\n') ++p;
    } else if (p[0] == '/' && p[1] == '*') {
      p += 2;
      while (*p != '\0' && !(p[0] == '*' && p[1] == '/')) ++p;
      if (*p != '\0') p += 2;
    } else {
      return false;
    }
  }
  return true;
}

/// A statement on a sqlite3 handle: `native` is set, so the per-value operations never reach
/// the virtual functions below (they answer for an empty statement, which has no `native`).
class Sqlite3Statement final : public Statement {
 public:
  Sqlite3Statement(sqlite3* db, std::string_view text) : Statement(text) {
    const char* tail = nullptr;
    int rc = sqlite3_prepare_v2(db, sql.c_str(), static_cast<int>(sql.size() + 1), &native, &tail);
    if (rc != SQLITE_OK) {
      sqlite3_finalize(native);
      native = nullptr;
      throw_sqlite_error(db, rc, sql);
    }
    if (tail != nullptr && !only_trivia(tail)) {
      sqlite3_finalize(native);
      native = nullptr;
      // CPython's sqlite3 raises ProgrammingError with this message.
      throw ProgrammingError(
          "(ProgrammingError) You can only execute one statement at a time. [SQL: " + sql + "]",
          SQLITE_MISUSE, "You can only execute one statement at a time.", sql);
    }
    if (native == nullptr) {  // white space or a comment only: nothing to run
      empty = true;
      return;
    }
    int n = sqlite3_bind_parameter_count(native);
    param_names.reserve(static_cast<std::size_t>(n));
    for (int i = 1; i <= n; ++i) {
      const char* name = sqlite3_bind_parameter_name(native, i);
      // '?NNN' is positional too; ':name', '@name', '$name' are named.
      if (name == nullptr || name[0] == '?')
        param_names.emplace_back();
      else
        param_names.emplace_back(name + 1);
    }
    int cols = sqlite3_column_count(native);
    column_names.reserve(static_cast<std::size_t>(cols));
    for (int i = 0; i < cols; ++i) {
      const char* name = sqlite3_column_name(native, i);
      column_names.emplace_back(name != nullptr ? name : "");
    }
  }
  ~Sqlite3Statement() override { sqlite3_finalize(native); }

  bool fetch() override { return native != nullptr && sqlite3_api::step(native, sql); }
  void rewind() noexcept override {
    if (native != nullptr) sqlite3_api::reset(native);
  }
  std::int64_t changed_rows() const noexcept override {
    return native != nullptr ? sqlite3_api::changes(native) : 0;
  }
  std::int64_t inserted_rowid() const noexcept override {
    return native != nullptr ? sqlite3_api::last_insert_rowid(native) : 0;
  }
  int bind_limit() const noexcept override {
    return native != nullptr ? sqlite3_api::variable_limit(native) : 999;
  }
  std::string_view source_table(int column) const noexcept override {
    return native != nullptr ? sqlite3_api::column_table(native, column) : std::string_view();
  }
};

class Sqlite3Connection final : public RawConnection {
 public:
  Sqlite3Connection(const Driver& driver, sqlite3* db, std::string filename,
                    std::size_t statement_cache_size)
      : RawConnection(driver, db, std::move(filename), statement_cache_size), db_(db) {}
  ~Sqlite3Connection() override {
    documents_.reset();  // its hooks and sessions go before the handle
    release_state();     // finalize every statement before closing the handle
    // sqlite3_close_v2 defers the close if a statement escaped finalization; never fails here.
    sqlite3_close_v2(db_);
  }

  void exec(std::string_view sql) override {
    std::string text(sql);
    char* err = nullptr;
    int rc = sqlite3_exec(db(), text.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
      std::string message = err != nullptr ? err : sqlite3_errmsg(db());
      sqlite3_free(err);
      int code = sqlite3_extended_errcode(db());
      detail::throw_sqlite_error((code & 0xff) == (rc & 0xff) ? code : rc, std::move(message), sql);
    }
  }

  bool in_transaction() const noexcept override { return sqlite3_get_autocommit(db_) == 0; }
  void interrupt() noexcept override { sqlite3_interrupt(db_); }
  DocumentSupport* documents() override {
    if (!documents_) documents_ = make_sqlite3_documents(db_);
    return documents_.get();
  }
  std::unique_ptr<Statement> prepare(std::string_view sql) override {
    return std::make_unique<Sqlite3Statement>(db_, sql);
  }
  void create_function(std::shared_ptr<const FunctionDef> def) override {
    register_function(db_, std::move(def));
  }
  void create_collation(std::shared_ptr<const CollationDef> def) override {
    register_collation(db_, std::move(def));
  }
  /// Installs the statement-timeout progress handler (RawState::past_deadline).
  void enforce_deadlines() noexcept {
    sqlite3_progress_handler(
        db_, kProgressOps,
        [](void* state) -> int { return static_cast<RawState*>(state)->past_deadline() ? 1 : 0; },
        &state());
  }

 private:
  sqlite3* db() const noexcept { return db_; }
  sqlite3* db_;
  std::unique_ptr<DocumentSupport> documents_;
};

class Sqlite3Driver final : public Driver {
 public:
  std::string_view name() const noexcept override { return "pysqlite"; }
  int sqlite_version() const noexcept override { return sqlite_library_version(); }
  DriverCapabilities capabilities() const noexcept override {
    return DriverCapabilities{.native_handle = true,
                              .backup = true,
                              .codec = codec_available(),
                              .json = sqlite_library_has_json(),
                              .sessions = library_has_sessions(),
                              .change_hooks = library_has_preupdate_hook(),
                              .images = library_has_serialize(),
                              .functions = true};
  }
  std::unique_ptr<RawConnection> connect(const OpenParams& params) const override;
};

std::unique_ptr<RawConnection> Sqlite3Driver::connect(const OpenParams& params) const {
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
  auto raw =
      std::make_unique<Sqlite3Connection>(*this, db, params.filename, params.statement_cache_size);
  if (params.statement_timeout.count() > 0) raw->enforce_deadlines();
  if (params.encrypted) {
    // SQLCipher: the key is the very first thing, then the cipher settings (SQLAlchemy's
    // pysqlcipher order), before any statement reads the file.
    apply_key(db, params.key);
    // One statement each (never sqlite3_exec): the value comes from the URL. The names are
    // sqlcore's own list (engine.cpp), checked here too so no caller can pass SQL as one.
    for (const auto& [name, value] : params.cipher_pragmas) {
      if (name.empty() ||
          name.find_first_not_of("abcdefghijklmnopqrstuvwxyz_") != std::string::npos)
        throw ArgumentError(fmt::format("cipher pragma name '{}' is not a pragma name", name));
      exec_one(*raw, fmt::format("PRAGMA {} = {}", name, value));
    }
  }
  return raw;
}

}  // namespace

const Driver& sqlite3_driver() noexcept {
  static const Sqlite3Driver driver;
  return driver;
}

}  // namespace sqlcore::detail
