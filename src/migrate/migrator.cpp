// The versioned Migrator: numbered, named steps, the applied ones recorded in a table.
// SPDX-License-Identifier: MIT
#include <algorithm>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "base/text.hpp"
#include "sqlcore/engine.hpp"
#include "sqlcore/migrate.hpp"

namespace sqlcore {

struct Migrator::Impl {
  Engine engine;
  MigratorOptions options;
  struct Known {
    std::string name;
    Step step;
  };
  std::map<int, Known> steps;

  std::string quoted_table() const { return detail::force_quote(options.table); }

  bool has_state_table(Connection& conn) const {
    auto n = conn.exec_driver_sql(
                     "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = :name",
                     {{"name", options.table}})
                 .scalar<std::int64_t>();
    return n.value_or(0) > 0;
  }

  std::vector<Applied> read_applied(Connection& conn) const {
    std::vector<Applied> out;
    if (!has_state_table(conn)) return out;
    for (const Row& row : conn.exec_driver_sql("SELECT version, name, applied_at FROM " +
                                               quoted_table() + " ORDER BY version"))
      out.push_back({static_cast<int>(row.get<std::int64_t>(0)), row.get<std::string>(1),
                     row.get<std::optional<std::string>>(2).value_or("")});
    return out;
  }

  // Someone else's migrations: a recorded version this program does not know, or under
  // another name. Running ours on top of theirs would be guessing.
  void verify(const std::vector<Applied>& applied) const {
    for (const Applied& a : applied) {
      auto it = steps.find(a.version);
      if (it == steps.end())
        throw MigrationError("the database records migration " + std::to_string(a.version) +
                             " (\"" + a.name + "\") in " + options.table +
                             ", which this program does not know: not its migrations");
      if (it->second.name != a.name)
        throw MigrationError("the database records migration " + std::to_string(a.version) +
                             " as \"" + a.name + "\" in " + options.table +
                             ", but this program names it \"" + it->second.name + "\"");
    }
  }

  static bool applied_has(const std::vector<Applied>& applied, int version) {
    return std::any_of(applied.begin(), applied.end(),
                       [&](const Applied& a) { return a.version == version; });
  }

  // One step in its own transaction. PRAGMA foreign_keys cannot change inside a transaction
  // (pragma.html#pragma_foreign_keys), so it goes off before BEGIN and back on after COMMIT
  // or ROLLBACK: a step that rebuilds a parent table (DROP TABLE) must not cascade its deletes
  // to the children. foreign_key_check runs before COMMIT instead. BEGIN IMMEDIATE takes the
  // write lock first, so a second process upgrading at the same time waits here, then sees the
  // step recorded and skips it.
  void run_one(Connection& conn, int version, const Known& known) const {
    const bool fk_on =
        conn.exec_driver_sql("PRAGMA foreign_keys").scalar<std::int64_t>().value_or(0) != 0;
    if (fk_on) conn.exec_driver_sql("PRAGMA foreign_keys=OFF");
    auto restore = [&]() noexcept {
      if (!fk_on) return;
      try {
        conn.exec_driver_sql("PRAGMA foreign_keys=ON");
      } catch (...) {  // NOLINT(bugprone-empty-catch): the connection keeps the setting
      }
    };
    try {
      Transaction tx = conn.begin(BeginMode::immediate);
      conn.exec_driver_sql("CREATE TABLE IF NOT EXISTS " + quoted_table() +
                           " (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, "
                           "applied_at TEXT NOT NULL)");
      const std::vector<Applied> applied = read_applied(conn);
      verify(applied);
      if (applied_has(applied, version)) {  // another process ran it meanwhile
        tx.rollback();
        restore();
        return;
      }
      known.step(conn);
      if (!tx.is_active())
        throw MigrationError("migration " + std::to_string(version) + " (\"" + known.name +
                             "\") ended the transaction the Migrator runs it in");
      std::string violations;
      int count = 0;
      for (const Row& row : conn.exec_driver_sql("PRAGMA foreign_key_check")) {
        if (++count > 5) continue;
        violations +=
            (violations.empty() ? "" : "; ") + row.get<std::string>(0) + " rowid " +
            (row.is_null(1) ? std::string("NULL") : std::to_string(row.get<std::int64_t>(1))) +
            " -> " + row.get<std::string>(2);
      }
      if (count > 0)
        throw IntegrityError("(IntegrityError) migration " + std::to_string(version) + " (\"" +
                                 known.name + "\") leaves " + std::to_string(count) +
                                 " foreign key violation(s): " + violations,
                             787, "FOREIGN KEY constraint failed", "PRAGMA foreign_key_check");
      conn.exec_driver_sql("INSERT INTO " + quoted_table() +
                               " (version, name, applied_at) VALUES (:version, :name, "
                               "strftime('%Y-%m-%d %H:%M:%S', 'now'))",
                           {{"version", static_cast<std::int64_t>(version)}, {"name", known.name}});
      tx.commit();
    } catch (...) {
      // The Transaction's destructor has rolled back by now.
      restore();
      throw;
    }
    restore();
  }
};

Migrator::Migrator(Engine& engine, MigratorOptions options)
    : impl_(std::make_unique<Impl>(Impl{engine, std::move(options), {}})) {
  if (impl_->options.table.empty()) throw ArgumentError("Migrator: the state table needs a name");
}
Migrator::~Migrator() = default;
Migrator::Migrator(Migrator&&) noexcept = default;
Migrator& Migrator::operator=(Migrator&&) noexcept = default;

Migrator& Migrator::add(int version, std::string name, Step step) {
  if (version <= 0)
    throw ArgumentError("Migrator::add: version " + std::to_string(version) + " (\"" + name +
                        "\") must be greater than 0");
  if (impl_->steps.count(version) != 0)
    throw ArgumentError("Migrator::add: version " + std::to_string(version) + " (\"" + name +
                        "\") is already \"" + impl_->steps[version].name + "\"");
  if (!step)
    throw ArgumentError("Migrator::add: version " + std::to_string(version) + " has no step");
  impl_->steps.emplace(version, Impl::Known{std::move(name), std::move(step)});
  return *this;
}

std::vector<int> Migrator::pending() const {
  Connection conn = impl_->engine.connect();
  const std::vector<Applied> applied = impl_->read_applied(conn);
  impl_->verify(applied);
  std::vector<int> out;
  for (const auto& [version, known] : impl_->steps)
    if (!Impl::applied_has(applied, version)) out.push_back(version);
  return out;
}

int Migrator::current_version() const {
  Connection conn = impl_->engine.connect();
  const std::vector<Applied> applied = impl_->read_applied(conn);
  return applied.empty() ? 0 : applied.back().version;
}

std::vector<Migrator::Applied> Migrator::applied() const {
  Connection conn = impl_->engine.connect();
  return impl_->read_applied(conn);
}

void Migrator::upgrade() { upgrade(impl_->steps.empty() ? 0 : impl_->steps.rbegin()->first); }

void Migrator::upgrade(int to_version) {
  Connection conn = impl_->engine.connect();
  if (conn.in_transaction())
    throw InvalidRequestError("Migrator::upgrade needs a connection with no transaction open");
  impl_->verify(impl_->read_applied(conn));  // someone else's migrations: before anything runs
  for (const auto& [version, known] : impl_->steps) {
    if (version > to_version) break;
    impl_->run_one(conn, version, known);
  }
}

}  // namespace sqlcore
