// Tests for ASCII folding and trimming (src/base/ascii.cpp).
// SPDX-License-Identifier: MIT
#include "base/ascii.hpp"

#include <gtest/gtest.h>

namespace d = sqlcore::detail;

TEST(Ascii, FoldsOnlyAsciiLetters) {
  EXPECT_EQ(d::ascii_lower("MixedCase_09$"), "mixedcase_09$");
  EXPECT_EQ(d::ascii_upper("mixedCase_09$"), "MIXEDCASE_09$");
  // SQLite folds ASCII only: UTF-8 bytes (here É, Latin-1 supplement) stay as they are.
  EXPECT_EQ(d::ascii_lower("CAF\xc3\x89"), "caf\xc3\x89");
  EXPECT_EQ(d::ascii_upper("caf\xc3\xa9"), "CAF\xc3\xa9");
  static_assert(d::ascii_lower('Q') == 'q' && d::ascii_upper('q') == 'Q');
  static_assert(d::ascii_lower('[') == '[' && d::ascii_upper('{') == '{');
}

TEST(Ascii, ComparesIgnoringAsciiCase) {
  EXPECT_TRUE(d::iequals("Users", "uSERS"));
  EXPECT_TRUE(d::iequals("", ""));
  EXPECT_FALSE(d::iequals("users", "user"));
  EXPECT_FALSE(d::iequals("caf\xc3\xa9", "CAF\xc3\x89"));
  EXPECT_TRUE(d::istarts_with("sqlite_autoindex_t_1", "SQLITE_"));
  EXPECT_FALSE(d::istarts_with("sql", "SQLITE_"));
}

TEST(Ascii, TrimsWhiteSpaceAndTrailingCharacters) {
  EXPECT_EQ(d::trim_sql("  \t SELECT 1 \r\n"), "SELECT 1");
  EXPECT_EQ(d::trim_sql(" SELECT 1 ; ;\n", ";"), "SELECT 1");
  EXPECT_EQ(d::trim_sql(" ; ", ";"), "");
  EXPECT_EQ(d::trim_sql(""), "");
  EXPECT_EQ(d::trim_sql("a;b", ";"), "a;b");
}
