// Alembic's batch_alter_table on SQLite: every recorded change made to the reflected table's
// arguments (TableArgs), then one table rebuild (migrate/rebuild.hpp).
// SPDX-License-Identifier: MIT
#include "migrate/batch.hpp"

// GCC 12 at -O2 reports the moved-from alternatives of a TableConstraint inside a BatchChange
// as "may be used uninitialized" (a false positive of its variant analysis, as the GCC 12
// -Wrestrict one the top CMakeLists.txt turns off); the release preset builds with -Werror.
#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ < 13
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif

#include <algorithm>
#include <cstdint>
#include <variant>

#include "base/ascii.hpp"
#include "dialect/sqlite/create_parser.hpp"
#include "migrate/rebuild.hpp"
#include "sqlcore/ddl.hpp"
#include "sqlcore/dialect.hpp"

namespace sqlcore {

namespace detail {

namespace {

// Tables whose foreign keys refer to `table`.`column` (their name and the column).
std::vector<std::string> children_referring(Connection& conn, std::string_view table,
                                            std::string_view column) {
  std::vector<std::string> names, out;
  for (const Row& row : conn.exec_driver_sql(
           "SELECT name FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL"))
    names.push_back(row.get<std::string>(0));
  for (const auto& n : names) {
    if (iequals(n, table)) continue;
    for (const Row& fk : conn.exec_driver_sql("PRAGMA foreign_key_list(" + quote_name(n) + ")"))
      if (iequals(fk.get<std::string>(2), table) && !fk.is_null(4) &&
          iequals(fk.get<std::string>(4), column))
        out.push_back(n + "." + fk.get<std::string>(3));
  }
  return out;
}

}  // namespace

bool mentions(std::string_view sql, std::string_view name) {
  const auto ids = detail::sql_identifiers(sql);
  return std::find(ids.begin(), ids.end(), detail::ascii_lower(name)) != ids.end();
}

bool contains(const std::vector<std::string>& cols, std::string_view name) {
  return std::any_of(cols.begin(), cols.end(),
                     [&](const std::string& c) { return iequals(c, name); });
}

bool index_uses(const Index& ix, std::string_view col) {
  for (std::size_t i = 0; i < ix.columns().size(); ++i)
    if (ix.is_expression(i) ? mentions(ix.columns()[i], col) : iequals(ix.columns()[i], col))
      return true;
  return ix.where() && mentions(*ix.where(), col);
}

bool foreign_keys_on(Connection& conn) {
  return conn.exec_driver_sql("PRAGMA foreign_keys").scalar<std::int64_t>().value_or(0) != 0;
}

void run_all(Connection& conn, const std::vector<std::string>& statements) {
  for (const auto& s : statements) conn.exec_driver_sql(s);
}

// Views and triggers that use `table`.`column` (by their text): a change that takes the
// column away would leave them broken.
void refuse_if_used(Connection& conn, std::string_view table, std::string_view column,
                    std::string_view doing) {
  for (const auto& d : detail::dependent_objects(conn, table)) {
    if (!(mentions(d.sql, table) || iequals(d.tbl_name, table)) || !mentions(d.sql, column))
      continue;
    throw MigrationError(d.type + " '" + d.name + "' uses column '" + std::string(table) + "." +
                         std::string(column) + "', which " + std::string(doing) +
                         " would break; drop or redefine the " + d.type + " first");
  }
  auto children = children_referring(conn, table, column);
  if (!children.empty())
    throw MigrationError("foreign key " + children[0] + " refers to column '" + std::string(table) +
                         "." + std::string(column) + "', which " + std::string(doing) +
                         " would break; change that table first");
}

// The referred tables of `args`' foreign keys, reflected into `meta` so the target compiles
// against them (NoSuchTableError naming a missing one).
void add_referred_tables(Connection& conn, MetaData& meta, const TableArgs& args,
                         std::string_view self) {
  auto need = [&](const std::string& table) {
    if (!iequals(table, self) && meta.find_table(table) == nullptr) meta.reflect_table(conn, table);
  };
  for (const auto& c : args.columns)
    for (const auto& fk : c.foreign_keys()) need(fk.target.substr(0, fk.target.rfind('.')));
  for (const auto& k : args.constraints)
    if (const auto* f = std::get_if<ForeignKeyConstraint>(&k))
      if (!f->options().is_unchecked()) need(f->referred_table());
}

bool object_exists(Connection& conn, std::string_view name) {
  return conn.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE lower(name) = lower(:n)",
                              {{"n", std::string(name)}})
             .scalar<std::int64_t>()
             .value_or(0) != 0;
}

}  // namespace detail

namespace {

using detail::add_referred_tables;
using detail::contains;
using detail::iequals;
using detail::index_uses;
using detail::mentions;
using detail::quote_name;
using detail::refuse_if_used;
using detail::run_all;

// `sql` with every identifier `from` written as `to` (quoted): a column renamed in a CHECK, an
// index expression or WHERE, a generated column's expression.
std::string rename_in_sql(std::string_view sql, std::string_view from, std::string_view to) {
  std::string out;
  std::size_t pos = 0;
  for (const auto& t : detail::tokenize(sql)) {
    const bool ident = t.kind == detail::Token::Kind::identifier ||
                       t.kind == detail::Token::Kind::quoted_identifier;
    if (!ident || !iequals(t.text, from)) continue;
    out.append(sql.substr(pos, t.begin - pos));
    out += quote_name(to);
    pos = t.end;
  }
  out.append(sql.substr(pos));
  return out;
}

std::vector<std::string> renamed(const std::vector<std::string>& cols, std::string_view from,
                                 std::string_view to) {
  std::vector<std::string> out;
  for (const auto& c : cols) out.push_back(iequals(c, from) ? std::string(to) : c);
  return out;
}

struct SqlText {
  std::string text;
  std::string sql() const { return text; }
};

// How a column is declared again with some of it changed (Column has no way to unset a
// DEFAULT or a CHECK: it is made anew).
struct ColumnEdit {
  std::optional<std::string> name{};
  std::optional<Type> type{};
  std::optional<bool> nullable{};
  std::optional<std::optional<ServerDefault>> server_default{};
  std::string rename_from{}, rename_to{};  // an identifier renamed in CHECK and generated texts
  std::string drop_check{};                // a named column CHECK left out
};

Column remake(const Column& c, const ColumnEdit& e) {
  auto rw = [&](const std::string& sql) {
    return e.rename_from.empty() ? sql : rename_in_sql(sql, e.rename_from, e.rename_to);
  };
  Column out(e.name.value_or(c.name()), e.type.value_or(c.type()));
  out.primary_key(c.is_primary_key());
  out.nullable(e.nullable.value_or(c.is_nullable()));
  out.unique(c.is_unique());
  out.index(c.has_index());
  if (c.autoincrement()) out.autoincrement(*c.autoincrement());
  const std::optional<ServerDefault> d = e.server_default ? *e.server_default : c.server_default();
  if (d) {
    if (d->is_sql)
      out.server_default(SqlText{d->text});
    else
      out.server_default(d->text);
  }
  for (const auto& fk : c.foreign_keys()) out.foreign_key(fk.target, fk.options);
  for (const auto& ck : c.checks())
    if (e.drop_check.empty() || !iequals(ck.name, e.drop_check)) out.check(rw(ck.sqltext), ck.name);
  if (c.computed()) {
    if (c.computed()->stored)
      out.computed(rw(c.computed()->sqltext), *c.computed()->stored);
    else
      out.computed(rw(c.computed()->sqltext));
  }
  if (c.collation()) out.collation(*c.collation());
  if (c.on_conflict_not_null()) out.sqlite_on_conflict_not_null(*c.on_conflict_not_null());
  if (c.on_conflict_unique()) out.sqlite_on_conflict_unique(*c.on_conflict_unique());
  if (c.on_conflict_primary_key()) out.sqlite_on_conflict_primary_key(*c.on_conflict_primary_key());
  return out;
}

template <class C>
C remake_list(const C& c, std::string_view from, std::string_view to) {
  C out(renamed(c.columns(), from, to), c.name());
  if (c.on_conflict()) out.sqlite_on_conflict(*c.on_conflict());
  for (const auto& e : c.element_options()) {
    const std::string col = iequals(e.column, from) ? std::string(to) : e.column;
    if (e.collation) out.collate(col, *e.collation);
    if (e.desc) out.desc(col, true);
  }
  if (c.is_sqlite_column_constraint()) out.sqlite_column_constraint();
  return out;
}

Index remake_index(const Index& ix, std::string_view from, std::string_view to) {
  Index out(ix.name(), {});
  for (std::size_t i = 0; i < ix.columns().size(); ++i) {
    if (ix.is_expression(i))
      out.expression(rename_in_sql(ix.columns()[i], from, to));
    else
      out.column(iequals(ix.columns()[i], from) ? std::string(to) : ix.columns()[i]);
  }
  if (ix.is_unique()) out.unique();
  if (ix.where()) out.sqlite_where(rename_in_sql(*ix.where(), from, to));
  return out;
}

std::string join(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : ", ") + s;
  return out;
}

// What a constraint is, as compare names an unnamed one: "UNIQUE (a, b)".
std::string describe(const TableConstraint& c) {
  if (const auto* u = std::get_if<UniqueConstraint>(&c))
    return "UNIQUE (" + join(u->columns()) + ")";
  if (const auto* k = std::get_if<CheckConstraint>(&c)) return "CHECK (" + k->sqltext() + ")";
  const auto& f = std::get<ForeignKeyConstraint>(c);
  return "FOREIGN KEY (" + join(f.columns()) + ") REFERENCES " + f.referred_table() +
         (f.referred_columns().empty() ? "" : " (" + join(f.referred_columns()) + ")");
}

std::string constraint_name(const TableConstraint& c) {
  return std::visit([](const auto& x) { return x.name(); }, c);
}

std::string default_sql(const ServerDefault& d) {
  if (d.is_sql) return "(" + d.text + ")";
  std::string out = "'";
  for (char c : d.text) out += c == '\'' ? std::string("''") : std::string(1, c);
  return out + "'";
}

// A batch's recorded changes made to the reflected table's arguments, then one rebuild (or,
// when every change is a rename SQLite can do, only ALTER TABLE RENAME COLUMN).
class BatchApplier {
 public:
  BatchApplier(Connection& conn, const Dialect& caps, std::string_view table)
      : conn_(conn), caps_(caps), live_(&live_meta_.reflect_table(conn, table)) {
    args_ = live_->to_args();
    for (const Column& c : live_->columns()) sources_.push_back({c.name(), c.name(), {}});
  }

  void operator()(const detail::AddColumnChange& ch) {
    if (find(ch.column.name()) != nullptr)
      throw ArgumentError("table '" + name() + "' already has a column '" + ch.column.name() + "'");
    args_.columns.push_back(ch.column);
    only_renames_ = false;
  }

  void operator()(const detail::DropColumnChange& ch) {
    const Column& col = need(ch.name);
    const std::string n = col.name();
    if (args_.primary_key ? contains(args_.primary_key->columns(), n) : col.is_primary_key())
      throw ArgumentError("table '" + name() + "': column '" + n +
                          "' is part of the primary key and cannot be dropped");
    if (args_.columns.size() == 1)
      throw ArgumentError("table '" + name() + "': cannot drop '" + n + "', its only column");
    for (const Column& c : args_.columns)
      if (c.computed() && !iequals(c.name(), n) && mentions(c.computed()->sqltext, n))
        throw MigrationError("table '" + name() + "': generated column '" + c.name() +
                             "' uses column '" + n + "'; drop or change it first");
    if (const std::string live = source_of(n); !live.empty())
      refuse_if_used(conn_, name(), live, "dropping it");
    // What goes with the column, as Alembic's batch mode does: its indexes, the UNIQUE, CHECK
    // and FOREIGN KEY constraints that name it.
    std::erase_if(args_.columns, [&](const Column& c) { return iequals(c.name(), n); });
    std::erase_if(args_.indexes, [&](const Index& ix) { return index_uses(ix, n); });
    std::erase_if(args_.constraints, [&](const TableConstraint& k) {
      if (const auto* u = std::get_if<UniqueConstraint>(&k)) return contains(u->columns(), n);
      if (const auto* c = std::get_if<CheckConstraint>(&k)) return mentions(c->sqltext(), n);
      return contains(std::get<ForeignKeyConstraint>(k).columns(), n);
    });
    std::erase_if(sources_, [&](const Source& s) { return iequals(s.target, n); });
    only_renames_ = false;
  }

  void operator()(const detail::AlterColumnChange& ch) {
    const Column& col = need(ch.name);
    const std::string n = col.name();
    const AlterColumn& a = ch.change;
    ColumnEdit e;
    e.type = a.type;
    e.nullable = a.nullable;
    if (a.drop_server_default) e.server_default = std::optional<ServerDefault>{};
    if (a.server_default) e.server_default = ServerDefault{*a.server_default, true};
    const bool other = a.type || a.nullable || a.server_default || a.drop_server_default;
    if (other) only_renames_ = false;
    Source& src = source(n);
    if (a.nullable == false && col.is_nullable() && !src.live.empty()) {
      // NOT NULL: NULLs already there take the DEFAULT (the new one, else the column's), or
      // the change is refused, naming how many rows hold one.
      const std::optional<ServerDefault> d =
          e.server_default ? *e.server_default : col.server_default();
      const auto nulls = conn_
                             .exec_driver_sql("SELECT count(*) FROM " + quote_name(name()) +
                                              " WHERE " + quote_name(src.live) + " IS NULL")
                             .scalar<std::int64_t>()
                             .value_or(0);
      if (nulls > 0 && !d)
        throw MigrationError("table '" + name() + "': column '" + n + "' holds NULL in " +
                             std::to_string(nulls) + " row" + (nulls == 1 ? "" : "s") +
                             "; NOT NULL needs a server_default to fill them (nothing changed)");
      if (nulls > 0) src.fill = default_sql(*d);
    }

    if (a.new_name && !iequals(*a.new_name, n)) {
      const std::string& to = *a.new_name;
      if (find(to) != nullptr)
        throw ArgumentError("table '" + name() + "' already has a column '" + to + "'");
      rename(n, to);
      e.name = to;
      src.target = to;
      if (!src.live.empty()) renames_.emplace_back(src.live, to);
    }
    for (Column& c : args_.columns)
      if (iequals(c.name(), n)) c = remake(c, e);
  }

  void operator()(const detail::CreateIndexChange& ch) {
    for (const Index& ix : args_.indexes)
      if (iequals(ix.name(), ch.index.name()))
        throw ArgumentError("table '" + name() + "' already has an index '" + ix.name() + "'");
    args_.indexes.push_back(ch.index);
    only_renames_ = false;
  }

  void operator()(const detail::DropIndexChange& ch) {
    auto it = std::find_if(args_.indexes.begin(), args_.indexes.end(),
                           [&](const Index& ix) { return iequals(ix.name(), ch.name); });
    if (it == args_.indexes.end())
      throw ArgumentError("table '" + name() + "' has no index named '" + ch.name + "'");
    args_.indexes.erase(it);
    only_renames_ = false;
  }

  void operator()(const detail::AddConstraintChange& ch) {
    const std::string n = constraint_name(ch.constraint);
    if (!n.empty())
      for (const auto& k : args_.constraints)
        if (iequals(constraint_name(k), n))
          throw ArgumentError("table '" + name() + "' already has a constraint '" + n + "'");
    args_.constraints.push_back(ch.constraint);
    only_renames_ = false;
  }

  void operator()(const detail::DropConstraintChange& ch) {
    only_renames_ = false;
    auto matches = [&](const TableConstraint& k) {
      const std::string n = constraint_name(k);
      return n.empty() ? iequals(describe(k), ch.name) : iequals(n, ch.name);
    };
    auto it = std::find_if(args_.constraints.begin(), args_.constraints.end(), matches);
    if (it != args_.constraints.end()) {
      args_.constraints.erase(it);
      return;
    }
    auto ix = std::find_if(args_.indexes.begin(), args_.indexes.end(), [&](const Index& i) {
      return i.is_unique() && iequals(i.name(), ch.name);
    });
    if (ix != args_.indexes.end()) {
      args_.indexes.erase(ix);
      return;
    }
    for (Column& c : args_.columns)
      for (const auto& ck : c.checks())
        if (!ck.name.empty() && iequals(ck.name, ch.name)) {
          c = remake(c, ColumnEdit{.drop_check = ck.name});
          return;
        }
    std::string have;
    for (const auto& k : args_.constraints) {
      const std::string n = constraint_name(k);
      have += (have.empty() ? "" : ", ") +
              (n.empty() ? "unnamed " + describe(k) : "'" + n + "' " + describe(k));
    }
    for (const Column& c : args_.columns)
      for (const auto& ck : c.checks())
        have += (have.empty() ? "" : ", ") +
                (ck.name.empty() ? std::string("unnamed") : "'" + ck.name + "'") + " CHECK (" +
                ck.sqltext + ") on column " + c.name();
    throw ArgumentError("table '" + name() + "' has no constraint named '" + ch.name +
                        "'; it has: " + (have.empty() ? "none" : have) +
                        " (an unnamed one is dropped by that description)");
  }

  void operator()(const detail::SetOptionChange& ch) {
    std::erase_if(args_.options, [&](const TableOption& o) { return o.kind == ch.option.kind; });
    args_.options.push_back(ch.option);
    only_renames_ = false;
  }

  // Runs the changes: renames first as ALTER TABLE RENAME COLUMN where SQLite has it (so
  // SQLite rewrites the views, triggers and foreign keys that name the column), then the
  // rebuild, in one transaction.
  void run() {
    MetaData want;
    add_referred_tables(conn_, want, args_, name());
    const Table& target = want.add_table(name(), args_);
    CreateTable(target).compile(sqlite_dialect());  // CompileError now, before anything runs
    const bool alter_renames = caps_.supports_rename_column();
    if (!alter_renames)
      for (const auto& [from, to] : renames_) refuse_if_used(conn_, name(), from, "renaming it");
    const bool rebuild = !only_renames_ || !alter_renames;
    const bool fk_off = rebuild && detail::rebuild_needs_foreign_keys_off(conn_, name());
    detail::run_schema_change(conn_, fk_off, [&] {
      if (alter_renames)
        for (const auto& [from, to] : renames_)
          conn_.exec_driver_sql("ALTER TABLE " + quote_name(name()) + " RENAME COLUMN " +
                                quote_name(from) + " TO " + quote_name(to));
      if (!rebuild) return;
      MetaData again;
      const Table* live = live_;
      if (alter_renames && !renames_.empty()) live = &again.reflect_table(conn_, name());
      std::vector<std::pair<std::string, std::string>> copy;
      for (const Source& s : sources_) {
        if (s.live.empty()) continue;
        std::string from = s.live;
        if (alter_renames)
          for (const auto& [old_name, to] : renames_)
            if (iequals(old_name, from)) from = to;
        std::string expr = quote_name(from);
        if (!s.fill.empty()) expr = "coalesce(" + expr + ", " + s.fill + ")";
        copy.emplace_back(s.target, expr);
      }
      // Every target column new (nothing copied): keep the rows' count with the rowid alone.
      detail::RebuildSpec spec{live, &target, std::move(copy)};
      run_all(conn_, detail::rebuild_statements(conn_, spec));
    });
  }

 private:
  struct Source {
    std::string target;  // the column's name in the target
    std::string live;    // the live column its values come from ("" for a new column)
    std::string fill;    // NOT NULL: the DEFAULT that replaces a NULL ("" for none)
  };

  const std::string& name() const { return live_->name(); }
  const Column* find(std::string_view col) const {
    for (const Column& c : args_.columns)
      if (iequals(c.name(), col)) return &c;
    return nullptr;
  }
  const Column& need(std::string_view col) const {
    if (const Column* c = find(col)) return *c;
    throw ArgumentError("table '" + name() + "' has no column '" + std::string(col) + "'");
  }
  Source& source(std::string_view target) {
    for (Source& s : sources_)
      if (iequals(s.target, target)) return s;
    return sources_.emplace_back(Source{std::string(target), "", ""});
  }
  std::string source_of(std::string_view target) {
    for (const Source& s : sources_)
      if (iequals(s.target, target)) return s.live;
    return "";
  }
  // The column renamed everywhere the table names it.
  void rename(const std::string& from, const std::string& to) {
    for (Column& c : args_.columns) c = remake(c, ColumnEdit{.rename_from = from, .rename_to = to});
    if (args_.primary_key) args_.primary_key = remake_list(*args_.primary_key, from, to);
    for (auto& k : args_.constraints) {
      if (auto* u = std::get_if<UniqueConstraint>(&k)) {
        k = remake_list(*u, from, to);
      } else if (auto* c = std::get_if<CheckConstraint>(&k)) {
        CheckConstraint n(rename_in_sql(c->sqltext(), from, to), c->name());
        if (c->on_conflict()) n.sqlite_on_conflict(*c->on_conflict());
        k = n;
      } else {
        const auto& f = std::get<ForeignKeyConstraint>(k);
        const bool self = iequals(f.referred_table(), name());
        k = ForeignKeyConstraint(
            renamed(f.columns(), from, to), f.referred_table(),
            self ? renamed(f.referred_columns(), from, to) : f.referred_columns(), f.options());
      }
    }
    for (Index& ix : args_.indexes) ix = remake_index(ix, from, to);
  }

  Connection& conn_;
  const Dialect& caps_;
  MetaData live_meta_;
  const Table* live_;
  TableArgs args_;
  std::vector<Source> sources_;
  std::vector<std::pair<std::string, std::string>> renames_;  // live name -> new name
  bool only_renames_ = true;
};

}  // namespace

void detail::apply_batch(Connection& conn, const Dialect& caps, std::string_view table,
                         const std::vector<BatchChange>& changes) {
  BatchApplier b(conn, caps, table);
  for (const auto& ch : changes) std::visit(b, ch);
  b.run();
}

// ---- BatchOperations ---------------------------------------------------------------------------

BatchOperations::BatchOperations() : impl_(std::make_unique<Impl>()) {}
BatchOperations::~BatchOperations() = default;
BatchOperations::BatchOperations(BatchOperations&&) noexcept = default;
BatchOperations& BatchOperations::operator=(BatchOperations&&) noexcept = default;

void BatchOperations::add_column(Column column) {
  impl_->changes.emplace_back(detail::AddColumnChange{std::move(column)});
}
void BatchOperations::drop_column(std::string name) {
  impl_->changes.emplace_back(detail::DropColumnChange{std::move(name)});
}
void BatchOperations::alter_column(std::string name, AlterColumn change) {
  impl_->changes.emplace_back(detail::AlterColumnChange{std::move(name), std::move(change)});
}
void BatchOperations::create_index(Index index) {
  impl_->changes.emplace_back(detail::CreateIndexChange{std::move(index)});
}
void BatchOperations::drop_index(std::string name) {
  impl_->changes.emplace_back(detail::DropIndexChange{std::move(name)});
}
void BatchOperations::create_unique_constraint(std::string name, std::vector<std::string> columns) {
  impl_->changes.emplace_back(
      detail::AddConstraintChange{UniqueConstraint(std::move(columns), std::move(name))});
}
void BatchOperations::create_check_constraint(std::string name, std::string sqltext) {
  impl_->changes.emplace_back(
      detail::AddConstraintChange{CheckConstraint(std::move(sqltext), std::move(name))});
}
void BatchOperations::create_foreign_key(std::string name, std::vector<std::string> columns,
                                         std::string referred_table,
                                         std::vector<std::string> referred_columns, FK options) {
  options.name(std::move(name));
  impl_->changes.emplace_back(detail::AddConstraintChange{ForeignKeyConstraint(
      std::move(columns), std::move(referred_table), std::move(referred_columns), options)});
}
void BatchOperations::drop_constraint(std::string name) {
  impl_->changes.emplace_back(detail::DropConstraintChange{std::move(name)});
}

void BatchOperations::set_option(TableOption option) {
  impl_->changes.emplace_back(detail::SetOptionChange{std::move(option)});
}

}  // namespace sqlcore
