// Schema objects on their own: <sqlcore/schema.hpp> compiles and works without the statement
// layer's header (the ddl layer does not depend on sql).
// SPDX-License-Identifier: MIT
#include <sqlcore/schema.hpp>

#include <gtest/gtest.h>

namespace sc = sqlcore;

TEST(SchemaAlone, TablesAreDeclaredWithoutTheStatementHeader) {
  sc::MetaData m;
  const sc::Table& t = m.table("t", sc::Column("id", sc::Integer()).primary_key(),
                               sc::Column("p", sc::Integer()).foreign_key("t.id"));
  EXPECT_EQ(t.c("p").table(), &t);
  EXPECT_EQ(m.sorted_tables().size(), 1u);
  EXPECT_EQ(t.foreign_keys().size(), 1u);
}
