// Tests for user date/time regexps through RE2 (src/types/date_regex.cpp).
// SPDX-License-Identifier: MIT
#include "types/date_regex.hpp"

#include <gtest/gtest.h>

#include "sqlcore/errors.hpp"
#include "support/expect.hpp"

namespace sc = sqlcore;
using sc::detail::DateRegex;
using sc::detail::Field;

namespace {
const std::vector<Field> kDate{Field::year, Field::month, Field::day};
const std::vector<Field> kTime{Field::hour, Field::minute, Field::second, Field::microsecond};
}  // namespace

TEST(DateRegex, NamedGroupsFillFieldsByName) {
  DateRegex re(R"((?P<month>\d+)/(?P<day>\d+)/(?P<year>\d+))", kDate, 3);
  auto v = re.read("10/14/1066");
  ASSERT_TRUE(v);
  EXPECT_EQ(v->year, 1066);
  EXPECT_EQ(v->month, 10);
  EXPECT_EQ(v->day, 14);
  EXPECT_FALSE(re.read("10-14-1066"));
}

TEST(DateRegex, PositionalGroupsFillFieldsInOrderAndMissingOnesAreZero) {
  // SQLAlchemy's documented TIME example: the optional group never matches "-010558".
  DateRegex re(R"((\d+)-(\d+)-(\d+)-(?:-(\d+))?)", kTime, 2);
  auto v = re.read("12-05-57-010558");
  ASSERT_TRUE(v);
  EXPECT_EQ(v->hour, 12);
  EXPECT_EQ(v->second, 57);
  EXPECT_EQ(v->microsecond, 0);  // as SQLAlchemy 1.4 reads it (match at the start only)
  DateRegex strict(R"((\d+)-(\d+)-(\d+)$)", kDate, 3);
  EXPECT_FALSE(strict.read("2011-03-15 trailing"));
}

TEST(DateRegex, RejectsBadPatternsWhenMade) {
  EXPECT_THROW_MSG(DateRegex("(\\d+", kDate, 3), sc::ArgumentError, "invalid regexp '(\\d+'");
  EXPECT_THROW_MSG(DateRegex(R"((?P<yr>\d+)-(?P<month>\d+)-(?P<day>\d+))", kDate, 3),
                   sc::ArgumentError, "group 'yr' is not a field");
  EXPECT_THROW_MSG(DateRegex(R"((\d+)-(\d+))", kDate, 3), sc::ArgumentError, "needs at least 3");
  EXPECT_THROW_MSG(DateRegex(R"((\d)(\d)(\d)(\d))", kDate, 3), sc::ArgumentError,
                   "4 groups, but this type has only 3 fields");
  EXPECT_THROW_MSG(DateRegex(R"((?P<year>\d+)-(?P<month>\d+))", kDate, 3), sc::ArgumentError,
                   "no group for 'day'");
  EXPECT_THROW_MSG(DateRegex(R"((?<=x)\d)", kDate, 3), sc::ArgumentError,
                   "invalid regexp");  // no lookbehind in RE2
}
