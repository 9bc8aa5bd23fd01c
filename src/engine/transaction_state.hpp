// The transaction frames the engine keeps with each raw connection.
// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "sqlcore/raw_connection.hpp"

namespace sqlcore::detail {

class ChangeCollector;  // engine/commit_changes.hpp

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
  /// The root frame emitted BEGIN (not with IsolationLevel::autocommit), and whether it was a
  /// plain (deferred) BEGIN.
  bool began = false;
  bool deferred = false;
  /// Set when SQLite rolled the transaction back by itself after a statement failed
  /// (SQLITE_FULL, IOERR, an interrupt ...): that failure's message. Every statement is then
  /// refused until the Transaction is rolled back.
  std::optional<std::string> rolled_back_after;
  /// Engine::on_commit_changes: the hooks' collector, once the engine has a listener (else
  /// null: nothing is hooked), and `changes_pending`, set by the hooks when the running
  /// statement changed rows or committed: the one flag a finished statement looks at.
  std::shared_ptr<ChangeCollector> changes;
  bool changes_pending = false;
  /// Ends every frame (the transaction is over).
  void clear() noexcept {
    frames.clear();
    began = false;
    deferred = false;
    rolled_back_after.reset();
  }
  /// True when sqlcore began a transaction that SQLite no longer has: it rolled it back.
  bool rolled_back_by_sqlite(const RawConnection& raw) const noexcept {
    return began && !frames.empty() && (rolled_back_after || !raw.in_transaction());
  }
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
