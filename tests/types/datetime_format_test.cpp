// Tests for the default ISO date/time formats (src/types/datetime_format.cpp).
// SPDX-License-Identifier: MIT
#include "types/datetime_format.hpp"

#include <gtest/gtest.h>

namespace sc = sqlcore;
namespace d = sqlcore::detail;
using namespace std::chrono;

namespace {
sc::Timestamp at(int y, unsigned m, unsigned dd, int hh = 0, int mm = 0, int ss = 0, int us = 0) {
  return time_point_cast<microseconds>(sys_days{year{y} / m / dd}) + hours{hh} + minutes{mm} +
         seconds{ss} + microseconds{us};
}
}  // namespace

TEST(DateTimeFormat, WritesSQLAlchemysText) {
  EXPECT_EQ(d::format_datetime(at(2011, 3, 15, 12, 5, 57, 10558)), "2011-03-15 12:05:57.010558");
  EXPECT_EQ(d::format_datetime(at(2011, 3, 15, 12, 5, 57, 10558), true), "2011-03-15 12:05:57");
  EXPECT_EQ(d::format_datetime(at(1, 1, 1)), "0001-01-01 00:00:00.000000");
  EXPECT_EQ(d::format_date(year{1066} / 10 / 14), "1066-10-14");
  EXPECT_EQ(d::format_time({12, 5, 57, 10558}), "12:05:57.010558");
  EXPECT_EQ(d::format_time({1, 2, 3, 0}, true), "01:02:03");
  EXPECT_EQ(d::format_datetime(at(1969, 12, 31, 23, 59, 59, 999999)), "1969-12-31 23:59:59.999999");
}

TEST(DateTimeFormat, ReadsEveryISOVariant) {
  EXPECT_EQ(d::parse_datetime("2011-03-15 12:05:57.010558"), at(2011, 3, 15, 12, 5, 57, 10558));
  EXPECT_EQ(d::parse_datetime("2011-03-15T12:05:57"), at(2011, 3, 15, 12, 5, 57));
  EXPECT_EQ(d::parse_datetime("2011-03-15 12:05"), at(2011, 3, 15, 12, 5));
  EXPECT_EQ(d::parse_datetime("2011-03-15"), at(2011, 3, 15));
  EXPECT_EQ(d::parse_datetime("2011-3-5 1:2:3"), at(2011, 3, 5, 1, 2, 3));
  // A fraction means what ISO 8601 says (SQLAlchemy 1.4 reads ".5" as 5 µs).
  EXPECT_EQ(d::parse_datetime("2011-03-15 12:05:57.5"), at(2011, 3, 15, 12, 5, 57, 500000));
  EXPECT_EQ(d::parse_datetime("2011-03-15 12:05:57.1234567"), at(2011, 3, 15, 12, 5, 57, 123456));
  // A zone is applied to give UTC.
  EXPECT_EQ(d::parse_datetime("2011-03-15 12:05:57Z"), at(2011, 3, 15, 12, 5, 57));
  EXPECT_EQ(d::parse_datetime("2011-03-15T12:05:57+02:00"), at(2011, 3, 15, 10, 5, 57));
  EXPECT_EQ(d::parse_datetime("2011-03-15T00:30:00-0130"), at(2011, 3, 15, 2, 0, 0));
  EXPECT_EQ(d::parse_datetime("2011-03-15T23:00:00-02"), at(2011, 3, 16, 1, 0, 0));
  EXPECT_EQ(d::parse_datetime("0001-01-01 00:00:00.000000"), at(1, 1, 1));
}

TEST(DateTimeFormat, RejectsWhatIsNotADateTime) {
  for (const char* bad :
       {"", "garbage", "2011-13-45", "2011-02-30", "2011-03-15 25:00:00", "2011-03-15 12:60",
        "2011-03-15 12:05:57.", "2011-03-15 12:05:57 xyz", "2011-03-15x", "20110315", "0000-01-01",
        "2011-03-15 12:05:57+25:00", "12345-01-01", "2011-03-15 12"}) {
    EXPECT_EQ(d::parse_datetime(bad), std::nullopt) << bad;
  }
  EXPECT_EQ(d::parse_date("2011-03-15 00:00:00"), std::nullopt);  // trailing text is an error
  EXPECT_EQ(d::parse_date("2011-03-15"), year{2011} / 3 / 15);
  EXPECT_EQ(d::parse_date("2012-02-29"), year{2012} / 2 / 29);
  EXPECT_EQ(d::parse_date("2011-02-29"), std::nullopt);
  EXPECT_EQ(d::parse_time("12:05"), (sc::TimeOfDay{12, 5, 0, 0}));
  EXPECT_EQ(d::parse_time("12:05:57.25"), (sc::TimeOfDay{12, 5, 57, 250000}));
  EXPECT_EQ(d::parse_time("24:00:00"), std::nullopt);
  EXPECT_EQ(d::parse_time("12:05:57garbage"), std::nullopt);
}

TEST(DateTimeFormat, SplitsTimestamps) {
  auto t = at(1815, 12, 10, 23, 59, 1, 7);
  EXPECT_EQ(d::date_of(t), year{1815} / 12 / 10);
  EXPECT_EQ(d::time_of(t), (sc::TimeOfDay{23, 59, 1, 7}));
}
