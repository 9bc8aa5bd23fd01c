// ChangeRecorder, Changeset and apply_changeset over the driver's session support
// (driver/documents.hpp; SQLite's session extension).
// SPDX-License-Identifier: MIT
#include <fmt/format.h>

#include "driver/documents.hpp"
#include "engine/engine_state.hpp"
#include "sqlcore/documents.hpp"
#include "sqlcore/errors.hpp"

namespace sqlcore {

namespace {

constexpr int kSqliteAbort = 4;  // SQLITE_ABORT: the code ConflictError carries

Value value_of(const detail::Cell& c) {
  switch (c.storage) {
    case detail::StorageClass::integer:
      return Value(c.integer);
    case detail::StorageClass::real:
      return Value(c.real);
    case detail::StorageClass::text:
      return Value(c.bytes);
    case detail::StorageClass::blob: {
      Blob b(c.bytes.size());
      for (std::size_t i = 0; i < b.size(); ++i) b[i] = static_cast<std::byte>(c.bytes[i]);
      return Value(std::move(b));
    }
    case detail::StorageClass::null:
      break;
  }
  return Value();
}

Change change_of(detail::RawChange&& raw) {
  Change c;
  c.table = std::move(raw.table);
  c.operation = raw.kind == detail::ChangeKind::insert
                    ? ChangeOperation::insert
                    : (raw.kind == detail::ChangeKind::update ? ChangeOperation::update
                                                              : ChangeOperation::delete_);
  c.indirect = raw.indirect;
  c.primary_key = std::move(raw.primary_key);
  auto convert = [](std::vector<std::optional<detail::Cell>>& from) {
    std::vector<std::optional<Value>> out;
    out.reserve(from.size());
    for (auto& v : from) out.push_back(v ? std::optional<Value>(value_of(*v)) : std::nullopt);
    return out;
  };
  c.old_values = convert(raw.old_values);
  c.new_values = convert(raw.new_values);
  return c;
}

// A patchset's table header starts with 'P', a changeset's with 'T'
// (https://www.sqlite.org/session/c_changeset_abort.html and sqlite3session.c).
bool starts_patchset(std::span<const std::byte> bytes) {
  return !bytes.empty() && bytes[0] == static_cast<std::byte>('P');
}

detail::DocumentSupport& documents_of(Connection& conn, std::string_view what) {
  RawConnection& raw = conn.raw();
  // A driver without documents at all (dqlite: the database is on a server) is named first.
  detail::DocumentSupport* docs = raw.documents();
  if (docs == nullptr)
    detail::throw_not_supported(
        fmt::format("{} (the {} driver has no sessions)", what, raw.driver().name()));
  if (!raw.driver().capabilities().sessions)
    detail::throw_not_supported("changesets (SQLite's session extension, SQLITE_ENABLE_SESSION)");
  return *docs;
}

std::string_view kind_name(ConflictKind k) {
  switch (k) {
    case ConflictKind::data:
      return "data (the row's values are not the change's old values)";
    case ConflictKind::not_found:
      return "not_found (the row to change is missing)";
    case ConflictKind::conflict:
      return "conflict (a row with the primary key to insert exists)";
    case ConflictKind::constraint:
      return "constraint (the change breaks a constraint)";
    case ConflictKind::foreign_key:
      return "foreign_key (foreign keys are violated)";
  }
  return "?";
}

}  // namespace

// ---- Changeset ----------------------------------------------------------------------------------

Changeset Changeset::from_bytes(std::span<const std::byte> bytes) {
  detail::decode_changeset(bytes);  // reads it through once: corrupt bytes fail here
  return Changeset(std::vector<std::byte>(bytes.begin(), bytes.end()), starts_patchset(bytes));
}

Changeset Changeset::inverted() const {
  if (patchset_)
    throw InvalidRequestError(
        "Changeset::inverted: a patchset cannot be inverted (it lacks the old values); record "
        "a changeset (ChangeRecorder::changeset()) to undo");
  return Changeset(detail::invert_changeset(bytes_), false);
}

Changeset Changeset::concat(const Changeset& next) const {
  if (!empty() && !next.empty() && patchset_ != next.patchset_)
    throw InvalidRequestError(
        "Changeset::concat: one is a changeset and the other a patchset; SQLite concatenates "
        "only two of a kind");
  return Changeset(detail::concat_changesets(bytes_, next.bytes_),
                   empty() ? next.patchset_ : patchset_);
}

std::vector<Change> Changeset::changes() const {
  std::vector<Change> out;
  for (detail::RawChange& c : detail::decode_changeset(bytes_))
    out.push_back(change_of(std::move(c)));
  return out;
}

// ---- ChangeRecorder -----------------------------------------------------------------------------

ChangeRecorder::ChangeRecorder(Connection& conn, const ChangeRecorderOptions& options) {
  detail::DocumentSupport& docs = documents_of(conn, "ChangeRecorder");
  session_ = docs.start_session(options.schema);
  if (options.tables.empty()) {
    session_->attach(nullptr);
  } else {
    for (const std::string& t : options.tables) session_->attach(&t);
  }
}

ChangeRecorder::ChangeRecorder(ChangeRecorder&&) noexcept = default;
ChangeRecorder& ChangeRecorder::operator=(ChangeRecorder&&) noexcept = default;
ChangeRecorder::~ChangeRecorder() = default;

Changeset ChangeRecorder::changeset() const {
  if (!session_) throw InvalidRequestError("ChangeRecorder: moved from");
  return Changeset(session_->changes(false), false);
}

Changeset ChangeRecorder::patchset() const {
  if (!session_) throw InvalidRequestError("ChangeRecorder: moved from");
  return Changeset(session_->changes(true), true);
}

// ---- apply_changeset ----------------------------------------------------------------------------

ConflictError::ConflictError(const std::string& what, std::vector<Conflict> conflicts)
    : DatabaseError("(ConflictError) " + what, kSqliteAbort, what, ""),
      conflicts_(std::move(conflicts)) {}

void apply_changeset(Connection& conn, const Changeset& changeset,
                     const ApplyChangesetOptions& options) {
  conn.core().check_usable();
  detail::DocumentSupport& docs = documents_of(conn, "apply_changeset");
  std::vector<Conflict> seen;
  auto handler = [&](const detail::RawConflict& raw) {
    Conflict c;
    c.kind = static_cast<ConflictKind>(raw.kind);
    c.foreign_key_violations = raw.foreign_key_violations;
    c.change = change_of(detail::RawChange(raw.change));
    for (const detail::Cell& v : raw.conflicting) c.conflicting.push_back(value_of(v));
    ConflictAction action =
        options.on_each_conflict ? options.on_each_conflict(c) : options.on_conflict;
    seen.push_back(std::move(c));
    switch (action) {
      case ConflictAction::omit:
        return detail::RawResolution::omit;
      case ConflictAction::replace:
        return detail::RawResolution::replace;
      case ConflictAction::abort:
        break;
    }
    return detail::RawResolution::abort;
  };
  RawConnection& raw = conn.raw();
  bool applied;
  try {
    applied = docs.apply(changeset.bytes(), handler);
  } catch (...) {
    conn.core().statement_failed();
    throw;
  }
  // The changes were made by SQLite inside the apply call, seen by the change hooks: they
  // join the transaction, or (autocommit) are delivered now.
  if (detail::TxState* tx = detail::pending_changes(&raw)) {
    if (applied)
      detail::settle_changes(raw, *tx);
    else if (tx->changes)  // SQLite rolled its savepoint back: nothing changed
      tx->changes->statement_failed(raw.in_transaction());
  }
  if (applied) return;
  if (seen.empty()) throw ConflictError("apply_changeset aborted; nothing was applied", {});
  const Conflict& last = seen.back();
  std::string where =
      last.change.table.empty() ? "" : fmt::format(" on table '{}'", last.change.table);
  throw ConflictError(fmt::format("apply_changeset aborted at a {} conflict{}; nothing was applied "
                                  "({} conflict(s) met)",
                                  kind_name(last.kind), where, seen.size()),
                      std::move(seen));
}

}  // namespace sqlcore
