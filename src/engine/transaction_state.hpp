// The transaction frames the engine keeps with each raw connection.
// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "sqlcore/raw_connection.hpp"

namespace sqlcore::detail {

/// One open transaction level on a handle: the root (BEGIN) or a savepoint.
struct TxFrame {
  std::uint64_t id;
  bool nested;
  std::string savepoint;  // "sa_savepoint_N" for nested frames
};

/// The engine's state for one handle: SQLite has one transaction per handle, so the frames
/// live with the handle (a Connection checked out later finds them), not with a Connection.
struct TxState final : Attachment {
  std::vector<TxFrame> frames;
  std::uint64_t next_tx_id = 1;
  int savepoint_seq = 0;
};

/// The TxState of `raw`, attached at first use. The engine is the only layer that attaches
/// state to a RawConnection, so the cast is safe.
inline TxState& tx_state(RawConnection& raw) {
  if (raw.attachment() == nullptr) raw.attach(std::make_unique<TxState>());
  return static_cast<TxState&>(*raw.attachment());
}

/// The frames of `raw`, or none when nothing was ever begun on it.
inline bool has_frames(const RawConnection& raw) noexcept {
  auto* s = static_cast<const TxState*>(raw.attachment());
  return s != nullptr && !s->frames.empty();
}

}  // namespace sqlcore::detail
