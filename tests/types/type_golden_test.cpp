// sqlcore stores exactly the text SQLAlchemy 1.4 stores (tests/golden/types_stored.txt, made by
// scripts/golden_types.py), and reads it back, on a real database file.
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

#include <fstream>
#include <map>

#include <gtest/gtest.h>

#include "support/temp_dir.hpp"

namespace sc = sqlcore;
using namespace std::chrono;

namespace {

struct Case {
  sc::Type type;
  sc::Value value;
  sc::Value read_back;  // what reading gives (formats that drop microseconds lose them)
};

sc::Timestamp at(int y, unsigned m, unsigned d, int hh = 0, int mm = 0, int ss = 0, int us = 0) {
  return time_point_cast<microseconds>(sys_days{year{y} / m / d}) + hours{hh} + minutes{mm} +
         seconds{ss} + microseconds{us};
}

std::map<std::string, Case> cases() {
  const sc::DateOptions mdy{.storage_format = "%(month)02d/%(day)02d/%(year)04d",
                            .regexp = R"((?P<month>\d+)/(?P<day>\d+)/(?P<year>\d+))"};
  const sc::DateOptions compact{.storage_format = "%(year)04d%(month)02d%(day)02d",
                                .regexp = R"((\d{4})(\d{2})(\d{2}))"};
  const sc::DateOptions unpadded{.storage_format = "%(day)d.%(month)d.%(year)d",
                                 .regexp = R"((?P<day>\d+)\.(?P<month>\d+)\.(?P<year>\d+))"};
  const sc::TimeOptions dashed{
      .storage_format = "%(hour)02d-%(minute)02d-%(second)02d-%(microsecond)06d",
      .regexp = R"((\d+)-(\d+)-(\d+)-(\d+))"};
  const sc::DateTimeOptions slashed{
      .storage_format = "%(year)04d/%(month)02d/%(day)02d %(hour)02d:%(minute)02d:%(second)02d",
      .regexp = R"((\d+)/(\d+)/(\d+) (\d+):(\d+):(\d+))"};
  auto same = [](sc::Type t, sc::Value v) { return Case{t, v, v}; };
  return {
      {"datetime_default", same(sc::DATETIME(), at(2011, 3, 15, 12, 5, 57, 10558))},
      {"datetime_zero_us", same(sc::DATETIME(), at(2011, 3, 15, 12, 5, 57))},
      {"datetime_year_1", same(sc::DATETIME(), at(1, 1, 1))},
      {"datetime_1066", same(sc::DATETIME(), at(1066, 10, 14, 9, 30, 0, 1))},
      {"datetime_9999", same(sc::DATETIME(), at(9999, 12, 31, 23, 59, 59, 999999))},
      {"datetime_from_date", {sc::DATETIME(), year{1815} / 12 / 10, at(1815, 12, 10)}},
      {"datetime_truncate",
       {sc::DATETIME({.truncate_microseconds = true}), at(2011, 3, 15, 12, 5, 57, 10558),
        at(2011, 3, 15, 12, 5, 57)}},
      {"datetime_slashed",
       {sc::DATETIME(slashed), at(1815, 12, 10, 1, 2, 3, 456), at(1815, 12, 10, 1, 2, 3)}},
      {"date_default", same(sc::DATE(), year{2011} / 3 / 15)},
      {"date_1066", same(sc::DATE(), year{1066} / 10 / 14)},
      {"date_year_1", same(sc::DATE(), year{1} / 1 / 1)},
      {"date_mdy", same(sc::DATE(mdy), year{1066} / 10 / 14)},
      {"date_compact", same(sc::DATE(compact), year{1899} / 12 / 31)},
      {"date_unpadded", same(sc::DATE(unpadded), year{2011} / 3 / 5)},
      {"time_default", same(sc::TIME(), sc::TimeOfDay{12, 5, 57, 10558})},
      {"time_zero", same(sc::TIME(), sc::TimeOfDay{0, 0, 0, 0})},
      {"time_truncate",
       {sc::TIME({.truncate_microseconds = true}), sc::TimeOfDay{23, 59, 59, 999999},
        sc::TimeOfDay{23, 59, 59, 0}}},
      {"time_dashed", same(sc::TIME(dashed), sc::TimeOfDay{1, 2, 3, 4})},
      {"boolean_true", same(sc::Boolean(), true)},
      {"boolean_false", same(sc::Boolean(), false)},
  };
}

}  // namespace

TEST(TypeGolden, StoresSQLAlchemysTextAndReadsItBack) {
  std::ifstream golden(SQLCORE_GOLDEN_DIR "/types_stored.txt");
  ASSERT_TRUE(golden) << "missing " SQLCORE_GOLDEN_DIR "/types_stored.txt";
  sc::testing::TempDir dir;
  sc::Engine engine = sc::create_engine(dir.url("golden.db"));
  sc::Connection conn = engine.connect();
  auto all = cases();
  std::size_t checked = 0;
  for (std::string line; std::getline(golden, line);) {
    if (line.empty() || line[0] == '#') continue;
    auto bar = line.find('|');
    std::string name = line.substr(0, bar), expected = line.substr(bar + 1);
    SCOPED_TRACE(name);
    auto it = all.find(name);
    ASSERT_NE(it, all.end()) << "no C++ case for " << name;
    const Case& c = it->second;
    conn.execute(
        sc::text("CREATE TABLE " + name + " (v " + c.type.compile(sc::sqlite_dialect()) + ")"));
    conn.execute(sc::text("INSERT INTO " + name + " (v) VALUES (:v)"), {{"v", c.value}},
                 {{"v", c.type}});
    auto stored =
        conn.execute(sc::text("SELECT CAST(v AS TEXT) FROM " + name)).scalar<std::string>();
    EXPECT_EQ(stored, expected);
    auto back = conn.execute(sc::text("SELECT v FROM " + name), {}, {{"v", c.type}}).fetchall();
    ASSERT_EQ(back.size(), 1u);
    EXPECT_EQ(back[0][0], c.read_back) << back[0][0].describe();
    ++checked;
  }
  EXPECT_EQ(checked, all.size());
}
