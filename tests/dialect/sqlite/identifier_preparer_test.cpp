// Tests for quoting (src/dialect/sqlite/identifier_preparer.cpp).
// SPDX-License-Identifier: MIT
#include "dialect/sqlite/identifier_preparer.hpp"

#include <sqlite3.h>

#include <algorithm>

#include <gtest/gtest.h>

namespace {
const sqlcore::SQLiteIdentifierPreparer d;
}  // namespace

TEST(IdentifierPreparer, ReservedListIsSortedAndHoldsEverySQLiteKeyword) {
  auto words = d.reserved_words();
  EXPECT_TRUE(std::is_sorted(words.begin(), words.end()));
  EXPECT_EQ(std::adjacent_find(words.begin(), words.end()), words.end());
  EXPECT_TRUE(d.is_reserved_word("true"));  // SQLAlchemy's list adds these
  EXPECT_TRUE(d.is_reserved_word("FALSE"));
#if SQLITE_VERSION_NUMBER >= 3024000
  int n = sqlite3_keyword_count();
  ASSERT_GT(n, 100);
  for (int i = 0; i < n; ++i) {
    const char* name = nullptr;
    int len = 0;
    ASSERT_EQ(sqlite3_keyword_name(i, &name, &len), SQLITE_OK);
    std::string kw(name, static_cast<std::size_t>(len));
    EXPECT_TRUE(d.is_reserved_word(kw)) << kw << " is an SQLite keyword";
  }
#else
  GTEST_SKIP() << "capability: sqlite3_keyword_count() needs SQLite 3.24";
#endif
}

TEST(IdentifierPreparer, QuotesWhenNeeded) {
  EXPECT_EQ(d.quote("users"), "users");
  EXPECT_EQ(d.quote("user_id2"), "user_id2");
  EXPECT_EQ(d.quote("select"), "\"select\"");
  EXPECT_EQ(d.quote("Users"), "\"Users\"");
  EXPECT_EQ(d.quote("first name"), "\"first name\"");
  EXPECT_EQ(d.quote("a.b"), "\"a.b\"");
  EXPECT_EQ(d.quote("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(d.quote("9lives"), "\"9lives\"");
  EXPECT_EQ(d.quote("$x"), "\"$x\"");
  EXPECT_EQ(d.quote("x$"), "x$");
  EXPECT_EQ(d.quote("caf\xc3\xa9"), "\"caf\xc3\xa9\"");
  EXPECT_EQ(d.quote(""), "\"\"");
}
