// Tests for Python %-style storage formats (src/types/storage_format.cpp).
// SPDX-License-Identifier: MIT
#include "types/storage_format.hpp"

#include <gtest/gtest.h>

#include "sqlcore/errors.hpp"
#include "support/expect.hpp"

namespace sc = sqlcore;
using sc::detail::Field;
using sc::detail::StorageFormat;

namespace {
const std::vector<Field> kAll{Field::year,   Field::month,  Field::day,        Field::hour,
                              Field::minute, Field::second, Field::microsecond};
}

TEST(StorageFormat, WritesAsPythonPercentFormatting) {
  StorageFormat f("%(year)04d/%(month)02d/%(day)02d %(hour)d:%(min)02d %%", kAll);
  sc::detail::FieldValues v{7, 3, 5, 4, 9, 0, 0};
  EXPECT_EQ(f.write(v), "0007/03/05 4:09 %");
  StorageFormat padded("%(day)3d|", kAll);
  EXPECT_EQ(padded.write(v), "  5|");
}

TEST(StorageFormat, ReadsItsOwnWritesBack) {
  StorageFormat compact("%(year)04d%(month)02d%(day)02d", kAll);
  auto v = compact.read("18991231");
  ASSERT_TRUE(v);
  EXPECT_EQ(v->year, 1899);
  EXPECT_EQ(v->month, 12);
  EXPECT_EQ(v->day, 31);
  StorageFormat dotted("%(day)d.%(month)d.%(year)d", kAll);
  auto w = dotted.read("5.3.2011");
  ASSERT_TRUE(w);
  EXPECT_EQ(w->day, 5);
  EXPECT_EQ(w->year, 2011);
  EXPECT_FALSE(dotted.read("5.3.2011x"));
  EXPECT_FALSE(dotted.read("5-3-2011"));
  EXPECT_FALSE(compact.read("1899123"));
}

TEST(StorageFormat, RejectsBadFormatsWhenMade) {
  EXPECT_THROW_MSG(StorageFormat("%(yaer)04d", kAll), sc::ArgumentError, "unknown key 'yaer'");
  EXPECT_THROW_MSG(StorageFormat("%(year)04s-%(month)x", kAll), sc::ArgumentError,
                   "expected the conversion 'd'");
  EXPECT_THROW_MSG(StorageFormat("%(year", kAll), sc::ArgumentError, "missing ')'");
  EXPECT_THROW_MSG(StorageFormat("%d", kAll), sc::ArgumentError, "expected '%(name)...d'");
  EXPECT_THROW_MSG(StorageFormat("%(hour)02d", {Field::year, Field::month, Field::day}),
                   sc::ArgumentError, "key 'hour' is not a field of this type");
  EXPECT_THROW_MSG(StorageFormat("", kAll), sc::ArgumentError, "the format is empty");
  EXPECT_THROW_MSG(StorageFormat("%(year)-4d", kAll), sc::ArgumentError, "only the '0' flag");
}
