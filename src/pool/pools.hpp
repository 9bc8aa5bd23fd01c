// Making the pool an Engine asks for.
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include "sqlcore/engine.hpp"
#include "sqlcore/pool.hpp"

namespace sqlcore::detail {

/// The pool for `kind` (never `automatic`), opening connections with `creator`.
std::unique_ptr<Pool> make_pool(PoolKind kind, ConnectionCreator creator,
                                const EngineOptions& options);

/// "QueuePool", "NullPool", ...
const char* pool_kind_name(PoolKind kind) noexcept;

}  // namespace sqlcore::detail
