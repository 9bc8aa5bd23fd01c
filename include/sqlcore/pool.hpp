// Pools: where an Engine gets its raw SQLite connections, and the pool kinds.
// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <string>

#include "sqlcore/export.hpp"

namespace sqlcore {

class RawConnection;
class Pool;

/// Which pool an Engine uses. `automatic` picks SingletonThreadPool for `:memory:` and
/// QueuePool for a file, as SQLAlchemy does. (`static_` because `static` is a keyword.)
enum class PoolKind { automatic, null, singleton_thread, static_, queue, wal };

/// How a pool is sized and timed; the Engine fills it from the EngineOptions members of the
/// same names (SQLAlchemy's create_engine pool arguments).
struct PoolOptions {
  /// Connections a QueuePool keeps; readers of the WAL pool; threads a SingletonThreadPool
  /// keeps connections for.
  int pool_size = 5;
  /// Connections a QueuePool may open beyond pool_size under load (closed at checkin).
  int max_overflow = 10;
  /// How long checkout() waits for a connection before TimeoutError.
  std::chrono::milliseconds pool_timeout{30000};
  /// A QueuePool connection older than this is closed and reopened at checkout; -1: never.
  std::chrono::seconds pool_recycle{-1};
  /// A QueuePool tests each connection (SELECT 1) at checkout and replaces a broken one.
  bool pool_pre_ping = false;
};

/// Opens one new raw connection, with the engine's connect PRAGMAs and on_connect events
/// already run.
using ConnectionCreator = std::function<std::unique_ptr<RawConnection>()>;

/// Makes a pool for an Engine from the engine's connection creator: a pool given as an object
/// (EngineOptions::pool_factory), e.g. one of the application's own.
using PoolFactory = std::function<std::unique_ptr<Pool>(ConnectionCreator creator)>;

/// The interface every pool implements. A pool owns the raw connections it holds;
/// checkout() lends one, checkin() gives it back. Implementations are thread-safe.
class SQLCORE_EXPORT Pool {
 public:
  virtual ~Pool() = default;
  /// Lends a connection. May block (QueuePool, StaticPool); throws TimeoutError when the
  /// pool stays exhausted past its timeout.
  virtual RawConnection& checkout() = 0;
  /// Lends a connection for reading: PoolKind::wal's read-only readers; other pools lend
  /// checkout() (the Engine then sets PRAGMA query_only for as long as it is held).
  virtual RawConnection& checkout_reader() { return checkout(); }
  /// True when checkout_reader() lends connections that are read-only by themselves.
  virtual bool has_dedicated_readers() const noexcept { return false; }
  /// Returns a connection lent by checkout() or checkout_reader(). The caller has already
  /// rolled back anything left open on it.
  virtual void checkin(RawConnection& raw) noexcept = 0;
  /// One readable line: kind, size, checked out, overflow.
  virtual std::string status() const = 0;
  /// Closes every idle connection; connections lent out are closed when they come back.
  virtual void dispose() noexcept = 0;
  /// The kind of this pool.
  virtual PoolKind kind() const noexcept = 0;
};

}  // namespace sqlcore
