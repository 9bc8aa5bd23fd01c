// dqlite's wire protocol (https://dqlite.io/docs/reference/wire-protocol): a pure encoder and
// decoder of its messages, no sockets (driver/dqlite/client.hpp sends them).
// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>

namespace sqlcore::detail::dqlite {

/// The protocol version a client sends first (a uint64, little-endian).
inline constexpr std::uint64_t protocol_version = 1;

}  // namespace sqlcore::detail::dqlite
