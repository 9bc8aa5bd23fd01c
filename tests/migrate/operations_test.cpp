// Tests for Alembic's operations on SQLite (src/migrate/operations.cpp): each change on a real
// file keeps every row (rowids included), integrity_check is ok and foreign_key_check empty.
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

#include <gtest/gtest.h>

#include "support/capability.hpp"
#include "support/db_state.hpp"
#include "support/temp_dir.hpp"

namespace sc = sqlcore;
namespace st = sqlcore::testing;

namespace {

struct Db {
  st::TempDir dir;
  sc::Engine engine;
  sc::Connection conn;
  explicit Db(const std::string& sql)
      : engine(sc::create_engine(dir.url("ops.db"))), conn(engine.connect()) {
    sc::Transaction tx = conn.begin();
    conn.raw().exec(sql);
    tx.commit();
  }
};

// Every row of `select` as text, cells joined by '|' (quote() in the SELECT keeps the storage
// class visible: '12' vs 12).
std::vector<std::string> values(sc::Connection& conn, const std::string& select) {
  std::vector<std::string> out;
  for (const sc::Row& row : conn.exec_driver_sql(select)) {
    std::string line;
    for (int i = 0; i < row.size(); ++i) {
      const sc::Value v = row.get<sc::Value>(i);
      std::string cell = "NULL";
      if (const auto* n = v.get_if<std::int64_t>()) cell = std::to_string(*n);
      if (const auto* d = v.get_if<double>()) cell = std::to_string(*d);
      if (const auto* t = v.get_if<std::string>()) cell = *t;
      line += (i ? "|" : "") + cell;
    }
    out.push_back(line);
  }
  return out;
}

std::string table_sql(sc::Connection& conn, const std::string& name) {
  return conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = :n", {{"n", name}})
      .scalar<std::string>()
      .value_or("");
}

void expect_healthy(sc::Connection& conn) {
  EXPECT_EQ(st::integrity(conn), "ok");
  EXPECT_TRUE(st::foreign_key_violations(conn).empty());
  EXPECT_FALSE(conn.in_transaction());
  EXPECT_EQ(conn.exec_driver_sql("PRAGMA foreign_keys").scalar<std::int64_t>(), 1);
}

// Checks that `fn` throws E whose message holds every one of `words`.
template <class E, class F>
void expect_error(F fn, std::initializer_list<std::string> words) {
  try {
    fn();
    ADD_FAILURE() << "no exception";
  } catch (const E& e) {
    for (const auto& w : words)
      EXPECT_NE(std::string(e.what()).find(w), std::string::npos) << e.what();
  }
}

const char* kPeople =
    "CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT, age TEXT, city TEXT);"
    "CREATE INDEX ix_person_city ON person (city);"
    "INSERT INTO person (id, name, age, city) VALUES (1, 'ann', '12', 'oslo'), (3, 'bob', "
    "'3.5', NULL), (7, NULL, 'abc', 'rome'), (9, 'eve', NULL, 'oslo');";

TEST(Operations, AddNotNullColumnWithDefaultIsAnAlter) {
  Db db(kPeople);
  const auto before =
      values(db.conn, "SELECT _rowid_, quote(name), quote(age), quote(city) FROM person");
  sc::Operations ops(db.conn);
  ops.add_column("person",
                 sc::Column("score", sc::Integer()).nullable(false).server_default(sc::text("0")));
  EXPECT_NE(table_sql(db.conn, "person").find("score INTEGER DEFAULT 0 NOT NULL"),
            std::string::npos);
  // ALTER TABLE appends to the stored text; a rebuild would have written it anew.
  EXPECT_EQ(table_sql(db.conn, "person").rfind("CREATE TABLE person (id INTEGER PRIMARY KEY", 0),
            0u);
  EXPECT_EQ(values(db.conn, "SELECT _rowid_, quote(name), quote(age), quote(city) FROM person"),
            before);
  EXPECT_EQ(values(db.conn, "SELECT score FROM person"),
            (std::vector<std::string>{"0", "0", "0", "0"}));
  expect_healthy(db.conn);
}

TEST(Operations, AddColumnSQLiteCannotAddIsARebuild) {
  Db db(kPeople);
  const auto before =
      values(db.conn, "SELECT _rowid_, quote(name), quote(age), quote(city) FROM person");
  sc::Operations ops(db.conn);
  // UNIQUE and a non-constant default: ADD COLUMN refuses both.
  ops.add_column("person", sc::Column("code", sc::String(10)).unique());
  ops.add_column("person",
                 sc::Column("seen", sc::Text()).server_default(sc::text("CURRENT_TIMESTAMP")));
  EXPECT_EQ(values(db.conn, "SELECT _rowid_, quote(name), quote(age), quote(city) FROM person"),
            before);
  EXPECT_EQ(table_sql(db.conn, "person").rfind("CREATE TABLE \"person\" (\n\t", 0), 0u);
  EXPECT_EQ(values(db.conn, "SELECT count(*) FROM person WHERE seen IS NOT NULL AND code IS NULL"),
            (std::vector<std::string>{"4"}));
  EXPECT_EQ(values(db.conn, "SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name"),
            (std::vector<std::string>{"ix_person_city", "sqlite_autoindex_person_1"}));
  expect_healthy(db.conn);
}

TEST(Operations, DropColumnUsedByIndexViewAndTrigger) {
  Db db(std::string(kPeople) +
        "CREATE TABLE audit (msg TEXT);"
        "CREATE VIEW in_oslo AS SELECT name FROM person WHERE city = 'oslo';"
        "CREATE TRIGGER person_city AFTER UPDATE OF city ON person BEGIN INSERT INTO audit VALUES "
        "(new.name); END;");
  const auto schema = st::schema_rows(db.conn);
  const auto rows = st::table_rows(db.conn);
  sc::Operations ops(db.conn);
  expect_error<sc::MigrationError>([&] { ops.drop_column("person", "city"); },
                                   {"view 'in_oslo'", "person.city"});
  EXPECT_EQ(st::schema_rows(db.conn), schema);
  db.conn.raw().exec("DROP VIEW in_oslo; CREATE VIEW in_oslo AS SELECT name FROM person;");
  expect_error<sc::MigrationError>([&] { ops.drop_column("person", "city"); },
                                   {"trigger 'person_city'"});
  EXPECT_EQ(st::table_rows(db.conn), rows);
  db.conn.raw().exec("DROP TRIGGER person_city");
  const auto before = values(db.conn, "SELECT _rowid_, quote(name), quote(age) FROM person");
  ops.drop_column("person", "city");
  EXPECT_EQ(values(db.conn, "SELECT _rowid_, quote(name), quote(age) FROM person"), before);
  EXPECT_EQ(table_sql(db.conn, "person").find("city"), std::string::npos);
  EXPECT_EQ(table_sql(db.conn, "ix_person_city"), "");  // the index went with its column
  EXPECT_EQ(values(db.conn, "SELECT count(*) FROM in_oslo"), (std::vector<std::string>{"4"}));
  expect_healthy(db.conn);
}

TEST(Operations, DropColumnNothingUsesIsAnAlterOrARebuild) {
  Db db(kPeople);
  const auto before = values(db.conn, "SELECT _rowid_, quote(name), quote(city) FROM person");
  sc::Operations(db.conn).drop_column("person", "age");
  EXPECT_EQ(values(db.conn, "SELECT _rowid_, quote(name), quote(city) FROM person"), before);
  EXPECT_EQ(table_sql(db.conn, "person").find("age"), std::string::npos);
  // SQLite 3.35+ drops it by ALTER TABLE (the stored text kept), older ones by the rebuild.
  EXPECT_EQ(table_sql(db.conn, "person").rfind("CREATE TABLE person (", 0) == 0,
            sc::sqlite_dialect().supports_drop_column());
  expect_healthy(db.conn);
}

TEST(Operations, AlterColumnTypeConvertsWhatAffinityConverts) {
  Db db(kPeople);
  sc::Operations(db.conn).alter_column("person", "age", sc::AlterColumn{.type = sc::Integer()});
  // '12' becomes 12, '3.5' becomes 3.5 (INTEGER affinity keeps a REAL that is not whole),
  // 'abc' stays text, NULL stays NULL: nothing lost.
  EXPECT_EQ(
      values(db.conn, "SELECT _rowid_, typeof(age), quote(age) FROM person"),
      (std::vector<std::string>{"1|integer|12", "3|real|3.5", "7|text|'abc'", "9|null|NULL"}));
  EXPECT_NE(table_sql(db.conn, "person").find("age INTEGER"), std::string::npos);
  EXPECT_NE(table_sql(db.conn, "ix_person_city"), "");
  expect_healthy(db.conn);
}

TEST(Operations, NotNullRefusedWhileNullsExistAndFilledWithADefault) {
  Db db(kPeople);
  const auto schema = st::schema_rows(db.conn);
  const auto rows = st::table_rows(db.conn);
  sc::Operations ops(db.conn);
  expect_error<sc::MigrationError>(
      [&] { ops.alter_column("person", "name", sc::AlterColumn{.nullable = false}); },
      {"person", "'name'", "1 row"});
  EXPECT_EQ(st::schema_rows(db.conn), schema);
  EXPECT_EQ(st::table_rows(db.conn), rows);
  ops.alter_column("person", "name",
                   sc::AlterColumn{.nullable = false, .server_default = "'nobody'"});
  EXPECT_EQ(values(db.conn, "SELECT _rowid_, name FROM person"),
            (std::vector<std::string>{"1|ann", "3|bob", "7|nobody", "9|eve"}));
  expect_error<sc::IntegrityError>(
      [&] { db.conn.raw().exec("INSERT INTO person (name) VALUES (NULL)"); }, {"NOT NULL"});
  expect_healthy(db.conn);
}

const char* kShop =
    "CREATE TABLE parent (id INTEGER PRIMARY KEY AUTOINCREMENT, code TEXT UNIQUE, qty INTEGER);"
    "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent (id) ON "
    "DELETE CASCADE, parent_code TEXT REFERENCES parent (code));"
    "INSERT INTO parent (code, qty) VALUES ('a', 1), ('b', 2), ('c', 3), ('d', 4);"
    "DELETE FROM parent WHERE id = 4;"
    "INSERT INTO child (parent_id, parent_code) VALUES (1, 'a'), (1, 'a'), (2, 'b'), (3, 'c');";

TEST(Operations, RenameColumnAndTableThatForeignKeysPointTo) {
  Db db(kShop);
  const auto rows = st::table_rows(db.conn);
  sc::Operations ops(db.conn);
  if (!sc::sqlite_dialect().supports_rename_column()) {
    // Before 3.25 the rebuild cannot rewrite child.parent_code's REFERENCES: refused.
    expect_error<sc::MigrationError>([&] { ops.rename_column("parent", "code", "ref"); },
                                     {"child.parent_code"});
    GTEST_SKIP() << "no RENAME COLUMN before SQLite 3.25";
  }
  ops.rename_column("parent", "code", "ref");
  ops.rename_table("parent", "owner");
  EXPECT_NE(table_sql(db.conn, "child").find("REFERENCES \"owner\" (\"ref\")"), std::string::npos)
      << table_sql(db.conn, "child");
  auto after = st::table_rows(db.conn);
  EXPECT_EQ(after.at("owner"), rows.at("parent"));
  EXPECT_EQ(after.at("child"), rows.at("child"));
  EXPECT_EQ(st::sequences(db.conn).at("owner"), 4);
  expect_healthy(db.conn);
  expect_error<sc::IntegrityError>(
      [&] { db.conn.raw().exec("INSERT INTO child (parent_code) VALUES ('zz')"); },
      {"FOREIGN KEY"});
  db.conn.raw().exec("DELETE FROM owner WHERE id = 1");  // the cascade still works
  EXPECT_EQ(values(db.conn, "SELECT count(*) FROM child"), (std::vector<std::string>{"2"}));
}

TEST(Operations, ParentOfCascadeRebuiltWithoutDeletingAnyChild) {
  Db db(kShop);
  const auto rows = st::table_rows(db.conn);
  const auto seq = st::sequences(db.conn);
  sc::Operations(db.conn).alter_column("parent", "qty", sc::AlterColumn{.type = sc::BigInteger()});
  EXPECT_EQ(st::table_rows(db.conn), rows);
  EXPECT_EQ(st::sequences(db.conn), seq);  // 4, above max(id) 3
  db.conn.raw().exec("INSERT INTO parent (code) VALUES ('e')");
  EXPECT_EQ(values(db.conn, "SELECT max(id) FROM parent"), (std::vector<std::string>{"5"}));
  expect_healthy(db.conn);
}

TEST(Operations, AddAndDropCheckUniqueAndForeignKey) {
  Db db(kShop +
        std::string("CREATE TABLE tag (name TEXT PRIMARY KEY); INSERT INTO tag VALUES ('x');"
                    "ALTER TABLE child ADD COLUMN tag TEXT;"));
  const auto rows = st::table_rows(db.conn);
  sc::Operations ops(db.conn);
  ops.create_check_constraint("ck_qty", "parent", "qty > 0");
  ops.create_unique_constraint("uq_child_pair", "child", {"id", "parent_id"});
  ops.create_foreign_key("fk_child_tag", "child", "tag", {"tag"}, {"name"});
  EXPECT_NE(table_sql(db.conn, "parent").find("CONSTRAINT ck_qty CHECK (qty > 0)"),
            std::string::npos);
  EXPECT_NE(table_sql(db.conn, "child").find("CONSTRAINT uq_child_pair UNIQUE"), std::string::npos);
  EXPECT_NE(table_sql(db.conn, "child").find("CONSTRAINT fk_child_tag FOREIGN KEY"),
            std::string::npos);
  expect_error<sc::IntegrityError>([&] { db.conn.raw().exec("UPDATE parent SET qty = 0"); },
                                   {"CHECK"});
  expect_error<sc::IntegrityError>([&] { db.conn.raw().exec("UPDATE child SET tag = 'nope'"); },
                                   {"FOREIGN KEY"});
  EXPECT_EQ(st::table_rows(db.conn), rows);
  expect_healthy(db.conn);
  ops.drop_constraint("ck_qty", "parent");
  ops.drop_constraint("uq_child_pair", "child");
  ops.drop_constraint("fk_child_tag", "child");
  // The unnamed UNIQUE on parent.code, given by what it is; child's foreign key to it first.
  expect_error<sc::ArgumentError>([&] { ops.drop_constraint("uq_nope", "parent"); },
                                  {"no constraint named 'uq_nope'", "unnamed UNIQUE (code)"});
  EXPECT_EQ(table_sql(db.conn, "parent").find("ck_qty"), std::string::npos);
  EXPECT_EQ(table_sql(db.conn, "child").find("uq_child_pair"), std::string::npos);
  EXPECT_EQ(table_sql(db.conn, "child").find("fk_child_tag"), std::string::npos);
  db.conn.raw().exec("UPDATE parent SET qty = 0 WHERE id = 1");
  db.conn.raw().exec("UPDATE parent SET qty = 1 WHERE id = 1");
  EXPECT_EQ(st::table_rows(db.conn), rows);
  expect_healthy(db.conn);
}

TEST(Operations, NewUniqueViolatedHalfWayChangesNothing) {
  Db db(kShop + std::string("CREATE VIEW big AS SELECT * FROM parent WHERE qty > 1;"));
  db.conn.raw().exec("UPDATE parent SET qty = 2");
  const auto schema = st::schema_rows(db.conn);
  const auto rows = st::table_rows(db.conn);
  const auto seq = st::sequences(db.conn);
  sc::Operations ops(db.conn);
  expect_error<sc::IntegrityError>(
      [&] { ops.create_unique_constraint("uq_qty", "parent", {"qty"}); }, {"UNIQUE"});
  EXPECT_EQ(st::schema_rows(db.conn), schema);
  EXPECT_EQ(st::table_rows(db.conn), rows);
  EXPECT_EQ(st::sequences(db.conn), seq);
  expect_healthy(db.conn);
}

TEST(Operations, ViewsAndTriggersOnARebuiltTableStillWork) {
  Db db(kShop +
        std::string("CREATE TABLE log (msg TEXT);"
                    "CREATE VIEW parent_codes AS SELECT p.code, count(c.id) AS n FROM parent p "
                    "LEFT JOIN child c ON c.parent_id = p.id GROUP BY p.code;"
                    "CREATE TRIGGER parent_log AFTER INSERT ON parent BEGIN INSERT INTO log "
                    "VALUES (new.code); END;"
                    "CREATE TRIGGER child_log AFTER INSERT ON child BEGIN INSERT INTO log SELECT "
                    "code FROM parent WHERE id = new.parent_id; END;"));
  const auto view_before = values(db.conn, "SELECT * FROM parent_codes ORDER BY code");
  sc::Operations(db.conn).batch_alter_table("parent", [](sc::BatchOperations& b) {
    b.add_column(sc::Column("note", sc::Text()).server_default("none"));
    b.alter_column(
        "qty", sc::AlterColumn{.type = sc::Integer(), .nullable = false, .server_default = "0"});
    b.create_index(sc::Index("ix_parent_qty", {"qty"}));
  });
  EXPECT_EQ(values(db.conn, "SELECT * FROM parent_codes ORDER BY code"), view_before);
  db.conn.raw().exec(
      "INSERT INTO parent (code) VALUES ('z'); INSERT INTO child (parent_id) VALUES (5);");
  EXPECT_EQ(values(db.conn, "SELECT msg FROM log"), (std::vector<std::string>{"z", "z"}));
  EXPECT_EQ(values(db.conn, "SELECT note, qty FROM parent WHERE code = 'z'"),
            (std::vector<std::string>{"none|0"}));
  EXPECT_NE(table_sql(db.conn, "ix_parent_qty"), "");
  expect_healthy(db.conn);
}

TEST(Operations, WithoutRowidAndStrictOnAndOff) {
  Db db(kPeople);
  const auto before =
      values(db.conn, "SELECT id, quote(name), quote(age), quote(city) FROM person ORDER BY id");
  sc::Operations ops(db.conn);
  ops.batch_alter_table("person",
                        [](sc::BatchOperations& b) { b.set_option(sc::sqlite_with_rowid(false)); });
  EXPECT_NE(table_sql(db.conn, "person").find("WITHOUT ROWID"), std::string::npos);
  ops.batch_alter_table("person",
                        [](sc::BatchOperations& b) { b.set_option(sc::sqlite_with_rowid(true)); });
  EXPECT_EQ(table_sql(db.conn, "person").find("WITHOUT ROWID"), std::string::npos);
  EXPECT_EQ(
      values(db.conn, "SELECT id, quote(name), quote(age), quote(city) FROM person ORDER BY id"),
      before);
  expect_healthy(db.conn);
  if (!sc::sqlite_dialect().supports_strict_tables())
    GTEST_SKIP() << "no STRICT before SQLite 3.37";
  ops.batch_alter_table("person", [](sc::BatchOperations& b) {
    b.alter_column("age", sc::AlterColumn{.type = sc::Text()});
    b.set_option(sc::sqlite_strict(true));
  });
  EXPECT_NE(table_sql(db.conn, "person").find("STRICT"), std::string::npos);
  ops.batch_alter_table("person",
                        [](sc::BatchOperations& b) { b.set_option(sc::sqlite_strict(false)); });
  EXPECT_EQ(table_sql(db.conn, "person").find("STRICT"), std::string::npos);
  EXPECT_EQ(
      values(db.conn, "SELECT id, quote(name), quote(age), quote(city) FROM person ORDER BY id"),
      before);
  expect_healthy(db.conn);
}

TEST(Operations, BadInputIsNamedBeforeAnythingRuns) {
  Db db(kPeople);
  const auto schema = st::schema_rows(db.conn);
  sc::Operations ops(db.conn);
  expect_error<sc::NoSuchTableError>(
      [&] { ops.add_column("nope", sc::Column("x", sc::Integer())); }, {"nope"});
  expect_error<sc::ArgumentError>(
      [&] { ops.add_column("person", sc::Column("NAME", sc::Integer())); },
      {"person", "already has a column 'NAME'"});
  expect_error<sc::ArgumentError>([&] { ops.drop_column("person", "nope"); }, {"no column 'nope'"});
  expect_error<sc::ArgumentError>([&] { ops.rename_column("person", "name", "city"); }, {"'city'"});
  expect_error<sc::ArgumentError>([&] { ops.drop_index("ix_nope"); }, {"ix_nope"});
  expect_error<sc::ArgumentError>([&] { ops.drop_column("person", "id"); }, {"primary key"});
  expect_error<sc::NoSuchTableError>(
      [&] { ops.create_foreign_key("fk", "person", "ghost", {"city"}, {"id"}); }, {"ghost"});
  expect_error<sc::ArgumentError>(
      [&] {
        ops.batch_alter_table("person", [](sc::BatchOperations& b) {
          b.add_column(sc::Column("x", sc::Integer()));
          b.alter_column("ghost", {});
        });
      },
      {"no column 'ghost'"});
  EXPECT_EQ(st::schema_rows(db.conn), schema);
}

TEST(Operations, InsideOpenTransaction) {
  Db db(kShop +
        std::string("CREATE TABLE solo (a INTEGER, b TEXT); INSERT INTO solo VALUES (1, 'x');"));
  const auto schema = st::schema_rows(db.conn);
  sc::Operations ops(db.conn);
  sc::Transaction tx = db.conn.begin();
  expect_error<sc::MigrationError>(
      [&] { ops.alter_column("parent", "qty", sc::AlterColumn{.type = sc::Text()}); },
      {"foreign_keys=OFF"});
  ops.alter_column("solo", "a", sc::AlterColumn{.type = sc::Text()});  // nothing refers to it
  ops.add_column("parent", sc::Column("extra", sc::Integer()));        // an ALTER
  EXPECT_TRUE(db.conn.in_transaction());
  tx.rollback();
  EXPECT_EQ(st::schema_rows(db.conn), schema);
}

TEST(Operations, IndexesCreatedAndDropped) {
  Db db(kPeople);
  sc::Operations ops(db.conn);
  ops.create_index("person", sc::Index("ix_person_name", {"name"}).unique());
  EXPECT_NE(table_sql(db.conn, "ix_person_name").find("CREATE UNIQUE INDEX"), std::string::npos);
  ops.drop_index("ix_person_name");
  ops.drop_index("ix_person_city");
  EXPECT_EQ(values(db.conn, "SELECT count(*) FROM sqlite_master WHERE type = 'index'"),
            (std::vector<std::string>{"0"}));
  expect_healthy(db.conn);
}

TEST(Operations, CreateAndDropTable) {
  Db db(kShop);
  sc::MetaData m;
  const sc::Table& t = m.table("note", sc::Column("id", sc::Integer()).primary_key(),
                               sc::Column("body", sc::Text()).index());
  sc::Operations ops(db.conn);
  ops.create_table(t);
  EXPECT_NE(table_sql(db.conn, "ix_note_body"), "");
  expect_error<sc::ArgumentError>([&] { ops.create_table(t); }, {"'note' already exists"});
  ops.drop_table("note");
  EXPECT_EQ(table_sql(db.conn, "note"), "");
  // Dropping a parent its children still point at is refused, and cascades to nothing.
  const auto rows = st::table_rows(db.conn);
  expect_error<sc::IntegrityError>([&] { ops.drop_table("parent"); }, {"foreign_key_check"});
  EXPECT_EQ(st::table_rows(db.conn), rows);
  expect_healthy(db.conn);
}

TEST(Operations, InMemoryDatabase) {
  sc::Engine engine = sc::create_engine("sqlite://");
  sc::Connection conn = engine.connect();
  conn.raw().exec(kPeople);
  const auto before = values(conn, "SELECT _rowid_, quote(name) FROM person");
  sc::Operations(conn).batch_alter_table("person", [](sc::BatchOperations& b) {
    b.drop_column("age");
    b.alter_column("city", sc::AlterColumn{.new_name = "town"});
  });
  EXPECT_EQ(values(conn, "SELECT _rowid_, quote(name) FROM person"), before);
  EXPECT_EQ(values(conn, "SELECT town FROM person WHERE id = 1"),
            (std::vector<std::string>{"oslo"}));
  EXPECT_NE(table_sql(conn, "ix_person_city").find("town"), std::string::npos);
  expect_healthy(conn);
}

}  // namespace
