// backup(), Engine::save_as() (a temporary file renamed into place) and open_in_memory().
// SPDX-License-Identifier: MIT
#include "sqlcore/backup.hpp"

#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <functional>
#include <system_error>

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "base/ascii.hpp"
#include "base/text.hpp"
#include "driver/driver.hpp"
#include "driver/open_flags.hpp"
#include "driver/raw_connection.hpp"
#include "driver/sqlite3/backup.hpp"
#include "driver/sqlite3/cipher.hpp"
#include "driver/sqlite3/error_map.hpp"
#include "driver/stmt_ops.hpp"
#include "engine/engine_state.hpp"
#include "sqlcore/cipher.hpp"
#include "sqlcore/engine.hpp"
#include "sqlcore/errors.hpp"

namespace sqlcore {

namespace fs = std::filesystem;

namespace {

constexpr int kSqliteCantOpen = 14;  // SQLITE_CANTOPEN: the class for "cannot use this file"

[[noreturn]] void cannot(const fs::path& file, std::string_view cause, int code = kSqliteCantOpen) {
  detail::throw_sqlite_error(code, fmt::format("cannot save to '{}': {}", file.string(), cause),
                             {});
}

detail::BackupParams params_of(const BackupOptions& o) {
  detail::BackupParams p;
  p.source_schema = o.source_schema;
  p.dest_schema = o.dest_schema;
  p.pages_per_step = o.pages_per_step;
  p.pause = o.pause;
  p.busy_retries = o.busy_retries;
  if (o.on_progress)
    p.progress = [fn = o.on_progress](int remaining, int total) {
      return fn(BackupProgress{remaining, total});
    };
  return p;
}

// The names of the databases open on `raw` ("main", "temp", attached ones), from PRAGMA
// database_list (not its table-valued form: SQLCipher's SQLite 3.15 lacks it).
std::vector<std::string> database_names(RawConnection& raw) {
  std::vector<std::string> out{"temp"};  // listed only once the temp database exists
  std::unique_ptr<detail::Statement> st = raw.prepare("PRAGMA database_list");
  while (detail::step(*st)) {
    std::string name(detail::column_text(*st, 1));
    if (!detail::iequals(name, "temp")) out.push_back(std::move(name));
  }
  return out;
}

void require_schema(RawConnection& raw, const std::string& schema, std::string_view which) {
  std::vector<std::string> names = database_names(raw);
  for (const auto& n : names)
    if (detail::iequals(n, schema)) return;
  throw ArgumentError(
      fmt::format("backup: the {} schema {} is not a database of the {} connection (it has: {})",
                  which, detail::force_quote(schema), which, fmt::join(names, ", ")));
}

// Runs the backup with the source reading one snapshot (a read transaction of its own, unless
// the caller has one open on it).
bool snapshot_backup(RawConnection& src, RawConnection& dest, const BackupOptions& o) {
  for (const RawConnection* raw : {&src, &dest})
    if (!raw->driver().capabilities().backup)
      throw NotSupportedError(
          fmt::format("backup: the {} driver has no online backup API", raw->driver().name()), 0,
          "no backup API", "");
  if (dest.in_transaction())
    throw InvalidRequestError(
        "backup: the destination connection has a transaction open; commit or roll it back first");
  // The schema names are user input: each must name a database of its connection, and reaches
  // SQL text only quoted (base/text.hpp) and in a one-statement prepare, never sqlite3_exec.
  require_schema(src, o.source_schema, "source");
  require_schema(dest, o.dest_schema, "destination");
  bool own = !src.in_transaction();
  if (own) {
    src.exec("BEGIN");
    // The first read fixes the snapshot.
    try {
      detail::query_text(src, fmt::format("SELECT count(*) FROM {}.sqlite_master",
                                          detail::force_quote(o.source_schema)));
    } catch (...) {
      try {
        src.exec("ROLLBACK");
      } catch (...) {
      }
      throw;
    }
  }
  bool done;
  try {
    done = detail::run_backup(src.native_handle(), dest.native_handle(), params_of(o));
  } catch (...) {
    if (own) {
      try {
        src.exec("ROLLBACK");
      } catch (...) {
      }
    }
    throw;
  }
  if (own) src.exec("ROLLBACK");  // a read transaction: nothing to commit
  return done;
}

// The temporary files save_as leaves beside the target are "<name>.sqlcore-save-<pid>-<n>"
// (and their -journal / -wal / -shm). One whose process no longer runs is a leftover of a
// crash or a kill: remove it, so it never trips the next save.
void remove_stale_temporaries(const fs::path& dir, const std::string& name) {
  std::error_code ec;
  std::string prefix = name + ".sqlcore-save-";
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    std::string f = entry.path().filename().string();
    if (f.rfind(prefix, 0) != 0) continue;
    long pid = std::atol(f.c_str() + prefix.size());
    if (pid <= 0 || pid == static_cast<long>(::getpid())) continue;
    if (::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH) continue;  // still running
    fs::remove(entry.path(), ec);
  }
}

void fsync_directory(const fs::path& dir) {
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

bool read_only_file(const fs::path& p) {
  struct stat st {};
  if (::stat(p.c_str(), &st) != 0) return false;
  // The permission bits, not access(): root may write anything, but a document marked
  // read-only must not be replaced.
  return (st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0;
}

}  // namespace

bool backup(Connection& source, Connection& dest, const BackupOptions& options) {
  return snapshot_backup(source.raw(), dest.raw(), options);
}

std::string Engine::database() const { return state_->open_params().filename; }

namespace {

// Writes `target` through a temporary file beside it, renamed into place only when
// `write(temp)` returned true: the old file stays intact until then, and a failure or a
// cancellation leaves no file behind. Returns what `write` returned.
bool write_via_temporary(std::string_view path, const std::function<bool(const fs::path&)>& write) {
  if (path.empty()) throw ArgumentError("the target path is empty");
  fs::path target = fs::absolute(fs::path(path));
  fs::path dir = target.parent_path();
  std::error_code ec;
  if (fs::is_directory(target, ec)) cannot(target, "it is a directory");
  if (!fs::is_directory(dir, ec))
    cannot(target, fmt::format("the directory '{}' does not exist", dir.string()));
  if (fs::exists(target, ec) && read_only_file(target)) cannot(target, "the file is read-only");
  remove_stale_temporaries(dir, target.filename().string());

  static std::atomic<unsigned> counter{0};
  fs::path temp =
      dir / fmt::format("{}.sqlcore-save-{}-{}", target.filename().string(), ::getpid(), counter++);
  auto remove_temp = [&] {
    for (const char* suffix : {"", "-journal", "-wal", "-shm"})
      fs::remove(temp.string() + suffix, ec);
  };
  bool done;
  try {
    done = write(temp);
  } catch (...) {
    remove_temp();
    throw;
  }
  if (!done) {
    remove_temp();
    return false;
  }
  fs::rename(temp, target, ec);  // atomic on POSIX: the old file until now, the new one after
  if (ec) {
    remove_temp();
    cannot(target, ec.message());
  }
  fsync_directory(dir);
  return true;
}

}  // namespace

bool Engine::save_as(std::string_view path, const SaveAsOptions& options) {
  if (path.empty()) throw ArgumentError("save_as: the path is empty");
  fs::path target = fs::absolute(fs::path(path));
  detail::OpenParams engine_params = state_->open_params();
  bool done = write_via_temporary(path, [&](const fs::path& temp) {
    detail::OpenParams op;
    op.filename = temp.string();
    op.flags =
        detail::open_flag::readwrite | detail::open_flag::create | detail::open_flag::nomutex;
    op.statement_cache_size = 0;
    // An encrypted database is copied encrypted, with the same key and cipher settings.
    op.encrypted = engine_params.encrypted;
    op.key = engine_params.key;
    op.cipher_pragmas = engine_params.cipher_pragmas;
    std::unique_ptr<RawConnection> dest;
    try {
      dest = detail::sqlite3_driver().connect(op);
    } catch (const DBAPIError& e) {
      // SQLite's code, not CANTOPEN: a full disk (SQLITE_FULL) or an I/O error must stay
      // recognisable by code.
      cannot(target,
             fmt::format("cannot create a file in '{}': {}", target.parent_path().string(),
                         e.sqlite_message()),
             e.sqlite_code());
    }
    Connection source = connect();
    bool copied = snapshot_backup(source.raw(), *dest, options.backup);
    dest.reset();  // closes the copy: every page is on disk (the backup committed it)
    return copied;
  });
  if (!done) return false;
  if (options.switch_to_copy) {
    {
      std::lock_guard lock(state_->open_mutex);
      state_->open.filename = target.string();
      state_->open.flags =
          detail::open_flag::readwrite | detail::open_flag::create | detail::open_flag::nomutex;
    }
    // Idle connections go now; those checked out finish on the old database and are closed
    // when they come back.
    state_->pool->dispose();
  }
  return true;
}

void Engine::rekey(std::string_view new_passphrase) {
  detail::require_codec("rekey()");
  detail::OpenParams p = state_->open_params();
  if (!p.encrypted)
    throw ArgumentError(fmt::format(
        "rekey(): the engine's URL '{}' opens a plaintext database; encrypt it with "
        "sqlcipher_export(conn, path, key) and open the copy with a sqlite+pysqlcipher URL",
        state_->url.render(true)));
  if (new_passphrase.empty())
    throw ArgumentError(
        "rekey(): the new passphrase is empty; decrypt with sqlcipher_export(conn, path, \"\")");
  if (p.filename == ":memory:" || p.filename.empty())
    throw ArgumentError("rekey(): an in-memory database is not encrypted");
  state_->pool->dispose();  // idle connections hold the old key
  Connection conn = connect();
  if (conn.raw().in_transaction())
    throw InvalidRequestError("rekey(): a transaction is open on the engine's connection");
  detail::apply_rekey(conn.native_handle(), new_passphrase);
  std::lock_guard lock(state_->open_mutex);
  state_->open.key = std::string(new_passphrase);
}

bool sqlcipher_available() noexcept { return detail::codec_available(); }

void sqlcipher_export(Connection& conn, std::string_view dest_path, std::string_view dest_key) {
  detail::require_codec("sqlcipher_export()");
  if (dest_path.empty()) throw ArgumentError("sqlcipher_export: the path is empty");
  if (conn.raw().in_transaction())
    throw InvalidRequestError(
        "sqlcipher_export: a transaction is open on the connection (ATTACH cannot run inside "
        "one); commit or roll it back first");
  detail::OpenParams engine_params = conn.core().engine->open_params();
  write_via_temporary(dest_path, [&](const fs::path& temp) {
    // Binds, not SQL text: the key never reaches a message or a log.
    conn.exec_driver_sql("ATTACH DATABASE :path AS sqlcore_export KEY :key",
                         {{"path", temp.string()}, {"key", std::string(dest_key)}});
    try {
      if (!dest_key.empty() && engine_params.encrypted)
        for (const auto& [name, value] : engine_params.cipher_pragmas)
          conn.exec_driver_sql(fmt::format("PRAGMA sqlcore_export.{} = {}", name, value));
      conn.exec_driver_sql("SELECT sqlcipher_export('sqlcore_export')").fetchall();
    } catch (...) {
      try {
        conn.exec_driver_sql("DETACH DATABASE sqlcore_export");
      } catch (...) {
      }
      throw;
    }
    conn.exec_driver_sql("DETACH DATABASE sqlcore_export");
    return true;
  });
}

Engine open_in_memory(std::string_view path, EngineOptions options) {
  fs::path file(path);
  std::error_code ec;
  if (!fs::is_regular_file(file, ec))
    detail::throw_sqlite_error(
        kSqliteCantOpen,
        fmt::format("cannot open '{}': {}", file.string(),
                    fs::exists(file, ec) ? "not a regular file" : "no such file"),
        {});
  if (options.pool == PoolKind::automatic) options.pool = PoolKind::static_;
  Engine engine = create_engine("sqlite://", options);
  detail::OpenParams op;
  op.filename = file.string();
  op.flags = detail::open_flag::readonly | detail::open_flag::nomutex;
  op.statement_cache_size = 0;
  std::unique_ptr<RawConnection> src = detail::sqlite3_driver().connect(op);
  try {
    src->exec("PRAGMA schema_version");  // "file is not a database" here, naming the file
  } catch (const DBAPIError& e) {
    detail::throw_sqlite_error(
        e.sqlite_code(), fmt::format("cannot open '{}': {}", file.string(), e.sqlite_message()),
        {});
  }
  Connection conn = engine.connect();
  snapshot_backup(*src, conn.raw(), {});
  return engine;
}

}  // namespace sqlcore
