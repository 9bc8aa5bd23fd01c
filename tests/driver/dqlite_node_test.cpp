// sc::dqlite::Node (src/driver/dqlite/node.cpp): start and stop a node in this process, and the
// bad input it refuses, each named.
// SPDX-License-Identifier: MIT
#include <sqlcore/dqlite.hpp>
#include <sqlcore/errors.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <fstream>

#include <gtest/gtest.h>

#include "support/dqlite_cluster.hpp"
#include "support/expect.hpp"
#include "support/temp_dir.hpp"

namespace sc = sqlcore;

namespace {

std::string loopback(int port) { return "127.0.0.1:" + std::to_string(port); }

TEST(DqliteNode, StartsAndStopsAndStartsAgain) {
  sc::testing::TempDir dir;
  sc::dqlite::Node n({.id = 1,
                      .address = loopback(sc::testing::free_loopback_port()),
                      .data_dir = dir.file("n1")});
  EXPECT_FALSE(n.running());
  n.start();
  EXPECT_TRUE(n.running());
  EXPECT_THROW_MSG(n.start(), sc::InvalidRequestError, "runs already");
  n.stop();
  EXPECT_FALSE(n.running());
  n.stop();   // no effect
  n.start();  // again, on its data directory
  EXPECT_TRUE(n.running());
  EXPECT_EQ(n.id(), 1u);
  EXPECT_EQ(n.data_dir(), dir.file("n1"));
}  // the destructor stops it

TEST(DqliteNode, RefusesBadOptionsNamingThem) {
  EXPECT_THROW_MSG(sc::dqlite::Node({.id = 0, .address = "127.0.0.1:9001", .data_dir = "/tmp/x"}),
                   sc::ArgumentError, "id must be positive");
  EXPECT_THROW_MSG(sc::dqlite::Node({.id = 1, .address = "127.0.0.1", .data_dir = "/tmp/x"}),
                   sc::ArgumentError, "'127.0.0.1' is not host:port");
  EXPECT_THROW_MSG(sc::dqlite::Node({.id = 1, .address = "127.0.0.1:70000", .data_dir = "/x"}),
                   sc::ArgumentError, "the port must be 1-65535");
  EXPECT_THROW_MSG(sc::dqlite::Node({.id = 1, .address = "127.0.0.1:9001", .data_dir = ""}),
                   sc::ArgumentError, "data_dir is empty");
}

TEST(DqliteNode, RefusesADataDirThatCannotBeWritten) {
  sc::testing::TempDir dir;
  std::ofstream(dir.file("plain")) << "a file, not a directory";
  std::string bad = dir.file("plain") + "/n1";
  sc::dqlite::Node n(
      {.id = 1, .address = loopback(sc::testing::free_loopback_port()), .data_dir = bad});
  EXPECT_THROW_MSG(n.start(), sc::ArgumentError, "data_dir '" + bad + "' cannot be created");
  EXPECT_FALSE(n.running());
}

TEST(DqliteNode, RefusesAnAddressInUse) {
  sc::testing::TempDir dir;
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  ASSERT_GE(fd, 0);
  sockaddr_in sa{};
  sa.sin_family = AF_INET;
  sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof sa;
  ASSERT_EQ(::bind(fd, reinterpret_cast<sockaddr*>(&sa), sizeof sa), 0);
  ASSERT_EQ(::listen(fd, 1), 0);
  ASSERT_EQ(::getsockname(fd, reinterpret_cast<sockaddr*>(&sa), &len), 0);
  std::string taken = loopback(ntohs(sa.sin_port));
  sc::dqlite::Node n({.id = 1, .address = taken, .data_dir = dir.file("n1")});
  EXPECT_THROW_MSG(n.start(), sc::OperationalError, "address " + taken + " is in use");
  ::close(fd);
}

}  // namespace
