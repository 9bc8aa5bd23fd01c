// Connection: checkout and close, text() and expression statements through the statement and
// compiled caches (executemany: batch.cpp; transactions: transaction.cpp).
// SPDX-License-Identifier: MIT
#include "sqlcore/connection.hpp"

#include <algorithm>
#include <type_traits>

#include <fmt/format.h>

#include "driver/sqlite3/error_map.hpp"
#include "driver/stmt_ops.hpp"
#include "engine/binding.hpp"
#include "engine/engine_state.hpp"
#include "sqlcore/errors.hpp"
#include "types/type_impl.hpp"

namespace sqlcore {

namespace detail {

void ConnectionCore::check_usable() const {
  if (engine->check_same_thread && std::this_thread::get_id() != thread)
    throw ProgrammingError(
        "(ProgrammingError) SQLite objects created in a thread can only be used in that same "
        "thread (check_same_thread=true in the URL)",
        21 /* SQLITE_MISUSE */, "connection used from another thread", "");
  if (raw == nullptr || !has_frames(*raw)) return;
  const TxState& tx = tx_state(*raw);
  if (!tx.rolled_back_by_sqlite(*raw)) return;
  // A statement now would run in autocommit and be committed on its own, outside the
  // transaction the caller still believes open: refuse it, so atomicity holds for a caller
  // that caught the failure and carried on.
  throw InvalidRequestError(fmt::format(
      "this connection's transaction was rolled back by SQLite itself after an error ({}); "
      "nothing it wrote is kept. Roll the Transaction back (rollback(), or let it go out of "
      "scope) before running more statements on this connection",
      tx.rolled_back_after ? *tx.rolled_back_after : std::string("seen outside sqlcore")));
}

void ConnectionCore::statement_failed() {
  if (raw == nullptr) return;
  // on_commit_changes: SQLite undid what the failed statement changed.
  if (TxState* tx = pending_changes(raw); tx != nullptr && tx->changes)
    tx->changes->statement_failed(raw->in_transaction());
  std::string what;
  int code = 0;
  std::string message, sql;
  try {
    throw;
  } catch (const DBAPIError& e) {
    what = e.what();
    code = e.sqlite_code();
    message = e.sqlite_message();
    sql = e.sql();
  } catch (const std::exception& e) {
    what = e.what();
  } catch (...) {
    what = "an exception";
  }
  constexpr int kInterrupt = 9;  // SQLITE_INTERRUPT: sqlite3_interrupt or the progress handler
  bool timed_out = (code & 0xff) == kInterrupt && raw->state().timed_out;
  if (timed_out) {
    raw->state().timed_out = false;
    message = fmt::format(
        "statement timed out: it ran longer than the statement_timeout of {} ms "
        "(EngineOptions::statement_timeout) and SQLite interrupted it ({})",
        std::chrono::duration_cast<std::chrono::milliseconds>(time_limit).count(), message);
    what = message;
  }
  TxState& tx = tx_state(*raw);
  if (tx.began && !tx.frames.empty() && !raw->in_transaction()) {
    if (!tx.rolled_back_after) tx.rolled_back_after = what;
    if (timed_out) throw_sqlite_error(code, message, sql);
    return;
  }
  if (timed_out) throw_sqlite_error(code, message, sql);
  constexpr int kBusy = 5;  // SQLITE_BUSY, and its extended codes (BUSY_SNAPSHOT ...)
  // Inside a transaction SQLite invokes no busy handler when a reader asks for the write lock
  // (btree.c: only a connection without a transaction waits): it fails at once. Not so for
  // a transaction sqlcore began IMMEDIATE or EXCLUSIVE, which holds the write lock already.
  if ((code & 0xff) == kBusy && raw->in_transaction() && !(tx.began && !tx.deferred))
    throw_sqlite_error(
        code,
        fmt::format(
            "{}: a statement inside a transaction found the database locked. If this "
            "transaction read before it wrote, another connection wrote (or is writing) since, "
            "and SQLite refuses the write at once instead of waiting (its deadlock avoidance: "
            "busy_timeout cannot help); else the lock stayed taken through the whole busy "
            "timeout. Roll back and run the "
            "whole transaction again (what run_in_transaction does), and begin transactions "
            "that write with BEGIN IMMEDIATE (conn.begin(BeginMode::immediate), or "
            "EngineOptions::begin_mode), which takes the write lock first and waits for it",
            message),
        sql);
}

std::unique_ptr<Cursor> ConnectionCore::open_cursor(std::string_view sql,
                                                    const std::vector<Type>* column_types) {
  Statement* st = nullptr;
  try {
    st = raw->state().cache.acquire(sql);
  } catch (...) {
    prepare_failed(sql);
    throw;
  }
  return std::make_unique<Cursor>(this, st, engine->options.raw_colnames, column_types);
}

void ConnectionCore::prepare_failed(std::string_view sql) const {
  if (std::unique_ptr<Trace> t = start_trace(sql)) {
    t->error = current_error_message();
    emit(sql, std::move(*t));
  }
}

void ConnectionCore::run_events(const std::vector<TransactionEvent> EngineState::*list) {
  if ((engine.get()->*list).empty()) return;
  for (const auto& fn : engine->events(engine.get()->*list)) fn(*owner);
}

namespace {

[[noreturn]] void throw_closed() { throw InvalidRequestError("this Connection is closed"); }

}  // namespace
}  // namespace detail

// ---- Connection ---------------------------------------------------------------------------------

Connection::Connection(std::shared_ptr<detail::ConnectionCore> core) noexcept
    : core_(std::move(core)), interrupt_core_(core_) {
  if (core_) {
    core_->owner = this;
    std::lock_guard lock(core_->interrupt_mutex);
    core_->interrupt_target = core_->raw;
  }
}

Connection::Connection(Connection&& other) noexcept
    : core_(std::move(other.core_)), interrupt_core_(std::move(other.interrupt_core_)) {
  if (core_) core_->owner = this;
}

Connection& Connection::operator=(Connection&& other) noexcept {
  if (this != &other) {
    close();
    core_ = std::move(other.core_);
    interrupt_core_ = std::move(other.interrupt_core_);
    if (core_) core_->owner = this;
  }
  return *this;
}

void Connection::interrupt() noexcept {
  detail::ConnectionCore* core = interrupt_core_.get();
  if (core == nullptr) return;
  // Under the lock close() takes before the raw connection goes back to the pool: the target
  // is this Connection's own raw connection, or nullptr once it is closed.
  std::lock_guard lock(core->interrupt_mutex);
  if (core->interrupt_target != nullptr) core->interrupt_target->interrupt();
}

Connection::~Connection() { close(); }

detail::ConnectionCore& Connection::core() const {
  if (!core_) detail::throw_closed();
  return *core_;
}

void Connection::close() noexcept {
  if (!core_) return;
  std::shared_ptr<detail::ConnectionCore> core = std::move(core_);
  {
    // From here on interrupt() reaches nothing: the raw connection is about to be handed on.
    std::lock_guard lock(core->interrupt_mutex);
    core->interrupt_target = nullptr;
  }
  // Close open Results first: their statements must be reset before ROLLBACK.
  while (!core->cursors.empty()) core->cursors.back()->finish();
  RawConnection& raw = *core->raw;
  auto& frames = detail::tx_state(raw).frames;
  bool had_transaction = !frames.empty();
  try {
    if (raw.in_transaction()) core->exec("ROLLBACK");
  } catch (...) {
    // A failing ROLLBACK leaves nothing to do here: the pool closes broken handles.
  }
  detail::tx_state(raw).clear();
  if (had_transaction) {
    try {
      core->run_events(&detail::EngineState::rollback_events);
    } catch (...) {
    }
  }
  if (core->toggles_query_only) {
    try {
      raw.exec("PRAGMA query_only = 0");
    } catch (...) {
    }
  }
  core->engine->checkin(raw);
  core->raw = nullptr;
  // interrupt_core_ keeps the core for interrupt(); not the engine (its pool, its idle
  // connections): nothing reaches the engine through a closed core.
  core->engine.reset();
}

bool Connection::readonly() const noexcept { return core_ && core_->readonly; }

sqlite3* Connection::native_handle() const { return core().raw->native_handle(); }
RawConnection& Connection::raw() const { return *core().raw; }

Result Connection::execute(const TextClause& statement, const Params& params,
                           const TypeMap& types) {
  detail::ConnectionCore& c = core();
  c.check_usable();
  auto cursor = c.open_cursor(statement.sql());
  detail::Statement* st = cursor->st;
  // Everything is checked and converted before the first bind: a bad parameter sends nothing.
  auto where = detail::match_params(*st, params);
  std::vector<Value> values = detail::convert_params(*st, params, where, types);
  detail::bind_all(*st, values);  // copies (transient binds)
  if (cursor->start_trace()) cursor->trace->params = std::move(values);
  if (!types.empty()) {
    cursor->type_columns([&types](detail::Cursor& cur) {
      for (int i = 0; i < cur.columns; ++i) {
        const Type* t = detail::find_type(types, cur.keys()[static_cast<std::size_t>(i)]);
        if (t != nullptr) cur.set_type(i, t->for_dialect("sqlite"));
      }
    });
  }
  cursor->step();
  return Result(std::move(cursor));
}

namespace detail {
namespace {

// One StatementKey per thread, reused so that a cached execution allocates no key; a nested
// execution on the same thread (from a user type's bind function) takes a fresh one.
struct KeyBuffer {
  StatementKey key;
  bool busy = false;
};
thread_local KeyBuffer key_buffer;

// The values one execution binds (Connection::run_compiled), reused per thread in the same way.
struct BindBuffer {
  std::vector<const Value*> refs;
  std::vector<Value> converted;
  bool busy = false;
};
thread_local BindBuffer bind_buffer;

// Runs `fn(entry, key)` with `get(buffer, key)`'s compiled entry and the statement's key: the
// one it keeps, or computed into the thread's reused buffer.
template <class Get, class Fn>
Result with_key(const Get& get, Fn&& fn) {
  KeyBuffer& buffer = key_buffer;
  const StatementKey* key = nullptr;
  if (buffer.busy) {
    StatementKey own;
    auto entry = get(own, key);
    return fn(*entry, *key);
  }
  buffer.busy = true;
  struct Release {
    KeyBuffer& b;
    ~Release() { b.busy = false; }
  } release{buffer};
  auto entry = get(buffer.key, key);
  return fn(*entry, *key);
}

// Runs `fn(entry, key)` with the engine's compiled form of `s` and the key of `s`.
template <class S, class Fn>
Result with_compiled(ConnectionCore& c, const S& s, Fn&& fn) {
  return with_key(
      [&](StatementKey& buffer, const StatementKey*& key) {
        return c.engine->compiled_cache->get(s, sqlite_dialect(), buffer, key);
      },
      std::forward<Fn>(fn));
}

}  // namespace
}  // namespace detail

template <class S>
Result Connection::execute_cached(const S& statement, const Params& params) {
  detail::ConnectionCore& c = core();
  c.check_usable();
  auto run = [&](const detail::CompiledEntry& e, const detail::StatementKey& key) {
    return run_compiled(e.compiled, params, [&](std::size_t i) -> const std::optional<Value>& {
      std::int32_t slot = e.slots[i];
      return slot < 0 ? e.compiled.values[i] : key.values[static_cast<std::size_t>(slot)];
    });
  };
  if constexpr (std::is_same_v<S, Insert>) {
    if (statement.assignments().empty() && !statement.is_from_select() && !params.empty()) {
      // insert(t) executed with parameters: the parameters name the columns (SQLAlchemy).
      // Looked up by the key of statement.columns(names), which is built on a miss only.
      return detail::with_key(
          [&](detail::StatementKey& buffer, const detail::StatementKey*& key) {
            key = &buffer;
            return c.engine->compiled_cache->get_with_columns(statement, params, sqlite_dialect(),
                                                              buffer);
          },
          run);
    }
  }
  return detail::with_compiled(c, statement, run);
}

Result Connection::execute(const Select& statement, const Params& params) {
  return execute_cached(statement, params);
}

Result Connection::execute(const Insert& s, const Params& params) {
  return execute_cached(s, params);
}
Result Connection::execute(const Update& s, const Params& params) {
  return execute_cached(s, params);
}
Result Connection::execute(const Delete& s, const Params& params) {
  return execute_cached(s, params);
}

std::shared_ptr<const Compiled> Connection::compiled_shape(const Insert& statement) {
  detail::ConnectionCore& c = core();
  c.check_usable();
  detail::StatementKey key;
  auto entry = c.engine->compiled_cache->get(statement, sqlite_dialect(), key);
  return {entry, &entry->compiled};  // shares the entry's ownership
}

Result Connection::execute(const Compiled& compiled, const Params& params) {
  detail::ConnectionCore& c = core();
  c.check_usable();
  return run_compiled(compiled, params, [&](std::size_t i) -> const std::optional<Value>& {
    return compiled.values[i];
  });
}

template <class ValueOf>
Result Connection::run_compiled(const Compiled& compiled, const Params& params,
                                const ValueOf& value_of) {
  detail::ConnectionCore& c = core();
  // Values first: a missing or unknown parameter, or a value of the wrong type, sends nothing.
  // Bind i takes the Value at refs[i]: the caller's (or the statement's) own when it binds as
  // it is, else its conversion, in `converted` (reserved, so that the addresses stay put).
  detail::BindBuffer local;
  detail::BindBuffer& buffer = detail::bind_buffer.busy ? local : detail::bind_buffer;
  buffer.busy = true;
  struct Release {
    detail::BindBuffer& b;
    ~Release() {
      b.converted.clear();
      b.busy = false;
    }
  } release{buffer};
  const std::size_t n = compiled.values.size();
  buffer.refs.resize(n);
  buffer.converted.reserve(n);
  // Which parameters a bind took: a word of bits for the usual few (no allocation per row).
  constexpr std::size_t kWord = 64;
  std::uint64_t used_word = 0;
  std::vector<bool> used_more(params.size() > kWord ? params.size() : 0, false);
  auto mark = [&](std::size_t k) {
    if (k < kWord)
      used_word |= std::uint64_t{1} << k;
    else
      used_more[k] = true;
  };
  auto is_used = [&](std::size_t k) {
    return k < kWord ? ((used_word >> k) & 1u) != 0 : static_cast<bool>(used_more[k]);
  };
  for (std::size_t i = 0; i < n; ++i) {
    const std::string& name = compiled.params[i];
    const Value* v = nullptr;
    if (const std::optional<Value>& own = value_of(i)) {
      v = &*own;
    } else {
      auto it = std::find_if(params.begin(), params.end(),
                             [&](const auto& p) { return p.first == name; });
      auto k = static_cast<std::size_t>(it - params.begin());
      if (k == params.size())
        throw ArgumentError(fmt::format("A value is required for bind parameter '{}' [SQL: {}]",
                                        name, compiled.sql));
      mark(k);
      v = &params[k].second;
    }
    const Type& type = compiled.bind_types[i];
    if (!detail::binds_as_is(type.impl(), *v)) {
      buffer.converted.push_back(detail::to_storage(*v, &type, name));
      v = &buffer.converted.back();
    }
    buffer.refs[i] = v;
  }
  for (std::size_t k = 0; k < params.size(); ++k)
    if (!is_used(k))
      throw ArgumentError(
          fmt::format("parameter '{}' is not a bindparam() of the statement [SQL: {}]",
                      params[k].first, compiled.sql));
  auto cursor = c.open_cursor(compiled.sql, &compiled.column_types);
  detail::Statement* st = cursor->st;
  // A statement without result columns runs to its end in cursor->step() below, which resets
  // it before this call returns: its text and blobs are bound without a copy. One that returns
  // rows keeps stepping after it (and a driver that learns its columns late may too): copies.
  const bool transient = cursor->columns != 0 || cursor->late_columns;
  for (std::size_t i = 0; i < n; ++i)
    detail::bind_stored(*st, static_cast<int>(i + 1), *buffer.refs[i], transient);
  if (cursor->start_trace()) {
    cursor->trace->params.reserve(n);
    for (const Value* v : buffer.refs) cursor->trace->params.push_back(*v);
  }
  cursor->step();
  return Result(std::move(cursor));
}

Result Connection::exec_driver_sql(std::string_view sql, const Params& params) {
  detail::ConnectionCore& c = core();
  c.check_usable();
  detail::Statement* st = nullptr;
  try {
    st = c.raw->prepare(sql).release();  // uncached: destroyed at the end
  } catch (...) {
    c.prepare_failed(sql);
    throw;
  }
  st->in_use = true;
  auto cursor = std::make_unique<detail::Cursor>(&c, st, c.engine->options.raw_colnames);
  auto where = detail::match_params(*st, params);
  std::vector<Value> values = detail::convert_params(*st, params, where, {});
  detail::bind_all(*st, values);  // copies (transient binds)
  if (cursor->start_trace()) cursor->trace->params = std::move(values);
  cursor->step();
  return Result(std::move(cursor));
}

}  // namespace sqlcore
