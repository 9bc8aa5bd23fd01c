// The dqlite client (src/driver/dqlite/client.hpp) against real nodes run in this process
// through libdqlite's C API, and against plain sockets that misbehave.
// SPDX-License-Identifier: MIT
#include "driver/dqlite/client.hpp"

#include <arpa/inet.h>
// Debian's dqlite.h (1.11.1) has no extern "C" of its own.
extern "C" {
#include <dqlite.h>
}
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "sqlcore/errors.hpp"
#include "support/temp_dir.hpp"

namespace dq = sqlcore::detail::dqlite;
using sqlcore::detail::Cell;
using sqlcore::detail::StorageClass;
using namespace std::chrono_literals;

namespace {

// A loopback socket bound to a free port; listening when asked (backlog: connections complete
// without accept()).
struct Socket {
  int fd = -1;
  int port = 0;
  explicit Socket(bool listening) {
    fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    EXPECT_EQ(::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a), 0);
    socklen_t len = sizeof a;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
    port = ntohs(a.sin_port);
    if (listening) {
      EXPECT_EQ(::listen(fd, 8), 0);
    }
  }
  ~Socket() { close(); }
  void close() {
    if (fd >= 0) ::close(fd);
    fd = -1;
  }
  std::string address() const { return "127.0.0.1:" + std::to_string(port); }
};

std::string free_address() {
  Socket s(false);
  return s.address();
}

// One dqlite node in this process: id, a free loopback port, its own data directory.
class TestNode {
 public:
  explicit TestNode(dqlite_node_id id) : address_(free_address()) {
    // libraft writes to peers that went away: without this, stopping a node can end the
    // process with SIGPIPE (dqlite 1.11, measured).
    std::signal(SIGPIPE, SIG_IGN);
    EXPECT_EQ(dqlite_node_create(id, address_.c_str(), dir_.path().c_str(), &node_), 0);
    EXPECT_EQ(dqlite_node_set_bind_address(node_, address_.c_str()), 0);
    EXPECT_EQ(dqlite_node_start(node_), 0) << dqlite_node_errmsg(node_);
  }
  ~TestNode() {
    stop();
    dqlite_node_destroy(node_);
  }
  TestNode(const TestNode&) = delete;
  TestNode& operator=(const TestNode&) = delete;

  void stop() {
    if (running_) dqlite_node_stop(node_);
    running_ = false;
  }
  const std::string& address() const { return address_; }

  // A client once the node knows its leader (a single node elects itself in well under 5 s).
  dq::Client leader_client(dq::ClientOptions options = {}) {
    auto until = std::chrono::steady_clock::now() + 10s;
    for (;;) {
      dq::Client c = dq::Client::connect(address_, options);
      if (c.leader() || std::chrono::steady_clock::now() > until) return c;
      std::this_thread::sleep_for(50ms);
    }
  }

 private:
  sqlcore::testing::TempDir dir_;
  std::string address_;
  dqlite_node* node_ = nullptr;
  bool running_ = true;
};

Cell integer(std::int64_t v) {
  Cell c;
  c.storage = StorageClass::integer;
  c.integer = v;
  return c;
}
Cell real(double v) {
  Cell c;
  c.storage = StorageClass::real;
  c.real = v;
  return c;
}
Cell text(std::string s) {
  Cell c;
  c.storage = StorageClass::text;
  c.bytes = std::move(s);
  return c;
}
Cell blob(std::string s) {
  Cell c;
  c.storage = StorageClass::blob;
  c.bytes = std::move(s);
  return c;
}

// One node for the suite (starting one takes a while); each test opens its own database.
class DqliteClient : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { shared_node = new TestNode(1); }
  static void TearDownTestSuite() {
    delete shared_node;
    shared_node = nullptr;
  }

  void SetUp() override {
    client_ = std::make_unique<dq::Client>(shared_node->leader_client());
    db_ = client_->open(::testing::UnitTest::GetInstance()->current_test_info()->name());
  }

  static TestNode* shared_node;
  std::unique_ptr<dq::Client> client_;
  std::uint32_t db_ = 0;
};
TestNode* DqliteClient::shared_node = nullptr;

template <class E, class F>
std::string message_of(F&& f) {
  try {
    f();
  } catch (const E& e) {
    return e.what();
  }
  ADD_FAILURE() << "nothing thrown";
  return {};
}

TEST_F(DqliteClient, LeaderIsTheNodeItself) {
  auto leader = client_->leader();
  ASSERT_TRUE(leader);
  EXPECT_EQ(leader->id, 1U);
  EXPECT_EQ(leader->address, shared_node->address());
}

TEST_F(DqliteClient, ConnectToLeaderSkipsADeadAddress) {
  dq::Client c = dq::connect_to_leader({free_address(), shared_node->address()}, {1000ms});
  EXPECT_EQ(c.address(), shared_node->address());
}

TEST_F(DqliteClient, ExecSqlCreatesAndInserts) {
  client_->exec_sql(db_, "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)", {});
  dq::ExecResult r = client_->exec_sql(db_, "INSERT INTO t (name) VALUES ('a'), ('b')", {});
  EXPECT_EQ(r.rows_affected, 2);
  EXPECT_EQ(r.last_insert_id, 2);
  dq::Rows rows = client_->query_sql(db_, "SELECT id, name FROM t ORDER BY id", {});
  EXPECT_EQ(rows.columns, (std::vector<std::string>{"id", "name"}));
  ASSERT_EQ(rows.rows.size(), 2U);
  EXPECT_EQ(rows.rows[1][1].bytes, "b");
}

TEST_F(DqliteClient, PreparedStatementsBindAndReadEveryValueType) {
  client_->exec_sql(db_, "CREATE TABLE v (i INTEGER, r REAL, s TEXT, b BLOB, n)", {});
  dq::Prepared ins = client_->prepare(db_, "INSERT INTO v VALUES (?, ?, ?, ?, ?)");
  EXPECT_EQ(ins.params, 5U);
  std::string bytes("\0\1\2\xff", 4);
  dq::ExecResult r =
      client_->exec(db_, ins.stmt_id, {integer(-42), real(2.5), text("héllo"), blob(bytes), {}});
  EXPECT_EQ(r.rows_affected, 1);
  client_->exec(db_, ins.stmt_id, {integer(INT64_MAX), real(-0.1), text(""), blob(""), {}});
  dq::Prepared sel = client_->prepare(db_, "SELECT i, r, s, b, n FROM v WHERE i < ? ORDER BY i");
  dq::Rows rows = client_->query(db_, sel.stmt_id, {integer(0)});
  ASSERT_EQ(rows.rows.size(), 1U);
  const auto& row = rows.rows[0];
  EXPECT_EQ(row[0].storage, StorageClass::integer);
  EXPECT_EQ(row[0].integer, -42);
  EXPECT_EQ(row[1].storage, StorageClass::real);
  EXPECT_EQ(row[1].real, 2.5);
  EXPECT_EQ(row[1].bytes, "2.5");
  EXPECT_EQ(row[2].storage, StorageClass::text);
  EXPECT_EQ(row[2].bytes, "héllo");
  EXPECT_EQ(row[3].storage, StorageClass::blob);
  EXPECT_EQ(row[3].bytes, bytes);
  EXPECT_EQ(row[4].storage, StorageClass::null);
  rows = client_->query(db_, sel.stmt_id, {integer(INT64_MAX)});  // rebinds, reruns
  ASSERT_EQ(rows.rows.size(), 1U);
  rows = client_->query_sql(db_, "SELECT i, r, s, b FROM v WHERE i = ?", {integer(INT64_MAX)});
  ASSERT_EQ(rows.rows.size(), 1U);
  EXPECT_EQ(rows.rows[0][0].integer, INT64_MAX);
  EXPECT_EQ(rows.rows[0][1].real, -0.1);
  EXPECT_EQ(rows.rows[0][2].storage, StorageClass::text);
  EXPECT_EQ(rows.rows[0][2].bytes, "");
  EXPECT_EQ(rows.rows[0][3].storage, StorageClass::blob);
  EXPECT_EQ(rows.rows[0][3].bytes, "");
  client_->finalize(db_, ins.stmt_id);
  client_->finalize(db_, sel.stmt_id);
}

TEST_F(DqliteClient, DateAndBooleanColumnsReadBackAsDqliteSendsThem) {
  client_->exec_sql(db_, "CREATE TABLE d (at DATETIME, day DATE, flag BOOLEAN)", {});
  client_->exec_sql(db_, "INSERT INTO d VALUES ('2024-01-02 03:04:05', NULL, 1), (NULL, 0, NULL)",
                    {});
  dq::Rows rows = client_->query_sql(db_, "SELECT at, day, flag FROM d ORDER BY rowid", {});
  ASSERT_EQ(rows.rows.size(), 2U);
  EXPECT_EQ(rows.rows[0][0].storage, StorageClass::text);
  EXPECT_EQ(rows.rows[0][0].bytes, "2024-01-02 03:04:05");
  EXPECT_EQ(rows.rows[0][1].storage, StorageClass::null);  // dqlite sends ""
  EXPECT_EQ(rows.rows[0][2].storage, StorageClass::integer);
  EXPECT_EQ(rows.rows[0][2].integer, 1);
  EXPECT_EQ(rows.rows[1][0].storage, StorageClass::null);
  EXPECT_EQ(rows.rows[1][1].storage, StorageClass::integer);  // an INTEGER in a DATE column
  EXPECT_EQ(rows.rows[1][1].integer, 0);
  // dqlite 1.11 sends NULL in a BOOLEAN column as BOOLEAN 0 (src/query.c reads it with
  // sqlite3_column_int64): on the wire it is false, and no client can tell (measured).
  EXPECT_EQ(rows.rows[1][2].storage, StorageClass::integer);
  EXPECT_EQ(rows.rows[1][2].integer, 0);
  // A BOOLEAN read through an expression has no declared type: NULL stays NULL.
  rows = client_->query_sql(db_, "SELECT flag + 0 FROM d ORDER BY rowid", {});
  EXPECT_EQ(rows.rows[1][0].storage, StorageClass::null);
}

TEST_F(DqliteClient, QueryReadsEveryPartOfALargeResult) {
  client_->exec_sql(db_, "CREATE TABLE big (n INTEGER, pad TEXT)", {});
  // 3000 rows of over 100 bytes: dqlite sends a part per memory page (4 KiB), so ~80 parts.
  client_->exec_sql(db_,
                    "WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 3000)"
                    " INSERT INTO big SELECT n, printf('%0100d', n) FROM c",
                    {});
  dq::Prepared sel = client_->prepare(db_, "SELECT n, pad FROM big ORDER BY n");
  dq::Rows rows = client_->query(db_, sel.stmt_id, {});
  ASSERT_EQ(rows.rows.size(), 3000U);
  for (std::size_t i = 0; i < rows.rows.size(); ++i) {
    ASSERT_EQ(rows.rows[i][0].integer, static_cast<std::int64_t>(i + 1));
    ASSERT_EQ(rows.rows[i][1].bytes.size(), 100U);
  }
  // The connection is in step after the last part.
  EXPECT_EQ(client_->query_sql(db_, "SELECT count(*) FROM big", {}).rows[0][0].integer, 3000);
}

TEST_F(DqliteClient, FinalizedStatementIsGone) {
  dq::Prepared p = client_->prepare(db_, "SELECT 1");
  client_->finalize(db_, p.stmt_id);
  std::string what = message_of<sqlcore::DBAPIError>([&] { client_->query(db_, p.stmt_id, {}); });
  EXPECT_NE(what.find("no statement with the given id"), std::string::npos) << what;
  EXPECT_TRUE(client_->is_open());
}

TEST_F(DqliteClient, QueryOfAStatementWithoutColumnsFailsAndRunsNothing) {
  client_->exec_sql(db_, "CREATE TABLE p (x)", {});
  dq::Prepared ins = client_->prepare(db_, "INSERT INTO p VALUES (1)");
  // dqlite 1.11 refuses before stepping, with SQLITE_ERROR and sqlite3_errmsg's "not an error".
  std::string what =
      message_of<sqlcore::OperationalError>([&] { client_->query(db_, ins.stmt_id, {}); });
  EXPECT_NE(what.find("not an error"), std::string::npos) << what;
  EXPECT_EQ(client_->query_sql(db_, "SELECT count(*) FROM p", {}).rows[0][0].integer, 0);
  EXPECT_EQ(client_->exec(db_, ins.stmt_id, {}).rows_affected, 1);
  // EXEC of a query that yields a row fails with SQLITE_ROW (dqlite 1.11 steps it once).
  dq::Prepared sel = client_->prepare(db_, "SELECT x FROM p");
  try {
    client_->exec(db_, sel.stmt_id, {});
    FAIL() << "EXEC of a SELECT returned";
  } catch (const sqlcore::DBAPIError& e) {
    EXPECT_EQ(e.sqlite_code(), 100) << e.what();
  }
  EXPECT_TRUE(client_->is_open());
  EXPECT_EQ(client_->query(db_, sel.stmt_id, {}).rows.size(), 1U);
}

TEST_F(DqliteClient, TransactionsAsSqlCommitAndRollBack) {
  client_->exec_sql(db_, "CREATE TABLE q (x)", {});
  client_->exec_sql(db_, "BEGIN", {});
  client_->exec_sql(db_, "INSERT INTO q VALUES (1)", {});
  client_->exec_sql(db_, "ROLLBACK", {});
  EXPECT_EQ(client_->query_sql(db_, "SELECT count(*) FROM q", {}).rows[0][0].integer, 0);
  client_->exec_sql(db_, "BEGIN", {});
  client_->exec_sql(db_, "INSERT INTO q VALUES (2)", {});
  client_->exec_sql(db_, "COMMIT", {});
  EXPECT_EQ(client_->query_sql(db_, "SELECT x FROM q", {}).rows[0][0].integer, 2);
}

TEST_F(DqliteClient, OneDatabasePerConnectionAndEmptyResultsKeepTheirColumns) {
  std::string what = message_of<sqlcore::OperationalError>([&] { client_->open("other"); });
  EXPECT_NE(what.find("a database for this connection is already open"), std::string::npos) << what;
  dq::Rows rows = client_->query_sql(db_, "SELECT 1 AS one WHERE 0", {});
  EXPECT_EQ(rows.columns, std::vector<std::string>{"one"});
  EXPECT_TRUE(rows.rows.empty());
  rows = client_->query_sql(db_, "PRAGMA table_list", {});
  EXPECT_FALSE(rows.rows.empty());
}

TEST_F(DqliteClient, ClusterListsTheNodeAsVoter) {
  std::vector<dq::NodeInfo> nodes = client_->cluster();
  ASSERT_EQ(nodes.size(), 1U);
  EXPECT_EQ(nodes[0].id, 1U);
  EXPECT_EQ(nodes[0].address, shared_node->address());
  EXPECT_EQ(nodes[0].role, dq::role_voter);
}

TEST_F(DqliteClient, BadSqlThrowsWithDqlitesMessageAndTheConnectionStays) {
  std::string what =
      message_of<sqlcore::OperationalError>([&] { client_->prepare(db_, "SELEC 1"); });
  EXPECT_NE(what.find("syntax error"), std::string::npos) << what;
  EXPECT_NE(what.find("[SQL: SELEC 1]"), std::string::npos) << what;
  what = message_of<sqlcore::OperationalError>(
      [&] { client_->query_sql(db_, "SELECT * FROM missing", {}); });
  EXPECT_NE(what.find("no such table: missing"), std::string::npos) << what;
  EXPECT_TRUE(client_->is_open());
  EXPECT_EQ(client_->query_sql(db_, "SELECT 7", {}).rows[0][0].integer, 7);
}

TEST_F(DqliteClient, ConstraintViolationIsIntegrityError) {
  client_->exec_sql(db_, "CREATE TABLE u (x INTEGER UNIQUE)", {});
  client_->exec_sql(db_, "INSERT INTO u VALUES (1)", {});
  try {
    client_->exec_sql(db_, "INSERT INTO u VALUES (?)", {integer(1)});
    FAIL() << "duplicate inserted";
  } catch (const sqlcore::IntegrityError& e) {
    EXPECT_EQ(e.sqlite_primary_code(), 19);
    EXPECT_NE(std::string(e.what()).find("UNIQUE constraint failed: u.x"), std::string::npos)
        << e.what();
  }
}

TEST_F(DqliteClient, MoreThan255ParametersIsArgumentErrorBeforeSending) {
  std::vector<Cell> params(256, integer(1));
  std::string what =
      message_of<sqlcore::ArgumentError>([&] { client_->exec_sql(db_, "SELECT 1", params); });
  EXPECT_NE(what.find("at most 255 parameters"), std::string::npos) << what;
  EXPECT_TRUE(client_->is_open());
  std::vector<Cell> most(255, integer(1));
  std::string sql = "SELECT ?";
  for (int i = 1; i < 255; ++i) sql += " + ?";
  EXPECT_EQ(client_->query_sql(db_, sql, most).rows[0][0].integer, 255);
}

TEST(DqliteClientNode, NodeWithoutLeaderAnswersNoneAndNotLeader) {
  TestNode lone(2);  // not node 1: it does not bootstrap a cluster, so it never leads
  dq::Client c = dq::Client::connect(lone.address());
  EXPECT_FALSE(c.leader());
  std::uint32_t db = c.open("x");
  try {
    c.exec_sql(db, "CREATE TABLE t (x)", {});
    FAIL() << "a node without a cluster executed";
  } catch (const dq::NotLeaderError& e) {
    EXPECT_EQ(e.sqlite_code(), 10250);
    EXPECT_NE(std::string(e.what()).find(lone.address()), std::string::npos) << e.what();
  }
  EXPECT_TRUE(c.is_open());
  std::string what =
      message_of<dq::ConnectionError>([&] { dq::connect_to_leader({lone.address()}, {1000ms}); });
  EXPECT_NE(what.find("knows no leader"), std::string::npos) << what;
}

TEST(DqliteClientNode, StoppedNodeThrowsOperationalError) {
  TestNode node(1);
  dq::Client c = node.leader_client({2000ms});
  std::uint32_t db = c.open("x");
  c.exec_sql(db, "CREATE TABLE t (x)", {});
  node.stop();
  auto start = std::chrono::steady_clock::now();
  std::string what = message_of<sqlcore::OperationalError>(
      [&] { c.exec_sql(db, "INSERT INTO t VALUES (1)", {}); });
  EXPECT_LT(std::chrono::steady_clock::now() - start, 5s);
  EXPECT_NE(what.find(node.address()), std::string::npos) << what;
  EXPECT_FALSE(c.is_open());
  what = message_of<dq::ConnectionError>([&] { c.leader(); });
  EXPECT_NE(what.find("is closed"), std::string::npos) << what;
  what = message_of<dq::ConnectionError>([&] { dq::Client::connect(node.address()); });
  EXPECT_NE(what.find("cannot connect to " + node.address()), std::string::npos) << what;
}

TEST(DqliteClientSocket, SilentServerTimesOutWithinTheTimeout) {
  Socket silent(true);  // listens, never accepts, never answers
  dq::Client c = dq::Client::connect(silent.address(), {200ms});
  auto start = std::chrono::steady_clock::now();
  std::string what = message_of<dq::ConnectionError>([&] { c.leader(); });
  auto took = std::chrono::steady_clock::now() - start;
  EXPECT_GE(took, 190ms);
  EXPECT_LT(took, 2s);
  EXPECT_NE(
      what.find("waiting for " + silent.address() + " to answer LEADER timed out after 200 ms"),
      std::string::npos)
      << what;
  EXPECT_FALSE(c.is_open());
}

TEST(DqliteClientSocket, ServerClosingTheConnectionThrowsOperationalError) {
  Socket server(true);
  std::thread closer([&] {
    int fd = ::accept(server.fd, nullptr, nullptr);
    char buf[64];
    (void)::recv(fd, buf, sizeof buf, 0);  // the handshake, maybe more
    ::close(fd);
  });
  dq::Client c = dq::Client::connect(server.address(), {2000ms});
  std::string what = message_of<sqlcore::OperationalError>([&] {
    c.leader();
    c.leader();  // whichever sees the close
  });
  closer.join();
  EXPECT_NE(what.find(server.address()), std::string::npos) << what;
  EXPECT_FALSE(c.is_open());
}

TEST(DqliteClientSocket, MalformedResponseClosesTheClient) {
  Socket server(true);
  std::thread liar([&] {
    int fd = ::accept(server.fd, nullptr, nullptr);
    char buf[64];
    (void)::recv(fd, buf, sizeof buf, 0);
    // A SERVER header claiming a 32 GiB body.
    unsigned char header[8] = {0xff, 0xff, 0xff, 0xff, 1, 0, 0, 0};
    (void)::send(fd, header, sizeof header, MSG_NOSIGNAL);
    (void)::recv(fd, buf, sizeof buf, 0);  // until the client hangs up
    ::close(fd);
  });
  dq::Client c = dq::Client::connect(server.address(), {2000ms});
  std::string what = message_of<sqlcore::OperationalError>([&] { c.leader(); });
  EXPECT_NE(what.find("dqlite: malformed"), std::string::npos) << what;
  EXPECT_FALSE(c.is_open());
  liar.join();
}

TEST(DqliteClientSocket, BadAddressIsArgumentError) {
  EXPECT_THROW(dq::Client::connect("no-port"), sqlcore::ArgumentError);
  EXPECT_THROW(dq::Client::connect("host:12x"), sqlcore::ArgumentError);
  EXPECT_THROW(dq::connect_to_leader({}), sqlcore::ArgumentError);
}

}  // namespace
