// Tests for schema objects: declaration errors, lookups, dependency order (src/ddl/schema.cpp).
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

#include <gtest/gtest.h>

#include "support/expect.hpp"

namespace sc = sqlcore;

namespace {
std::vector<std::string> names(const std::vector<const sc::Table*>& tables) {
  std::vector<std::string> out;
  for (const auto* t : tables) out.push_back(t->name());
  return out;
}
sc::Column pk() { return sc::Column("id", sc::Integer()).primary_key(); }
}  // namespace

TEST(MetaData, BadDeclarationsNameTableAndColumn) {
  sc::MetaData m;
  m.table("users", pk());
  EXPECT_THROW_MSG(m.table("users", pk()), sc::ArgumentError, "table 'users' is already defined");
  EXPECT_THROW_MSG(m.table("t", pk(), sc::Column("a", sc::Integer()), sc::Column("A", sc::Text())),
                   sc::ArgumentError, "table 't': duplicate column 'A'");
  EXPECT_THROW_MSG(m.table("t2", pk(), sc::Index("ix", {"nope"})), sc::ArgumentError,
                   "table 't2': index 'ix' names unknown column 'nope'");
  EXPECT_THROW_MSG(m.table("t3", pk(), sc::UniqueConstraint({"nope"})), sc::ArgumentError,
                   "table 't3': UniqueConstraint names unknown column 'nope'");
  EXPECT_THROW_MSG(m.table("t4", sc::Column("a", sc::Integer()), sc::PrimaryKeyConstraint({"b"})),
                   sc::ArgumentError, "PrimaryKeyConstraint names unknown column 'b'");
  EXPECT_THROW_MSG(m.table("t5", sc::Column("a", sc::Integer()).foreign_key("users")),
                   sc::ArgumentError,
                   "table 't5', column 'a': foreign_key target 'users' must be 'table.column'");
  EXPECT_THROW_MSG(m.table("t6", sc::Column("a", sc::Integer()),
                           sc::ForeignKeyConstraint({"a"}, "users", {"id", "x"})),
                   sc::ArgumentError, "as many referred columns as columns");
  EXPECT_THROW_MSG(
      m.table("t7", pk(), sc::Column("a", sc::Integer()), sc::PrimaryKeyConstraint({"a"})),
      sc::ArgumentError,
      "column 'id' is marked primary_key() but is not in the PrimaryKeyConstraint");
  EXPECT_THROW_MSG(m.table("t8"), sc::ArgumentError, "table 't8' has no columns");
  EXPECT_THROW_MSG(
      sc::Column("a", sc::Integer()).sqlite_on_conflict_unique("OOPS"), sc::ArgumentError,
      "ON CONFLICT resolution 'OOPS' is not one of ROLLBACK, ABORT, FAIL, IGNORE, REPLACE");
  EXPECT_THROW_MSG(m.table("t9", pk(), sc::Index("ix", {"id"}), sc::Index("ix", {"id"})),
                   sc::ArgumentError, "two indexes named 'ix'");
  // A failed declaration leaves no table behind.
  EXPECT_EQ(m.find_table("t2"), nullptr);
  EXPECT_EQ(m.tables().size(), 1u);
}

TEST(Table, LooksUpColumnsAndIndexes) {
  sc::MetaData m;
  const sc::Table& t = m.table("users", pk(), sc::Column("name", sc::String(50)).index(),
                               sc::Index("ix_b", {"name"}).unique());
  EXPECT_EQ(t.name(), "users");
  EXPECT_EQ(t.c("name").name(), "name");
  EXPECT_EQ(t.c("NAME").name(), "name");  // SQLite names are case-insensitive
  EXPECT_EQ(t.c("name").table(), &t);
  EXPECT_THROW_MSG(t.c("nope"), sc::ArgumentError,
                   "table 'users' has no column 'nope' (columns: id, name)");
  EXPECT_EQ(t.index("ix_users_name").columns(), std::vector<std::string>{"name"});
  EXPECT_TRUE(t.index("ix_b").is_unique());
  EXPECT_THROW_MSG(t.index("nope"), sc::ArgumentError, "table 'users' has no index 'nope'");
  // Indexes are kept in name order.
  EXPECT_EQ(t.indexes()[0].name(), "ix_b");
  EXPECT_EQ(t.indexes()[1].name(), "ix_users_name");
  EXPECT_TRUE(t.c("id").is_primary_key());
  EXPECT_FALSE(t.c("id").is_nullable());
  EXPECT_TRUE(t.c("name").is_nullable());
}

TEST(MetaData, SortedTablesFollowSQLAlchemysLayeredOrder) {
  sc::MetaData m;
  m.table("b", pk());
  m.table("c", pk(), sc::Column("b_id", sc::Integer()).foreign_key("b.id"));
  m.table("d", pk());
  EXPECT_EQ(names(m.sorted_tables()), (std::vector<std::string>{"b", "d", "c"}));
  sc::MetaData cyc;
  cyc.table("x", pk(), sc::Column("z_id", sc::Integer()).foreign_key("z.id"));
  cyc.table("y", pk(), sc::Column("x_id", sc::Integer()).foreign_key("x.id"));
  cyc.table("z", pk(), sc::Column("y_id", sc::Integer()).foreign_key("y.id"));
  cyc.table("a", pk(), sc::Column("x_id", sc::Integer()).foreign_key("x.id"));
  cyc.table("w", pk(), sc::Column("self", sc::Integer()).foreign_key("w.id"));
  EXPECT_EQ(names(cyc.sorted_tables()), (std::vector<std::string>{"w", "x", "y", "z", "a"}));
}
