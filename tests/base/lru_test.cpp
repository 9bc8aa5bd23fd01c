// Tests for the LRU map shared by the statement and compiled caches (src/base/lru.hpp).
// SPDX-License-Identifier: MIT
#include "base/lru.hpp"

#include <memory>
#include <string>

#include <gtest/gtest.h>

using sqlcore::detail::LruMap;

TEST(LruMap, EvictsTheLeastRecentlyUsed) {
  LruMap<int> m(2);
  m.insert("a", 1);
  m.insert("b", 2);
  ASSERT_NE(m.find("a"), nullptr);  // a is now the most recently used
  m.insert("c", 3);
  m.evict();
  EXPECT_EQ(m.size(), 2u);
  EXPECT_EQ(m.find("b"), nullptr);
  EXPECT_EQ(*m.find("a"), 1);
  EXPECT_EQ(*m.find("c"), 3);
}

TEST(LruMap, EvictionPassesOverKeptEntries) {
  LruMap<std::unique_ptr<bool>> m(1);  // the value: "in use"
  m.insert("old", std::make_unique<bool>(true));
  m.insert("new", std::make_unique<bool>(false));
  m.evict([](const std::unique_ptr<bool>& busy) { return *busy; });
  // "old" is in use, so the newer idle one went instead; the map stays over capacity.
  EXPECT_EQ(m.size(), 1u);
  EXPECT_NE(m.find("old"), nullptr);
  m.insert("x", std::make_unique<bool>(false));
  m.clear([](const std::unique_ptr<bool>& busy) { return *busy; });
  EXPECT_EQ(m.size(), 1u);
  m.clear();
  EXPECT_EQ(m.size(), 0u);
  EXPECT_EQ(m.find("old"), nullptr);
}

TEST(LruMap, KeysOutliveTheCallersText) {
  LruMap<int> m(8);
  {
    std::string key = "SELECT 1";
    m.insert(key, 7);
    key.assign("SELECT 2");
  }
  std::string probe = "SELECT 1";
  ASSERT_NE(m.find(probe), nullptr);
  EXPECT_EQ(*m.find(probe), 7);
  EXPECT_EQ(m.find("SELECT 2"), nullptr);
}
