// compare() against C++-declared targets: the declarations `sqlcore codegen` writes for every
// reflection test schema and the real-world corpus (generated at build time), each compared
// with the database it was generated from and with a copy made by create_all.
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

#include <iostream>

#include <gtest/gtest.h>

#include "support/temp_dir.hpp"
#include "tools/generated_schemas.hpp"

namespace sc = sqlcore;

namespace {

// The changes but the dropped views and triggers: codegen declares tables only.
std::string table_changes(const sc::SchemaDiff& diff) {
  std::string out;
  for (const auto& c : diff.changes())
    if (c.kind != sc::ChangeKind::drop_view && c.kind != sc::ChangeKind::drop_trigger)
      out += c.describe() + "\n";
  return out;
}

}  // namespace

TEST(CompareCodegen, EveryGeneratedDeclarationComparesEmptyWithItsDatabaseAndACopy) {
  ASSERT_GE(generated_schemas().size(), 20u);
  sc::testing::TempDir dir;
  int n = 0;
  for (const auto& g : generated_schemas()) {
    SCOPED_TRACE(g.name);
    sc::Engine original = sc::create_engine(dir.url(g.name + ".db"), {.foreign_keys = false});
    sc::Connection a = original.connect();
    a.raw().exec("PRAGMA synchronous = OFF");
    a.raw().exec(g.ddl);
    sc::MetaData meta;
    g.declare(meta);
    sc::SchemaDiff with_original = sc::compare(a, meta);
    EXPECT_EQ(table_changes(with_original), "") << "the database it was generated from";
    sc::Engine made = sc::create_engine(dir.url(g.name + "_gen.db"), {.foreign_keys = false});
    sc::Connection b = made.connect();
    b.raw().exec("PRAGMA synchronous = OFF");
    ASSERT_NO_THROW(meta.create_all(b));
    sc::SchemaDiff with_copy = sc::compare(b, meta);
    EXPECT_EQ(table_changes(with_copy), "") << "its create_all copy";
    ++n;
  }
  std::cout << "[ compare  ] codegen declarations: " << n << " compared\n";
}
