// Tests for dates others wrote, server defaults in the type's own format, the year range and
// storage formats that must write every field (issue 14, items 3 and 7).
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

#include <limits>

#include <gtest/gtest.h>

#include "support/expect.hpp"
#include "support/temp_dir.hpp"

namespace sc = sqlcore;
using namespace std::chrono;

namespace {

std::string bind_error(const sc::Type& t, const sc::Value& v) {
  try {
    (void)t.bind(v, "at");
  } catch (const sc::ValueError& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST(Dates, ADateColumnHoldingADateTimeReadsAsItsDate) {
  sc::Engine engine = sc::create_engine("sqlite://");
  sc::Connection conn = engine.connect();
  conn.execute(sc::text("CREATE TABLE t (id INTEGER PRIMARY KEY, d DATE)"));
  const std::vector<std::string> written = {"2023-03-05 08:35:00", "2023-03-05T08:35",
                                            "2023-03-05 08:35:00.123456", "2023-03-05"};
  for (const auto& w : written) {
    SCOPED_TRACE(w);
    conn.execute(sc::text("DELETE FROM t"));
    conn.execute(sc::text("INSERT INTO t (d) VALUES (:d)"), {{"d", w}});
    EXPECT_EQ(
        conn.execute(sc::text("SELECT d FROM t"), {}, {{"d", sc::Date()}}).scalar<year_month_day>(),
        year{2023} / 3 / 5);
    // As SQLite's own date() reads it.
    EXPECT_EQ(conn.execute(sc::text("SELECT date(d) FROM t")).scalar<std::string>(), "2023-03-05");
  }
  for (const char* bad : {"2023-03-05 garbage", "2023-03-05x", "garbage", "2023-03-05 25:00"}) {
    SCOPED_TRACE(bad);
    conn.execute(sc::text("DELETE FROM t"));
    conn.execute(sc::text("INSERT INTO t (d) VALUES (:d)"), {{"d", bad}});
    EXPECT_THROW_MSG((void)conn.execute(sc::text("SELECT d FROM t"), {}, {{"d", sc::Date()}})
                         .scalar<year_month_day>(),
                     sc::ValueError, "not a valid DATE");
  }
}

TEST(ServerDefaultNow, RendersSQLiteExpressionsThatWriteTheTypesFormat) {
  EXPECT_EQ(sc::server_default_now(sc::DateTime()).sql(),
            "(strftime('%Y-%m-%d %H:%M:%f000', 'now'))");
  EXPECT_EQ(sc::server_default_now(sc::TIMESTAMP()).sql(),
            "(strftime('%Y-%m-%d %H:%M:%f000', 'now'))");
  EXPECT_EQ(sc::server_default_now(sc::Date()).sql(), "CURRENT_DATE");
  EXPECT_EQ(sc::server_default_now(sc::Time()).sql(), "(strftime('%H:%M:%f000', 'now'))");
  EXPECT_EQ(sc::server_default_now(sc::DATETIME({.truncate_microseconds = true})).sql(),
            "CURRENT_TIMESTAMP");
  EXPECT_EQ(sc::server_default_now(sc::TIME({.truncate_microseconds = true})).sql(),
            "CURRENT_TIME");
  EXPECT_EQ(
      sc::server_default_now(sc::DATE({.storage_format = "%(day)d.%(month)02d.%(year)04d 100%%'"}))
          .sql(),
      "(printf('%d.%02d.%04d 100%%''', CAST(strftime('%d', 'now') AS INTEGER), "
      "CAST(strftime('%m', 'now') AS INTEGER), CAST(strftime('%Y', 'now') AS INTEGER)))");
  EXPECT_THROW_MSG(sc::server_default_now(sc::Integer()), sc::ArgumentError,
                   "server_default_now: Integer is not a Date, Time or DateTime type");
  EXPECT_THROW(sc::server_default_now(sc::String()), sc::ArgumentError);
}

namespace {

// A table whose column `at` of `type` gets `server_default`; one row inserted with the
// default. Returns {rows equal to the value read back, rows less, rows greater}, each counted
// in SQL with the value bound as `type` binds it.
std::array<std::int64_t, 3> compare_with_itself(sc::Engine& engine, const sc::Type& type,
                                                const sc::TextClause& server_default) {
  sc::MetaData m;
  const sc::Table& t = m.table("t", sc::Column("id", sc::Integer()).primary_key(),
                               sc::Column("at", type).server_default(server_default));
  m.create_all(engine);
  sc::Connection conn = engine.connect();
  conn.execute(sc::insert(t).values({{"id", 1}}));
  sc::Value read = conn.execute(sc::select(t.c("at"))).scalar<sc::Value>().value();
  EXPECT_FALSE(read.is_null());
  auto count = [&](sc::Expr where) {
    return conn.execute(sc::select(sc::func::count()).select_from(t).where(where))
        .scalar<std::int64_t>()
        .value();
  };
  std::array<std::int64_t, 3> out = {count(t.c("at") == read), count(t.c("at") < read),
                                     count(t.c("at") > read)};
  m.drop_all(conn);
  return out;
}

}  // namespace

TEST(ServerDefaultNow, AValueReadBackComparesEqualToItselfInSQL) {
  sc::testing::TempDir dir;
  sc::Engine file = sc::create_engine(dir.url("now.db"));
  sc::Engine memory = sc::create_engine("sqlite://");
  const std::array<std::int64_t, 3> equal = {1, 0, 0};
  for (sc::Engine* engine : {&file, &memory}) {
    // SQLite's CURRENT_TIMESTAMP writes '2024-01-01 10:00:00': it sorts before the bound
    // '2024-01-01 10:00:00.000000', so the value just read is "less than" itself.
    EXPECT_EQ(compare_with_itself(*engine, sc::DateTime(), sc::text("CURRENT_TIMESTAMP")),
              (std::array<std::int64_t, 3>{0, 1, 0}));
    EXPECT_EQ(compare_with_itself(*engine, sc::Time(), sc::text("CURRENT_TIME")),
              (std::array<std::int64_t, 3>{0, 1, 0}));
    // With the type's own format it is equal, and neither less nor greater.
    const std::vector<sc::Type> types = {
        sc::DateTime(),
        sc::TIMESTAMP(),
        sc::Date(),
        sc::Time(),
        sc::DATETIME({.truncate_microseconds = true}),
        sc::TIME({.truncate_microseconds = true}),
        sc::DATE({.storage_format = "%(year)04d%(month)02d%(day)02d"}),  // DATE_CHAR
        sc::DATE({.storage_format = "%(day)d.%(month)d.%(year)d"}),
        sc::DATETIME({.storage_format = "%(year)04d/%(month)02d/%(day)02d %(hour)02d:%(minute)02d:"
                                        "%(second)02d.%(microsecond)06d"}),
        sc::TIME({.storage_format = "%(hour)02d-%(minute)02d-%(second)02d-%(microsecond)06d"})};
    for (const sc::Type& type : types) {
      SCOPED_TRACE(type.compile(sc::sqlite_dialect()) + " " + sc::server_default_now(type).sql());
      EXPECT_EQ(compare_with_itself(*engine, type, sc::text(sc::server_default_now(type).sql())),
                equal);
    }
  }
}

TEST(ServerDefaultNow, IsTakenByColumnServerDefaultAndStoresTheDefaultFormat) {
  sc::Engine engine = sc::create_engine("sqlite://");
  sc::MetaData m;
  const sc::Table& t = m.table(
      "t", sc::Column("id", sc::Integer()).primary_key(),
      sc::Column("at", sc::DateTime()).server_default(sc::server_default_now(sc::DateTime())));
  m.create_all(engine);
  sc::Connection conn = engine.connect();
  conn.execute(sc::insert(t).values({{"id", 1}}));
  std::string stored = conn.execute(sc::text("SELECT at FROM t")).scalar<std::string>().value();
  ASSERT_EQ(stored.size(), std::string("2024-01-01 10:00:00.123000").size()) << stored;
  EXPECT_EQ(stored.substr(stored.size() - 3), "000");  // SQLite's clock: milliseconds
  sc::Timestamp at = conn.execute(sc::select(t.c("at"))).scalar<sc::Timestamp>().value();
  auto now = time_point_cast<microseconds>(system_clock::now());
  EXPECT_LT(std::chrono::abs(now - at), minutes{5});  // UTC, as SQLite's 'now'
}

TEST(Timestamps, OutsideYears1To9999AreRefusedWhenBoundNamingThem) {
  // Year 67600 wraps in std::chrono::year (a short) to 2064: it was stored as 2064-01-01.
  sc::Timestamp wraps =
      time_point_cast<microseconds>(sys_days{year{2000} / 1 / 1} + days{164 * 146097});
  sc::Timestamp lowest{microseconds{std::numeric_limits<std::int64_t>::min()}};
  sc::Timestamp highest{microseconds{std::numeric_limits<std::int64_t>::max()}};
  sc::Timestamp year0 = time_point_cast<microseconds>(sys_days{year{1} / 1 / 1}) - microseconds{1};
  sc::Timestamp year10000 = time_point_cast<microseconds>(sys_days{year{10000} / 1 / 1});
  for (sc::Timestamp bad : {wraps, lowest, highest, year0, year10000}) {
    SCOPED_TRACE(bad.time_since_epoch().count());
    for (const sc::Type& t : {sc::DateTime(), sc::Date(), sc::TIMESTAMP(),
                              sc::DATETIME({.storage_format = "%(year)d-%(month)d-%(day)d"})}) {
      std::string e = bind_error(t, sc::Value(bad));
      EXPECT_NE(e.find("at: Timestamp of " + std::to_string(bad.time_since_epoch().count()) +
                       " microseconds since 1970-01-01"),
                std::string::npos)
          << e;
      EXPECT_NE(e.find("is outside years 1 to 9999"), std::string::npos) << e;
    }
    // Untyped: a text() parameter.
    sc::Engine engine = sc::create_engine("sqlite://");
    sc::Connection conn = engine.connect();
    EXPECT_THROW_MSG(conn.execute(sc::text("SELECT :v"), {{"v", bad}}), sc::ValueError,
                     "outside years 1 to 9999");
    // A message that describes the value does not overflow either.
    EXPECT_NE(sc::Value(bad).describe().find("microseconds since 1970-01-01"), std::string::npos);
  }
  EXPECT_NE(bind_error(sc::DateTime(), sc::Value(wraps + days{180})).find("(about year 67600)"),
            std::string::npos)
      << bind_error(sc::DateTime(), sc::Value(wraps + days{180}));
  // The edges themselves are fine.
  sc::Timestamp first = time_point_cast<microseconds>(sys_days{year{1} / 1 / 1});
  sc::Timestamp last = year10000 - microseconds{1};
  EXPECT_EQ(sc::DateTime().bind(sc::Value(first)), sc::Value("0001-01-01 00:00:00.000000"));
  EXPECT_EQ(sc::DateTime().bind(sc::Value(last)), sc::Value("9999-12-31 23:59:59.999999"));
}

TEST(Timestamps, StoredYearsOutside1To9999AreRefusedWhenRead) {
  sc::Engine engine = sc::create_engine("sqlite://");
  sc::Connection conn = engine.connect();
  conn.execute(sc::text("CREATE TABLE t (at DATETIME)"));
  auto read_error = [&](const std::string& stored, const sc::Type& type) -> std::string {
    conn.execute(sc::text("DELETE FROM t"));
    conn.execute(sc::text("INSERT INTO t VALUES (:v)"), {{"v", stored}});
    try {
      (void)conn.execute(sc::text("SELECT at FROM t"), {}, {{"at", type}}).scalar<sc::Timestamp>();
    } catch (const sc::ValueError& e) {
      return e.what();
    }
    return "no error";
  };
  sc::Type unpadded = sc::DATETIME({.storage_format = "%(year)d-%(month)d-%(day)d"});
  // 67600 would wrap to 2064 in std::chrono::year.
  EXPECT_NE(read_error("67600-1-1", unpadded).find("text '67600-1-1'"), std::string::npos);
  EXPECT_NE(read_error("0-1-1", unpadded).find("not a valid DATETIME"), std::string::npos);
  sc::Type re = sc::DATETIME({.regexp = R"((\d+)-(\d+)-(\d+))"});
  EXPECT_NE(read_error("67600-01-01", re).find("not a valid DATETIME"), std::string::npos);
  // A zone that moves the default format past 9999 or before year 1.
  EXPECT_NE(read_error("9999-12-31 23:30:00-01:00", sc::DateTime()).find("not a valid DATETIME"),
            std::string::npos);
  EXPECT_NE(read_error("0001-01-01 00:30:00+01:00", sc::DateTime()).find("not a valid DATETIME"),
            std::string::npos);
  EXPECT_EQ(read_error("9999-12-31 23:59:59.999999", sc::DateTime()), "no error");
  EXPECT_EQ(read_error("9999-1-1", unpadded), "no error");
}

TEST(StorageFormat, AFormatWithoutAFieldOfItsTypeIsRefusedWhenTheTypeIsMade) {
  EXPECT_THROW_MSG(sc::DATE({.storage_format = "%(year)04d"}), sc::ArgumentError,
                   "DATE: storage_format '%(year)04d' has no 'month' key, so values would not "
                   "read back as written (a format writes year, month, day)");
  EXPECT_THROW_MSG(sc::DATE({.storage_format = "%(year)04d-%(month)02d"}), sc::ArgumentError,
                   "has no 'day' key");
  EXPECT_THROW_MSG(sc::DATE({.storage_format = "%(day)02d/%(year)04d"}), sc::ArgumentError,
                   "has no 'month' key");
  EXPECT_THROW_MSG(
      sc::DATETIME({.storage_format = "%(year)04d-%(month)02d-%(day)02d %(minute)02d"}),
      sc::ArgumentError, "has no 'hour' key");
  EXPECT_THROW_MSG(sc::DATETIME({.storage_format = "%(hour)02d:%(minute)02d"}), sc::ArgumentError,
                   "has no 'year' key");
  EXPECT_THROW_MSG(sc::TIME({.storage_format = "%(minute)02d:%(second)02d"}), sc::ArgumentError,
                   "TIME: storage_format '%(minute)02d:%(second)02d' has no 'hour' key");
  EXPECT_THROW_MSG(sc::TIME({.storage_format = "%(hour)02d"}), sc::ArgumentError,
                   "has no 'minute' key");
  EXPECT_THROW_MSG(sc::TIME({.storage_format = "%(hour)02d:%(minute)02d.%(microsecond)06d"}),
                   sc::ArgumentError, "has no 'second' key");
  // Formats that stop after seconds (a truncation, as truncate_microseconds), SQLAlchemy's
  // documented ones, any order of the fields in the text.
  EXPECT_NO_THROW(sc::DATETIME({.storage_format = "%(year)04d/%(month)02d/%(day)02d "
                                                  "%(hour)02d:%(minute)02d:%(second)02d"}));
  EXPECT_NO_THROW(sc::DATETIME({.storage_format = "%(year)04d%(month)02d%(day)02d%(hour)02d"}));
  EXPECT_NO_THROW(sc::TIME({.storage_format = "%(hour)02d-%(minute)02d"}));
  EXPECT_NO_THROW(sc::DATE({.storage_format = "%(month)02d/%(day)02d/%(year)04d"}));
}
