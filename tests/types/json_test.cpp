// Tests for JSON columns: the document's text is kept, byte for byte (issue 14, item 2).
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

#include <gtest/gtest.h>

#include "support/expect.hpp"
#include "support/temp_dir.hpp"

namespace sc = sqlcore;

namespace {

const std::vector<std::string> kDocuments = {"1.50",  "1e5",       "10", "\"x\"", "null",
                                             "[1,2]", "{\"a\":1}", "-0", "1E+2",  "true"};

// Writes every document through a table declared with sc::JSON() and reads it back.
void round_trip(sc::Engine& engine) {
  sc::MetaData m;
  const sc::Table& docs =
      m.table("docs", sc::Column("id", sc::Integer()).primary_key(), sc::Column("j", sc::JSON()));
  m.create_all(engine);
  sc::Connection conn = engine.connect();
  for (std::size_t i = 0; i < kDocuments.size(); ++i)
    conn.execute(sc::insert(docs).values(
        {{"id", static_cast<std::int64_t>(i)}, {"j", sc::Value(kDocuments[i])}}));
  for (std::size_t i = 0; i < kDocuments.size(); ++i) {
    SCOPED_TRACE(kDocuments[i]);
    auto id = static_cast<std::int64_t>(i);
    EXPECT_EQ(conn.execute(sc::select(docs.c("j")).where(docs.c("id") == id)).scalar<std::string>(),
              kDocuments[i]);
    // Stored as text: SQLite did not convert it.
    EXPECT_EQ(conn.execute(sc::text("SELECT typeof(j) FROM docs WHERE id = :id"), {{"id", id}})
                  .scalar<std::string>(),
              "text");
  }
}

}  // namespace

TEST(Json, DeclaresATextAffinityNameThatReflectsBackAsJson) {
  const sc::Dialect& d = sc::sqlite_dialect();
  EXPECT_EQ(sc::JSON().compile(d), "JSON_TEXT");
  EXPECT_EQ(sc::affinity_of("JSON_TEXT"), sc::Affinity::text);
  EXPECT_EQ(sc::JSON().affinity(), sc::Affinity::text);
  EXPECT_EQ(sc::JSON().affinity(d), sc::Affinity::text);
  EXPECT_EQ(sc::JSON().visit_name(), "JSON");

  sc::Engine engine = sc::create_engine("sqlite://");
  sc::MetaData m;
  m.table("docs", sc::Column("j", sc::JSON()), sc::Column("old", sc::JSON().declared_as("JSON")));
  m.create_all(engine);
  sc::Inspector insp = sc::inspect(engine);
  auto cols = insp.get_columns("docs");
  ASSERT_EQ(cols.size(), 2u);
  EXPECT_EQ(cols[0].declared_type, "JSON_TEXT");
  EXPECT_EQ(cols[0].type.visit_name(), "JSON");
  EXPECT_EQ(cols[0].type.compile(d), "JSON_TEXT");
  EXPECT_EQ(cols[1].declared_type, "JSON");  // a column declared JSON is JSON too
  EXPECT_EQ(cols[1].type.visit_name(), "JSON");

  // MetaData::reflect keeps each declared name: the copy has the same affinities.
  sc::MetaData copy;
  copy.reflect(engine);
  EXPECT_EQ(sc::ddl_script(copy, d).find("j JSON_TEXT") != std::string::npos, true);
  EXPECT_EQ(sc::ddl_script(copy, d).find("old JSON") != std::string::npos, true);
}

TEST(Json, DocumentsRoundTripByteForByteInAFile) {
  sc::testing::TempDir dir;
  sc::Engine engine = sc::create_engine(dir.url("j.db"));
  round_trip(engine);
}

TEST(Json, DocumentsRoundTripByteForByteInMemory) {
  sc::Engine engine = sc::create_engine("sqlite://");
  round_trip(engine);
}

TEST(Json, NumbersStoredAsNumbersReadBackAsJsonText) {
  // A column declared JSON (NUMERIC affinity, as SQLAlchemy and older sqlcore create it, or
  // another tool wrote numbers): SQLite stores '1.50' as REAL 1.5, '10' as INTEGER 10 and
  // '1e5' as INTEGER 100000 (NUMERIC affinity keeps a REAL that is a whole number as INTEGER).
  sc::Engine engine = sc::create_engine("sqlite://");
  sc::Connection conn = engine.connect();
  conn.execute(sc::text("CREATE TABLE legacy (id INTEGER PRIMARY KEY, j JSON)"));
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"1.50", "1.5"}, {"1e5", "100000"}, {"2.5e0", "2.5"},   {"10", "10"},      {"-3", "-3"},
      {"0.1", "0.1"},  {"1e20", "1e+20"}, {"[1,2]", "[1,2]"}, {"\"x\"", "\"x\""}};
  for (std::size_t i = 0; i < cases.size(); ++i)
    conn.execute(sc::text("INSERT INTO legacy (id, j) VALUES (:id, :j)"),
                 {{"id", static_cast<std::int64_t>(i)}, {"j", cases[i].first}});
  conn.execute(sc::text("INSERT INTO legacy (id, j) VALUES (100, 9e999)"));  // +Inf
  EXPECT_EQ(
      conn.execute(sc::text("SELECT typeof(j) FROM legacy WHERE id = 0")).scalar<std::string>(),
      "real");
  sc::TypeMap types = {{"j", sc::JSON()}};
  for (std::size_t i = 0; i < cases.size(); ++i) {
    SCOPED_TRACE(cases[i].first);
    sc::Params id = {{"id", static_cast<std::int64_t>(i)}};
    sc::TextClause q = sc::text("SELECT j FROM legacy WHERE id = :id");
    EXPECT_EQ(conn.execute(q, id, types).scalar<std::string>(), cases[i].second);
    // Read as a Value (fetchall, Row::get<sc::Value>): the same text.
    EXPECT_EQ(conn.execute(q, id, types).scalar<sc::Value>(), sc::Value(cases[i].second));
  }
  EXPECT_EQ(conn.execute(sc::text("SELECT j FROM legacy WHERE id = 100"), {}, types)
                .scalar<std::string>(),
            "9e999");  // as SQLite's json() writes an infinity
  // A whole REAL (no affinity converts an expression's value) keeps its ".0", as Python's
  // json.dumps writes a float.
  EXPECT_EQ(
      conn.execute(sc::text("SELECT CAST(1e5 AS REAL) AS j"), {}, types).scalar<std::string>(),
      "100000.0");
  EXPECT_EQ(conn.execute(sc::text("SELECT 1e300 * 10 AS j"), {}, types).scalar<std::string>(),
            "1e+301");
  // Through a reflected table: the type map comes from the declared JSON.
  sc::MetaData m;
  m.reflect(conn);
  const sc::Table* found = m.find_table("legacy");
  ASSERT_NE(found, nullptr);
  const sc::Table& legacy = *found;
  EXPECT_EQ(
      conn.execute(sc::select(legacy.c("j")).where(legacy.c("id") == 3)).scalar<std::string>(),
      "10");
  // A std::string_view cannot point at text SQLite never stored: said, not crashed.
  int rows = 0;
  for (const auto& row : conn.execute(sc::text("SELECT j FROM legacy WHERE id = 0"), {}, types)) {
    ++rows;
    EXPECT_THROW_MSG((void)row.get<std::string_view>(0), sc::ValueError,
                     "a JSON number stored as a number: read it as std::string");
  }
  EXPECT_EQ(rows, 1);
}

TEST(Json, ABlobInAJsonColumnIsStillRefused) {
  sc::Engine engine = sc::create_engine("sqlite://");
  sc::Connection conn = engine.connect();
  conn.execute(sc::text("CREATE TABLE b (j JSON)"));
  conn.execute(sc::text("INSERT INTO b VALUES (x'00ff')"));
  EXPECT_THROW_MSG((void)conn.execute(sc::text("SELECT j FROM b"), {}, {{"j", sc::JSON()}})
                       .scalar<std::string>(),
                   sc::ValueError, "which is not text");
}
