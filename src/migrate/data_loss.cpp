// The data-loss checks of a migration plan: each a COUNT over the live data, run before
// anything changes (docs/migrations.md, "What counts as data loss").
// SPDX-License-Identifier: MIT
#include "migrate/data_loss.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "base/ascii.hpp"
#include "base/text.hpp"
#include "migrate/compare.hpp"
#include "sqlcore/dialect.hpp"

namespace sqlcore {

namespace {

std::string_view kind_text(DataLoss::Kind k) {
  switch (k) {
    case DataLoss::Kind::drop_table:
      return "drop_table";
    case DataLoss::Kind::drop_column:
      return "drop_column";
    case DataLoss::Kind::type_conversion:
      return "type_conversion";
    case DataLoss::Kind::not_null:
      return "not_null";
    case DataLoss::Kind::check:
      return "check";
    case DataLoss::Kind::unique:
      return "unique";
    case DataLoss::Kind::foreign_key:
      return "foreign_key";
  }
  return "?";
}

}  // namespace

std::string DataLoss::describe() const {
  const std::string where = column.empty() ? table : table + "." + column;
  const std::string n = std::to_string(rows);
  switch (kind) {
    case Kind::drop_table:
      return where + ": dropping the table loses its " + n + " row(s)";
    case Kind::drop_column:
      return where + ": dropping the column loses " + n + " non-NULL value(s)";
    case Kind::type_conversion:
      if (detail.find(" -> STRICT ") != std::string::npos)
        return where + ": " + n + " row(s) hold values that " + detail + " refuses";
      return where + ": " + n + " row(s) hold values that " + detail + " converts";
    case Kind::not_null:
      return where + ": NOT NULL, but " + n + " row(s) hold NULL and there is no DEFAULT";
    case Kind::check:
      return where + ": " + n + " row(s) violate the new CHECK (" + detail + ")";
    case Kind::unique:
      return where + ": " + n + " row(s) repeat a value of the new " + detail;
    case Kind::foreign_key:
      return where + ": " + n + " row(s) refer to no row of " + detail;
  }
  return where + ": " + std::string(kind_text(kind));
}

namespace detail {

namespace {

std::string q(std::string_view name) { return force_quote(name); }

std::int64_t count(Connection& conn, const std::string& sql) {
  return conn.exec_driver_sql(sql).scalar<std::int64_t>().value_or(0);
}

std::string declared(const Column& c) {
  try {
    return c.type().compile(sqlite_dialect());
  } catch (const Error&) {
    return "(untyped)";  // NullType: a column declared without a type
  }
}

std::string_view affinity_name(Affinity a) {
  switch (a) {
    case Affinity::integer:
      return "INTEGER";
    case Affinity::text:
      return "TEXT";
    case Affinity::blob:
      return "BLOB";
    case Affinity::real:
      return "REAL";
    case Affinity::numeric:
      return "NUMERIC";
  }
  return "BLOB";
}

std::vector<std::string> checks_of(const Table& t) {
  std::vector<std::string> out;
  for (const Column& c : t.columns())
    for (const ColumnCheck& k : c.checks()) out.push_back(k.sqltext);
  for (const TableConstraint& k : t.constraints())
    if (const auto* ck = std::get_if<CheckConstraint>(&k)) out.push_back(ck->sqltext());
  return out;
}

struct UniqueSet {
  std::vector<std::string> columns;  // lower-cased, sorted for comparison
  std::vector<std::string> given;    // as written
  std::string where;                 // a partial unique index's WHERE
  std::string what;
};

std::vector<UniqueSet> unique_sets(const Table& t) {
  std::vector<UniqueSet> out;
  auto add = [&](const std::vector<std::string>& cols, std::string where, std::string what) {
    if (cols.empty()) return;
    UniqueSet u{{}, cols, std::move(where), std::move(what)};
    for (const auto& c : cols) u.columns.push_back(ascii_lower(c));
    std::sort(u.columns.begin(), u.columns.end());
    out.push_back(std::move(u));
  };
  auto list = [](const std::vector<std::string>& cols) {
    std::string s;
    for (const auto& c : cols) s += (s.empty() ? "" : ", ") + c;
    return s;
  };
  add(t.primary_key().columns(), "", "PRIMARY KEY (" + list(t.primary_key().columns()) + ")");
  for (const TableConstraint& k : t.constraints())
    if (const auto* u = std::get_if<UniqueConstraint>(&k))
      add(u->columns(), "", "UNIQUE (" + list(u->columns()) + ")");
  for (const Index& ix : t.indexes()) {
    if (!ix.is_unique()) continue;
    bool plain = true;
    for (std::size_t i = 0; i < ix.columns().size(); ++i) plain = plain && !ix.is_expression(i);
    if (plain) add(ix.columns(), ix.where().value_or(""), "unique index " + ix.name());
  }
  return out;
}

struct Source {
  const LossCheck* check;
  // target column (lower-cased) -> live column
  std::map<std::string, std::string> live_of;
  std::string sql;  // (SELECT ... FROM live) AS "target"
};

Source source_of(const LossCheck& c) {
  Source s{&c, {}, {}};
  for (const auto& [t, l] : c.columns) s.live_of[ascii_lower(t)] = l;
  std::string select;
  for (const Column& col : c.target->columns()) {
    std::string expr = "NULL";
    auto v = std::find_if(c.values.begin(), c.values.end(),
                          [&](const auto& p) { return iequals(p.first, col.name()); });
    if (v != c.values.end())
      expr = v->second;
    else if (!col.computed())
      expr = default_expression(col);
    select += (select.empty() ? "" : ", ") + expr + " AS " + q(col.name());
  }
  s.sql = "(SELECT " + select + " FROM " + q(c.live->name()) + ") AS " + q(c.target->name());
  return s;
}

// Counts `condition` over the values of `live_col` (of the storage classes `classes`) as a
// column of `to` affinity would store them: SQLite's own conversion (datatype3.html, "Type
// Affinity") through a temporary table, `before` holding each value's storage class before.
std::int64_t probe(Connection& conn, const std::string& live_table, const std::string& live_col,
                   Affinity to, const std::string& classes, const std::string& condition) {
  const std::string col = q(live_col), from = q(live_table);
  conn.exec_driver_sql("DROP TABLE IF EXISTS temp.sqlcore_affinity_probe");
  conn.exec_driver_sql("CREATE TEMP TABLE sqlcore_affinity_probe (before TEXT, v " +
                       std::string(affinity_name(to)) + ")");
  std::int64_t n = 0;
  try {
    conn.exec_driver_sql("INSERT INTO temp.sqlcore_affinity_probe (before, v) SELECT typeof(" +
                         col + "), " + col + " FROM " + from + " WHERE typeof(" + col + ") IN (" +
                         classes + ")");
    n = count(conn, "SELECT count(*) FROM temp.sqlcore_affinity_probe WHERE " + condition);
  } catch (...) {
    conn.exec_driver_sql("DROP TABLE IF EXISTS temp.sqlcore_affinity_probe");
    throw;
  }
  conn.exec_driver_sql("DROP TABLE IF EXISTS temp.sqlcore_affinity_probe");
  return n;
}

// How many values of `live_col` change storage class when stored under `to` affinity.
std::int64_t converted_values(Connection& conn, const std::string& live_table,
                              const std::string& live_col, Affinity to) {
  switch (to) {
    case Affinity::blob:
      return 0;
    case Affinity::text:  // numbers become text
      return count(conn, "SELECT count(*) FROM " + q(live_table) + " WHERE typeof(" + q(live_col) +
                             ") IN ('integer', 'real')");
    default:  // text that looks like a number, integral reals, integers (REAL)
      return probe(conn, live_table, live_col, to, "'text', 'real', 'integer'",
                   "typeof(v) <> before");
  }
}

// How many values of `live_col` a STRICT column of type `strict_type` refuses: those that,
// after its affinity's conversion, are still not of its storage class (stricttables.html).
std::int64_t strict_refused(Connection& conn, const std::string& live_table,
                            const std::string& live_col, const std::string& strict_type) {
  std::string want;
  Affinity to = Affinity::blob;
  if (iequals(strict_type, "INT") || iequals(strict_type, "INTEGER")) {
    want = "integer";
    to = Affinity::integer;
  } else if (iequals(strict_type, "REAL")) {
    want = "real";
    to = Affinity::real;
  } else if (iequals(strict_type, "TEXT")) {
    want = "text";
    to = Affinity::text;
  } else if (iequals(strict_type, "BLOB")) {
    want = "blob";
  } else {
    return 0;  // ANY takes every value
  }
  return probe(conn, live_table, live_col, to, "'text', 'real', 'integer', 'blob'",
               "typeof(v) <> '" + want + "'");
}

}  // namespace

std::string default_expression(const Column& column) {
  const auto& d = column.server_default();
  if (!d) return "NULL";
  if (!d->is_sql) return quote_literal(d->text);
  return "(" + d->text + ")";
}

Affinity column_affinity(const Table& table, const Column& column) {
  if (table.sqlite_strict() && iequals(declared(column), "ANY"))
    return Affinity::blob;  // STRICT's ANY keeps values as given
  try {
    return column.type().affinity();  // an untyped column: BLOB (no conversion)
  } catch (const Error&) {
    return affinity_of(declared(column));
  }
}

std::vector<DataLoss> find_data_loss(Connection& conn, const std::vector<LossCheck>& checks) {
  std::vector<DataLoss> out;
  std::vector<Source> sources;
  for (const LossCheck& c : checks)
    if (c.live != nullptr && c.target != nullptr) sources.push_back(source_of(c));
  auto source_for = [&](std::string_view target_table) -> const Source* {
    for (const Source& s : sources)
      if (iequals(s.check->target->name(), target_table)) return &s;
    return nullptr;
  };

  for (const LossCheck& c : checks) {
    if (!c.changed || c.live == nullptr) continue;
    const Table& live = *c.live;
    if (c.target == nullptr) {
      if (std::int64_t n = count(conn, "SELECT count(*) FROM " + q(live.name())))
        out.push_back({DataLoss::Kind::drop_table, live.name(), "", n, "DROP TABLE"});
      continue;
    }
    const Table& target = *c.target;
    const Source& src = *source_for(target.name());

    // Dropped columns that hold values (a generated column holds none of its own).
    for (const Column& lc : live.columns()) {
      bool kept = std::any_of(c.columns.begin(), c.columns.end(),
                              [&](const auto& p) { return iequals(p.second, lc.name()); });
      if (kept || lc.computed()) continue;
      if (std::int64_t n = count(conn, "SELECT count(*) FROM " + q(live.name()) + " WHERE " +
                                           q(lc.name()) + " IS NOT NULL"))
        out.push_back({DataLoss::Kind::drop_column, live.name(), lc.name(), n, "DROP COLUMN"});
    }

    // Type changes that convert stored values, and NOT NULL over NULLs.
    for (const auto& [tname, lname] : c.columns) {
      const Column* tc = target.find_column(tname);
      const Column* lc = live.find_column(lname);
      if (tc == nullptr || lc == nullptr || tc->computed()) continue;
      const Affinity from = column_affinity(live, *lc), to = column_affinity(target, *tc);
      if (from != to) {
        if (std::int64_t n = converted_values(conn, live.name(), lc->name(), to))
          out.push_back({DataLoss::Kind::type_conversion, target.name(), tc->name(), n,
                         declared(*lc) + " -> " + declared(*tc)});
      }
      // A STRICT table refuses what its column type cannot hold: the copy would fail.
      if (target.sqlite_strict() &&
          (!live.sqlite_strict() || !iequals(declared(*lc), declared(*tc))))
        if (std::int64_t n = strict_refused(conn, live.name(), lc->name(), declared(*tc)))
          out.push_back({DataLoss::Kind::type_conversion, target.name(), tc->name(), n,
                         declared(*lc) + " -> STRICT " + declared(*tc)});
    }
    for (const Column& tc : target.columns()) {
      if (tc.is_nullable() || tc.computed()) continue;
      auto lit = src.live_of.find(ascii_lower(tc.name()));
      if (lit != src.live_of.end()) {
        const Column* lc = live.find_column(lit->second);
        if (lc != nullptr && !lc->is_nullable()) continue;  // already NOT NULL
      }
      // An INTEGER PRIMARY KEY of a rowid table is never NULL: SQLite gives it the rowid.
      if (target.sqlite_with_rowid() && target.primary_key().columns().size() == 1 &&
          iequals(target.primary_key().columns()[0], tc.name()) &&
          column_affinity(target, tc) == Affinity::integer)
        continue;
      if (std::int64_t n = count(
              conn, "SELECT count(*) FROM " + src.sql + " WHERE " + q(tc.name()) + " IS NULL"))
        out.push_back({DataLoss::Kind::not_null, target.name(), tc.name(), n, "NOT NULL"});
    }

    // New or changed CHECKs the rows the copy makes would violate (NULL passes, as in SQLite).
    std::set<std::string> had;
    for (const auto& k : checks_of(live)) had.insert(normalized_sql(k));
    for (const auto& k : checks_of(target)) {
      if (had.count(normalized_sql(k)) != 0) continue;  // the same CHECK for compare()
      if (std::int64_t n =
              count(conn, "SELECT count(*) FROM " + src.sql + " WHERE NOT (" + k + ")"))
        out.push_back({DataLoss::Kind::check, target.name(), "", n, k});
    }

    // New UNIQUE sets (constraints, unique indexes, the primary key) the rows repeat.
    std::vector<std::vector<std::string>> live_sets;
    for (const UniqueSet& u : unique_sets(live)) live_sets.push_back(u.columns);
    for (const UniqueSet& u : unique_sets(target)) {
      std::vector<std::string> as_live;
      bool mapped = true;
      for (const auto& col : u.columns) {
        auto it = src.live_of.find(col);
        if (it == src.live_of.end())
          mapped = false;
        else
          as_live.push_back(ascii_lower(it->second));
      }
      std::sort(as_live.begin(), as_live.end());
      if (mapped && u.where.empty() &&
          std::find(live_sets.begin(), live_sets.end(), as_live) != live_sets.end())
        continue;
      std::string cols, not_null;
      for (const auto& col : u.given) {
        cols += (cols.empty() ? "" : ", ") + q(col);
        not_null += (not_null.empty() ? "" : " AND ") + q(col) + " IS NOT NULL";
      }
      if (!u.where.empty()) not_null += " AND (" + u.where + ")";
      if (std::int64_t n =
              count(conn, "SELECT coalesce(sum(n), 0) FROM (SELECT count(*) AS n FROM " + src.sql +
                              " WHERE " + not_null + " GROUP BY " + cols + " HAVING count(*) > 1)"))
        out.push_back({DataLoss::Kind::unique, target.name(), u.given.size() == 1 ? u.given[0] : "",
                       n, u.what});
    }

    // New foreign keys the rows break: a non-NULL key with no parent row (the parent as the
    // plan leaves it; a new parent table is empty).
    auto fk_key = [](const ForeignKeyConstraint& f) {
      std::string k = ascii_lower(f.referred_table()) + ":";
      for (const auto& c2 : f.columns()) k += ascii_lower(c2) + ",";
      k += ":";
      for (const auto& c2 : f.referred_columns()) k += ascii_lower(c2) + ",";
      return k;
    };
    std::set<std::string> live_fks;
    for (const ForeignKeyConstraint* f : live.foreign_keys()) live_fks.insert(fk_key(*f));
    for (const ForeignKeyConstraint* f : target.foreign_keys()) {
      // The same foreign key over renamed names compares by the live names.
      std::string lk = "";
      {
        const Source* ps = source_for(f->referred_table());
        std::string ptable = ps ? ps->check->live->name() : f->referred_table();
        lk = ascii_lower(ptable) + ":";
        for (const auto& col : f->columns()) {
          auto it = src.live_of.find(ascii_lower(col));
          lk += ascii_lower(it == src.live_of.end() ? "?" + col : it->second) + ",";
        }
        lk += ":";
        for (const auto& col : f->referred_columns()) {
          std::string pc = col;
          if (ps) {
            auto it = ps->live_of.find(ascii_lower(col));
            if (it != ps->live_of.end()) pc = it->second;
          }
          lk += ascii_lower(pc) + ",";
        }
      }
      if (live_fks.count(lk) != 0) continue;
      std::string not_null, match;
      const Source* ps = source_for(f->referred_table());
      std::vector<std::string> refcols = f->referred_columns();
      if (refcols.empty() && ps) refcols = ps->check->target->primary_key().columns();
      for (std::size_t i = 0; i < f->columns().size(); ++i) {
        const std::string cc = "c." + q(f->columns()[i]);
        not_null += (not_null.empty() ? "" : " AND ") + cc + " IS NOT NULL";
        if (i < refcols.size())
          match += std::string(match.empty() ? "" : " AND ") + "p." + q(refcols[i]) + " = " + cc;
      }
      std::string sql =
          "SELECT count(*) FROM (SELECT * FROM " + src.sql + ") AS c WHERE " + not_null;
      if (ps != nullptr && !match.empty())
        sql += " AND NOT EXISTS (SELECT 1 FROM (SELECT * FROM " + ps->sql + ") AS p WHERE " +
               match + ")";
      else if (ps != nullptr)
        continue;  // a key SQLite cannot match column by column: foreign_key_check decides
      if (std::int64_t n = count(conn, sql))
        out.push_back({DataLoss::Kind::foreign_key, target.name(),
                       f->columns().size() == 1 ? f->columns()[0] : "", n, f->referred_table()});
    }
  }
  return out;
}

}  // namespace detail

}  // namespace sqlcore
