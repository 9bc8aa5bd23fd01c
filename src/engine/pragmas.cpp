// Pragmas: each PRAGMA rendered from enums, integers and quoted names, run through the
// connection (https://www.sqlite.org/pragma.html).
// SPDX-License-Identifier: MIT
#include "sqlcore/pragmas.hpp"

#include <array>
#include <limits>

#include <fmt/format.h>

#include "base/ascii.hpp"
#include "base/text.hpp"
#include "engine/engine_state.hpp"
#include "sqlcore/errors.hpp"

namespace sqlcore {

namespace {

// SQLite's keywords for each enum, indexed by the enumerator: the only text a value puts into a
// PRAGMA. journal_mode reports its mode in lower case; the others are sent.
constexpr std::array<std::string_view, 6> kJournalModes = {"delete", "truncate", "persist",
                                                           "memory", "wal",      "off"};
constexpr std::array<std::string_view, 4> kSynchronous = {"OFF", "NORMAL", "FULL", "EXTRA"};
constexpr std::array<std::string_view, 4> kCheckpointModes = {"PASSIVE", "FULL", "RESTART",
                                                              "TRUNCATE"};

// The releases that brought a PRAGMA or an argument (SQLITE_VERSION_NUMBER form).
constexpr int kTableListSince = 3037000;     // PRAGMA table_list: 3.37.0
constexpr int kCheckOfTableSince = 3033000;  // integrity_check(TABLE), quick_check(TABLE): 3.33.0

template <std::size_t N>
std::string_view keyword(const std::array<std::string_view, N>& table, auto value) {
  return table.at(static_cast<std::size_t>(value));
}

std::string version_text(int v) {
  return fmt::format("{}.{}.{}", v / 1000000, v / 1000 % 1000, v % 1000);
}

[[noreturn]] void throw_not_supported(const std::string& what, const std::string& sql) {
  std::string shown = sql.empty() ? "" : " [SQL: " + sql + "]";
  throw NotSupportedError("(NotSupportedError) " + what + shown, 0, what, sql);
}

// The first column of the first row of `sql` as an integer; a PRAGMA that SQLite does not know
// returns no row (unknown PRAGMAs are no error).
std::int64_t int_of(Connection& conn, const std::string& sql) {
  std::optional<std::int64_t> v = conn.exec_driver_sql(sql).scalar<std::int64_t>();
  if (!v) throw_not_supported("the PRAGMA returned no value: this SQLite does not provide it", sql);
  return *v;
}

// The JournalMode of what PRAGMA journal_mode answered.
JournalMode journal_mode_of(const std::optional<std::string>& mode, const std::string& sql) {
  if (!mode) throw_not_supported("PRAGMA journal_mode returned no value", sql);
  for (std::size_t i = 0; i < kJournalModes.size(); ++i)
    if (detail::iequals(*mode, kJournalModes[i])) return static_cast<JournalMode>(i);
  throw ValueError(fmt::format("PRAGMA journal_mode returned {}, a mode sqlcore does not know",
                               detail::quote_literal(*mode)));
}

}  // namespace

// ---- Connection::pragmas ------------------------------------------------------------------------

Pragmas Connection::pragmas() {
  core();  // InvalidRequestError when closed
  return Pragmas(core_, "");
}

// ---- Pragmas ------------------------------------------------------------------------------------

Pragmas Pragmas::for_schema(std::string_view schema) const {
  return Pragmas(core_, detail::force_quote(schema) + ".");
}

Connection& Pragmas::connection() const {
  std::shared_ptr<detail::ConnectionCore> core = core_.lock();
  if (!core || core->raw == nullptr || core->owner == nullptr)
    throw InvalidRequestError("Pragmas: the Connection they belong to is closed");
  return *core->owner;  // follows the Connection when it moves
}

std::string Pragmas::pragma(std::string_view name) const {
  return fmt::format("PRAGMA {}{}", prefix_, name);
}

JournalMode Pragmas::journal_mode() const {
  std::string sql = pragma("journal_mode");
  return journal_mode_of(connection().exec_driver_sql(sql).scalar<std::string>(), sql);
}

JournalMode Pragmas::journal_mode(JournalMode mode) {
  // SQLite answers with the mode now in force (one row), not necessarily the one asked for.
  std::string sql = fmt::format("{} = {}", pragma("journal_mode"), keyword(kJournalModes, mode));
  return journal_mode_of(connection().exec_driver_sql(sql).scalar<std::string>(), sql);
}

Synchronous Pragmas::synchronous() const {
  std::string sql = pragma("synchronous");
  std::int64_t v = int_of(connection(), sql);
  if (v < 0 || v >= static_cast<std::int64_t>(kSynchronous.size()))
    throw ValueError(
        fmt::format("PRAGMA synchronous returned {}, a level sqlcore does not know", v));
  return static_cast<Synchronous>(v);
}

void Pragmas::set_synchronous(Synchronous level) {
  connection().exec_driver_sql(
      fmt::format("{} = {}", pragma("synchronous"), keyword(kSynchronous, level)));
}

int Pragmas::user_version() const {
  return static_cast<int>(int_of(connection(), pragma("user_version")));
}

void Pragmas::set_user_version(int version) {
  connection().exec_driver_sql(fmt::format("{} = {}", pragma("user_version"), version));
}

int Pragmas::application_id() const {
  return static_cast<int>(int_of(connection(), pragma("application_id")));
}

void Pragmas::set_application_id(int id) {
  connection().exec_driver_sql(fmt::format("{} = {}", pragma("application_id"), id));
}

std::vector<std::string> Pragmas::check(std::string_view pragma_name, std::string argument) const {
  std::string sql = fmt::format("{}({})", pragma(pragma_name), argument);
  std::vector<std::string> problems;
  Result r = connection().exec_driver_sql(sql);
  for (const Row& row : r) problems.push_back(row.get<std::string>(0));
  if (problems.size() == 1 && problems.front() == "ok") problems.clear();
  return problems;
}

std::vector<std::string> Pragmas::integrity_check(int max_errors) const {
  if (max_errors < 1)
    throw ArgumentError(
        fmt::format("integrity_check: max_errors must be at least 1 (got {})", max_errors));
  return check("integrity_check", fmt::format("{}", max_errors));
}

std::vector<std::string> Pragmas::quick_check(int max_errors) const {
  if (max_errors < 1)
    throw ArgumentError(
        fmt::format("quick_check: max_errors must be at least 1 (got {})", max_errors));
  return check("quick_check", fmt::format("{}", max_errors));
}

namespace {
void require_check_of_table(Connection& conn, std::string_view pragma_name) {
  int v = conn.core().raw->driver().sqlite_version();
  if (v < kCheckOfTableSince)
    throw_not_supported(fmt::format("PRAGMA {}(TABLE) needs SQLite 3.33.0 or later; this "
                                    "connection runs SQLite {}",
                                    pragma_name, version_text(v)),
                        "");
}
}  // namespace

std::vector<std::string> Pragmas::integrity_check(std::string_view table) const {
  require_check_of_table(connection(), "integrity_check");
  return check("integrity_check", detail::force_quote(table));
}

std::vector<std::string> Pragmas::quick_check(std::string_view table) const {
  require_check_of_table(connection(), "quick_check");
  return check("quick_check", detail::force_quote(table));
}

std::vector<ForeignKeyViolation> Pragmas::fk_check(std::string argument) const {
  std::string sql = pragma("foreign_key_check");
  if (!argument.empty()) sql += "(" + argument + ")";
  std::vector<ForeignKeyViolation> out;
  Result r = connection().exec_driver_sql(sql);
  // Columns: table, rowid (NULL for a WITHOUT ROWID table), parent, fkid.
  for (const Row& row : r) {
    ForeignKeyViolation v;
    v.table = row.get<std::string>(0);
    std::optional<std::int64_t> rowid = row.get<std::optional<std::int64_t>>(1);
    v.has_rowid = rowid.has_value();
    v.rowid = rowid.value_or(0);
    v.parent = row.get<std::string>(2);
    v.fk_index = row.get<int>(3);
    out.push_back(std::move(v));
  }
  return out;
}

std::vector<ForeignKeyViolation> Pragmas::foreign_key_check() const { return fk_check(""); }

std::vector<ForeignKeyViolation> Pragmas::foreign_key_check(std::string_view table) const {
  return fk_check(detail::force_quote(table));
}

CheckpointResult Pragmas::wal_checkpoint(CheckpointMode mode) {
  std::string sql =
      fmt::format("{}({})", pragma("wal_checkpoint"), keyword(kCheckpointModes, mode));
  Result r = connection().exec_driver_sql(sql);
  if (!r.has_row()) throw_not_supported("PRAGMA wal_checkpoint returned no row", sql);
  Row row(&r.cursor());
  CheckpointResult out{.busy = row.get<std::int64_t>(0) != 0,
                       .log_frames = row.get<int>(1),
                       .checkpointed_frames = row.get<int>(2)};
  r.close();
  return out;
}

void Pragmas::optimize() {
  Result r = connection().exec_driver_sql(pragma("optimize"));
  while (r.has_row()) r.step();  // runs every ANALYZE it decided on
}

std::int64_t Pragmas::page_count() const { return int_of(connection(), pragma("page_count")); }

int Pragmas::page_size() const {
  return static_cast<int>(int_of(connection(), pragma("page_size")));
}

std::int64_t Pragmas::freelist_count() const {
  return int_of(connection(), pragma("freelist_count"));
}

int Pragmas::cache_size() const {
  return static_cast<int>(int_of(connection(), pragma("cache_size")));
}

void Pragmas::set_cache_size(int size) {
  connection().exec_driver_sql(fmt::format("{} = {}", pragma("cache_size"), size));
}

// busy_timeout belongs to the connection, not to a schema: never prefixed.
std::chrono::milliseconds Pragmas::busy_timeout() const {
  return std::chrono::milliseconds(int_of(connection(), "PRAGMA busy_timeout"));
}

void Pragmas::set_busy_timeout(std::chrono::milliseconds timeout) {
  if (timeout.count() < 0 || timeout.count() > std::numeric_limits<int>::max())
    throw ArgumentError(
        fmt::format("set_busy_timeout: the timeout must be between 0 and {} ms (got {} ms)",
                    std::numeric_limits<int>::max(), timeout.count()));
  connection().exec_driver_sql(fmt::format("PRAGMA busy_timeout = {}", timeout.count()));
}

std::vector<TableListEntry> Pragmas::table_list() const {
  Connection& conn = connection();
  std::string sql = pragma("table_list");
  int v = conn.core().raw->driver().sqlite_version();
  if (v < kTableListSince)
    throw_not_supported(fmt::format("PRAGMA table_list needs SQLite 3.37.0 or later; this "
                                    "connection runs SQLite {}",
                                    version_text(v)),
                        sql);
  std::vector<TableListEntry> out;
  Result r = conn.exec_driver_sql(sql);
  // Columns: schema, name, type, ncol, wr, strict.
  for (const Row& row : r)
    out.push_back(TableListEntry{.schema = row.get<std::string>(0),
                                 .name = row.get<std::string>(1),
                                 .type = row.get<std::string>(2),
                                 .ncol = row.get<int>(3),
                                 .without_rowid = row.get<std::int64_t>(4) != 0,
                                 .strict = row.get<std::int64_t>(5) != 0});
  return out;
}

}  // namespace sqlcore
