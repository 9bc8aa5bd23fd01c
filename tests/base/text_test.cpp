// Tests for SQL quoting and percent-encoding (src/base/text.cpp).
// SPDX-License-Identifier: MIT
#include "base/text.hpp"

#include <gtest/gtest.h>

namespace d = sqlcore::detail;

TEST(Text, QuotesLiteralsAndIdentifiersByDoubling) {
  EXPECT_EQ(d::quote_literal("it's"), "'it''s'");
  EXPECT_EQ(d::quote_literal(""), "''");
  EXPECT_EQ(d::quote_literal("''"), "''''''");
  EXPECT_EQ(d::force_quote("plain"), "\"plain\"");
  EXPECT_EQ(d::force_quote("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(d::quoted("a`b", '`'), "`a``b`");
}

TEST(Text, PercentEncodingRoundTrips) {
  EXPECT_EQ(d::percent_encode("a:b@c/d%e", ":@/%"), "a%3Ab%40c%2Fd%25e");
  EXPECT_EQ(d::percent_encode(std::string("x\ny\x01", 4), ""), "x%0Ay%01");
  EXPECT_EQ(d::percent_decode("a%3Ab%40c%2fd", false), "a:b@c/d");
  EXPECT_EQ(d::percent_decode("a+b", true), "a b");
  EXPECT_EQ(d::percent_decode("a+b", false), "a+b");
  std::string all;
  for (int c = 0; c < 256; ++c) all.push_back(static_cast<char>(c));
  EXPECT_EQ(d::percent_decode(d::percent_encode(all, "%+&=#"), true), all);
}

TEST(Text, PercentDecodingRefusesBadEscapes) {
  EXPECT_EQ(d::percent_decode("%", false), std::nullopt);
  EXPECT_EQ(d::percent_decode("%4", false), std::nullopt);
  EXPECT_EQ(d::percent_decode("%G1", false), std::nullopt);
  EXPECT_EQ(d::percent_decode("ok%zz", true), std::nullopt);
}
