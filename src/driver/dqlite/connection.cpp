// The dqlite driver (sqlite+dqlite:// URLs): RawConnection and Statement over the wire-protocol
// client, with the leader found again when it changes.
// SPDX-License-Identifier: MIT
#include "driver/dqlite/connection.hpp"

#include <algorithm>
#include <chrono>
#include <optional>
#include <string>
#include <utility>

#include <fmt/format.h>

#include "base/ascii.hpp"
#include "driver/dqlite/client.hpp"
#include "driver/dqlite/leader.hpp"
#include "driver/dqlite/sql_scan.hpp"
#include "driver/raw_connection.hpp"
#include "driver/sqlite3/library.hpp"
#include "sqlcore/errors.hpp"

namespace sqlcore::detail::dqlite {

namespace {

constexpr int kMisuse = 21;  // SQLITE_MISUSE
constexpr int kError = 1;    // SQLITE_ERROR
constexpr int kRow = 100;    // SQLITE_ROW: dqlite's EXEC met a row

bool is_pragma(const ScannedStatement& st) {
  return st.text.size() >= 6 && ascii_lower(st.text.substr(0, 6)) == "pragma";
}

class DqliteConnection;

// A prepared statement on the leader, prepared again (lazily) after the connection moved to a
// new leader: statement ids belong to one server connection.
class DqliteStatement final : public Statement {
 public:
  DqliteStatement(DqliteConnection& conn, ScannedStatement scanned);
  ~DqliteStatement() override;

  bool fetch() override;
  void rewind() noexcept override {
    params.clear();
    row.clear();
    rows_.clear();
    next_ = 0;
    ran_ = false;
  }
  std::int64_t changed_rows() const noexcept override { return changes_; }
  std::int64_t inserted_rowid() const noexcept override { return last_rowid_; }
  /// dqlite's wire format counts a statement's parameters in one byte.
  int bind_limit() const noexcept override { return kMaxParams; }

  static constexpr int kMaxParams = 255;

 private:
  friend class DqliteConnection;
  DqliteConnection& conn_;
  ScannedStatement scanned_;
  std::string text_;                 // scanned_.text points into it
  std::optional<std::uint32_t> id_;  // on the server, for generation_
  std::uint64_t generation_ = 0;
  std::vector<std::vector<Cell>> rows_;
  std::size_t next_ = 0;
  bool ran_ = false;
  std::int64_t changes_ = 0;
  std::int64_t last_rowid_ = 0;
};

class DqliteConnection final : public RawConnection {
 public:
  DqliteConnection(const Driver& d, const OpenParams& p)
      : RawConnection(d, nullptr, p.filename, p.statement_cache_size),
        addresses_(p.addresses),
        database_(p.filename) {
    if (p.io_timeout.count() > 0) options_.client.timeout = p.io_timeout;
    if (p.leader_timeout.count() > 0) options_.leader_timeout = p.leader_timeout;
    reconnect();
  }
  ~DqliteConnection() override {
    release_state();  // statements finalize through client_ while it is still there
  }

  void exec(std::string_view sql) override {
    for (ScannedStatement& st : scan_statements(sql)) {
      if (st.returning) throw_returning(st.text);
      run(
          [&](Client& c) {
            if (st.kind == StatementKind::query) {
              c.query_sql(db_, st.text, {});
              return;
            }
            try {
              c.exec_sql(db_, st.text, {});
            } catch (const DBAPIError& e) {
              // A setting that answers with its value (PRAGMA busy_timeout = 5000): EXEC stops
              // at the row; the setting took effect, nothing was written. Read it as a query.
              if (e.sqlite_primary_code() != kRow || !is_pragma(st)) throw;
              c.query_sql(db_, st.text, {});
            }
          },
          st);
      remember_setting(st);
    }
  }
  bool in_transaction() const noexcept override { return in_tx_; }
  // dqlite's INTERRUPT request needs the connection this thread is using: nothing to do from
  // another thread; the client's socket timeouts bound every wait instead.
  void interrupt() noexcept override {}

  std::unique_ptr<Statement> prepare(std::string_view sql) override {
    std::vector<ScannedStatement> all = scan_statements(sql);
    if (all.size() > 1)
      throw ProgrammingError("(ProgrammingError) You can only execute one statement at a time.",
                             kMisuse, "You can only execute one statement at a time.",
                             std::string(sql));
    if (all.empty()) {
      auto st = std::make_unique<DqliteStatement>(*this, ScannedStatement{});
      st->sql = std::string(sql);
      st->empty = true;
      return st;
    }
    if (all[0].returning) throw_returning(sql);
    auto st = std::make_unique<DqliteStatement>(*this, std::move(all[0]));
    st->sql = std::string(sql);
    ensure_prepared(*st);
    return st;
  }

  // Prepares `st` on the current server connection unless it is already.
  void ensure_prepared(DqliteStatement& st) {
    if (st.id_ && st.generation_ == generation_) return;
    run(
        [&](Client& c) {
          Prepared p = c.prepare(db_, st.scanned_.text);
          st.id_ = p.stmt_id;
          st.generation_ = generation_;
          if (p.params != st.scanned_.param_names.size())
            // The server counts otherwise than the scan (a construct it does not know):
            // positional binds only.
            st.param_names.assign(p.params, std::string());
        },
        st.scanned_);
  }

  void run_statement(DqliteStatement& st) {
    ensure_prepared(st);
    run(
        [&](Client& c) {
          // Prepared again when run() moved to a new leader.
          if (st.generation_ != generation_) {
            Prepared p = c.prepare(db_, st.scanned_.text);
            st.id_ = p.stmt_id;
            st.generation_ = generation_;
          }
          if (st.scanned_.kind == StatementKind::query) {
            Rows r = c.query(db_, *st.id_, st.params);
            if (st.column_names.empty()) st.column_names = std::move(r.columns);
            st.rows_ = std::move(r.rows);
            st.changes_ = 0;
          } else {
            ExecResult r{};
            try {
              r = c.exec(db_, *st.id_, st.params);
            } catch (const DBAPIError& e) {
              // As in exec(): a PRAGMA setting that answers with a row.
              if (e.sqlite_primary_code() != kRow || st.scanned_.tx != TxEffect::none ||
                  !is_pragma(st.scanned_))
                throw;
              Rows rows = c.query(db_, *st.id_, st.params);
              if (st.column_names.empty()) st.column_names = std::move(rows.columns);
              st.rows_ = std::move(rows.rows);
            }
            st.changes_ = static_cast<std::int64_t>(r.rows_affected);
            st.last_rowid_ = static_cast<std::int64_t>(r.last_insert_id);
            last_rowid_ = st.last_rowid_;
          }
        },
        st.scanned_);
    if (st.scanned_.kind == StatementKind::query) st.last_rowid_ = last_rowid_;
  }

  void finalize(DqliteStatement& st) noexcept {
    if (!st.id_ || st.generation_ != generation_ || !client_) return;
    try {
      client_->finalize(db_, *st.id_);
    } catch (...) {
      // A statement on a connection that broke: the server dropped it with the connection.
    }
  }

 private:
  [[noreturn]] static void throw_returning(std::string_view sql) {
    throw NotSupportedError(
        "RETURNING: the dqlite driver cannot run a statement that both writes and returns rows "
        "(libdqlite 1.11 replicates writes only through EXEC, which answers with no rows)",
        kError, "RETURNING not supported by dqlite", std::string(sql));
  }

  // Runs one request. When the leader changed (the server says it is not the leader, or the
  // connection broke): outside a transaction the connection moves to the new leader and the
  // request runs once more; inside one the transaction is lost, which the error says, and the
  // connection only takes ROLLBACK until it is rolled back.
  template <class F>
  void run(F&& request, const ScannedStatement& st) {
    if (tx_lost_) {
      if (st.tx == TxEffect::rollback) {  // the lost transaction ends here, on a new leader
        reconnect_quietly();
        tx_lost_ = false;
        in_tx_ = false;
        savepoints_.clear();
        return;
      }
      throw OperationalError(
          fmt::format("(OperationalError) the dqlite leader changed during this transaction, "
                      "which is lost (nothing of it was applied); roll it back [SQL: {}]",
                      st.text),
          kError, "transaction lost to a leader change", std::string(st.text));
    }
    try {
      if (!client_) reconnect();
      request(*client_);
    } catch (const DBAPIError& e) {
      // NotLeaderError: the node refused the request (it is not the leader, or lost the
      // leadership); ConnectionError: it is gone, frozen or unreachable.
      if (!is_leader_change(e)) {
        track(st, false);
        throw;
      }
      if (in_tx_) {
        tx_lost_ = true;
        client_.reset();
        throw OperationalError(
            fmt::format("(OperationalError) the dqlite leader changed during a transaction: the "
                        "transaction is lost (nothing of it was applied); roll it back and run it "
                        "again ({}) [SQL: {}]",
                        e.sqlite_message(), st.text),
            e.sqlite_code(), e.sqlite_message(), std::string(st.text));
      }
      reconnect();
      request(*client_);
    }
    track(st, true);
  }

  // What a statement did to the transaction state, which lives on the server: BEGIN, COMMIT,
  // ROLLBACK and savepoints (a SAVEPOINT outside a transaction begins one; releasing the
  // outermost ends it).
  void track(const ScannedStatement& st, bool ok) {
    switch (st.tx) {
      case TxEffect::begin:
        if (ok) in_tx_ = true;
        break;
      case TxEffect::commit:
        if (ok) {
          in_tx_ = false;
          savepoints_.clear();
        }
        break;
      case TxEffect::rollback:
        // ROLLBACK ends the transaction even when it reports an error.
        in_tx_ = false;
        savepoints_.clear();
        break;
      case TxEffect::savepoint:
        if (!ok) break;
        if (!in_tx_) {
          in_tx_ = true;
          savepoint_began_ = true;
        }
        savepoints_.push_back(st.savepoint);
        break;
      case TxEffect::release: {
        if (!ok) break;
        auto it = std::find(savepoints_.rbegin(), savepoints_.rend(), st.savepoint);
        if (it != savepoints_.rend()) savepoints_.erase(std::prev(it.base()), savepoints_.end());
        if (savepoints_.empty() && savepoint_began_) {
          in_tx_ = false;
          savepoint_began_ = false;
        }
        break;
      }
      case TxEffect::rollback_to:
      case TxEffect::none:
        break;
    }
  }

  // "PRAGMA x = y" belongs to the server's connection: the engine sets foreign_keys and
  // busy_timeout once, at connect, so they are set again on each new leader's connection.
  void remember_setting(const ScannedStatement& st) {
    if (st.kind != StatementKind::exec || !is_pragma(st)) return;
    std::string text(st.text);
    std::string name = ascii_lower(text.substr(0, text.find('=')));
    for (auto& [n, t] : settings_)
      if (n == name) {
        t = std::move(text);
        return;
      }
    settings_.emplace_back(std::move(name), std::move(text));
  }

  void reconnect() {
    client_.reset();
    Client c = find_leader(addresses_, options_);
    db_ = c.open(database_);
    for (const auto& setting : settings_) {
      try {
        c.exec_sql(db_, setting.second, {});
      } catch (const DBAPIError& e) {
        if (e.sqlite_primary_code() != kRow) throw;  // answered with its value, as in exec()
        c.query_sql(db_, setting.second, {});
      }
    }
    client_.emplace(std::move(c));
    ++generation_;
  }
  void reconnect_quietly() noexcept {
    try {
      reconnect();
    } catch (...) {
      client_.reset();  // the next request connects again (and says why it cannot)
    }
  }

  friend class DqliteStatement;
  std::vector<std::string> addresses_;
  std::string database_;
  LeaderSearch options_;
  std::optional<Client> client_;
  std::uint32_t db_ = 0;
  std::uint64_t generation_ = 0;
  std::int64_t last_rowid_ = 0;
  bool in_tx_ = false;
  bool tx_lost_ = false;
  bool savepoint_began_ = false;
  std::vector<std::string> savepoints_;
  std::vector<std::pair<std::string, std::string>> settings_;  // pragma name, its statement
};

DqliteStatement::DqliteStatement(DqliteConnection& conn, ScannedStatement scanned)
    : Statement(std::string_view{}), conn_(conn), text_(scanned.text) {
  scanned_ = std::move(scanned);
  scanned_.text = text_;
  param_names = scanned_.param_names;
}

DqliteStatement::~DqliteStatement() { conn_.finalize(*this); }

bool DqliteStatement::fetch() {
  if (empty) return false;
  if (!ran_) {
    if (params.size() < param_names.size()) params.resize(param_names.size());
    conn_.run_statement(*this);
    ran_ = true;
    next_ = 0;
  }
  if (next_ >= rows_.size()) {
    rows_.clear();
    return false;
  }
  row = std::move(rows_[next_++]);
  return true;
}

class DqliteDriver final : public Driver {
 public:
  std::string_view name() const noexcept override { return "dqlite"; }
  // Debian's libdqlite runs on the system libsqlite3, the one this library links: the
  // cluster's SQLite, as far as this process can tell (a remote node may differ).
  int sqlite_version() const noexcept override { return sqlite_library_version(); }
  DriverCapabilities capabilities() const noexcept override {
    DriverCapabilities c;
    c.json = sqlite_library_has_json();
    return c;  // no handle, backup, codec, sessions, hooks, images or C++ functions
  }
  std::unique_ptr<RawConnection> connect(const OpenParams& p) const override {
    return std::make_unique<DqliteConnection>(*this, p);
  }
};

}  // namespace

const Driver& dqlite_driver() noexcept {
  static const DqliteDriver driver;
  return driver;
}

}  // namespace sqlcore::detail::dqlite
