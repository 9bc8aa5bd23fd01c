// A second driver for tests: SQLite through the driver seam's buffered path.
// SPDX-License-Identifier: MIT
#include "driver/buffered_driver.hpp"

#include <sqlite3.h>

#include <stdexcept>
#include <string>

#include "driver/raw_connection.hpp"
#include "driver/sqlite3/error_map.hpp"
#include "sqlcore/errors.hpp"

namespace sqlcore::testing {

namespace {

using detail::Cell;
using detail::StorageClass;

// Holds its own sqlite3_stmt but never shows it: values go in through `params` and come out
// through `row`, copied, as a wire protocol would carry them.
class BufferedStatement final : public detail::Statement {
 public:
  BufferedStatement(sqlite3* db, std::string_view text) : Statement(text), db_(db) {
    const char* tail = nullptr;
    int rc = sqlite3_prepare_v2(db, sql.c_str(), static_cast<int>(sql.size() + 1), &stmt_, &tail);
    if (rc != SQLITE_OK) detail::throw_sqlite_error(db, rc, sql);
    // One statement per prepare, as the seam requires (a server would refuse a batch too).
    for (const char* p = tail; p != nullptr && *p != '\0'; ++p) {
      if (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r' || *p == ';') continue;
      sqlite3_stmt* next = nullptr;
      const char* rest = nullptr;
      sqlite3_prepare_v2(db, p, -1, &next, &rest);
      bool more = next != nullptr;
      sqlite3_finalize(next);
      if (!more) break;  // only comments are left
      sqlite3_finalize(stmt_);
      stmt_ = nullptr;
      throw ProgrammingError("(ProgrammingError) You can only execute one statement at a time.",
                             SQLITE_MISUSE, "You can only execute one statement at a time.", sql);
    }
    if (stmt_ == nullptr) {
      empty = true;
      return;
    }
    for (int i = 1; i <= sqlite3_bind_parameter_count(stmt_); ++i) {
      const char* name = sqlite3_bind_parameter_name(stmt_, i);
      param_names.emplace_back(name == nullptr || name[0] == '?' ? "" : name + 1);
    }
    for (int i = 0; i < sqlite3_column_count(stmt_); ++i)
      column_names.emplace_back(sqlite3_column_name(stmt_, i));
  }
  ~BufferedStatement() override { sqlite3_finalize(stmt_); }

  bool fetch() override {
    if (stmt_ == nullptr) return false;
    if (!running_) bind_params();
    running_ = true;
    int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_DONE) return false;
    if (rc != SQLITE_ROW) {
      sqlite3_reset(stmt_);
      detail::throw_sqlite_error(db_, rc, sql);
    }
    row.assign(static_cast<std::size_t>(sqlite3_column_count(stmt_)), Cell{});
    for (int i = 0; i < sqlite3_column_count(stmt_); ++i) {
      Cell& c = row[static_cast<std::size_t>(i)];
      c.storage = static_cast<StorageClass>(sqlite3_column_type(stmt_, i));
      if (c.storage == StorageClass::integer) c.integer = sqlite3_column_int64(stmt_, i);
      if (c.storage == StorageClass::real) c.real = sqlite3_column_double(stmt_, i);
      if (c.storage != StorageClass::null) {  // an integer's or real's text too (Cell)
        const void* p = c.storage == StorageClass::blob
                            ? sqlite3_column_blob(stmt_, i)
                            : static_cast<const void*>(sqlite3_column_text(stmt_, i));
        c.bytes.assign(static_cast<const char*>(p),
                       static_cast<std::size_t>(sqlite3_column_bytes(stmt_, i)));
      }
    }
    ++rows_fetched;
    return true;
  }
  void rewind() noexcept override {
    if (stmt_ != nullptr) {
      sqlite3_reset(stmt_);
      sqlite3_clear_bindings(stmt_);
    }
    running_ = false;
    params.clear();
    row.clear();
  }
  std::int64_t changed_rows() const noexcept override { return sqlite3_changes(db_); }
  std::int64_t inserted_rowid() const noexcept override { return sqlite3_last_insert_rowid(db_); }
  int bind_limit() const noexcept override {
    return sqlite3_limit(db_, SQLITE_LIMIT_VARIABLE_NUMBER, -1);
  }

  static inline long rows_fetched = 0;  // rows that crossed the seam as cells

 private:
  void bind_params() {
    for (std::size_t i = 0; i < params.size(); ++i) {
      const Cell& c = params[i];
      int at = static_cast<int>(i + 1);
      switch (c.storage) {
        case StorageClass::null:
          sqlite3_bind_null(stmt_, at);
          break;
        case StorageClass::integer:
          sqlite3_bind_int64(stmt_, at, c.integer);
          break;
        case StorageClass::real:
          sqlite3_bind_double(stmt_, at, c.real);
          break;
        case StorageClass::text:
          sqlite3_bind_text64(stmt_, at, c.bytes.data(), c.bytes.size(), SQLITE_TRANSIENT,
                              SQLITE_UTF8);
          break;
        case StorageClass::blob:
          sqlite3_bind_blob64(stmt_, at, c.bytes.data(), c.bytes.size(), SQLITE_TRANSIENT);
          break;
      }
    }
  }
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
  bool running_ = false;
};

class BufferedConnection final : public RawConnection {
 public:
  BufferedConnection(const detail::Driver& d, sqlite3* db, std::string filename, std::size_t n)
      : RawConnection(d, nullptr, std::move(filename), n), db_(db) {}
  ~BufferedConnection() override {
    release_state();
    sqlite3_close_v2(db_);
  }
  void exec(std::string_view sql) override {
    int rc = sqlite3_exec(db_, std::string(sql).c_str(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) detail::throw_sqlite_error(db_, rc, sql);
  }
  bool in_transaction() const noexcept override { return sqlite3_get_autocommit(db_) == 0; }
  void interrupt() noexcept override { sqlite3_interrupt(db_); }
  void enforce_deadlines() noexcept {
    sqlite3_progress_handler(
        db_, detail::kProgressOps,
        [](void* s) -> int { return static_cast<detail::RawState*>(s)->past_deadline() ? 1 : 0; },
        &state());
  }
  std::unique_ptr<detail::Statement> prepare(std::string_view sql) override {
    return std::make_unique<BufferedStatement>(db_, sql);
  }

 private:
  sqlite3* db_;
};

class BufferedDriver final : public detail::Driver {
 public:
  std::string_view name() const noexcept override { return "buffered"; }
  int sqlite_version() const noexcept override { return sqlite3_libversion_number(); }
  detail::DriverCapabilities capabilities() const noexcept override { return {}; }
  std::unique_ptr<RawConnection> connect(const detail::OpenParams& p) const override {
    sqlite3* db = nullptr;
    int rc = sqlite3_open_v2(p.filename.c_str(), &db, p.flags, nullptr);
    if (rc != SQLITE_OK) {
      std::string message = sqlite3_errmsg(db);
      sqlite3_close_v2(db);
      detail::throw_sqlite_error(rc, "cannot open database '" + p.filename + "': " + message, {});
    }
    sqlite3_extended_result_codes(db, 1);
    auto raw = std::make_unique<BufferedConnection>(*this, db, p.filename, p.statement_cache_size);
    if (p.statement_timeout.count() > 0) raw->enforce_deadlines();
    return raw;
  }
};

}  // namespace

const detail::Driver& buffered_driver() {
  static const BufferedDriver driver;
  static const bool registered = (detail::register_driver("buffered", driver), true);
  (void)registered;
  return driver;
}

long buffered_rows_fetched() { return BufferedStatement::rows_fetched; }

}  // namespace sqlcore::testing
