// DDLCompiler and SQLiteDDLCompiler: CREATE / DROP TABLE and INDEX, as SQLAlchemy 1.4's sqlite
// dialect renders them, and a CompileError (naming the rule) wherever 1.4 would emit DDL SQLite
// refuses.
// SPDX-License-Identifier: MIT
#include "dialect/sqlite/ddl_compiler.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <unordered_map>

#include <fmt/format.h>

#include "base/ascii.hpp"
#include "base/text.hpp"
#include "dialect/sqlite/create_parser.hpp"
#include "dialect/sqlite/identifier_preparer.hpp"
#include "sqlcore/errors.hpp"
#include "types/type_impl.hpp"

namespace sqlcore {

namespace {

using detail::quote_literal;

[[noreturn]] void fail(const Table& t, std::string_view column, std::string_view why) {
  if (column.empty()) throw CompileError(fmt::format("(in table '{}'): {}", t.name(), why));
  throw CompileError(fmt::format("(in table '{}', column '{}'): {}", t.name(), column, why));
}

// SQLAlchemy's FK_ON_DELETE / FK_ON_UPDATE / FK_INITIALLY phrase checks.
std::string checked_phrase(const Table& t, const std::string& phrase, bool initially) {
  static constexpr std::array<std::string_view, 5> kActions{"RESTRICT", "CASCADE", "SET NULL",
                                                            "NO ACTION", "SET DEFAULT"};
  std::string up = detail::ascii_upper(phrase);
  bool ok = initially ? (up == "DEFERRED" || up == "IMMEDIATE")
                      : std::find(kActions.begin(), kActions.end(), up) != kActions.end();
  if (!ok)
    fail(t, {},
         fmt::format("Unexpected SQL phrase: '{}' (expected {})", phrase,
                     initially ? "DEFERRED or IMMEDIATE"
                               : "RESTRICT, CASCADE, SET NULL, NO ACTION or SET DEFAULT"));
  return phrase;
}

// True when SQLite's DEFAULT grammar takes `sql` without parentheses: one literal token (a
// number, string, blob, NULL, TRUE, FALSE, CURRENT_TIME/DATE/TIMESTAMP, or a name, which
// SQLite reads as a string), a signed number, or text already in parentheses
// (https://www.sqlite.org/lang_createtable.html, column-constraint).
bool default_needs_no_parens(const std::string& sql) {
  auto toks = detail::tokenize(sql);
  using K = detail::Token::Kind;
  // A comment in it: SQLite keeps it only inside parentheses (DEFAULT (1 -- one\n)).
  for (std::size_t i = 0; i + 1 < toks.size(); ++i)
    if (sql.find_first_not_of(" \t\r\n", toks[i].end) < toks[i + 1].begin) return false;
  if (!toks.empty() && sql.find_first_not_of(" \t\r\n", toks.back().end) != std::string::npos)
    return false;
  if (toks.size() == 1) return toks[0].kind != K::punct && toks[0].kind != K::variable;
  if (toks.size() == 2 && toks[0].kind == K::punct && (toks[0].text == "+" || toks[0].text == "-"))
    return toks[1].kind == K::number;
  if (!toks.empty() && toks.front().text == "(" && toks.front().kind == K::punct) {
    int depth = 0;
    for (std::size_t i = 0; i < toks.size(); ++i) {
      if (toks[i].kind != K::punct) continue;
      if (toks[i].text == "(") ++depth;
      if (toks[i].text == ")" && --depth == 0) return i + 1 == toks.size();
    }
  }
  return false;
}

std::string render_default(const ServerDefault& d) {
  if (!d.is_sql) return quote_literal(d.text);
  std::string sql = detail::sql_fragment(detail::trim_sql(d.text), "a DEFAULT");
  if (default_needs_no_parens(sql)) return sql;
  // SQLAlchemy renders text() defaults as written, which SQLite refuses for anything but a
  // literal (e.g. strftime('%s', 'now')); an expression needs parentheses.
  return "(" + sql + ")";
}

std::string quoted_list(const IdentifierPreparer& q, const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) {
    if (!out.empty()) out += ", ";
    out += q.quote(n);
  }
  return out;
}

// The elements of a PRIMARY KEY / UNIQUE: each column with its COLLATE and DESC.
template <class Constraint>
std::string element_list(const IdentifierPreparer& q, const Constraint& con) {
  std::string out;
  for (const auto& n : con.columns()) {
    if (!out.empty()) out += ", ";
    out += q.quote(n);
    if (const auto* e = con.element_options(n)) {
      if (e->collation) out += " COLLATE " + detail::force_quote(*e->collation);
      if (e->desc) out += " DESC";
    }
  }
  return out;
}

// The column's type as DDL. An untyped column (NullType) is written with no type at all, which
// is what SQLite keeps for it (SQLAlchemy writes "NULL", a NULL constraint, to the same effect);
// a reflected name that maps to no type (BLOBBER, LARGE BLOB) keeps its name.
std::string type_sql(const Column& col, const Dialect& dialect) {
  return col.type().is_null_type() && !col.type().impl().declared_name
             ? std::string()
             : col.type().compile(dialect);
}

// The single INTEGER primary key column with DESC of a rowid table: SQLite makes
// "x INTEGER PRIMARY KEY DESC" no rowid alias (table-level PRIMARY KEY (x DESC) would be one),
// so it is written on the column.
const Column* pk_desc_column(const Table& t, const Dialect& dialect) {
  const PrimaryKeyConstraint& pk = t.primary_key();
  if (pk.columns().size() != 1 || !t.sqlite_with_rowid()) return nullptr;
  const auto* e = pk.element_options(pk.columns()[0]);
  if (e == nullptr || !e->desc) return nullptr;
  const Column& col = t.c(pk.columns()[0]);
  if (detail::ascii_upper(type_sql(col, dialect)) != "INTEGER") return nullptr;
  return &col;
}

// ON CONFLICT of a UNIQUE: its own, or that of its single column's unique().
std::optional<std::string> unique_on_conflict(const Table& t, const UniqueConstraint& con) {
  std::optional<std::string> r = con.on_conflict();
  if (!r && con.columns().size() == 1) r = t.c(con.columns()[0]).on_conflict_unique();
  return r;
}

std::string deferrability(const Table& t, const FK& o) {
  std::string out;
  if (o.deferrable()) out += *o.deferrable() ? " DEFERRABLE" : " NOT DEFERRABLE";
  if (o.initially()) {
    // SQLite's grammar takes INITIALLY only after [NOT] DEFERRABLE.
    if (!o.deferrable())
      fail(t, {},
           fmt::format("INITIALLY {} needs deferrable(true) (or false) on SQLite: its "
                       "grammar is [NOT] DEFERRABLE [INITIALLY DEFERRED|IMMEDIATE]",
                       *o.initially()));
    out += " INITIALLY " + checked_phrase(t, *o.initially(), true);
  }
  return out;
}

// SQLAlchemy's condition for PRIMARY KEY AUTOINCREMENT inline on the column; sqlcore raises
// where SQLAlchemy would emit AUTOINCREMENT SQLite refuses, or silently ignore the option.
const Column* autoincrement_column(const Table& t, const Dialect& dialect) {
  const auto& pk = t.primary_key().columns();
  for (const Column& col : t.columns()) {
    if (col.is_primary_key() && col.autoincrement() == true && pk.size() != 1)
      fail(t, col.name(), "SQLite does not support autoincrement for composite primary keys");
  }
  if (!t.sqlite_autoincrement()) return nullptr;
  if (pk.empty())
    fail(t, {},
         "sqlite_autoincrement(true) needs a primary key: AUTOINCREMENT goes on a single "
         "INTEGER PRIMARY KEY column");
  if (pk.size() != 1)
    fail(t, {},
         fmt::format("sqlite_autoincrement(true) needs a single-column primary key; this "
                     "one has {} columns. SQLite allows AUTOINCREMENT only on an INTEGER "
                     "PRIMARY KEY (the rowid)",
                     pk.size()));
  if (!t.sqlite_with_rowid())
    fail(t, {},
         "sqlite_autoincrement(true) cannot go with sqlite_with_rowid(false): "
         "AUTOINCREMENT uses the rowid");
  const Column& col = t.c(pk[0]);
  std::string type = detail::ascii_upper(type_sql(col, dialect));
  if (type != "INTEGER")
    fail(t, col.name(),
         fmt::format("sqlite_autoincrement(true) needs the key to be declared INTEGER (the "
                     "rowid alias); it is {}. For a BigInteger key use "
                     "BigInteger().with_variant(Integer(), \"sqlite\")",
                     type));
  // SQLAlchemy leaves AUTOINCREMENT off a key column that is also a foreign key.
  if (!col.foreign_keys().empty()) return nullptr;
  for (const ForeignKeyConstraint* fk : t.foreign_keys())
    if (std::find(fk->columns().begin(), fk->columns().end(), col.name()) != fk->columns().end())
      return nullptr;
  return &col;
}

// SQLite's STRICT tables take only these type names (https://www.sqlite.org/stricttables.html).
void check_strict_type(const Table& t, const Column& col, const std::string& type) {
  static constexpr std::array<std::string_view, 6> kStrict{"INT",  "INTEGER", "REAL",
                                                           "TEXT", "BLOB",    "ANY"};
  if (std::find(kStrict.begin(), kStrict.end(), detail::ascii_upper(type)) == kStrict.end())
    fail(t, col.name(),
         fmt::format("a STRICT table takes only the types INT, INTEGER, REAL, TEXT, "
                     "BLOB and ANY; this column is {} (use Integer(), Float()→REAL(), "
                     "Text(), LargeBinary())",
                     type));
}

// `pk_column`: the column that carries the PRIMARY KEY as a column constraint (AUTOINCREMENT,
// an INTEGER PRIMARY KEY DESC of a rowid table, or sqlite_column_constraint()), or nullptr.
std::string column_spec(const Dialect& dialect, const IdentifierPreparer& q, const Table& t,
                        const Column& col, const Column* autoinc, const Column* pk_column) {
  std::string type = type_sql(col, dialect);
  if (t.sqlite_strict()) check_strict_type(t, col, type);
  std::string spec = q.quote(col.name());
  if (!type.empty()) spec += " " + type;
  // SQLAlchemy's _render_string_type always writes COLLATE "name".
  if (col.collation()) {
    spec += " COLLATE " + detail::force_quote(*col.collation());
  }
  if (col.server_default()) {
    if (col.computed()) fail(t, col.name(), "a generated column cannot have a DEFAULT");
    spec += " DEFAULT " + render_default(*col.server_default());
  }
  if (!col.is_nullable()) {
    spec += " NOT NULL";
    if (col.on_conflict_not_null()) spec += " ON CONFLICT " + *col.on_conflict_not_null();
  }
  // UNIQUE constraints written on this column, in the order given (SQLite numbers their
  // indexes in text order); those given before a PRIMARY KEY on this column go before it
  // ("a INTEGER UNIQUE PRIMARY KEY DESC" folds the key into the UNIQUE's index).
  const std::size_t pk_at = &col == pk_column ? t.sqlite_primary_key_position() : 0;
  auto uniques = [&](std::size_t from, std::size_t to) {
    const auto& constraints = t.constraints();
    for (std::size_t i = from; i < to && i < constraints.size(); ++i) {
      const auto* u = std::get_if<UniqueConstraint>(&constraints[i]);
      if (u == nullptr || !u->is_sqlite_column_constraint() ||
          !detail::iequals(u->columns()[0], col.name()))
        continue;
      if (!u->name().empty()) spec += " CONSTRAINT " + q.quote(u->name());
      spec += " UNIQUE";
      if (auto r = unique_on_conflict(t, *u)) spec += " ON CONFLICT " + *r;
    }
  };
  uniques(0, pk_at);
  if (&col == pk_column) {
    const PrimaryKeyConstraint& pk = t.primary_key();
    if (!pk.name().empty()) spec += " CONSTRAINT " + q.quote(pk.name());
    spec += " PRIMARY KEY";
    const auto* e = pk.element_options(pk.columns()[0]);
    if (&col != autoinc && e != nullptr && e->desc) spec += " DESC";
    if (auto r = col.on_conflict_primary_key() ? col.on_conflict_primary_key() : pk.on_conflict())
      spec += " ON CONFLICT " + *r;
    if (&col == autoinc) spec += " AUTOINCREMENT";
  }
  uniques(pk_at, std::size_t(-1));
  if (col.computed()) {
    if (col.is_primary_key())
      fail(t, col.name(), "a generated column cannot be part of the PRIMARY KEY");
    spec += " GENERATED ALWAYS AS (" +
            detail::sql_fragment(col.computed()->sqltext, "a generated column's expression") + ")";
    if (col.computed()->stored) spec += *col.computed()->stored ? " STORED" : " VIRTUAL";
  }
  for (const ColumnCheck& ck : col.checks()) {
    spec += " ";
    if (!ck.name.empty()) spec += "CONSTRAINT " + q.quote(ck.name) + " ";
    spec += "CHECK (" + detail::sql_fragment(ck.sqltext, "a CHECK") + ")";
  }
  return spec;
}

std::string primary_key_clause(const IdentifierPreparer& q, const Table& t) {
  const PrimaryKeyConstraint& pk = t.primary_key();
  std::string out;
  if (!pk.name().empty()) out += "CONSTRAINT " + q.quote(pk.name()) + " ";
  out += "PRIMARY KEY (" + element_list(q, pk) + ")";
  std::optional<std::string> r = pk.on_conflict();
  if (!r && pk.columns().size() == 1) r = t.c(pk.columns()[0]).on_conflict_primary_key();
  if (r) out += " ON CONFLICT " + *r;
  return out;
}

// A table-level constraint: one overload per kind of TableConstraint, so that a kind added to
// the variant and not rendered here does not compile.
struct ConstraintClause {
  const IdentifierPreparer& q;
  const Table& t;

  std::string name(const std::string& n) const {
    return n.empty() ? std::string() : "CONSTRAINT " + q.quote(n) + " ";
  }
  std::string operator()(const UniqueConstraint& con) const {
    std::string out = name(con.name()) + "UNIQUE (" + element_list(q, con) + ")";
    if (auto r = unique_on_conflict(t, con)) out += " ON CONFLICT " + *r;
    return out;
  }
  std::string operator()(const CheckConstraint& con) const {
    std::string out =
        name(con.name()) + "CHECK (" + detail::sql_fragment(con.sqltext(), "a CHECK") + ")";
    if (con.on_conflict()) out += " ON CONFLICT " + *con.on_conflict();  // SQLAlchemy's form
    return out;
  }
  std::string operator()(const ForeignKeyConstraint& con) const {
    const FK& o = con.options();
    const Table* parent = t.metadata().find_table(con.referred_table());
    if (parent == nullptr && !o.is_unchecked())
      throw ArgumentError(fmt::format(
          "table '{}': foreign key on column '{}' references table '{}', which is not in "
          "this MetaData",
          t.name(), con.columns()[0], con.referred_table()));
    if (parent != nullptr && !o.is_unchecked())
      for (const auto& rc : con.referred_columns())
        if (parent->find_column(rc) == nullptr)
          throw ArgumentError(
              fmt::format("table '{}': foreign key on column '{}' references column '{}.{}', which "
                          "does not exist",
                          t.name(), con.columns()[0], parent->name(), rc));
    std::string out =
        name(con.name()) + "FOREIGN KEY(" + quoted_list(q, con.columns()) + ") REFERENCES " +
        q.quote(parent != nullptr && !o.is_unchecked() ? parent->name() : con.referred_table());
    // No referred columns: the parent's primary key.
    if (!con.referred_columns().empty()) out += " (" + quoted_list(q, con.referred_columns()) + ")";
    if (o.ondelete()) out += " ON DELETE " + checked_phrase(t, *o.ondelete(), false);
    if (o.onupdate()) out += " ON UPDATE " + checked_phrase(t, *o.onupdate(), false);
    out += deferrability(t, o);
    return out;
  }
};

// What SQLite's version refuses outright, before anything is rendered.
void check_capabilities(const Dialect& dialect, const Table& t) {
  if (t.sqlite_strict() && !dialect.supports_strict_tables())
    fail(t, {},
         fmt::format("STRICT tables need SQLite 3.37 or later; this one is {}",
                     dialect.version_text()));
  if (!dialect.supports_generated_columns())
    for (const Column& col : t.columns())
      if (col.computed())
        fail(t, col.name(),
             fmt::format("generated columns need SQLite 3.31 or later; this one is {}",
                         dialect.version_text()));
}

}  // namespace

std::string DDLCompiler::visit_drop_table(const DropTable& e) const {
  return std::string("DROP TABLE ") + (e.if_exists() ? "IF EXISTS " : "") +
         dialect_.identifier_preparer().quote(e.table().name());
}

std::string DDLCompiler::visit_drop_index(const DropIndex& e) const {
  return std::string("DROP INDEX ") + (e.if_exists() ? "IF EXISTS " : "") +
         dialect_.identifier_preparer().quote(e.index().name());
}

std::string DDLCompiler::ddl_script(const MetaData& meta) const {
  std::string out;
  for (const std::string& sql : ddl_statements(meta)) out += sql + ";\n\n";
  return out;
}

std::vector<std::string> DDLCompiler::ddl_statements(const MetaData& meta) const {
  std::vector<const Table*> tables = meta.sorted_tables();
  // Virtual tables after every ordinary one: a module may read them (fts4(content=t)).
  std::stable_partition(tables.begin(), tables.end(),
                        [](const Table* t) { return t->sqlite_virtual_sql().empty(); });
  std::vector<std::string> out;
  for (const Table* t : tables) {
    out.push_back(visit_create_table(CreateTable(*t)));
    for (const Index& ix : t->indexes()) out.push_back(visit_create_index(CreateIndex(ix)));
  }
  for (const View* v : sorted_views(meta)) out.push_back(create_view_sql(*v));
  for (const Trigger& t : meta.triggers()) out.push_back(create_trigger_sql(t));
  return out;
}

std::string DDLCompiler::create_view_sql(const View& v) {
  std::string what = fmt::format("view '{}'", v.name);
  detail::check_one_statement(v.sql, "CREATE VIEW", what);
  return detail::sql_fragment(detail::trim_sql(v.sql, ";"), what);
}

std::string DDLCompiler::create_trigger_sql(const Trigger& t) {
  return detail::check_create_trigger(t.sql, fmt::format("trigger '{}'", t.name)).sql;
}

std::vector<const View*> DDLCompiler::sorted_views(const MetaData& meta) {
  // SQLite resolves a view's names when it is used, not when it is created, but a view read
  // by another must exist before a trigger on the other can be made (INSTEAD OF), and a
  // reader expects the order: a view goes after every other view whose name its text holds
  // as a name token (a false match only orders it later).
  const auto& views = meta.views();
  std::unordered_map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < views.size(); ++i)
    index.emplace(detail::ascii_lower(views[i].name), i);
  std::vector<std::vector<std::size_t>> needs(views.size());
  for (std::size_t i = 0; i < views.size(); ++i)
    for (const auto& tok : detail::tokenize(views[i].sql)) {
      if (tok.kind != detail::Token::Kind::identifier &&
          tok.kind != detail::Token::Kind::quoted_identifier &&
          tok.kind != detail::Token::Kind::string)
        continue;
      auto it = index.find(detail::ascii_lower(tok.text));
      if (it != index.end() && it->second != i) needs[i].push_back(it->second);
    }
  std::vector<const View*> out;
  std::vector<bool> done(views.size(), false);
  while (out.size() < views.size()) {
    std::size_t pick = views.size();
    for (std::size_t i = 0; i < views.size() && pick == views.size(); ++i)
      if (!done[i] &&
          std::all_of(needs[i].begin(), needs[i].end(), [&](std::size_t d) { return done[d]; }))
        pick = i;
    if (pick == views.size())  // a cycle: the first left, in the order added
      pick = static_cast<std::size_t>(std::find(done.begin(), done.end(), false) - done.begin());
    done[pick] = true;
    out.push_back(&views[pick]);
  }
  return out;
}

std::string DDLCompiler::drop_view_sql(const View& v, bool if_exists) const {
  return std::string("DROP VIEW ") + (if_exists ? "IF EXISTS " : "") +
         dialect_.identifier_preparer().quote(v.name);
}

std::string DDLCompiler::drop_trigger_sql(const Trigger& t, bool if_exists) const {
  return std::string("DROP TRIGGER ") + (if_exists ? "IF EXISTS " : "") +
         dialect_.identifier_preparer().quote(t.name);
}

std::string SQLiteDDLCompiler::visit_create_table(const CreateTable& e) const {
  const Table& t = e.table();
  if (!t.sqlite_virtual_sql().empty()) {
    std::string what = fmt::format("virtual table '{}'", t.name());
    detail::check_one_statement(t.sqlite_virtual_sql(), "CREATE VIRTUAL TABLE", what);
    return detail::sql_fragment(detail::trim_sql(t.sqlite_virtual_sql(), ";"), what);
  }
  check_capabilities(dialect(), t);
  if (!t.sqlite_with_rowid() && t.primary_key().columns().empty())
    fail(t, {}, "a WITHOUT ROWID table needs a PRIMARY KEY");
  const Column* autoinc = autoincrement_column(t, dialect());
  const PrimaryKeyConstraint& pk = t.primary_key();
  const Column* pk_column = autoinc;
  if (pk_column == nullptr) pk_column = pk_desc_column(t, dialect());
  if (pk_column == nullptr && pk.is_sqlite_column_constraint()) pk_column = &t.c(pk.columns()[0]);
  const IdentifierPreparer& q = dialect().identifier_preparer();
  std::string out = "CREATE TABLE ";
  if (e.if_not_exists()) out += "IF NOT EXISTS ";
  out += q.quote(t.name()) + " (";
  const char* sep = "\n\t";
  for (const Column& col : t.columns()) {
    out += sep + column_spec(dialect(), q, t, col, autoinc, pk_column);
    sep = ",\n\t";
  }
  // The table-level PRIMARY KEY goes before constraints()[pk_at]: first, as SQLAlchemy writes
  // it, unless the table keeps the order its constraints were given in.
  const std::size_t pk_at = pk.columns().empty() || pk_column != nullptr
                                ? std::size_t(-1)
                                : t.sqlite_primary_key_position();
  const auto& constraints = t.constraints();
  for (std::size_t i = 0; i <= constraints.size(); ++i) {
    if (i == pk_at) out += sep + primary_key_clause(q, t);
    if (i == constraints.size()) break;
    const auto* u = std::get_if<UniqueConstraint>(&constraints[i]);
    if (u != nullptr && u->is_sqlite_column_constraint()) continue;  // written on its column
    out += sep + std::visit(ConstraintClause{q, t}, constraints[i]);
  }
  out += "\n)";
  std::vector<std::string> options;
  if (!t.sqlite_with_rowid()) options.emplace_back("WITHOUT ROWID");
  if (t.sqlite_strict()) options.emplace_back("STRICT");
  if (!options.empty()) out += " " + fmt::format("{}", fmt::join(options, ", "));
  return out;
}

std::string SQLiteDDLCompiler::visit_create_index(const CreateIndex& e) const {
  const Index& ix = e.index();
  if (ix.table() == nullptr)
    throw CompileError(fmt::format("index '{}' is not part of a table", ix.name()));
  const IdentifierPreparer& q = dialect().identifier_preparer();
  std::string out = "CREATE ";
  if (ix.is_unique()) out += "UNIQUE ";
  out += "INDEX ";
  if (e.if_not_exists()) out += "IF NOT EXISTS ";
  std::string elements;
  for (std::size_t i = 0; i < ix.columns().size(); ++i) {
    if (i > 0) elements += ", ";
    elements += ix.is_expression(i) ? detail::sql_fragment(ix.columns()[i], "an index element")
                                    : q.quote(ix.columns()[i]);
  }
  out += q.quote(ix.name()) + " ON " + q.quote(ix.table()->name()) + " (" + elements + ")";
  if (ix.where()) out += " WHERE " + detail::sql_fragment(*ix.where(), "an index's WHERE");
  return out;
}

}  // namespace sqlcore
