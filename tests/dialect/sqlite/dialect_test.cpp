// SQLiteDialect: capabilities from the version it is made for, the CompileErrors an old SQLite
// gets, and compilers a derived dialect overrides one at a time (src/dialect/sqlite/dialect.cpp).
// SPDX-License-Identifier: MIT
#include "dialect/sqlite/dialect.hpp"

#include <sqlcore/sqlcore.hpp>

#include <gtest/gtest.h>

#include "support/expect.hpp"

namespace sc = sqlcore;

namespace {

struct Schema {
  sc::MetaData meta;
  const sc::Table& u = meta.table("users", sc::Column("id", sc::Integer()).primary_key(),
                                  sc::Column("name", sc::String(50)), sc::Index("ix_n", {"name"}));
};

}  // namespace

TEST(SQLiteDialect, CapabilitiesComeFromTheVersionGiven) {
  const sc::SQLiteDialect old(3015002);
  EXPECT_EQ(old.name(), "sqlite");
  EXPECT_EQ(old.server_version(), 3015002);
  EXPECT_EQ(old.version_text(), "3.15.2");
  EXPECT_FALSE(old.supports_upsert());
  EXPECT_FALSE(old.supports_window_functions());
  EXPECT_FALSE(old.supports_table_xinfo());
  EXPECT_FALSE(old.supports_table_list());
  EXPECT_FALSE(old.supports_nulls_ordering());
  EXPECT_FALSE(old.supports_generated_columns());
  EXPECT_FALSE(old.supports_returning());
  EXPECT_FALSE(old.supports_drop_column());
  EXPECT_FALSE(old.supports_rename_column());
  EXPECT_FALSE(sc::SQLiteDialect(3024000).supports_rename_column());
  EXPECT_TRUE(sc::SQLiteDialect(3025000).supports_rename_column());
  EXPECT_FALSE(old.supports_strict_tables());

  const sc::SQLiteDialect v335(3035000);
  EXPECT_TRUE(v335.supports_returning());
  EXPECT_TRUE(v335.supports_drop_column());
  EXPECT_FALSE(v335.supports_table_list());
  EXPECT_TRUE(sc::SQLiteDialect(3037000).supports_table_list());
  EXPECT_TRUE(v335.supports_generated_columns());
  EXPECT_FALSE(v335.supports_strict_tables());
  const sc::Dialect& recent = v335;  // callable on the abstract class
  EXPECT_TRUE(recent.supports_upsert());
  EXPECT_TRUE(sc::SQLiteDialect(3037000).supports_strict_tables());
}

TEST(SQLiteDialect, AnOldSQLiteRefusesWhatItLacksNamingItsVersion) {
  Schema s;
  const sc::SQLiteDialect old(3015002);
  EXPECT_THROW_MSG(sc::delete_(s.u).returning(s.u.c("id")).compile(old), sc::CompileError,
                   "RETURNING needs SQLite 3.35 or later; this one is 3.15.2");
  EXPECT_THROW_MSG(sc::insert(s.u).values({{"id", 1}}).on_conflict_do_nothing().compile(old),
                   sc::CompileError,
                   "ON CONFLICT (upsert) needs SQLite 3.24 or later; this one is "
                   "3.15.2");
  EXPECT_THROW_MSG(sc::select(s.u.c("id")).order_by(s.u.c("name").nulls_first()).compile(old),
                   sc::CompileError,
                   "NULLS FIRST / NULLS LAST needs SQLite 3.30 or later; this one is 3.15.2");
  sc::MetaData m;
  const sc::Table& g =
      m.table("g", sc::Column("a", sc::Integer()), sc::Column("b", sc::Integer()).computed("a*2"));
  EXPECT_THROW_MSG(sc::CreateTable(g).compile(old), sc::CompileError,
                   "generated columns need SQLite 3.31 or later; this one is 3.15.2");
  const sc::Table& st = m.table("st", sc::Column("a", sc::Integer()), sc::sqlite_strict(true));
  EXPECT_THROW_MSG(sc::CreateTable(st).compile(sc::SQLiteDialect(3036000)), sc::CompileError,
                   "STRICT tables need SQLite 3.37 or later; this one is 3.36.0");
  // What the old version has compiles as on any other.
  EXPECT_EQ(sc::select(s.u.c("id")).compile(old).sql,
            sc::select(s.u.c("id")).compile(sc::sqlite_dialect()).sql);
}

namespace {

// A dialect that changes one piece of each compiler, and the same statements on SQLite's.
class AuditedDialect : public sc::SQLiteDialect {
 public:
  AuditedDialect() : SQLiteDialect(3040001) {}
  const sc::SQLCompiler& statement_compiler() const noexcept override { return sql_; }
  const sc::DDLCompiler& ddl_compiler() const noexcept override { return ddl_; }
  const sc::TypeCompiler& type_compiler() const noexcept override { return types_; }

 private:
  struct Statements : sc::SQLiteCompiler {
    using SQLiteCompiler::SQLiteCompiler;
    sc::Compiled visit_delete(const sc::Delete& s,
                              std::vector<const void*>* sources) const override {
      sc::Compiled c = SQLiteCompiler::visit_delete(s, sources);
      c.sql = "/* audited */ " + c.sql;
      return c;
    }
  };
  struct DDL : sc::SQLiteDDLCompiler {
    using SQLiteDDLCompiler::SQLiteDDLCompiler;
    std::string visit_drop_table(const sc::DropTable& e) const override {
      return SQLiteDDLCompiler::visit_drop_table(e) + " /* audited */";
    }
  };
  struct Types : sc::SQLiteTypeCompiler {
    std::string process(const sc::Type& t) const override {
      return t.visit_name() == "VARCHAR" ? "TEXT" : SQLiteTypeCompiler::process(t);
    }
  };
  Statements sql_{*this};
  DDL ddl_{*this};
  Types types_;
};

}  // namespace

TEST(SQLiteDialect, ADerivedDialectOverridesOnePieceOnly) {
  Schema s;
  const AuditedDialect audited;
  const sc::Dialect& plain = sc::sqlite_dialect();
  auto del = sc::delete_(s.u).where(s.u.c("id") == 1);
  EXPECT_EQ(del.compile(audited).sql, "/* audited */ " + del.compile(plain).sql);
  EXPECT_EQ(del.compile(audited).params, del.compile(plain).params);
  auto sel = sc::select(s.u.c("name")).where(s.u.c("id") > 1);
  EXPECT_EQ(sel.compile(audited).sql, sel.compile(plain).sql);
  auto upd = sc::update(s.u).values({{"name", "x"}});
  EXPECT_EQ(upd.compile(audited).sql, upd.compile(plain).sql);

  EXPECT_EQ(sc::DropTable(s.u).compile(audited), "DROP TABLE users /* audited */");
  EXPECT_EQ(sc::DropIndex(s.u.index("ix_n")).compile(audited),
            sc::DropIndex(s.u.index("ix_n")).compile(plain));
  // The type compiler is the audited dialect's in CREATE TABLE and Type::compile alike; the
  // rest of CREATE TABLE is SQLite's.
  EXPECT_EQ(sc::String(50).compile(audited), "TEXT");
  EXPECT_EQ(sc::Integer().compile(audited), "INTEGER");
  EXPECT_EQ(sc::CreateTable(s.u).compile(audited),
            "CREATE TABLE users (\n\tid INTEGER NOT NULL,\n\tname TEXT,\n\tPRIMARY KEY (id)\n)");
  EXPECT_EQ(sc::CreateTable(s.u).compile(plain),
            "CREATE TABLE users (\n\tid INTEGER NOT NULL,\n\tname VARCHAR(50),\n\tPRIMARY KEY "
            "(id)\n)");
  std::string script = sc::ddl_script(s.meta, audited);
  EXPECT_NE(script.find("name TEXT"), std::string::npos) << script;
  EXPECT_NE(script.find("CREATE INDEX ix_n ON users (name);"), std::string::npos) << script;
}

TEST(SQLiteDialect, TheDefaultIsTheLinkedLibrarys) {
  const sc::Dialect& d = sc::sqlite_dialect();
  EXPECT_EQ(&d, &sc::sqlite_dialect());
  EXPECT_EQ(d.capabilities().returning, d.server_version() >= 3035000);
  EXPECT_EQ(&d.identifier_preparer(), &d.identifier_preparer());
  EXPECT_EQ(d.identifier_preparer().quote("order"), "\"order\"");
}

TEST(SQLiteDialect, WindowsFilterJsonAndFullJoinsNeedTheirVersions) {
  sc::MetaData m;
  const sc::Table& u = m.table("users", sc::Column("id", sc::Integer()).primary_key(),
                               sc::Column("score", sc::Integer()));
  const sc::Table& docs = m.table("docs", sc::Column("id", sc::Integer()).primary_key(),
                                  sc::Column("data", sc::JSON()));
  auto window = sc::select(sc::func::row_number().over(sc::Window{.order_by = {u.c("id")}}));
  auto filtered = sc::select(sc::func::count().filter(u.c("score") > 1));
  auto json = sc::select(docs.c("data")["a"]);
  auto full = sc::select(u.c("id"), docs.c("id"))
                  .select_from(u.outerjoin(docs, u.c("id") == docs.c("id"), true));

  const sc::SQLiteDialect v324(3024000), v329(3029000), v337(3037000), v338(3038000);
  EXPECT_FALSE(v324.supports_window_functions());
  EXPECT_THROW_MSG(window.compile(v324), sc::CompileError,
                   "window functions (OVER) needs SQLite 3.25 or later; this one is 3.24.0");
  EXPECT_NO_THROW(window.compile(v329));
  EXPECT_FALSE(v329.supports_aggregate_filter());
  EXPECT_THROW_MSG(filtered.compile(v329), sc::CompileError,
                   "FILTER (WHERE ...) on an aggregate needs SQLite 3.30 or later; this one is "
                   "3.29.0");
  EXPECT_TRUE(v337.supports_aggregate_filter());
  EXPECT_NO_THROW(filtered.compile(v337));
  // JSON: assumed from 3.38, where it is built in; the engine says what the library has.
  EXPECT_FALSE(v337.supports_json());
  EXPECT_THROW_MSG(json.compile(v337), sc::CompileError,
                   "JSON index and path access (the JSON functions) needs SQLite 3.38 (or json1 "
                   "compiled in) or later; this one is 3.37.0");
  EXPECT_TRUE(sc::SQLiteDialect(3037000, true).supports_json());
  EXPECT_NO_THROW(json.compile(sc::SQLiteDialect(3037000, true)));
  EXPECT_THROW(json.compile(sc::SQLiteDialect(3040001, false)), sc::CompileError);
  EXPECT_TRUE(v338.supports_json());
  EXPECT_FALSE(v338.supports_right_full_join());
  EXPECT_THROW_MSG(full.compile(v338), sc::CompileError,
                   "FULL OUTER JOIN needs SQLite 3.39 or later; this one is 3.38.0");
  EXPECT_TRUE(sc::SQLiteDialect(3039000).supports_right_full_join());
  EXPECT_EQ(full.compile(sc::SQLiteDialect(3039000)).sql,
            "SELECT users.id, docs.id AS id_1 \nFROM users FULL OUTER JOIN docs ON users.id = "
            "docs.id");
  // The SQLCipher build's SQLite 3.15 has none of them.
  const sc::SQLiteDialect v315(3015002);
  for (const sc::Select* s : {&window, &filtered, &json, &full})
    EXPECT_THROW(s->compile(v315), sc::CompileError);
}

TEST(SQLiteDialect, TheDefaultKnowsWhetherTheLibraryHasJson) {
  const sc::Dialect& d = sc::sqlite_dialect();
  sc::Engine engine = sc::create_engine("sqlite://");
  sc::Connection conn = engine.connect();
  bool works = true;
  try {
    conn.execute(sc::text("SELECT json_extract('{\"a\": 1}', '$.a')"));
  } catch (const sc::OperationalError&) {
    works = false;
  }
  EXPECT_EQ(d.supports_json(), works);
  EXPECT_EQ(d.supports_aggregate_filter(), d.server_version() >= 3030000);
  EXPECT_EQ(d.supports_right_full_join(), d.server_version() >= 3039000);
}
