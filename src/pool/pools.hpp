// Making the pool an Engine asks for; one factory per pool kind.
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <vector>

#include "sqlcore/pool.hpp"
#include "sqlcore/raw_connection.hpp"

namespace sqlcore::detail {

/// The pool for `kind` (never `automatic`), opening connections with `creator`.
std::unique_ptr<Pool> make_pool(PoolKind kind, ConnectionCreator creator,
                                const PoolOptions& options);

std::unique_ptr<Pool> make_null_pool(ConnectionCreator creator);
std::unique_ptr<Pool> make_static_pool(ConnectionCreator creator, const PoolOptions& options);
std::unique_ptr<Pool> make_queue_pool(ConnectionCreator creator, const PoolOptions& options);
std::unique_ptr<Pool> make_singleton_thread_pool(ConnectionCreator creator,
                                                 const PoolOptions& options);
std::unique_ptr<Pool> make_wal_pool(ConnectionCreator creator, const PoolOptions& options);

/// Takes `raw` out of `list` (an owning vector) and returns it; nullptr if it is not there.
std::unique_ptr<RawConnection> take(std::vector<std::unique_ptr<RawConnection>>& list,
                                    RawConnection& raw);

}  // namespace sqlcore::detail
