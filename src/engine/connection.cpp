// Connection and Transaction: BEGIN / SAVEPOINT / COMMIT / ROLLBACK emitted by sqlcore itself,
// and text() execution with named binds.
// SPDX-License-Identifier: MIT
#include "sqlcore/connection.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "driver/stmt_ops.hpp"
#include "engine/engine_state.hpp"
#include "sqlcore/errors.hpp"

namespace sqlcore {

namespace detail {

void ConnectionCore::check_usable() const {
  if (engine->check_same_thread && std::this_thread::get_id() != thread)
    throw ProgrammingError(
        "(ProgrammingError) SQLite objects created in a thread can only be used in that same "
        "thread (check_same_thread=true in the URL)",
        21 /* SQLITE_MISUSE */, "connection used from another thread", "");
}

void ConnectionCore::run_events(const std::vector<TransactionEvent> EngineState::*list) {
  if ((engine.get()->*list).empty()) return;
  for (const auto& fn : engine->events(engine.get()->*list)) fn(*owner);
}

namespace {

[[noreturn]] void throw_closed() { throw InvalidRequestError("this Connection is closed"); }

// The value SQLite stores for `v`, through `type` when one is given.
Value stored_value(const Value& v, const Type* type, std::string_view name) {
  if (type != nullptr) return type->bind(v, name);
  return default_bind(v);
}

// `transient`: SQLite copies text and blobs; otherwise `v` must outlive the step.
void bind_stored(Statement& st, int index, const Value& v, bool transient = true) {
  const auto& s = v.storage();
  switch (s.index()) {
    case 0:
      bind_null(st, index);
      return;
    case 1:
      bind_int64(st, index, std::get<std::int64_t>(s));
      return;
    case 2:
      bind_double(st, index, std::get<double>(s));
      return;
    case 3:
      bind_text(st, index, std::get<std::string>(s), transient);
      return;
    case 4:
      bind_blob(st, index, std::get<Blob>(s), transient);
      return;
    default:
      break;
  }
  // default_bind / Type::bind leave only the five storage kinds.
  bind_stored(st, index, default_bind(v), true);
}

const Type* find_type(const TypeMap& types, std::string_view name) {
  for (const auto& [n, t] : types)
    if (n == name) return &t;
  return nullptr;
}

// For each bind parameter of `st` (by index), the position of its value in `params`.
// Throws ArgumentError, before anything runs, for a positional bind, a bind without a
// value, a value for no bind, or a name given twice.
std::vector<std::size_t> match_params(const Statement& st, const Params& params) {
  std::vector<std::size_t> where(st.param_names.size());
  for (std::size_t i = 0; i < st.param_names.size(); ++i) {
    const std::string& name = st.param_names[i];
    if (name.empty())
      throw ArgumentError(fmt::format(
          "bind parameter {} of the statement is positional ('?'); text() takes named binds "
          "(:name) [SQL: {}]",
          i + 1, st.sql));
    auto it =
        std::find_if(params.begin(), params.end(), [&](const auto& p) { return p.first == name; });
    if (it == params.end())
      throw ArgumentError(
          fmt::format("A value is required for bind parameter '{}' [SQL: {}]", name, st.sql));
    where[i] = static_cast<std::size_t>(it - params.begin());
  }
  for (std::size_t k = 0; k < params.size(); ++k) {
    const std::string& name = params[k].first;
    bool used =
        std::find(st.param_names.begin(), st.param_names.end(), name) != st.param_names.end();
    if (!used) {
      std::string binds;
      for (const auto& n : st.param_names)
        binds += fmt::format("{}{}", binds.empty() ? "" : ", ", n);
      throw ArgumentError(
          fmt::format("parameter '{}' is not a bind of the statement (its binds: {}) [SQL: {}]",
                      name, binds.empty() ? "none" : binds, st.sql));
    }
    for (std::size_t j = 0; j < k; ++j)
      if (params[j].first == name)
        throw ArgumentError(fmt::format("parameter '{}' is given twice", name));
  }
  return where;
}

// Every value converted to what SQLite stores, before anything is bound.
std::vector<Value> convert_params(const Statement& st, const Params& params,
                                  const std::vector<std::size_t>& where, const TypeMap& types) {
  std::vector<Value> out;
  out.reserve(where.size());
  for (std::size_t i = 0; i < where.size(); ++i) {
    const auto& [name, value] = params[where[i]];
    out.push_back(stored_value(value, find_type(types, name), name));
  }
  (void)st;
  return out;
}

void bind_all(Statement& st, const std::vector<Value>& values) {
  for (std::size_t i = 0; i < values.size(); ++i)
    bind_stored(st, static_cast<int>(i + 1), values[i]);
}

// Steps `st` once per row, bound by bind_row(r), inside a savepoint: all rows or none (a
// savepoint in the caller's transaction, or a transaction of its own when none is open).
// The Result carries the total of changed rows.
// Runs `body` in a savepoint: released when it returns, rolled back to (so that none of its
// work stays) when it throws, and the error passed on.
template <class Body>
void in_savepoint(ConnectionCore& c, Body&& body) {
  std::string savepoint = fmt::format("sa_savepoint_{}", ++detail::tx_state(*c.raw).savepoint_seq);
  c.raw->exec("SAVEPOINT " + savepoint);
  try {
    body();
  } catch (...) {
    try {
      c.raw->exec("ROLLBACK TO SAVEPOINT " + savepoint);
      c.raw->exec("RELEASE SAVEPOINT " + savepoint);
    } catch (...) {
    }
    throw;
  }
  c.raw->exec("RELEASE SAVEPOINT " + savepoint);
}

// Steps a bound statement to its end; the rows it changed.
std::int64_t run_once(Statement* st) {
  try {
    while (step(*st)) {
    }
  } catch (...) {
    reset(*st);
    throw;
  }
  std::int64_t n = changes(*st);
  reset(*st);
  return n;
}

Result run_batch(ConnectionCore& c, Statement* st, std::unique_ptr<Cursor> cursor,
                 std::size_t count, const std::function<void(std::size_t)>& bind_row) {
  std::int64_t total = 0;
  in_savepoint(c, [&] {
    for (std::size_t r = 0; r < count; ++r) {
      try {
        bind_row(r);
      } catch (...) {
        reset(*st);
        throw;
      }
      total += run_once(st);
    }
  });
  cursor->rowcount = total;
  cursor->lastrowid = last_insert_rowid(*st);
  cursor->finish();
  return Result(std::move(cursor));
}

using FillRow = std::function<void(std::size_t, std::vector<Value>&)>;

// Converts row r's values (given by `fill`) for the binds of `compiled`, in place, and moves
// them to out[0, n): they must outlive the step, as they are bound without a copy.
void converted_row(const Compiled& compiled, std::size_t r, const FillRow& fill,
                   std::vector<Value>& scratch, Value* out) {
  scratch.clear();
  fill(r, scratch);
  if (scratch.size() != compiled.params.size())
    throw ArgumentError(fmt::format("row {} gives {} values for {} binds [SQL: {}]", r,
                                    scratch.size(), compiled.params.size(), compiled.sql));
  for (std::size_t i = 0; i < scratch.size(); ++i) {
    const Type& type = compiled.bind_types[i];
    if (!binds_as_is(type.impl(), scratch[i]))
      scratch[i] = type.bind(scratch[i], compiled.params[i]);
    out[i] = std::move(scratch[i]);
  }
}

// SQLAlchemy 2.0's "insertmanyvalues": executemany of a plain INSERT sends up to 1,000 rows per
// statement, `INSERT ... VALUES (?, ...), (?, ...), ...`, within SQLite's bind limit. One
// statement for the full pages, one for the last, partial one; rowcount and lastrowid as
// row-by-row execution gives them; atomic as the row-by-row loop is (a savepoint).
constexpr std::size_t kPageRows = 1000;  // SQLAlchemy's insertmanyvalues_page_size

Result insert_many_values(ConnectionCore& c, const Compiled& compiled, std::size_t count,
                          const FillRow& fill) {
  const std::size_t width = compiled.params.size();
  std::string_view head(compiled.sql.data(), compiled.insert_values_at);
  std::string_view row(compiled.sql.data() + compiled.insert_values_at,
                       compiled.sql.size() - compiled.insert_values_at);
  auto sql_for = [&](std::size_t rows) {
    std::string s(head);
    s.reserve(head.size() + rows * (row.size() + 2));
    for (std::size_t r = 0; r < rows; ++r) {
      if (r) s += ", ";
      s += row;
    }
    return s;
  };
  StatementCache& cache = c.raw->state().cache;
  Statement* single = cache.acquire(compiled.sql);
  auto cursor = std::make_unique<Cursor>(&c, single, c.engine->options.raw_colnames);
  std::size_t limit = static_cast<std::size_t>(std::max(1, variable_limit(*single)));
  std::size_t page = std::max<std::size_t>(1, std::min(kPageRows, limit / width));
  std::vector<Value> scratch, values(std::min(page, count) * width);
  std::int64_t total = 0;
  std::int64_t last_rowid = 0;
  Statement* full = nullptr;
  Statement* tail = nullptr;
  struct Release {
    StatementCache& cache;
    Statement*& a;
    Statement*& b;
    ~Release() {
      if (a != nullptr) cache.release(a);
      if (b != nullptr) cache.release(b);
    }
  } release{cache, full, tail};
  in_savepoint(c, [&] {
    for (std::size_t start = 0; start < count; start += page) {
      std::size_t n = std::min(page, count - start);
      Statement*& slot = n == page ? full : tail;
      if (n == 1) {
        slot = nullptr;
      } else if (slot == nullptr) {
        slot = cache.acquire(sql_for(n));
      }
      Statement* st = n == 1 ? single : slot;
      try {
        for (std::size_t k = 0; k < n; ++k) {
          converted_row(compiled, start + k, fill, scratch, &values[k * width]);
          for (std::size_t i = 0; i < width; ++i)
            bind_stored(*st, static_cast<int>(k * width + i + 1), values[k * width + i],
                        /*transient=*/false);
        }
      } catch (...) {
        reset(*st);
        throw;
      }
      total += run_once(st);
      last_rowid = last_insert_rowid(*st);
    }
  });
  cursor->rowcount = total;
  cursor->lastrowid = last_rowid;
  cursor->finish();
  return Result(std::move(cursor));
}

}  // namespace
}  // namespace detail

// ---- Connection ---------------------------------------------------------------------------------

Connection::Connection(std::shared_ptr<detail::ConnectionCore> core) noexcept
    : core_(std::move(core)) {
  if (core_) core_->owner = this;
}

Connection::Connection(Connection&& other) noexcept : core_(std::move(other.core_)) {
  if (core_) core_->owner = this;
}

Connection& Connection::operator=(Connection&& other) noexcept {
  if (this != &other) {
    close();
    core_ = std::move(other.core_);
    if (core_) core_->owner = this;
  }
  return *this;
}

Connection::~Connection() { close(); }

detail::ConnectionCore& Connection::core() const {
  if (!core_) detail::throw_closed();
  return *core_;
}

void Connection::close() noexcept {
  if (!core_) return;
  std::shared_ptr<detail::ConnectionCore> core = std::move(core_);
  // Close open Results first: their statements must be reset before ROLLBACK.
  while (!core->cursors.empty()) core->cursors.back()->finish();
  RawConnection& raw = *core->raw;
  auto& frames = detail::tx_state(raw).frames;
  bool had_transaction = !frames.empty();
  try {
    if (raw.in_transaction()) raw.exec("ROLLBACK");
  } catch (...) {
    // A failing ROLLBACK leaves nothing to do here: the pool closes broken handles.
  }
  frames.clear();
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
}

bool Connection::readonly() const noexcept { return core_ && core_->readonly; }

sqlite3* Connection::native_handle() const { return core().raw->native_handle(); }
RawConnection& Connection::raw() const { return *core().raw; }

bool Connection::in_transaction() const noexcept {
  return core_ && detail::has_frames(*core_->raw);
}

bool Connection::in_nested_transaction() const noexcept {
  if (!core_) return false;
  const auto& frames = detail::tx_state(*core_->raw).frames;
  return std::any_of(frames.begin(), frames.end(), [](const auto& f) { return f.nested; });
}

Transaction Connection::begin() { return begin(core().engine->options.begin_mode); }

Transaction Connection::begin(BeginMode mode) {
  detail::ConnectionCore& c = core();
  c.check_usable();
  auto& state = detail::tx_state(*c.raw);
  if (!state.frames.empty())
    throw InvalidRequestError(
        "a transaction is already begun on this connection; use begin_nested() for a "
        "savepoint, or commit / roll back the open one first");
  if (c.engine->options.isolation_level != IsolationLevel::autocommit) {
    switch (mode) {
      case BeginMode::deferred:
        c.raw->exec("BEGIN");
        break;
      case BeginMode::immediate:
        c.raw->exec("BEGIN IMMEDIATE");
        break;
      case BeginMode::exclusive:
        c.raw->exec("BEGIN EXCLUSIVE");
        break;
    }
  }
  std::uint64_t id = state.next_tx_id++;
  state.frames.push_back({id, false, {}});
  Transaction tx(core_, id, false);  // owns the frame: rolls back if an event throws
  c.run_events(&detail::EngineState::begin_events);
  return tx;
}

Transaction Connection::begin_nested() {
  detail::ConnectionCore& c = core();
  c.check_usable();
  auto& state = detail::tx_state(*c.raw);
  if (state.frames.empty()) return begin();
  std::string name = fmt::format("sa_savepoint_{}", ++state.savepoint_seq);
  c.raw->exec("SAVEPOINT " + name);
  std::uint64_t id = state.next_tx_id++;
  state.frames.push_back({id, true, std::move(name)});
  return Transaction(core_, id, true);
}

Result Connection::execute(const TextClause& statement, const Params& params,
                           const TypeMap& types) {
  detail::ConnectionCore& c = core();
  c.check_usable();
  auto& cache = c.raw->state().cache;
  detail::Statement* st = cache.acquire(statement.sql());
  auto cursor = std::make_unique<detail::Cursor>(&c, st, c.engine->options.raw_colnames);
  // Everything is checked and converted before the first bind: a bad parameter sends nothing.
  auto where = detail::match_params(*st, params);
  detail::bind_all(*st, detail::convert_params(*st, params, where, types));
  if (!types.empty()) {
    for (int i = 0; i < cursor->columns; ++i) {
      const Type* t = detail::find_type(types, cursor->keys[static_cast<std::size_t>(i)]);
      if (t != nullptr) cursor->set_type(i, t->for_dialect("sqlite"));
    }
  }
  cursor->step();
  return Result(std::move(cursor));
}

Result Connection::execute_many(const TextClause& statement, const std::vector<Params>& param_sets,
                                const TypeMap& types) {
  detail::ConnectionCore& c = core();
  c.check_usable();
  auto& cache = c.raw->state().cache;
  detail::Statement* st = cache.acquire(statement.sql());
  auto cursor = std::make_unique<detail::Cursor>(&c, st, c.engine->options.raw_colnames);
  if (cursor->columns > 0)
    throw ArgumentError(fmt::format(
        "execute_many() runs statements that return no rows; this one returns {} columns "
        "[SQL: {}]",
        cursor->columns, st->sql));
  // Check and convert every set first, so a bad set sends nothing at all.
  std::vector<std::vector<Value>> converted;
  converted.reserve(param_sets.size());
  for (const Params& params : param_sets) {
    auto where = detail::match_params(*st, params);
    converted.push_back(detail::convert_params(*st, params, where, types));
  }
  return detail::run_batch(c, st, std::move(cursor), converted.size(),
                           [&](std::size_t r) { detail::bind_all(*st, converted[r]); });
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

// Runs `fn(entry, key)` with the engine's compiled form of `s` and the key of `s`.
template <class S, class Fn>
Result with_compiled(ConnectionCore& c, const S& s, Fn&& fn) {
  KeyBuffer& buffer = key_buffer;
  if (buffer.busy) {
    StatementKey key;
    return fn(*c.engine->compiled_cache->get(s, sqlite_dialect(), key), key);
  }
  buffer.busy = true;
  struct Release {
    KeyBuffer& b;
    ~Release() { b.busy = false; }
  } release{buffer};
  auto entry = c.engine->compiled_cache->get(s, sqlite_dialect(), buffer.key);
  return fn(*entry, buffer.key);
}

}  // namespace
}  // namespace detail

template <class S>
Result Connection::execute_cached(const S& statement, const Params& params) {
  detail::ConnectionCore& c = core();
  c.check_usable();
  return detail::with_compiled(
      c, statement, [&](const detail::CompiledEntry& e, const detail::StatementKey& key) {
        return run_compiled(e.compiled, params, [&](std::size_t i) -> const std::optional<Value>& {
          std::int32_t slot = e.slots[i];
          return slot < 0 ? e.compiled.values[i] : key.values[static_cast<std::size_t>(slot)];
        });
      });
}

Result Connection::execute(const Select& statement, const Params& params) {
  return execute_cached(statement, params);
}

Result Connection::execute(const Insert& s, const Params& params) {
  if (s.assignments().empty() && !s.is_from_select() && !params.empty()) {
    // insert(t) executed with parameters: the parameters name the columns (SQLAlchemy).
    std::vector<std::string> cols;
    for (const auto& p : params) cols.push_back(p.first);
    return execute_cached(s.columns(cols), params);
  }
  return execute_cached(s, params);
}
Result Connection::execute(const Update& s, const Params& params) {
  return execute_cached(s, params);
}
Result Connection::execute(const Delete& s, const Params& params) {
  return execute_cached(s, params);
}

Result Connection::execute_many(const Insert& statement, const std::vector<Params>& rows) {
  if (rows.empty()) throw ArgumentError("execute_many(insert, rows): no rows");
  if (!statement.assignments().empty() || statement.is_from_select())
    throw ArgumentError(
        "execute_many(insert, rows): the rows give the values; use insert(t) without values() "
        "or from_select()");
  std::vector<std::string> names;
  for (const auto& [name, value] : rows.front()) names.push_back(name);
  std::shared_ptr<const Compiled> shape = compiled_shape(statement.columns(names));
  const Compiled& compiled = *shape;
  // Bind i takes the value of column compiled.params[i] (the table's column order).
  std::vector<std::size_t> at;
  for (const auto& p : compiled.params)
    at.push_back(
        static_cast<std::size_t>(std::find(names.begin(), names.end(), p) - names.begin()));
  return execute_rows(compiled, rows.size(), [&](std::size_t r, std::vector<Value>& out) {
    const Params& row = rows[r];
    bool same = row.size() == names.size();
    for (std::size_t k = 0; same && k < row.size(); ++k) same = row[k].first == names[k];
    if (!same)
      throw ArgumentError(fmt::format(
          "execute_many(insert, rows): row {} names other columns than the first row ({}); "
          "give every row the same names, in the same order",
          r, fmt::join(names, ", ")));
    for (std::size_t i : at) out.push_back(row[i].second);
  });
}

Result Connection::execute_rows(const Compiled& compiled, std::size_t count,
                                const std::function<void(std::size_t, std::vector<Value>&)>& fill) {
  detail::ConnectionCore& c = core();
  c.check_usable();
  if (compiled.insert_values_at != std::string::npos && count > 1 && !compiled.params.empty())
    return detail::insert_many_values(c, compiled, count, fill);
  detail::Statement* st = c.raw->state().cache.acquire(compiled.sql);
  auto cursor = std::make_unique<detail::Cursor>(&c, st, c.engine->options.raw_colnames);
  // Row by row, in a savepoint: a bad row (a wrong value, a constraint) rolls every row back.
  // Each value is converted in place (most need nothing) and bound without a copy: it lives
  // until the row has been stepped.
  std::vector<Value> scratch, values(compiled.params.size());
  return detail::run_batch(c, st, std::move(cursor), count, [&](std::size_t r) {
    detail::converted_row(compiled, r, fill, scratch, values.data());
    for (std::size_t i = 0; i < values.size(); ++i)
      detail::bind_stored(*st, static_cast<int>(i + 1), values[i], /*transient=*/false);
  });
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
  std::vector<Value> stored;
  stored.reserve(compiled.values.size());
  std::vector<bool> used(params.size(), false);
  for (std::size_t i = 0; i < compiled.values.size(); ++i) {
    const std::string& name = compiled.params[i];
    if (const std::optional<Value>& v = value_of(i)) {
      stored.push_back(detail::stored_value(*v, &compiled.bind_types[i], name));
      continue;
    }
    auto it =
        std::find_if(params.begin(), params.end(), [&](const auto& p) { return p.first == name; });
    if (it == params.end())
      throw ArgumentError(
          fmt::format("A value is required for bind parameter '{}' [SQL: {}]", name, compiled.sql));
    used[static_cast<std::size_t>(it - params.begin())] = true;
    stored.push_back(detail::stored_value(it->second, &compiled.bind_types[i], name));
  }
  for (std::size_t k = 0; k < params.size(); ++k)
    if (!used[k])
      throw ArgumentError(
          fmt::format("parameter '{}' is not a bindparam() of the statement [SQL: {}]",
                      params[k].first, compiled.sql));
  detail::Statement* st = c.raw->state().cache.acquire(compiled.sql);
  auto cursor = std::make_unique<detail::Cursor>(&c, st, c.engine->options.raw_colnames);
  detail::bind_all(*st, stored);
  for (int i = 0; i < cursor->columns && static_cast<std::size_t>(i) < compiled.column_types.size();
       ++i)
    if (!compiled.column_types[static_cast<std::size_t>(i)].is_null_type())
      cursor->set_type(i, compiled.column_types[static_cast<std::size_t>(i)]);
  cursor->step();
  return Result(std::move(cursor));
}

Result Connection::exec_driver_sql(std::string_view sql, const Params& params) {
  detail::ConnectionCore& c = core();
  c.check_usable();
  detail::Statement* st = c.raw->prepare(sql).release();  // uncached: destroyed at the end
  st->in_use = true;
  auto cursor = std::make_unique<detail::Cursor>(&c, st, c.engine->options.raw_colnames);
  auto where = detail::match_params(*st, params);
  detail::bind_all(*st, detail::convert_params(*st, params, where, {}));
  cursor->step();
  return Result(std::move(cursor));
}

// ---- Transaction --------------------------------------------------------------------------------

Transaction::Transaction(Transaction&& other) noexcept
    : core_(std::move(other.core_)), id_(other.id_), nested_(other.nested_) {
  other.core_.reset();
}

Transaction& Transaction::operator=(Transaction&& other) noexcept {
  if (this != &other) {
    if (is_active()) {
      try {
        rollback();
      } catch (...) {
      }
    }
    core_ = std::move(other.core_);
    other.core_.reset();
    id_ = other.id_;
    nested_ = other.nested_;
  }
  return *this;
}

Transaction::~Transaction() {
  if (!is_active()) return;
  try {
    rollback();
  } catch (...) {
    // Never throw from a destructor. The connection rolls back again when it is closed.
  }
}

bool Transaction::is_active() const noexcept {
  auto core = core_.lock();
  if (!core || core->raw == nullptr) return false;
  const auto& frames = detail::tx_state(*core->raw).frames;
  return std::any_of(frames.begin(), frames.end(), [&](const auto& f) { return f.id == id_; });
}

void Transaction::commit() { end(true); }
void Transaction::rollback() { end(false); }

void Transaction::end(bool commit) {
  auto core = core_.lock();
  if (!core || core->raw == nullptr)
    throw InvalidRequestError("this transaction's connection is closed");
  auto& frames = detail::tx_state(*core->raw).frames;
  auto it = std::find_if(frames.begin(), frames.end(), [&](const auto& f) { return f.id == id_; });
  if (it == frames.end())
    throw InvalidRequestError(
        "this transaction is inactive: it was committed or rolled back, or ended with an "
        "enclosing transaction");
  RawConnection& raw = *core->raw;
  if (nested_) {
    const std::string name = it->savepoint;
    if (!raw.in_transaction()) {  // SQLite rolled everything back after an error
      frames.clear();
      if (commit)
        throw InvalidRequestError(
            "the transaction was rolled back by SQLite after an error; nothing was committed");
      return;
    }
    if (commit) {
      raw.exec("RELEASE SAVEPOINT " + name);
    } else {
      raw.exec("ROLLBACK TO SAVEPOINT " + name);
      raw.exec("RELEASE SAVEPOINT " + name);
    }
    frames.erase(it, frames.end());  // inner savepoints end with this one
    return;
  }
  bool autocommit = core->engine->options.isolation_level == IsolationLevel::autocommit;
  if (!autocommit && !raw.in_transaction()) {
    frames.clear();
    core->run_events(&detail::EngineState::rollback_events);
    if (commit)
      throw InvalidRequestError(
          "the transaction was rolled back by SQLite after an error (e.g. SQLITE_FULL or an "
          "interrupt); nothing was committed");
    return;
  }
  if (!autocommit) raw.exec(commit ? "COMMIT" : "ROLLBACK");  // on failure the frame stays
  frames.clear();
  core->run_events(commit ? &detail::EngineState::commit_events
                          : &detail::EngineState::rollback_events);
}

}  // namespace sqlcore
