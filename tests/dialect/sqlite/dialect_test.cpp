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
