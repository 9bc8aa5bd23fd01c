// MetaData::reflect: Tables declared from what an Inspector reads, faithful enough that
// reflect → ddl_script → create → reflect gives the same schema.
// SPDX-License-Identifier: MIT
#include <algorithm>
#include <cctype>
#include <optional>
#include <string>

#include "base/ascii.hpp"
#include "base/text.hpp"
#include "dialect/sqlite/type_map.hpp"
#include "sqlcore/engine.hpp"
#include "sqlcore/errors.hpp"
#include "sqlcore/inspect.hpp"
#include "sqlcore/schema.hpp"
#include "types/type_impl.hpp"

namespace sqlcore {

namespace {

bool plain_name(const std::string& element, const std::string& column) {
  // An index element that is just the column's name (possibly quoted).
  if (element == column) return true;
  if (element.size() == column.size() + 2) {
    char q = element.front(), e = element.back();
    return ((q == '"' && e == '"') || (q == '[' && e == ']') || (q == '`' && e == '`')) &&
           element.substr(1, column.size()) == column;
  }
  return false;
}

// The COLLATE / DESC of each element of a reflected PRIMARY KEY or UNIQUE.
template <class Constraint, class Reflected>
void element_options(Constraint& con, const Reflected& r) {
  for (std::size_t i = 0; i < r.columns.size(); ++i) {
    if (i < r.collations.size() && r.collations[i]) con.collate(r.columns[i], *r.collations[i]);
    if (i < r.desc.size() && r.desc[i]) con.desc(r.columns[i]);
  }
}

// A reflected key declared on its column that can be written there again: one column, no
// COLLATE of its own, no DESC on a UNIQUE.
template <class Reflected>
bool on_its_column(const Reflected& r, bool unique) {
  if (!r.sqlite_column_constraint || r.columns.size() != 1) return false;
  if (!r.collations.empty() && r.collations[0]) return false;
  return !(unique && !r.desc.empty() && r.desc[0]);
}

TableArgs reflected_args(Inspector& insp, std::string_view name, std::string_view schema) {
  TableArgs args;
  ReflectedTableOptions options = insp.get_table_options(name, schema);
  auto columns = insp.get_columns(name, schema);
  for (const ReflectedColumn& rc : columns) {
    // The declared type name is kept verbatim, with the behaviour of the type it resolves to.
    Type type = rc.declared_type.empty() ? NullType()
                                         : detail::with_declared_name(rc.type, rc.declared_type);
    Column col(rc.name, type);
    col.nullable(rc.nullable);
    if (rc.default_value) col.server_default(text(*rc.default_value));
    if (rc.computed) col.computed(rc.computed->sqltext, rc.computed->persisted);
    if (rc.collation) col.collation(*rc.collation);
    if (rc.not_null_on_conflict) col.sqlite_on_conflict_not_null(*rc.not_null_on_conflict);
    args.add(std::move(col));
  }
  if (options.virtual_table) {
    args.add(sqlite_virtual_table(options.sql));
    return args;
  }
  if (options.autoincrement) args.add(sqlite_autoincrement(true));
  if (options.without_rowid) args.add(sqlite_with_rowid(false));
  if (options.strict) args.add(sqlite_strict(true));
  // SQLite numbers the indexes of PRIMARY KEY and UNIQUE (sqlite_autoindex_<table>_N) in the
  // order of the CREATE text, column constraints first: each is written where the database
  // declares it (on its column or after the columns), the PRIMARY KEY among the UNIQUEs by
  // its index's number, so that the copy's indexes get the same numbers.
  args.add(sqlite_constraints_in_given_order(true));
  ReflectedPrimaryKey pk = insp.get_pk_constraint(name, schema);
  auto add_primary_key = [&] {
    if (pk.columns.empty()) return;
    PrimaryKeyConstraint pkc(pk.columns, pk.name.value_or(""));
    if (pk.on_conflict) pkc.sqlite_on_conflict(*pk.on_conflict);
    element_options(pkc, pk);
    if (on_its_column(pk, false)) {
      pkc.sqlite_column_constraint();
      // "a INTEGER UNIQUE PRIMARY KEY DESC": an INTEGER column key with an ascending index is
      // no rowid alias only because SQLite folded it into the UNIQUE before it; the copy
      // writes UNIQUE then PRIMARY KEY DESC again (the index stays ascending).
      const std::string& c = pk.columns[0];
      auto rc = std::find_if(columns.begin(), columns.end(),
                             [&](const ReflectedColumn& x) { return detail::iequals(x.name, c); });
      if (pk.sqlite_autoindex && !options.without_rowid && rc != columns.end() &&
          detail::ascii_upper(rc->declared_type) == "INTEGER" && (pk.desc.empty() || !pk.desc[0])) {
        UniqueConstraint u({c});
        u.sqlite_column_constraint();
        args.add(std::move(u));
        pkc.desc(c);
      }
    }
    args.add(std::move(pkc));
    pk.columns.clear();
  };
  if (!pk.sqlite_autoindex) add_primary_key();  // a rowid key: no index, first as SQLAlchemy
  for (const auto& uc : insp.get_unique_constraints(name, schema)) {
    if (uc.sqlite_autoindex && *uc.sqlite_autoindex > pk.sqlite_autoindex.value_or(0))
      add_primary_key();
    UniqueConstraint u(uc.columns, uc.name.value_or(""));
    if (uc.on_conflict) u.sqlite_on_conflict(*uc.on_conflict);
    element_options(u, uc);
    if (on_its_column(uc, true)) u.sqlite_column_constraint();
    args.add(std::move(u));
  }
  add_primary_key();
  for (const auto& ck : insp.get_check_constraints(name, schema))
    args.add(CheckConstraint(ck.sqltext, ck.name.value_or("")));
  for (const auto& fk : insp.get_foreign_keys(name, schema)) {
    FK o;
    if (fk.ondelete) o.ondelete(*fk.ondelete);
    if (fk.onupdate) o.onupdate(*fk.onupdate);
    if (fk.deferrable) o.deferrable(*fk.deferrable);
    if (fk.initially) o.initially(*fk.initially);
    if (fk.name) o.name(*fk.name);
    // SQLite accepts foreign keys to tables it does not have; keep them as they are.
    o.unchecked(true);
    // REFERENCES parent with no column list stays so (the parent's key, whatever its size).
    args.add(ForeignKeyConstraint(
        fk.constrained_columns, fk.referred_table,
        fk.referred_primary_key ? std::vector<std::string>{} : fk.referred_columns, o));
  }
  for (const auto& ri : insp.get_indexes(name, schema)) {
    Index ix(ri.name, {});
    for (std::size_t i = 0; i < ri.columns.size(); ++i) {
      std::string element = i < ri.elements.size() ? ri.elements[i] : ri.columns[i];
      // A plain column stays a column; an expression, or a column with COLLATE / DESC, is
      // kept as written so the round trip keeps it.
      if (!ri.columns[i].empty() && plain_name(element, ri.columns[i]))
        ix.column(ri.columns[i]);
      else
        ix.expression(element.empty() ? ri.columns[i] : element);
    }
    if (ri.unique) ix.unique();
    if (ri.sqlite_where) ix.sqlite_where(*ri.sqlite_where);
    args.add(std::move(ix));
  }
  return args;
}

}  // namespace

const Table& MetaData::reflect_table(Connection& conn, std::string_view name,
                                     std::string_view schema) {
  Inspector insp(conn);
  if (const Table* t = find_table(name)) return *t;
  // The table's own spelling of its name, as stored.
  std::string stored(name);
  for (const auto& n : insp.get_table_names(schema))
    if (detail::iequals(n, name)) stored = n;
  if (!insp.has_table(stored, schema))
    throw NoSuchTableError("no table named '" + std::string(name) + "' in the database");
  return add_table(stored, reflected_args(insp, stored, schema));
}

void MetaData::reflect(Connection& conn, const ReflectOptions& options) {
  // One read transaction around every PRAGMA: one consistent snapshot of the schema, and one
  // shared lock taken instead of one per statement (a third of the time on 500 tables).
  RawConnection& raw = conn.raw();
  bool own = !raw.in_transaction();
  if (own) raw.exec("BEGIN");
  struct End {
    RawConnection& raw;
    bool own;
    ~End() {
      if (!own) return;
      try {
        raw.exec("ROLLBACK");  // only reads: nothing to keep
      } catch (...) {
      }
    }
  } end{raw, own};
  Inspector insp(conn);
  std::vector<std::string> names =
      options.only.empty() ? insp.get_table_names(options.schema) : options.only;
  // `only` may name views too (as SQLAlchemy's reflect(only=...) with views).
  std::vector<std::string> view_names;
  if (options.views) view_names = insp.get_view_names(options.schema);
  auto names_view = [&](std::string_view n) {
    return std::any_of(view_names.begin(), view_names.end(),
                       [&](const std::string& v) { return detail::iequals(v, n); });
  };
  for (const auto& n : names) {
    if (find_table(n) != nullptr) continue;
    if (!insp.has_table(n, options.schema)) {
      if (!options.only.empty() && names_view(n)) continue;
      throw NoSuchTableError("no table named '" + n + "' in the database");
    }
    add_table(n, reflected_args(insp, n, options.schema));
  }
  if (!options.views && !options.triggers) return;
  // With `only`: the views it names, and the triggers on what was reflected (SQLite refuses
  // a trigger on a table that is not there).
  auto wanted = [&](std::string_view n) {
    return options.only.empty() ||
           std::any_of(options.only.begin(), options.only.end(),
                       [&](const std::string& o) { return detail::iequals(o, n); });
  };
  // Views and triggers in sqlite_master's order, the order they were made in (a view after
  // what it reads, a trigger after its table or view), each kept as its CREATE text.
  const std::string catalog =
      detail::ascii_lower(options.schema) == "temp"
          ? std::string("sqlite_temp_master")
          : detail::force_quote(options.schema.empty() ? "main" : options.schema) +
                ".sqlite_master";
  for (const Row& row : conn.execute(text("SELECT type, name, tbl_name, sql FROM " + catalog +
                                          " WHERE type IN ('view', 'trigger') ORDER BY rowid"))) {
    auto type = row.get<std::string>(0);
    auto name = row.get<std::string>(1);
    auto sql = row.get<std::optional<std::string>>(3).value_or("");
    auto on = row.get<std::string>(2);
    if (type == "view" && options.views && wanted(name) &&
        std::none_of(views_.begin(), views_.end(), [&](const View& x) { return x.name == name; }))
      add_view(name, sql);
    bool on_reflected = options.only.empty() || find_table(on) != nullptr ||
                        std::any_of(views_.begin(), views_.end(),
                                    [&](const View& x) { return detail::iequals(x.name, on); });
    if (type == "trigger" && options.triggers && on_reflected &&
        std::none_of(triggers_.begin(), triggers_.end(),
                     [&](const Trigger& x) { return x.name == name; }))
      add_trigger(name, sql, on);
  }
}

void MetaData::reflect(Engine& engine, const ReflectOptions& options) {
  Connection conn = engine.connect();
  reflect(conn, options);
}

}  // namespace sqlcore
