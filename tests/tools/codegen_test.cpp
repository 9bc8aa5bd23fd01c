// `sqlcore codegen` output, generated at build time for every reflection test schema and the
// corpus, compiles (it is part of this test) and declares a schema that, created with
// create_all, reflects equal to the original (tools/sqlcore/codegen.cpp).
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

#include <gtest/gtest.h>

#include "support/reflection_dump.hpp"
#include "support/temp_dir.hpp"
#include "tools/generated_schemas.hpp"

namespace sc = sqlcore;

TEST(Codegen, EveryGeneratedSchemaCreatesWhatItWasGeneratedFrom) {
  ASSERT_GE(generated_schemas().size(), 30u);
  sc::testing::TempDir dir;
  for (const auto& g : generated_schemas()) {
    SCOPED_TRACE(g.name);
    sc::Engine original = sc::create_engine(dir.url(g.name + ".db"), {.foreign_keys = false});
    sc::Connection a = original.connect();
    a.raw().exec(g.ddl);
    sc::MetaData meta;
    g.declare(meta);
    sc::Engine made = sc::create_engine(dir.url(g.name + "_gen.db"), {.foreign_keys = false});
    sc::Connection b = made.connect();
    ASSERT_NO_THROW(meta.create_all(b));
    for (const auto& v : meta.views()) b.raw().exec(v.sql);
    EXPECT_EQ(sc::testing::all_fields(b), sc::testing::all_fields(a));
  }
}
