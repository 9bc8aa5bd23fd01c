// Tests for Type values: DDL names, affinity, bind conversions (src/types/type.cpp).
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

#include <gtest/gtest.h>

#include "support/expect.hpp"
#include "support/temp_dir.hpp"
#include "types/type_impl.hpp"

namespace sc = sqlcore;

TEST(Type, AffinityFollowsSQLitesRulesInOrder) {
  struct Case {
    const char* name;
    sc::Affinity affinity;
  };
  const Case cases[] = {
      {"INTEGER", sc::Affinity::integer},
      {"XYZINTQPR", sc::Affinity::integer},
      {"CHARINT", sc::Affinity::integer},
      {"BIGINT", sc::Affinity::integer},
      {"VARCHAR(30)", sc::Affinity::text},
      {"NCHAR", sc::Affinity::text},
      {"CLOB", sc::Affinity::text},
      {"text", sc::Affinity::text},
      {"BLOB", sc::Affinity::blob},
      {"", sc::Affinity::blob},
      {"REAL", sc::Affinity::real},
      {"FLOAT", sc::Affinity::real},
      {"DOUBLE PRECISION", sc::Affinity::real},
      {"NUMERIC", sc::Affinity::numeric},
      {"DATETIME", sc::Affinity::numeric},
      {"BOOLEAN", sc::Affinity::numeric},
      {"FLOATING POINT", sc::Affinity::integer},  // "INT" in POINT wins (SQLite's own example)
      {"STRING", sc::Affinity::numeric},
  };
  for (const auto& c : cases) EXPECT_EQ(sc::affinity_of(c.name), c.affinity) << c.name;
}

TEST(Type, CompilesAsSQLAlchemyOnSQLite) {
  const sc::Dialect& d = sc::sqlite_dialect();
  EXPECT_EQ(sc::String(50).compile(d), "VARCHAR(50)");
  EXPECT_EQ(sc::String().compile(d), "VARCHAR");
  EXPECT_EQ(sc::Numeric(10, 2).compile(d), "NUMERIC(10, 2)");
  EXPECT_EQ(sc::Boolean().compile(d), "BOOLEAN");
  EXPECT_EQ(sc::LargeBinary().compile(d), "BLOB");
  EXPECT_EQ(sc::Enum({"a", "bbb"}).compile(d), "VARCHAR(3)");
  EXPECT_EQ(sc::BigInteger().compile(d), "BIGINT");
  EXPECT_EQ(sc::BigInteger().with_variant(sc::Integer(), "sqlite").compile(d), "INTEGER");
  EXPECT_EQ(sc::DateTime().compile(d), "DATETIME");
  EXPECT_THROW_MSG(sc::NullType().compile(d), sc::CompileError,
                   "Can't generate DDL for NullType()");
  EXPECT_EQ(sc::TEXT(20).compile(d), "TEXT(20)");
}

TEST(Type, BindChecksTheCppType) {
  EXPECT_EQ(sc::Integer().bind(sc::Value(true)), sc::Value(1));
  EXPECT_EQ(sc::Boolean().bind(sc::Value(false)), sc::Value(0));
  EXPECT_THROW_MSG(sc::Integer().bind(sc::Value("x"), "id"), sc::ValueError,
                   "parameter 'id': text 'x' is not valid for a INTEGER column");
  EXPECT_THROW_MSG(sc::Enum({"a", "b"}).bind(sc::Value("c"), "e"), sc::ValueError,
                   "'c' is not one of the Enum values (a, b)");
  EXPECT_THROW_MSG(sc::Boolean().bind(sc::Value(2), "f"), sc::ValueError, "not a boolean");
  EXPECT_EQ(sc::Numeric(10, 2).bind(sc::Value(sc::Decimal("12.50"))), sc::Value("12.50"));
  EXPECT_TRUE(sc::Text().bind(sc::Value()).is_null());
}

TEST(Type, BadFormatsAndRegexpsFailWhenTheTypeIsMade) {
  EXPECT_THROW_MSG(sc::DATE({.storage_format = "%(year)04d-%(hour)02d"}), sc::ArgumentError,
                   "key 'hour' is not a field of this type");
  EXPECT_THROW_MSG(sc::DATETIME({.regexp = "(\\d+"}), sc::ArgumentError, "invalid regexp");
  EXPECT_THROW_MSG(sc::TIME({.storage_format = "%(hour)02d", .truncate_microseconds = true}),
                   sc::ArgumentError, "either truncate_microseconds or storage_format");
  EXPECT_THROW_MSG(sc::Enum({}), sc::ArgumentError, "at least one value");
  EXPECT_THROW_MSG(sc::String(-1), sc::ArgumentError, "length must not be negative");
}

TEST(Type, CharSuffixKeepsTextAffinityForDigitOnlyFormats) {
  const sc::Dialect& d = sc::sqlite_dialect();
  // SQLAlchemy 1.4's rule: only a format that writes nothing but digits needs _CHAR.
  EXPECT_EQ(sc::DATE({.storage_format = "%(year)04d%(month)02d%(day)02d"}).compile(d), "DATE_CHAR");
  EXPECT_EQ(sc::TIME({.storage_format = "%(hour)02d%(minute)02d%(second)02d"}).compile(d),
            "TIME_CHAR");
  EXPECT_EQ(sc::DATETIME({.storage_format = "%(year)04d%(month)02d%(day)02d%(hour)02d"}).compile(d),
            "DATETIME_CHAR");
  EXPECT_EQ(sc::DATE({.storage_format = "%(month)02d/%(day)02d/%(year)04d"}).compile(d), "DATE");
  EXPECT_EQ(sc::affinity_of("DATE_CHAR"), sc::Affinity::text);
}

namespace {
struct Stored : ::testing::Test {
  Stored() : engine(sc::create_engine(dir.url("s.db"))), conn(engine.connect()) {
    conn.execute(sc::text(
        "CREATE TABLE events (id INTEGER PRIMARY KEY, d DATE, t TIME, dt DATETIME, "
        "amount NUMERIC(10, 2), big NUMERIC(30, 10), flag BOOLEAN, payload JSON, bin BLOB)"));
  }
  std::string read_error(const std::string& column, const sc::Type& type) {
    auto r = conn.execute(sc::text("SELECT " + column + " FROM events"), {}, {{column, type}});
    try {
      (void)r.fetchall();
    } catch (const sc::ValueError& e) {
      return e.what();
    }
    return "no error";
  }
  sc::testing::TempDir dir;
  sc::Engine engine;
  sc::Connection conn;
};
}  // namespace

TEST_F(Stored, ValuesThatDoNotParseNameTheColumnAndTheText) {
  for (const char* bad : {"2011-13-45", "garbage"}) {
    conn.execute(sc::text("DELETE FROM events"));
    conn.execute(sc::text("INSERT INTO events (d, dt) VALUES (:v, :v)"), {{"v", bad}});
    std::string e = read_error("d", sc::Date());
    EXPECT_NE(e.find("column 'events.d'"), std::string::npos) << e;
    EXPECT_NE(e.find(std::string("text '") + bad + "'"), std::string::npos) << e;
    EXPECT_NE(read_error("dt", sc::DateTime()).find("not a valid DATETIME"), std::string::npos);
  }
  conn.execute(sc::text("DELETE FROM events"));
  conn.execute(sc::text("INSERT INTO events (d) VALUES (20110315)"));  // a number in a DATE column
  EXPECT_NE(read_error("d", sc::Date()).find("holds integer 20110315, which is not DATE text"),
            std::string::npos);
  conn.execute(sc::text("UPDATE events SET t = '12:05:57 trailing'"));
  EXPECT_NE(read_error("t", sc::Time()).find("'12:05:57 trailing'"), std::string::npos);
}

TEST_F(Stored, EveryTypeRoundTrips) {
  using namespace std::chrono;
  sc::TypeMap types = {{"d", sc::Date()},         {"t", sc::Time()},
                       {"dt", sc::DateTime()},    {"amount", sc::Numeric(10, 2)},
                       {"flag", sc::Boolean()},   {"payload", sc::JSON()},
                       {"bin", sc::LargeBinary()}};
  sc::Timestamp when = time_point_cast<microseconds>(sys_days{year{1492} / 10 / 12}) + hours{6};
  conn.execute(sc::text("INSERT INTO events (d, t, dt, amount, flag, payload, bin) "
                        "VALUES (:d, :t, :dt, :amount, :flag, :payload, :bin)"),
               {{"d", year{1899} / 12 / 31},
                {"t", sc::TimeOfDay{23, 59, 59, 1}},
                {"dt", when},
                {"amount", sc::Decimal("12.50")},
                {"flag", true},
                {"payload", R"({"a": [1, 2]})"},
                {"bin", sc::Blob{std::byte{0}, std::byte{0xff}}}},
               types);
  auto r =
      conn.execute(sc::text("SELECT d, t, dt, amount, flag, payload, bin FROM events"), {}, types);
  for (const auto& row : r) {
    EXPECT_EQ(row.get<year_month_day>("d"), year{1899} / 12 / 31);
    EXPECT_EQ(row.get<sc::TimeOfDay>("t"), (sc::TimeOfDay{23, 59, 59, 1}));
    EXPECT_EQ(row.get<sc::Timestamp>("dt"), when);
    EXPECT_EQ(row.get<sc::Decimal>("amount"), sc::Decimal("12.50"));  // the column's scale
    EXPECT_TRUE(row.get<bool>("flag"));
    EXPECT_EQ(row.get<std::string>("payload"), R"({"a": [1, 2]})");
    EXPECT_EQ(row.get<sc::Blob>("bin"), (sc::Blob{std::byte{0}, std::byte{0xff}}));
  }
  // What SQLite stores for a Decimal in a NUMERIC column: its NUMERIC affinity makes it REAL.
  EXPECT_EQ(conn.execute(sc::text("SELECT typeof(amount) FROM events")).scalar<std::string>(),
            "real");
}

TEST(Decimal, CanonicalText) {
  EXPECT_EQ(sc::Decimal("12.50").str(), "12.50");
  EXPECT_EQ(sc::Decimal("-0.0").str(), "0.0");
  EXPECT_EQ(sc::Decimal("1e-7").str(), "0.0000001");
  EXPECT_EQ(sc::Decimal("+007").str(), "7");
  EXPECT_EQ(sc::Decimal("1.5E3").str(), "1500");
  EXPECT_THROW_MSG(sc::Decimal("12,5"), sc::ArgumentError, "'12,5' is not a decimal number");
  EXPECT_THROW(sc::Decimal(""), sc::ArgumentError);
  EXPECT_THROW(sc::Decimal("."), sc::ArgumentError);
}

TEST(Type, BindsAsIsOnlyWhereBindGivesTheValueBack) {
  // The bulk insert path skips Type::bind where binds_as_is says the value needs nothing: it
  // must never skip a conversion or a check.
  std::vector<sc::Type> types = {sc::Integer(),  sc::Boolean(), sc::Float(),     sc::Numeric(10, 2),
                                 sc::String(5),  sc::Text(),    sc::Enum({"a"}), sc::LargeBinary(),
                                 sc::DateTime(), sc::Date(),    sc::Time(),      sc::NullType(),
                                 sc::JSON()};
  std::vector<sc::Value> values = {sc::Value(),
                                   sc::Value(7),
                                   sc::Value(0),
                                   sc::Value(1),
                                   sc::Value(true),
                                   sc::Value(2.5),
                                   sc::Value("a"),
                                   sc::Value("zz"),
                                   sc::Value(sc::Blob{std::byte{1}, std::byte{2}}),
                                   sc::Value(sc::Timestamp{})};
  int skipped = 0;
  for (const sc::Type& t : types)
    for (const sc::Value& v : values) {
      if (!sc::detail::binds_as_is(t.impl(), v)) continue;
      ++skipped;
      EXPECT_EQ(t.bind(v), v) << t.visit_name() << " " << v.describe();
    }
  EXPECT_GT(skipped, 10);
}

TEST(Type, AffinityNeedsNoDialectAndAgreesWithTheCompiledName) {
  std::vector<sc::Type> all = {
      sc::Integer(),
      sc::BigInteger(),
      sc::SmallInteger(),
      sc::Boolean(),
      sc::Float(),
      sc::Numeric(10, 2),
      sc::String(50),
      sc::Text(),
      sc::Unicode(20),
      sc::UnicodeText(),
      sc::LargeBinary(),
      sc::Date(),
      sc::Time(),
      sc::DateTime(),
      sc::JSON(),
      sc::Enum({"a"}),
      sc::INTEGER(),
      sc::BIGINT(),
      sc::SMALLINT(),
      sc::BOOLEAN(),
      sc::FLOAT(),
      sc::REAL(),
      sc::NUMERIC(),
      sc::DECIMAL(5, 1),
      sc::CHAR(3),
      sc::VARCHAR(),
      sc::NCHAR(2),
      sc::NVARCHAR(),
      sc::TEXT(),
      sc::CLOB(),
      sc::BLOB(),
      sc::DATE(),
      sc::TIME(),
      sc::DATETIME(),
      sc::TIMESTAMP(),
      sc::DATE(sc::DateOptions{.storage_format = "%(year)04d%(month)02d%(day)02d"}),
      sc::DATE(sc::DateOptions{.storage_format = "%(month)02d/%(day)02d/%(year)04d"}),
      sc::BigInteger().with_variant(sc::Integer(), "sqlite"),
      sc::String().with_variant(sc::BLOB(), "sqlite")};
  for (const sc::Type& t : all)
    EXPECT_EQ(t.affinity(), t.affinity(sc::sqlite_dialect())) << t.compile(sc::sqlite_dialect());
  EXPECT_EQ(
      sc::DATE(sc::DateOptions{.storage_format = "%(year)04d%(month)02d%(day)02d"}).affinity(),
      sc::Affinity::text);  // DATE_CHAR
  EXPECT_EQ(sc::DateTime().affinity(), sc::Affinity::numeric);
  EXPECT_EQ(sc::NullType().affinity(), sc::Affinity::blob);
  EXPECT_EQ(sc::String().with_variant(sc::BLOB(), "sqlite").affinity(), sc::Affinity::blob);
}
