// The sqlite3 driver's document support: change hooks, the session extension
// (https://www.sqlite.org/sessionintro.html) and sqlite3_serialize / sqlite3_deserialize.
// SPDX-License-Identifier: MIT

// sqlite3.h declares the session extension and the preupdate hook only when these are defined;
// the build defines SQLCORE_HAVE_* when the linked library has them (top CMakeLists.txt).
#if defined(SQLCORE_HAVE_SESSION) || defined(SQLCORE_HAVE_PREUPDATE_HOOK)
#ifndef SQLITE_ENABLE_PREUPDATE_HOOK
#define SQLITE_ENABLE_PREUPDATE_HOOK 1  // NOLINT(readability-identifier-naming): SQLite's name
#endif
#endif
#if defined(SQLCORE_HAVE_SESSION) && !defined(SQLITE_ENABLE_SESSION)
#define SQLITE_ENABLE_SESSION 1  // NOLINT(readability-identifier-naming): SQLite's name
#endif
#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <exception>

#include <fmt/format.h>

#include "driver/documents.hpp"
#include "driver/sqlite3/documents.hpp"
#include "driver/sqlite3/error_map.hpp"
#include "sqlcore/errors.hpp"

namespace sqlcore::detail {

bool library_has_sessions() noexcept {
#ifdef SQLCORE_HAVE_SESSION
  return true;
#else
  return false;
#endif
}

bool library_has_preupdate_hook() noexcept {
#ifdef SQLCORE_HAVE_PREUPDATE_HOOK
  return true;
#else
  return false;
#endif
}

bool library_has_serialize() noexcept {
#ifdef SQLCORE_HAVE_SERIALIZE
  return true;
#else
  return false;
#endif
}

void throw_not_supported(std::string_view feature) {
  std::string what = fmt::format("{} is not available: the linked SQLite {} was built without it",
                                 feature, sqlite3_libversion());
  throw NotSupportedError("(NotSupportedError) " + what, 0, what, "");
}

namespace {

// Used only where SQLite lacks the session extension (clang warns of an unused constant).
[[maybe_unused]] constexpr std::string_view kSessions =
    "changesets (SQLite's session extension, SQLITE_ENABLE_SESSION)";

#ifdef SQLCORE_HAVE_SESSION

Cell cell_of(sqlite3_value* v) {
  Cell c;
  switch (sqlite3_value_type(v)) {
    case SQLITE_INTEGER:
      c.storage = StorageClass::integer;
      c.integer = sqlite3_value_int64(v);
      break;
    case SQLITE_FLOAT:
      c.storage = StorageClass::real;
      c.real = sqlite3_value_double(v);
      break;
    case SQLITE_TEXT: {
      c.storage = StorageClass::text;
      const unsigned char* t = sqlite3_value_text(v);
      c.bytes.assign(reinterpret_cast<const char*>(t),
                     static_cast<std::size_t>(sqlite3_value_bytes(v)));
      break;
    }
    case SQLITE_BLOB: {
      c.storage = StorageClass::blob;
      const void* b = sqlite3_value_blob(v);
      int n = sqlite3_value_bytes(v);
      if (n > 0) c.bytes.assign(static_cast<const char*>(b), static_cast<std::size_t>(n));
      break;
    }
    default:
      c.storage = StorageClass::null;
  }
  return c;
}

std::vector<std::byte> take(void* p, int n) {
  std::vector<std::byte> out(static_cast<std::size_t>(std::max(n, 0)));
  if (n > 0) std::memcpy(out.data(), p, out.size());
  sqlite3_free(p);
  return out;
}

void* data_of(std::span<const std::byte> bytes) {
  // The changeset functions take void* but only read (sqlite3session.h).
  return const_cast<std::byte*>(bytes.data());
}

[[noreturn]] void bad_changeset(int rc, std::string_view what) {
  std::string message =
      fmt::format("{}: the bytes are not a valid changeset ({})", what, sqlite3_errstr(rc));
  throw_sqlite_error(rc, message, {});
}

// Walks the changeset format (sqlite3session.h, "CHANGESET FORMAT" / "PATCHSET FORMAT") before
// SQLite reads untrusted bytes: SQLite 3.40's iterator loops forever on some truncated input
// (a lone 'T'). Throws DatabaseError naming the offset of the first thing out of place.
class FormatCheck {
 public:
  explicit FormatCheck(std::span<const std::byte> b) : b_(b) {}
  void run() {
    while (pos_ < b_.size()) {
      char kind = static_cast<char>(byte());
      if (kind != 'T' && kind != 'P') fail("a table header ('T' or 'P') was expected");
      if (tables_ > 0 && patch_ != (kind == 'P')) fail("changeset and patchset tables are mixed");
      patch_ = kind == 'P';
      ++tables_;
      std::uint64_t columns = varint();
      if (columns == 0 || columns > 32767) fail("the column count is out of range");
      std::size_t keys = 0;
      for (std::uint64_t i = 0; i < columns; ++i) keys += byte() != 0 ? 1 : 0;
      bool named = false;
      while (pos_ < b_.size())
        if (byte() == 0) {
          named = true;
          break;
        }
      if (!named) fail("the table name is not terminated");
      // The table's changes, up to the next header.
      while (pos_ < b_.size() && b_[pos_] != std::byte{'T'} && b_[pos_] != std::byte{'P'}) {
        int op = static_cast<int>(byte());
        byte();  // the indirect flag
        auto n = static_cast<std::size_t>(columns);
        if (op == SQLITE_INSERT) {
          record(n);
        } else if (op == SQLITE_DELETE) {
          record(patch_ ? keys : n);
        } else if (op == SQLITE_UPDATE) {
          if (!patch_) record(n);
          record(n);
        } else {
          fail("an operation (INSERT, UPDATE or DELETE) was expected");
        }
      }
    }
  }

 private:
  [[noreturn]] void fail(std::string_view why) {
    std::string message =
        fmt::format("Changeset: the bytes are not a valid changeset (at byte {} of {}: {})", pos_,
                    b_.size(), why);
    throw_sqlite_error(SQLITE_CORRUPT, message, {});
  }
  std::uint8_t byte() {
    if (pos_ >= b_.size()) fail("it ends early");
    return std::to_integer<std::uint8_t>(b_[pos_++]);
  }
  std::uint64_t varint() {  // SQLite's varint: 7 bits a byte, high bit set to go on, 9 at most
    std::uint64_t v = 0;
    for (int i = 0; i < 8; ++i) {
      std::uint8_t c = byte();
      v = (v << 7) | (c & 0x7f);
      if ((c & 0x80) == 0) return v;
    }
    return (v << 8) | byte();
  }
  void skip(std::uint64_t n) {
    if (n > b_.size() - pos_) fail("a value runs past the end");
    pos_ += static_cast<std::size_t>(n);
  }
  void record(std::size_t fields) {
    for (std::size_t i = 0; i < fields; ++i) {
      switch (byte()) {
        case 0:  // undefined
        case SQLITE_NULL:
          break;
        case SQLITE_INTEGER:
        case SQLITE_FLOAT:
          skip(8);
          break;
        case SQLITE_TEXT:
        case SQLITE_BLOB:
          skip(varint());
          break;
        default:
          fail("a value's type byte is not one of SQLite's");
      }
    }
  }
  std::span<const std::byte> b_;
  std::size_t pos_ = 0;
  bool patch_ = false;
  int tables_ = 0;
};

int size_of(std::span<const std::byte> bytes) {
  if (bytes.size() > static_cast<std::size_t>(INT32_MAX))
    throw ArgumentError("changeset: larger than 2 GiB, which SQLite's session API cannot take");
  return static_cast<int>(bytes.size());
}

RawChange change_of(sqlite3_changeset_iter* it) {
  const char* table = nullptr;
  int columns = 0, op = 0, indirect = 0;
  int rc = sqlite3changeset_op(it, &table, &columns, &op, &indirect);
  if (rc != SQLITE_OK) bad_changeset(rc, "changeset");
  RawChange c;
  c.table = table != nullptr ? table : "";
  c.kind = op == SQLITE_INSERT ? ChangeKind::insert
                               : (op == SQLITE_UPDATE ? ChangeKind::update : ChangeKind::delete_);
  c.indirect = indirect != 0;
  unsigned char* pk = nullptr;
  int pk_columns = 0;
  if (sqlite3changeset_pk(it, &pk, &pk_columns) == SQLITE_OK && pk != nullptr)
    for (int i = 0; i < pk_columns; ++i) c.primary_key.push_back(pk[i] != 0);
  c.old_values.resize(static_cast<std::size_t>(columns));
  c.new_values.resize(static_cast<std::size_t>(columns));
  for (int i = 0; i < columns; ++i) {
    sqlite3_value* v = nullptr;
    // A value the change lacks (an unchanged column of an UPDATE, a patchset's old values)
    // comes back as a null pointer.
    if (op != SQLITE_INSERT && sqlite3changeset_old(it, i, &v) == SQLITE_OK && v != nullptr)
      c.old_values[static_cast<std::size_t>(i)] = cell_of(v);
    v = nullptr;
    if (op != SQLITE_DELETE && sqlite3changeset_new(it, i, &v) == SQLITE_OK && v != nullptr)
      c.new_values[static_cast<std::size_t>(i)] = cell_of(v);
  }
  return c;
}

/// One session; the connection's Sqlite3Documents deletes it (kill) if the connection closes
/// first.
class Sqlite3Session final : public RawSession {
 public:
  Sqlite3Session(sqlite3_session* s, const std::shared_ptr<std::vector<Sqlite3Session*>>& registry)
      : session_(s), registry_(registry) {
    registry->push_back(this);
  }
  ~Sqlite3Session() override {
    if (auto reg = registry_.lock())
      reg->erase(std::remove(reg->begin(), reg->end(), this), reg->end());
    kill();
  }
  void kill() noexcept {
    if (session_ != nullptr) sqlite3session_delete(session_);
    session_ = nullptr;
  }
  void attach(const std::string* table) override {
    int rc = sqlite3session_attach(live(), table != nullptr ? table->c_str() : nullptr);
    if (rc != SQLITE_OK) throw_sqlite_error(rc, sqlite3_errstr(rc), "sqlite3session_attach");
  }
  std::vector<std::byte> changes(bool patch) override {
    int n = 0;
    void* p = nullptr;
    int rc =
        patch ? sqlite3session_patchset(live(), &n, &p) : sqlite3session_changeset(live(), &n, &p);
    if (rc != SQLITE_OK) {
      sqlite3_free(p);
      throw_sqlite_error(rc, sqlite3_errstr(rc),
                         patch ? "sqlite3session_patchset" : "sqlite3session_changeset");
    }
    return take(p, n);
  }

 private:
  sqlite3_session* live() const {
    if (session_ == nullptr)
      throw InvalidRequestError(
          "ChangeRecorder: its connection's database handle was closed; the recording is gone");
    return session_;
  }
  sqlite3_session* session_;
  std::weak_ptr<std::vector<Sqlite3Session*>> registry_;
};

struct ApplyContext {
  const RawConflictHandler* handler;
  std::exception_ptr error;
};

int on_conflict(void* ctx, int type, sqlite3_changeset_iter* it) {
  auto* c = static_cast<ApplyContext*>(ctx);
  // Exceptions never cross SQLite's frames: kept, the apply aborted, rethrown after.
  try {
    RawConflict conflict;
    switch (type) {
      case SQLITE_CHANGESET_DATA:
        conflict.kind = RawConflictKind::data;
        break;
      case SQLITE_CHANGESET_NOTFOUND:
        conflict.kind = RawConflictKind::not_found;
        break;
      case SQLITE_CHANGESET_CONFLICT:
        conflict.kind = RawConflictKind::conflict;
        break;
      case SQLITE_CHANGESET_CONSTRAINT:
        conflict.kind = RawConflictKind::constraint;
        break;
      default:
        conflict.kind = RawConflictKind::foreign_key;
    }
    if (conflict.kind == RawConflictKind::foreign_key) {
      sqlite3changeset_fk_conflicts(it, &conflict.foreign_key_violations);
    } else {
      conflict.change = change_of(it);
      if (conflict.kind == RawConflictKind::data || conflict.kind == RawConflictKind::conflict) {
        for (std::size_t i = 0; i < conflict.change.old_values.size(); ++i) {
          sqlite3_value* v = nullptr;
          if (sqlite3changeset_conflict(it, static_cast<int>(i), &v) == SQLITE_OK && v != nullptr)
            conflict.conflicting.push_back(cell_of(v));
          else
            conflict.conflicting.emplace_back();
        }
      }
    }
    RawResolution r = (*c->handler)(conflict);
    if (r == RawResolution::abort) return SQLITE_CHANGESET_ABORT;
    // REPLACE is allowed for DATA and CONFLICT only (SQLITE_MISUSE otherwise): elsewhere the
    // change is omitted, as docs/documents.md says.
    if (r == RawResolution::replace &&
        (conflict.kind == RawConflictKind::data || conflict.kind == RawConflictKind::conflict))
      return SQLITE_CHANGESET_REPLACE;
    return SQLITE_CHANGESET_OMIT;
  } catch (...) {
    c->error = std::current_exception();
    return SQLITE_CHANGESET_ABORT;
  }
}

#endif  // SQLCORE_HAVE_SESSION

}  // namespace

std::vector<std::byte> invert_changeset(std::span<const std::byte> changeset) {
#ifdef SQLCORE_HAVE_SESSION
  if (changeset.empty()) return {};
  int n = 0;
  void* p = nullptr;
  int rc = sqlite3changeset_invert(size_of(changeset), data_of(changeset), &n, &p);
  if (rc != SQLITE_OK) {
    sqlite3_free(p);
    bad_changeset(rc, "Changeset::inverted");
  }
  return take(p, n);
#else
  (void)changeset;
  throw_not_supported(kSessions);
#endif
}

std::vector<std::byte> concat_changesets(std::span<const std::byte> a,
                                         std::span<const std::byte> b) {
#ifdef SQLCORE_HAVE_SESSION
  if (a.empty()) return {b.begin(), b.end()};
  if (b.empty()) return {a.begin(), a.end()};
  int n = 0;
  void* p = nullptr;
  int rc = sqlite3changeset_concat(size_of(a), data_of(a), size_of(b), data_of(b), &n, &p);
  if (rc != SQLITE_OK) {
    sqlite3_free(p);
    bad_changeset(rc, "Changeset::concat");
  }
  return take(p, n);
#else
  (void)a;
  (void)b;
  throw_not_supported(kSessions);
#endif
}

std::vector<RawChange> decode_changeset(std::span<const std::byte> changeset) {
#ifdef SQLCORE_HAVE_SESSION
  std::vector<RawChange> out;
  if (changeset.empty()) return out;
  FormatCheck(changeset).run();
  sqlite3_changeset_iter* it = nullptr;
  int rc = sqlite3changeset_start(&it, size_of(changeset), data_of(changeset));
  if (rc != SQLITE_OK) bad_changeset(rc, "Changeset");
  try {
    while ((rc = sqlite3changeset_next(it)) == SQLITE_ROW) out.push_back(change_of(it));
  } catch (...) {
    sqlite3changeset_finalize(it);
    throw;
  }
  int frc = sqlite3changeset_finalize(it);
  if (rc != SQLITE_DONE) bad_changeset(rc, "Changeset");
  if (frc != SQLITE_OK) bad_changeset(frc, "Changeset");
  return out;
#else
  (void)changeset;
  throw_not_supported(kSessions);
#endif
}

// ---- Sqlite3Documents ---------------------------------------------------------------------------

namespace {

class Sqlite3Documents final : public DocumentSupport {
 public:
  explicit Sqlite3Documents(sqlite3* db) : db_(db) {}
  ~Sqlite3Documents() override {
    // Before the handle closes (its ROLLBACK would call the hooks).
    try {
      if (sink_ != nullptr) watch_changes(nullptr);
    } catch (...) {
    }
#ifdef SQLCORE_HAVE_SESSION
    for (Sqlite3Session* s : *sessions_) s->kill();
#endif
  }

  void watch_changes(ChangeSink* sink) override {
#ifdef SQLCORE_HAVE_PREUPDATE_HOOK
    sink_ = sink;
    if (sink == nullptr) {
#ifdef SQLCORE_HAVE_SESSION
      for (Watch& w : watches_) {
        if (w.session != nullptr) sqlite3session_delete(w.session);
        w.session = nullptr;
      }
#else
      sqlite3_preupdate_hook(db_, nullptr, nullptr);
#endif
      sqlite3_update_hook(db_, nullptr, nullptr);
      sqlite3_commit_hook(db_, nullptr, nullptr);
      sqlite3_rollback_hook(db_, nullptr, nullptr);
      return;
    }
    // Every row change of every table (the update hook misses WITHOUT ROWID tables and the
    // truncate optimisation, which SQLite turns off while a preupdate hook is set). SQLite has
    // one preupdate hook per handle and the session extension takes it (sqlite3session_create
    // chains the sessions of a handle through it, taking the previous hook's argument for a
    // session): so with the session extension the rows are seen through sessions of our own,
    // one per schema, whose table filter is called for each change to a table they do not
    // record (they record none), and ChangeRecorders' sessions chain beside them.
#ifdef SQLCORE_HAVE_SESSION
    for (Watch& w : watches_) {
      w.sink = sink;
      if (w.session != nullptr) continue;
      int rc = sqlite3session_create(db_, w.schema, &w.session);
      if (rc != SQLITE_OK) throw_sqlite_error(db_, rc, "sqlite3session_create");
      sqlite3session_table_filter(
          w.session,
          [](void* ctx, const char* table) -> int {
            auto* watch = static_cast<Watch*>(ctx);
            watch->sink->row_changing(watch->schema, table);
            return 0;  // record nothing
          },
          &w);
      rc = sqlite3session_attach(w.session, nullptr);
      if (rc != SQLITE_OK) throw_sqlite_error(db_, rc, "sqlite3session_attach");
    }
#else
    sqlite3_preupdate_hook(
        db_,
        [](void* s, sqlite3*, int, const char* schema, const char* table, sqlite3_int64,
           sqlite3_int64) { static_cast<ChangeSink*>(s)->row_changing(schema, table); },
        sink);
#endif
    // The update hook adds the rowids of rowid tables.
    sqlite3_update_hook(
        db_,
        [](void* s, int, const char* schema, const char* table, sqlite3_int64 rowid) {
          static_cast<ChangeSink*>(s)->rowid_changed(schema, table, rowid);
        },
        sink);
    sqlite3_commit_hook(
        db_,
        [](void* s) -> int {
          static_cast<ChangeSink*>(s)->committing();
          return 0;
        },
        sink);
    sqlite3_rollback_hook(
        db_, [](void* s) { static_cast<ChangeSink*>(s)->rolled_back(); }, sink);
#else
    if (sink != nullptr)
      throw_not_supported(
          "commit notifications (SQLite's preupdate hook, SQLITE_ENABLE_PREUPDATE_HOOK)");
#endif
  }

  std::unique_ptr<RawSession> start_session(const std::string& schema) override {
#ifdef SQLCORE_HAVE_SESSION
    sqlite3_session* s = nullptr;
    int rc = sqlite3session_create(db_, schema.c_str(), &s);
    if (rc != SQLITE_OK) throw_sqlite_error(db_, rc, "sqlite3session_create");
    return std::make_unique<Sqlite3Session>(s, sessions_);
#else
    (void)schema;
    throw_not_supported(kSessions);
#endif
  }

  bool apply(std::span<const std::byte> changeset, const RawConflictHandler& handler) override {
#ifdef SQLCORE_HAVE_SESSION
    if (changeset.empty()) return true;
    ApplyContext ctx{&handler, nullptr};
    int rc = sqlite3changeset_apply(db_, size_of(changeset), data_of(changeset), nullptr,
                                    on_conflict, &ctx);
    if (ctx.error) std::rethrow_exception(ctx.error);
    if (rc == SQLITE_ABORT) return false;
    if (rc != SQLITE_OK) {
      if ((rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_MISUSE)
        bad_changeset(rc, "apply_changeset");
      throw_sqlite_error(db_, rc, "sqlite3changeset_apply");
    }
    return true;
#else
    (void)changeset;
    (void)handler;
    throw_not_supported(kSessions);
#endif
  }

  std::vector<std::byte> serialize(const std::string& schema) override {
#ifdef SQLCORE_HAVE_SERIALIZE
    if (sqlite3_db_filename(db_, schema.c_str()) == nullptr)
      throw ArgumentError(fmt::format(
          "serialize: '{}' is not a database of this connection (main, temp or an attached "
          "name)",
          schema));
    sqlite3_int64 size = 0;
    unsigned char* p = sqlite3_serialize(db_, schema.c_str(), &size, 0);
    if (p == nullptr) {
      if (size > 0) throw_sqlite_error(SQLITE_NOMEM, "serialize: out of memory", {});
      return {};  // a database without a single page yet
    }
    std::vector<std::byte> out(static_cast<std::size_t>(size));
    std::memcpy(out.data(), p, out.size());
    sqlite3_free(p);
    return out;
#else
    (void)schema;
    throw_not_supported("database images (sqlite3_serialize, SQLite 3.23)");
#endif
  }

  void deserialize(std::span<const std::byte> image) override {
#ifdef SQLCORE_HAVE_SERIALIZE
    auto n = static_cast<sqlite3_int64>(image.size());
    // A private copy SQLite owns: freed when the database closes, grown as it is written.
    auto* copy = static_cast<unsigned char*>(
        sqlite3_malloc64(static_cast<sqlite3_uint64>(std::max<sqlite3_int64>(n, 1))));
    if (copy == nullptr) throw_sqlite_error(SQLITE_NOMEM, "deserialize: out of memory", {});
    if (n > 0) std::memcpy(copy, image.data(), image.size());
    // A WAL file's image: the in-memory database cannot use WAL, so it becomes a rollback
    // journal database (header bytes 18 and 19, https://www.sqlite.org/fileformat.html).
    if (n >= 20 && copy[18] == 2 && copy[19] == 2) copy[18] = copy[19] = 1;
    int rc = sqlite3_deserialize(db_, "main", copy, n, n,
                                 SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);
    // On failure SQLite has freed the copy already (FREEONCLOSE).
    if (rc != SQLITE_OK) throw_sqlite_error(db_, rc, "sqlite3_deserialize");
#else
    (void)image;
    throw_not_supported("database images (sqlite3_deserialize, SQLite 3.23)");
#endif
  }

 private:
  sqlite3* db_;
  ChangeSink* sink_ = nullptr;
#ifdef SQLCORE_HAVE_SESSION
  struct Watch {
    const char* schema;
    sqlite3_session* session = nullptr;
    ChangeSink* sink = nullptr;
  };
  Watch watches_[2] = {{"main"}, { "temp" }};
  std::shared_ptr<std::vector<Sqlite3Session*>> sessions_ =
      std::make_shared<std::vector<Sqlite3Session*>>();
#endif
};

}  // namespace

std::unique_ptr<DocumentSupport> make_sqlite3_documents(sqlite3* db) {
  return std::make_unique<Sqlite3Documents>(db);
}

}  // namespace sqlcore::detail
