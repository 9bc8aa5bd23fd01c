// Tests for Connection::serialize() and deserialize_engine() (src/engine/image.cpp).
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>

#include <gtest/gtest.h>

#include "support/capability.hpp"
#include "support/db_state.hpp"
#include "support/temp_dir.hpp"

namespace sc = sqlcore;
using sc::testing::table_rows;

namespace {

std::vector<std::byte> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::vector<char> chars((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::vector<std::byte> out(chars.size());
  std::transform(chars.begin(), chars.end(), out.begin(), [](char c) { return std::byte(c); });
  return out;
}

std::vector<std::string> names(sc::Connection& c) {
  return c.execute(sc::text("SELECT name FROM docs ORDER BY id")).scalars<std::string>();
}

void make_docs(sc::Connection& c) {
  c.raw().exec(
      "CREATE TABLE docs (id INTEGER PRIMARY KEY, name TEXT, body BLOB);"
      "CREATE INDEX docs_name ON docs (name);"
      "INSERT INTO docs VALUES (1, 'first', x'00'), (2, 'second', zeroblob(5000));");
}

}  // namespace

TEST(Serialize, DeserializeModifySaveAsReopen) {
  SQLCORE_REQUIRE_FEATURE(lacks_images);
  sc::testing::TempDir dir;
  std::vector<std::byte> image;
  {
    sc::Engine mem = sc::create_engine("sqlite://");
    sc::Connection c = mem.connect();
    make_docs(c);
    image = c.serialize();
  }
  ASSERT_GE(image.size(), 1024u);
  sc::Engine doc = sc::deserialize_engine(image);
  EXPECT_EQ(doc.pool().kind(), sc::PoolKind::static_);
  {
    sc::Connection c = doc.connect();
    EXPECT_EQ(names(c), (std::vector<std::string>{"first", "second"}));
    // Writable, and grows past the image's size.
    sc::Transaction tx = c.begin();
    c.execute(sc::text("UPDATE docs SET name = 'changed' WHERE id = 1"));
    for (int i = 3; i < 200; ++i)
      c.execute(sc::text("INSERT INTO docs VALUES (:i, :n, zeroblob(1000))"),
                {{"i", i}, {"n", "row " + std::to_string(i)}});
    tx.commit();
  }
  {
    sc::Connection other = doc.connect();  // the same in-memory database
    EXPECT_EQ(*other.execute(sc::text("SELECT count(*) FROM docs")).scalar<int>(), 199);
  }
  ASSERT_TRUE(doc.save_as(dir.file("saved.db")));
  sc::Engine reopened = sc::create_engine(dir.url("saved.db"));
  sc::Connection c = reopened.connect();
  EXPECT_EQ(*c.execute(sc::text("SELECT count(*) FROM docs")).scalar<int>(), 199);
  EXPECT_EQ(*c.execute(sc::text("SELECT name FROM docs WHERE id = 1")).scalar<std::string>(),
            "changed");
  EXPECT_EQ(sc::testing::integrity(c), "ok");
  // The image itself is untouched: a second engine from it has the original rows.
  sc::Engine again = sc::deserialize_engine(image);
  sc::Connection a = again.connect();
  EXPECT_EQ(names(a), (std::vector<std::string>{"first", "second"}));
}

TEST(Serialize, FileBytesAndItsImageAreTheSameDatabase) {
  SQLCORE_REQUIRE_FEATURE(lacks_images);
  sc::testing::TempDir dir;
  sc::Engine file = sc::create_engine(dir.url("doc.db"));
  sc::Connection c = file.connect();
  make_docs(c);
  std::vector<std::byte> image = c.serialize();
  EXPECT_EQ(image, read_file(dir.file("doc.db")));
  sc::Engine from_file = sc::deserialize_engine(read_file(dir.file("doc.db")));
  sc::Connection m = from_file.connect();
  EXPECT_EQ(table_rows(m), table_rows(c));
}

TEST(Serialize, ImageOfAWalDatabaseOpens) {
  SQLCORE_REQUIRE_FEATURE(lacks_images);
  sc::testing::TempDir dir;
  sc::Engine file = sc::create_engine(dir.url("wal.db"));
  sc::Connection c = file.connect();
  c.raw().exec("PRAGMA journal_mode = WAL");
  make_docs(c);
  sc::Engine mem = sc::deserialize_engine(c.serialize());
  sc::Connection m = mem.connect();
  EXPECT_EQ(names(m), (std::vector<std::string>{"first", "second"}));
  m.execute(sc::text("DELETE FROM docs WHERE id = 2"));
  EXPECT_EQ(names(m), (std::vector<std::string>{"first"}));
  EXPECT_EQ(names(c), (std::vector<std::string>{"first", "second"}));
}

TEST(Serialize, AttachedSchemaAndUnknownSchema) {
  SQLCORE_REQUIRE_FEATURE(lacks_images);
  sc::testing::TempDir dir;
  sc::Engine engine = sc::create_engine("sqlite://");
  sc::Connection c = engine.connect();
  c.execute(sc::text("ATTACH DATABASE :f AS aux"), {{"f", dir.file("aux.db")}});
  c.raw().exec(
      "CREATE TABLE aux.docs (id INTEGER PRIMARY KEY, name TEXT);"
      "INSERT INTO aux.docs VALUES (1, 'aux row')");
  sc::Engine copy = sc::deserialize_engine(c.serialize("aux"));
  sc::Connection m = copy.connect();
  EXPECT_EQ(names(m), std::vector<std::string>{"aux row"});
  try {
    (void)c.serialize("nope");
    FAIL() << "no ArgumentError";
  } catch (const sc::ArgumentError& e) {
    EXPECT_NE(std::string(e.what()).find("'nope'"), std::string::npos) << e.what();
  }
}

TEST(Serialize, EmptyDatabaseRoundTrips) {
  SQLCORE_REQUIRE_FEATURE(lacks_images);
  sc::Engine engine = sc::create_engine("sqlite://");
  sc::Connection c = engine.connect();
  sc::Engine copy = sc::deserialize_engine(c.serialize());
  sc::Connection m = copy.connect();
  m.raw().exec("CREATE TABLE t (x); INSERT INTO t VALUES (1)");
  EXPECT_EQ(*m.execute(sc::text("SELECT x FROM t")).scalar<int>(), 1);
}

TEST(Serialize, BadBytesGiveAClearError) {
  SQLCORE_REQUIRE_FEATURE(lacks_images);
  auto expect_not_a_database = [](std::vector<std::byte> bytes, const char* why) {
    try {
      sc::deserialize_engine(bytes);
      ADD_FAILURE() << "no error for " << why;
    } catch (const sc::DatabaseError& e) {
      EXPECT_NE(std::string(e.what()).find("deserialize_engine"), std::string::npos) << e.what();
    }
  };
  expect_not_a_database(std::vector<std::byte>(50, std::byte{7}), "short");
  expect_not_a_database(std::vector<std::byte>(4096, std::byte{0}), "no magic");
  sc::Engine engine = sc::create_engine("sqlite://");
  sc::Connection c = engine.connect();
  make_docs(c);
  std::vector<std::byte> image = c.serialize();
  ASSERT_GT(image.size(), 1000u);
  std::vector<std::byte> cut(image.begin(), image.begin() + 1000);
  expect_not_a_database(cut, "not whole pages");
  std::vector<std::byte> garbage = image;
  // Pages destroyed (a loop: GCC 12's -Wstringop-overflow misreads std::fill from +100 here).
  for (std::size_t i = 100; i < garbage.size(); ++i) garbage[i] = std::byte{0xA5};
  expect_not_a_database(garbage, "garbage pages");
  EXPECT_THROW(sc::deserialize_engine(image, {.pool = sc::PoolKind::queue}), sc::ArgumentError);
}
