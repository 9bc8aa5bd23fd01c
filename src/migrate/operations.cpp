// Alembic's operations (op.*) on SQLite: each change as ALTER TABLE where SQLite allows it
// (https://www.sqlite.org/lang_altertable.html), otherwise one table rebuild carrying every
// change for the table (migrate/batch.hpp, migrate/rebuild.hpp).
// SPDX-License-Identifier: MIT
#include <algorithm>
#include <cstdint>
#include <variant>

#include "base/ascii.hpp"
#include "dialect/sqlite/create_parser.hpp"
#include "dialect/sqlite/identifier_preparer.hpp"
#include "migrate/batch.hpp"
#include "migrate/rebuild.hpp"
#include "sqlcore/ddl.hpp"
#include "sqlcore/dialect.hpp"
#include "sqlcore/migrate.hpp"

namespace sqlcore {

namespace {

using detail::add_referred_tables;
using detail::apply_batch;
using detail::contains;
using detail::foreign_keys_on;
using detail::iequals;
using detail::index_uses;
using detail::mentions;
using detail::object_exists;
using detail::quote_name;
using detail::refuse_if_used;
using detail::run_all;

// A DEFAULT ADD COLUMN accepts: a literal, a signed number, NULL, TRUE or FALSE (not an
// expression, nor CURRENT_TIME / _DATE / _TIMESTAMP). The second member: the value is NULL.
std::pair<bool, bool> constant_default(const std::optional<ServerDefault>& d) {
  if (!d) return {true, true};
  if (!d->is_sql) return {true, false};
  auto toks = detail::tokenize(d->text);
  std::size_t i = 0;
  if (toks.size() == 2 && toks[0].kind == detail::Token::Kind::punct &&
      (toks[0].text == "-" || toks[0].text == "+"))
    i = 1;
  if (toks.size() != i + 1) return {false, false};
  const auto& t = toks[i];
  if (t.kind == detail::Token::Kind::number) return {true, false};
  if (i == 0 && (t.kind == detail::Token::Kind::string || t.kind == detail::Token::Kind::blob))
    return {true, false};
  if (i == 0 && t.kind == detail::Token::Kind::identifier) {
    if (iequals(t.text, "null")) return {true, true};
    if (iequals(t.text, "true") || iequals(t.text, "false")) return {true, false};
  }
  return {false, false};
}

// The column's definition as CREATE TABLE writes it, for ADD COLUMN, with its REFERENCES
// inline (a table-level FOREIGN KEY cannot be added).
std::string column_definition(const Table& t, const Column& col) {
  const std::string create = CreateTable(t).compile(sqlite_dialect());
  const std::string prefix =
      "CREATE TABLE " + sqlite_dialect().identifier_preparer().quote(t.name()) + " (\n\t";
  std::size_t pos =
      create.compare(0, prefix.size(), prefix) == 0 ? prefix.size() : std::string::npos;
  std::size_t at = 0;
  for (; at < t.columns().size() && !iequals(t.columns()[at].name(), col.name()); ++at) {
  }
  for (std::size_t i = 0; pos != std::string::npos && i < at; ++i) {
    pos = create.find(",\n\t", pos);
    if (pos != std::string::npos) pos += 3;
  }
  if (pos == std::string::npos)
    throw MigrationError("table '" + t.name() + "': cannot find column '" + col.name() + "' in " +
                         create);
  std::size_t end = create.find(",\n\t", pos);
  if (end == std::string::npos) end = create.rfind("\n)");
  std::string spec = create.substr(pos, end - pos);
  for (const auto& fk : col.foreign_keys()) {
    const auto dot = fk.target.rfind('.');
    if (!fk.options.name().empty()) spec += " CONSTRAINT " + quote_name(fk.options.name());
    spec += " REFERENCES " + quote_name(fk.target.substr(0, dot));
    if (dot != std::string::npos) spec += " (" + quote_name(fk.target.substr(dot + 1)) + ")";
    const FK& o = fk.options;
    if (o.ondelete()) spec += " ON DELETE " + detail::ascii_upper(*o.ondelete());
    if (o.onupdate()) spec += " ON UPDATE " + detail::ascii_upper(*o.onupdate());
    if (o.deferrable()) spec += *o.deferrable() ? " DEFERRABLE" : " NOT DEFERRABLE";
    if (o.initially()) spec += " INITIALLY " + detail::ascii_upper(*o.initially());
  }
  return spec;
}

}  // namespace

// ---- Operations --------------------------------------------------------------------------------

namespace {
const Dialect& caps_of(const Dialect* d) { return d != nullptr ? *d : sqlite_dialect(); }
}  // namespace

void Operations::create_table(const Table& table) {
  if (object_exists(*conn_, table.name()))
    throw ArgumentError("create_table: '" + table.name() + "' already exists");
  std::vector<std::string> statements{CreateTable(table).compile(sqlite_dialect())};
  for (const Index& ix : table.indexes())
    statements.push_back(CreateIndex(ix).compile(sqlite_dialect()));
  detail::run_schema_change(*conn_, false, [&] { run_all(*conn_, statements); });
}

void Operations::drop_table(std::string_view table) {
  MetaData m;
  const Table& live = m.reflect_table(*conn_, table);
  // Foreign keys off, so that DROP TABLE's implicit DELETE cascades to no child; a child row
  // left pointing at it fails foreign_key_check and nothing is dropped.
  const bool fk_off = detail::rebuild_needs_foreign_keys_off(*conn_, live.name());
  detail::run_schema_change(
      *conn_, fk_off, [&] { conn_->exec_driver_sql("DROP TABLE " + quote_name(live.name())); });
}

void Operations::rename_table(std::string_view old_name, std::string_view new_name) {
  MetaData m;
  const Table& live = m.reflect_table(*conn_, old_name);
  if (new_name.empty())
    throw ArgumentError("rename_table: the new name of '" + live.name() + "' is empty");
  if (!iequals(old_name, new_name) && object_exists(*conn_, new_name))
    throw ArgumentError("rename_table: '" + std::string(new_name) + "' already exists");
  // SQLite rewrites the foreign keys of other tables, and (3.26+) views and triggers.
  detail::run_schema_change(*conn_, false, [&] {
    conn_->exec_driver_sql("ALTER TABLE " + quote_name(live.name()) + " RENAME TO " +
                           quote_name(new_name));
  });
}

void Operations::add_column(std::string_view table, Column column) {
  MetaData m;
  const Table& live = m.reflect_table(*conn_, table);
  if (live.find_column(column.name()) != nullptr)
    throw ArgumentError("table '" + live.name() + "' already has a column '" + column.name() + "'");
  // ADD COLUMN's restrictions (lang_altertable.html#alter_table_add_column); a CHECK goes to
  // the rebuild too, which tests it on every row (SQLite before 3.37 does not).
  const auto [constant, null_default] = constant_default(column.server_default());
  const bool stored = column.computed() && column.computed()->stored.value_or(false);
  const bool alter = !column.is_primary_key() && !column.is_unique() && constant && !stored &&
                     (column.is_nullable() || !null_default) &&
                     !(column.computed() && !column.is_nullable()) && column.checks().empty() &&
                     (column.foreign_keys().empty() || null_default || !foreign_keys_on(*conn_));
  if (!alter) {
    apply_batch(*conn_, caps_of(dialect_), table, {detail::AddColumnChange{std::move(column)}});
    return;
  }
  TableArgs a = live.to_args();
  a.add(column);
  MetaData want;
  add_referred_tables(*conn_, want, a, live.name());
  const Table& target = want.add_table(live.name(), a);
  std::vector<std::string> statements{"ALTER TABLE " + quote_name(live.name()) + " ADD COLUMN " +
                                      column_definition(target, target.c(column.name()))};
  for (const Index& ix : target.indexes())
    if (ix.columns().size() == 1 && iequals(ix.columns()[0], column.name()) &&
        !object_exists(*conn_, ix.name()))
      statements.push_back(CreateIndex(ix).compile(sqlite_dialect()));
  detail::run_schema_change(*conn_, false, [&] { run_all(*conn_, statements); });
}

void Operations::drop_column(std::string_view table, std::string_view column) {
  MetaData m;
  const Table& live = m.reflect_table(*conn_, table);
  const Column* col = live.find_column(column);
  if (col == nullptr)
    throw ArgumentError("table '" + live.name() + "' has no column '" + std::string(column) + "'");
  const std::string n = col->name();
  refuse_if_used(*conn_, live.name(), n, "dropping it");
  // DROP COLUMN works when nothing else in the schema names the column
  // (lang_altertable.html#alter_table_drop_column); otherwise the rebuild.
  bool alter =
      caps_of(dialect_).supports_drop_column() && !contains(live.primary_key().columns(), n);
  for (const auto& k : live.constraints()) {
    if (const auto* u = std::get_if<UniqueConstraint>(&k))
      alter = alter && !contains(u->columns(), n);
    if (const auto* c = std::get_if<CheckConstraint>(&k))
      alter = alter && !mentions(c->sqltext(), n);
    if (const auto* f = std::get_if<ForeignKeyConstraint>(&k))
      alter = alter && !contains(f->columns(), n);
  }
  for (const Index& ix : live.indexes()) alter = alter && !index_uses(ix, n);
  for (const Column& c : live.columns()) {
    if (iequals(c.name(), n)) continue;
    for (const auto& ck : c.checks()) alter = alter && !mentions(ck.sqltext, n);
    if (c.computed()) alter = alter && !mentions(c.computed()->sqltext, n);
  }
  if (!alter) {
    apply_batch(*conn_, caps_of(dialect_), table, {detail::DropColumnChange{n}});
    return;
  }
  detail::run_schema_change(*conn_, false, [&] {
    conn_->exec_driver_sql("ALTER TABLE " + quote_name(live.name()) + " DROP COLUMN " +
                           quote_name(n));
  });
}

void Operations::rename_column(std::string_view table, std::string_view old_name,
                               std::string_view new_name) {
  apply_batch(*conn_, caps_of(dialect_), table,
              {detail::AlterColumnChange{std::string(old_name),
                                         AlterColumn{.new_name = std::string(new_name)}}});
}

void Operations::alter_column(std::string_view table, std::string_view column, AlterColumn change) {
  apply_batch(*conn_, caps_of(dialect_), table,
              {detail::AlterColumnChange{std::string(column), std::move(change)}});
}

void Operations::create_index(std::string_view table, Index index) {
  MetaData m;
  const Table& live = m.reflect_table(*conn_, table);
  if (object_exists(*conn_, index.name()))
    throw ArgumentError("create_index: '" + index.name() + "' already exists");
  TableArgs a = live.to_args();
  const std::string name = index.name();
  a.add(std::move(index));
  MetaData want;
  add_referred_tables(*conn_, want, a, live.name());
  const Table& target = want.add_table(live.name(), a);
  const std::string sql = CreateIndex(target.index(name)).compile(sqlite_dialect());
  detail::run_schema_change(*conn_, false, [&] { conn_->exec_driver_sql(sql); });
}

void Operations::drop_index(std::string_view name) {
  auto sql = conn_
                 ->exec_driver_sql(
                     "SELECT coalesce(sql, '') FROM sqlite_master WHERE type = "
                     "'index' AND lower(name) = lower(:n)",
                     {{"n", std::string(name)}})
                 .scalar<std::string>();
  if (!sql) throw ArgumentError("drop_index: no index named '" + std::string(name) + "'");
  if (sql->empty())
    throw ArgumentError(
        "drop_index: '" + std::string(name) +
        "' is the index of a UNIQUE or PRIMARY KEY constraint; use drop_constraint");
  detail::run_schema_change(*conn_, false,
                            [&] { conn_->exec_driver_sql("DROP INDEX " + quote_name(name)); });
}

void Operations::create_unique_constraint(std::string name, std::string_view table,
                                          std::vector<std::string> columns) {
  BatchOperations b;
  b.create_unique_constraint(std::move(name), std::move(columns));
  apply_batch(*conn_, caps_of(dialect_), table, b.impl().changes);
}

void Operations::create_check_constraint(std::string name, std::string_view table,
                                         std::string sqltext) {
  BatchOperations b;
  b.create_check_constraint(std::move(name), std::move(sqltext));
  apply_batch(*conn_, caps_of(dialect_), table, b.impl().changes);
}

void Operations::create_foreign_key(std::string name, std::string_view source_table,
                                    std::string referent_table,
                                    std::vector<std::string> local_columns,
                                    std::vector<std::string> remote_columns, FK options) {
  BatchOperations b;
  b.create_foreign_key(std::move(name), std::move(local_columns), std::move(referent_table),
                       std::move(remote_columns), std::move(options));
  apply_batch(*conn_, caps_of(dialect_), source_table, b.impl().changes);
}

void Operations::drop_constraint(std::string_view name, std::string_view table) {
  apply_batch(*conn_, caps_of(dialect_), table, {detail::DropConstraintChange{std::string(name)}});
}

void Operations::batch_alter_table(std::string_view table,
                                   const std::function<void(BatchOperations&)>& body) {
  BatchOperations b;
  body(b);
  apply_batch(*conn_, caps_of(dialect_), table, b.impl().changes);
}

}  // namespace sqlcore
