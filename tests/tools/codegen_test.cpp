// `sqlcore codegen` output, generated at build time for every reflection test schema and the
// corpus, compiles (it is part of this test) and declares a schema that, created with
// create_all, reflects equal to the original; and the identifiers it makes
// (tools/sqlcore/codegen.cpp).
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

#include <gtest/gtest.h>

#include "codegen.hpp"
#include "support/reflection_dump.hpp"
#include "support/temp_dir.hpp"
#include "tools/generated_schemas.hpp"

namespace sc = sqlcore;

TEST(Codegen, EveryGeneratedSchemaCreatesWhatItWasGeneratedFrom) {
  // The 30 reflection test schemas at least (the corpus joins when ../shared is beside the
  // project), each generated or skipped for the linked SQLite; most of them generated.
  ASSERT_GE(generated_schemas().size() + static_cast<std::size_t>(skipped_schemas()), 30u);
  ASSERT_GE(generated_schemas().size(), 20u);
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
    EXPECT_EQ(sc::testing::all_fields(b), sc::testing::all_fields(a));
  }
}

TEST(Codegen, IdentifiersAreValidAndNeverReserved) {
  using sc::tools::cpp_identifier;
  EXPECT_EQ(cpp_identifier("user_id", false), "user_id");
  EXPECT_EQ(cpp_identifier("cl\xC3\xA9", false), "cl_");  // "clé": one '_' per run
  EXPECT_EQ(cpp_identifier("\xE2\x84\x96"
                           "ber",
                           false),
            "_ber");  // "№ber", not "__ber"
  EXPECT_EQ(cpp_identifier("a  -  b", false), "a_b");
  EXPECT_EQ(cpp_identifier("______", false), "_");
  EXPECT_EQ(cpp_identifier("#Total", false), "Total");  // not "_Total"
  EXPECT_EQ(cpp_identifier("1st", false), "_1st");
  EXPECT_EQ(cpp_identifier("class", false), "class_");
  EXPECT_EQ(cpp_identifier("user accounts", true), "UserAccounts");
  EXPECT_EQ(cpp_identifier("2fa", true), "T2fa");  // a struct: no leading '_'
  EXPECT_EQ(cpp_identifier("\xE5\x90\x8D", true), "T");
}

TEST(Codegen, CollidingNamesGetNumbersNotMoreUnderscores) {
  sc::testing::TempDir dir;
  sc::Engine e = sc::create_engine(dir.url("c.db"));
  sc::Connection c = e.connect();
  c.raw().exec(
      "CREATE TABLE t (\"a b\" INTEGER, \"a-b\" TEXT, a_b REAL, \"x_\" INTEGER, \"x!\" TEXT)");
  sc::Inspector insp = sc::inspect(e);
  std::string code = sc::tools::generate_code(insp, {});
  EXPECT_NE(
      code.find("struct T {\n  std::optional<std::int64_t> a_b;\n  std::optional<std::string> "
                "a_b_2;\n  std::optional<double> a_b_3;\n  std::optional<std::int64_t> x_;\n  "
                "std::optional<std::string> x_2;\n};"),
      std::string::npos)
      << code;
  EXPECT_EQ(code.find("__"), std::string::npos) << code;
}

TEST(Codegen, DeclaresCollateAndDescOfKeyElementsAndKeepsImplicitForeignKeyTargets) {
  sc::testing::TempDir dir;
  sc::Engine e = sc::create_engine(dir.url("k.db"));
  sc::Connection c = e.connect();
  c.raw().exec(
      "CREATE TABLE p(x PRIMARY KEY); CREATE TABLE t(email TEXT, b TEXT, y REFERENCES p, "
      "UNIQUE(email COLLATE NOCASE), PRIMARY KEY(b DESC))");
  sc::Inspector insp = sc::inspect(e);
  std::string code = sc::tools::generate_code(insp, {});
  EXPECT_NE(code.find("sc::UniqueConstraint({\"email\"}).collate(\"email\", \"NOCASE\")"),
            std::string::npos)
      << code;
  EXPECT_NE(code.find("sc::PrimaryKeyConstraint({\"b\"}).desc(\"b\")"), std::string::npos) << code;
  EXPECT_NE(code.find("sc::ForeignKeyConstraint({\"y\"}, \"p\", {}, sc::FK()"), std::string::npos)
      << code;
}
