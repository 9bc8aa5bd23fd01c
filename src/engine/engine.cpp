// Engine: URL → open parameters, connection creation with connect PRAGMAs, pool choice, events.
// SPDX-License-Identifier: MIT
#include "sqlcore/engine.hpp"

#include <fmt/format.h>

#include "base/text.hpp"
#include "dialect/sqlite/identifier_preparer.hpp"
#include "driver/dqlite/address.hpp"
#include "driver/open_flags.hpp"
#include "driver/raw_connection.hpp"
#include "driver/sqlite3/cipher.hpp"
#include "driver/sqlite3/error_map.hpp"
#include "engine/engine_state.hpp"
#include "engine/regexp.hpp"
#include "engine/url_detail.hpp"
#include "pool/pools.hpp"
#include "sqlcore/errors.hpp"

namespace sqlcore {

namespace detail {

namespace {

// Percent-encodes a path for an SQLite URI filename (https://www.sqlite.org/uri.html §3.1):
// SQLite decodes %HH in the path, and '?' and '#' would end it.
std::string uri_path(std::string_view path) { return percent_encode(path, "%?#"); }

PoolOptions pool_options(const EngineOptions& o) {
  return PoolOptions{.pool_size = o.pool_size,
                     .max_overflow = o.max_overflow,
                     .pool_timeout = o.pool_timeout,
                     .pool_recycle = o.pool_recycle,
                     .pool_pre_ping = o.pool_pre_ping};
}

// The SQLite URI parameters sqlcore passes through (https://www.sqlite.org/uri.html §3.3).
constexpr std::string_view kUriParams[] = {"cache", "immutable", "mode", "nolock", "vfs"};

OpenParams open_params(const URL& url) {
  OpenParams p;
  const auto& q = url.query();
  auto get = [&](std::string_view k) { return url.query_value(k); };
  bool uri = get("uri") && *parse_bool(*get("uri"));
  // Keys SQLite only understands inside a URI filename.
  bool needs_uri = (get("mode") && *get("mode") == "memory") || get("immutable") || get("nolock");
  p.flags = open_flag::nomutex;
  if (!url.host().empty()) {  // sqlite+dqlite: a name on the cluster, no flags or VFS
    p.filename = url.database();
    p.addresses = dqlite::parse_address_list(url.host(), "URL member");
    auto ms = [](const std::string& seconds) {
      return std::chrono::milliseconds(static_cast<long long>(*parse_seconds(seconds) * 1000.0));
    };
    if (auto v = get("io_timeout")) p.io_timeout = ms(*v);
    if (auto v = get("leader_timeout")) p.leader_timeout = ms(*v);
    return p;
  }
  if (url.driver() == "pysqlcipher") {
    // SQLAlchemy's pysqlcipher: the key, then these pragmas when the URL gives them.
    p.encrypted = true;
    p.key = url.password();
    for (std::string_view name : {"kdf_iter", "cipher", "cipher_page_size", "cipher_use_hmac"})
      if (auto v = get(name)) p.cipher_pragmas.emplace_back(std::string(name), quote_literal(*v));
  }
  if (uri || needs_uri) {
    std::string name = url.database();
    if (!uri) name = "file:" + uri_path(name.empty() ? ":memory:" : name);
    std::string params;
    for (std::string_view key : kUriParams) {
      auto it = q.find(std::string(key));
      if (it == q.end()) continue;
      // The value was percent-decoded from the URL: encode it again, so a decoded '&' or '='
      // (vfs=unix%26immutable%3D1) stays inside this value and cannot add URI parameters
      // past the URL's checks. SQLite decodes %HH in URI parameter values.
      params += fmt::format("{}{}={}", params.empty() ? "" : "&", key,
                            percent_encode(it->second, "%&=#"));
    }
    if (!params.empty()) name += (name.find('?') == std::string::npos ? "?" : "&") + params;
    p.filename = std::move(name);
    p.flags |= open_flag::uri | open_flag::readwrite | open_flag::create;
    return p;
  }
  p.filename = url.database().empty() ? ":memory:" : url.database();
  auto mode = get("mode");
  if (mode && *mode == "ro")
    p.flags |= open_flag::readonly;
  else if (mode && *mode == "rw")
    p.flags |= open_flag::readwrite;
  else
    p.flags |= open_flag::readwrite | open_flag::create;
  if (auto cache = get("cache"))
    p.flags |= *cache == "shared" ? open_flag::sharedcache : open_flag::privatecache;
  if (auto vfs = get("vfs")) p.vfs = *vfs;
  return p;
}

}  // namespace

std::unique_ptr<RawConnection> EngineState::create_connection() {
  OpenParams params = open_params();
  std::unique_ptr<RawConnection> raw = driver->connect(params);
  try {
    raw->exec(fmt::format("PRAGMA busy_timeout = {}", busy_timeout_ms));
    // Reads the file header: a file that is not a database (or is encrypted) fails here,
    // at connect, rather than at the first query.
    raw->exec("PRAGMA schema_version");
    raw->exec(options.foreign_keys ? "PRAGMA foreign_keys = ON" : "PRAGMA foreign_keys = OFF");
    if (options.isolation_level == IsolationLevel::read_uncommitted)
      raw->exec("PRAGMA read_uncommitted = 1");
  } catch (const DBAPIError& e) {
    constexpr int kNotADatabase = 26;  // SQLITE_NOTADB: what a wrong key reads as
    if (params.encrypted && (e.sqlite_code() & 0xff) == kNotADatabase)
      throw_sqlite_error(e.sqlite_code(),
                         fmt::format("cannot decrypt database '{}': wrong key, or not an "
                                     "encrypted database ({})",
                                     params.filename, e.sqlite_message()),
                         e.sql());
    constexpr int kBusy = 5;  // SQLITE_BUSY (and BUSY_RECOVERY ...)
    if ((e.sqlite_code() & 0xff) == kBusy)
      throw_sqlite_error(
          e.sqlite_code(),
          fmt::format("cannot open database '{}': {}: another connection held a lock on it for "
                      "the whole busy timeout ({} ms) while this one read the schema. The lock "
                      "is transient: connect again, give a longer timeout= in the URL (or "
                      "EngineOptions::busy_timeout), keep write transactions short, or use WAL "
                      "(PRAGMA journal_mode = WAL), where readers do not wait for a writer",
                      params.filename, e.sqlite_message(), busy_timeout_ms),
          e.sql());
    throw_sqlite_error(
        e.sqlite_code(),
        fmt::format("cannot open database '{}': {}", params.filename, e.sqlite_message()), e.sql());
  }
  // SQL functions before on_connect, so its events (and the first statement) can use them.
  if (options.regexp && driver->capabilities().functions) register_regexp(*raw);
  apply_functions(*raw);
  std::vector<ConnectEvent> list;
  {
    std::lock_guard lock(events_mutex);
    list = connect_events;
  }
  for (const auto& fn : list) fn(*raw);
  return raw;
}

void EngineState::apply_functions(RawConnection& raw) {
  std::size_t& applied = raw.state().functions_applied;
  std::vector<FunctionRegistration> todo;
  {
    std::lock_guard lock(functions_mutex);
    if (applied >= functions.size()) return;
    todo.assign(functions.begin() + static_cast<std::ptrdiff_t>(applied), functions.end());
  }
  for (const auto& r : todo) {
    if (const auto* f = std::get_if<std::shared_ptr<const FunctionDef>>(&r))
      raw.create_function(*f);
    else
      raw.create_collation(std::get<std::shared_ptr<const CollationDef>>(r));
    ++applied;
  }
}

RawConnection& EngineState::checkout(bool reader) {
  RawConnection& raw = reader ? pool->checkout_reader() : pool->checkout();
  try {
    // Functions registered while this connection sat idle in the pool.
    if (raw.state().functions_applied < functions_count.load(std::memory_order_acquire))
      apply_functions(raw);
    watch_changes_if_listening(*this, raw);
    for (const auto& fn : events(checkout_events)) fn(raw);
  } catch (...) {
    pool->checkin(raw);
    throw;
  }
  return raw;
}

void EngineState::checkin(RawConnection& raw) noexcept {
  try {
    for (const auto& fn : events(checkin_events)) fn(raw);
  } catch (...) {
    // A checkin event must not keep the connection from going back.
  }
  pool->checkin(raw);
}

}  // namespace detail

Engine create_engine(std::string_view text, EngineOptions options) {
  URL url = make_url(text);
  if (url.driver() == "pysqlcipher" && !detail::codec_available())
    throw ArgumentError(
        fmt::format("URL '{}': sqlite+pysqlcipher needs the SQLCipher build of sqlcore; link "
                    "sqlcore::sqlcore_sqlcipher instead of sqlcore::sqlcore",
                    url.render(true)));
  auto bad = [](std::string_view what) {
    return ArgumentError(fmt::format("EngineOptions: {}", what));
  };
  if (options.pool_size < 1)
    throw bad(fmt::format("pool_size must be at least 1, got {}", options.pool_size));
  if (options.max_overflow < -1)
    throw bad(
        fmt::format("max_overflow must be -1 (unlimited) or more, got {}", options.max_overflow));
  if (options.pool_timeout.count() < 0) throw bad("pool_timeout must not be negative");
  if (options.busy_timeout.count() < 0) throw bad("busy_timeout must not be negative");
  if (options.busy_timeout.count() > INT32_MAX) throw bad("busy_timeout is too large");
  if (options.statement_timeout.count() < 0)
    throw bad(fmt::format("statement_timeout must not be negative (0 means no limit), got {} ms",
                          options.statement_timeout.count()));

  auto state = std::make_shared<detail::EngineState>();
  state->url = url;
  state->options = options;
  state->open = detail::open_params(url);
  state->driver = detail::find_driver(url.driver());
  if (state->driver == nullptr)  // make_url knows the same names: never expected
    throw ArgumentError(fmt::format("URL '{}': no driver '{}'", url.render(true), url.driver()));
  state->busy_timeout_ms = static_cast<int>(options.busy_timeout.count());
  if (auto t = url.query_value("timeout"))
    state->busy_timeout_ms = static_cast<int>(*detail::parse_seconds(*t) * 1000.0);
  state->check_same_thread = url.query_value("check_same_thread") &&
                             *detail::parse_bool(*url.query_value("check_same_thread"));
  state->statement_cache_size = options.statement_cache_size;
  if (auto n = url.query_value("cached_statements"))
    state->statement_cache_size = static_cast<std::size_t>(*detail::parse_nonnegative_int(*n));
  state->open.statement_cache_size = state->statement_cache_size;
  state->open.statement_timeout = options.statement_timeout;
  if (options.echo) {
    state->execute_listeners = std::make_shared<const std::vector<ExecuteListener>>(
        std::vector<ExecuteListener>{detail::echo_listener(options.echo_stream)});
    state->tracing.store(true, std::memory_order_release);
  }
  state->compiled_cache = std::make_unique<detail::CompiledCache>(options.compiled_cache_size);

  PoolKind kind = options.pool;
  bool memory = url.is_memory();
  // SQLAlchemy's choice: SingletonThreadPool for memory and for pysqlcipher (which keys each
  // connection once, at connect, and holds it for its thread), QueuePool for files.
  if (kind == PoolKind::automatic)
    kind = memory || url.driver() == "pysqlcipher" ? PoolKind::singleton_thread : PoolKind::queue;
  if (memory && kind == PoolKind::null)
    throw ArgumentError(fmt::format(
        "URL '{}': NullPool cannot serve an in-memory database: it closes the connection at "
        "every checkin, and the database with it. Use StaticPool (one database for all "
        "threads) or SingletonThreadPool (one per thread)",
        url.render(true)));
  if (memory && kind == PoolKind::queue &&
      !(url.query_value("cache") && *url.query_value("cache") == "shared"))
    throw ArgumentError(fmt::format(
        "URL '{}': QueuePool would make every pooled connection a separate empty in-memory "
        "database. Use StaticPool or SingletonThreadPool, or a shared-cache memory URL "
        "(sqlite:///file:name?mode=memory&cache=shared&uri=true)",
        url.render(true)));
  if (memory && kind == PoolKind::wal)
    throw ArgumentError(fmt::format(
        "URL '{}': the WAL pool needs a database file; an in-memory database has no WAL",
        url.render(true)));
  detail::EngineState* raw_state = state.get();
  ConnectionCreator creator = [raw_state] { return raw_state->create_connection(); };
  if (options.pool_factory) {
    state->pool = options.pool_factory(std::move(creator));
    if (!state->pool) throw ArgumentError("EngineOptions::pool_factory returned no pool");
  } else {
    state->pool = detail::make_pool(kind, std::move(creator), detail::pool_options(options));
  }
  return Engine(std::move(state));
}

namespace {

Connection make_connection(const std::shared_ptr<detail::EngineState>& state, RawConnection& raw) {
  auto core = std::make_shared<detail::ConnectionCore>();
  core->engine = state;
  core->raw = &raw;
  core->thread = std::this_thread::get_id();
  core->time_limit = state->options.statement_timeout;
  return Connection(std::move(core));
}

}  // namespace

Connection Engine::connect() { return make_connection(state_, state_->checkout(false)); }

Connection Engine::connect_readonly() {
  bool dedicated = state_->pool->has_dedicated_readers();
  Connection conn = make_connection(state_, state_->checkout(true));
  if (!dedicated) {
    conn.raw().exec("PRAGMA query_only = 1");
    conn.core().toggles_query_only = true;
  }
  conn.core().readonly = true;
  return conn;
}

Pool& Engine::pool() const noexcept { return *state_->pool; }
void Engine::dispose() noexcept { state_->pool->dispose(); }
const URL& Engine::url() const noexcept { return state_->url; }
const EngineOptions& Engine::options() const noexcept { return state_->options; }
const Dialect& Engine::dialect() const noexcept { return sqlite_dialect(); }

CompiledCacheStats Engine::compiled_cache_stats() const { return state_->compiled_cache->stats(); }

namespace {

std::string version_text(int v) {
  return fmt::format("{}.{}.{}", v / 1000000, v / 1000 % 1000, v % 1000);
}

void check_function_name(std::string_view what, std::string_view name) {
  // SQLite's limit on a function name (SQLITE_MISUSE past it); collations share it here.
  constexpr std::size_t kMaxName = 255;
  if (name.empty()) throw ArgumentError(fmt::format("{}: the name is empty", what));
  if (name.size() > kMaxName)
    throw ArgumentError(fmt::format("{}: the name '{}...' is longer than {} bytes", what,
                                    name.substr(0, 40), kMaxName));
}

}  // namespace

void Engine::add_function(detail::FunctionDef def) {
  const detail::Driver& driver = *state_->driver;
  check_function_name("create_function", def.name);
  // SQLITE_MAX_FUNCTION_ARG's default.
  constexpr int kMaxArgs = 127;
  if (def.arity() > kMaxArgs)
    throw ArgumentError(fmt::format("create_function: '{}' takes {} arguments; SQLite allows {}",
                                    def.name, def.arity(), kMaxArgs));
  if (!driver.capabilities().functions)
    throw NotSupportedError(fmt::format("create_function: the {} driver cannot run C++ SQL "
                                        "functions",
                                        driver.name()),
                            0, "no SQL functions", "");
  int v = driver.sqlite_version();
  auto lacks = [&](std::string_view feature, int needed, std::string_view needed_text) {
    if (v >= needed) return;
    throw NotSupportedError(fmt::format("function '{}': {} needs SQLite {} or later; this is "
                                        "SQLite {}",
                                        def.name, feature, needed_text, version_text(v)),
                            0, "not supported", "");
  };
  if (def.is_window())
    lacks("a window aggregate (sqlite3_create_window_function)", 3025000, "3.25");
  if (def.direct_only) lacks("FunctionOptions::direct_only (SQLITE_DIRECTONLY)", 3031000, "3.31");
  if (def.innocuous) lacks("FunctionOptions::innocuous (SQLITE_INNOCUOUS)", 3031000, "3.31");
  std::lock_guard lock(state_->functions_mutex);
  state_->functions.emplace_back(std::make_shared<const detail::FunctionDef>(std::move(def)));
  state_->functions_count.store(state_->functions.size(), std::memory_order_release);
}

void Engine::add_collation(detail::CollationDef def) {
  check_function_name("create_collation", def.name);
  if (!state_->driver->capabilities().functions)
    throw NotSupportedError(fmt::format("create_collation: the {} driver cannot run C++ "
                                        "collations",
                                        state_->driver->name()),
                            0, "no collations", "");
  std::lock_guard lock(state_->functions_mutex);
  state_->functions.emplace_back(std::make_shared<const detail::CollationDef>(std::move(def)));
  state_->functions_count.store(state_->functions.size(), std::memory_order_release);
}

void Engine::on_connect(ConnectEvent fn) {
  std::lock_guard lock(state_->events_mutex);
  state_->connect_events.push_back(std::move(fn));
}
void Engine::on_begin(TransactionEvent fn) {
  std::lock_guard lock(state_->events_mutex);
  state_->begin_events.push_back(std::move(fn));
}
void Engine::on_commit(TransactionEvent fn) {
  std::lock_guard lock(state_->events_mutex);
  state_->commit_events.push_back(std::move(fn));
}
void Engine::on_rollback(TransactionEvent fn) {
  std::lock_guard lock(state_->events_mutex);
  state_->rollback_events.push_back(std::move(fn));
}
void Engine::on_checkout(PoolEvent fn) {
  std::lock_guard lock(state_->events_mutex);
  state_->checkout_events.push_back(std::move(fn));
}
void Engine::on_checkin(PoolEvent fn) {
  std::lock_guard lock(state_->events_mutex);
  state_->checkin_events.push_back(std::move(fn));
}
void Engine::on_execute(ExecuteListener fn) {
  if (!fn) throw ArgumentError("on_execute: the listener is empty");
  std::lock_guard lock(state_->events_mutex);
  std::vector<ExecuteListener> list;
  if (state_->execute_listeners) list = *state_->execute_listeners;
  list.push_back(std::move(fn));
  state_->execute_listeners = std::make_shared<const std::vector<ExecuteListener>>(std::move(list));
  state_->tracing.store(true, std::memory_order_release);
}

}  // namespace sqlcore
