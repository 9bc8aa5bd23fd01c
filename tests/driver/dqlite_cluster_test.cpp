// The dqlite driver against a real 3-node cluster in the test process (support/dqlite_cluster):
// the same program as on a file, failover while a writer commits, a node that stops answering,
// what dqlite cannot do, membership.
// SPDX-License-Identifier: MIT
#include <sqlcore/dqlite.hpp>
#include <sqlcore/sqlcore.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <sstream>
#include <stdexcept>
#include <thread>

#include <gtest/gtest.h>

#include "support/dqlite_cluster.hpp"
#include "support/expect.hpp"
#include "support/temp_dir.hpp"

namespace sc = sqlcore;
using namespace std::chrono_literals;

namespace {

// One cluster for the tests that leave it running (starting one takes about a second),
// started by the first test that asks and stopped, its data directory removed, after the last
// (ctest runs each test in a process of its own: a cluster left behind is 70 MB in /tmp).
class SharedCluster : public ::testing::Environment {
 public:
  static sc::testing::DqliteCluster& get() {
    if (!slot()) slot() = std::make_unique<sc::testing::DqliteCluster>(3);
    return *slot();
  }
  void TearDown() override { slot().reset(); }

 private:
  static std::unique_ptr<sc::testing::DqliteCluster>& slot() {
    static std::unique_ptr<sc::testing::DqliteCluster> cluster;
    return cluster;
  }
};
[[maybe_unused]] ::testing::Environment* const shared_cluster_environment =
    ::testing::AddGlobalTestEnvironment(new SharedCluster);

sc::testing::DqliteCluster& shared_cluster() { return SharedCluster::get(); }

struct Person {
  std::int64_t id;
  std::string name;
  std::optional<double> score;
  std::optional<sc::Timestamp> seen;
  std::optional<bool> active;
};

// The acceptance program: create_all, 10,000 rows through executemany, a select into structs,
// reflection, a rolled-back transaction; what it saw, as text.
std::string run_program(sc::Engine& engine) {
  sc::MetaData meta;
  const sc::Table& people =
      meta.table("people", sc::Column("id", sc::Integer()).primary_key(),
                 sc::Column("name", sc::String(40)).nullable(false),
                 sc::Column("score", sc::Float()), sc::Column("seen", sc::DateTime()),
                 sc::Column("active", sc::Boolean()), sc::Index("ix_people_name", {"name"}));
  meta.create_all(engine);
  std::ostringstream out;
  sc::Connection conn = engine.connect();
  auto base = std::chrono::time_point_cast<std::chrono::microseconds>(
      std::chrono::sys_days{std::chrono::year{2024} / 1 / 1});
  std::vector<Person> rows;
  for (std::int64_t i = 1; i <= 10000; ++i) {
    rows.push_back(
        {i, "p" + std::to_string(i), i % 3 == 0 ? std::nullopt : std::optional<double>(i * 0.5),
         i % 4 == 0 ? std::nullopt : std::optional<sc::Timestamp>(base + std::chrono::minutes(i)),
         // No NULL booleans: libdqlite 1.11 sends them as false (NullBooleans...).
         std::optional<bool>(i % 2 == 0)});
  }
  {
    sc::Transaction tx = conn.begin();
    out << "inserted " << conn.execute(people.insert(), rows).rowcount() << "\n";
    tx.commit();
  }
  auto back = conn.execute(sc::select(people.c("id"), people.c("name"), people.c("score"),
                                      people.c("seen"), people.c("active"))
                               .order_by(people.c("id")))
                  .all<Person>();
  out << "selected " << back.size() << "\n";
  std::size_t same = 0;
  for (std::size_t i = 0; i < back.size() && i < rows.size(); ++i)
    if (back[i].id == rows[i].id && back[i].name == rows[i].name &&
        back[i].score == rows[i].score && back[i].seen == rows[i].seen &&
        back[i].active == rows[i].active)
      ++same;
  out << "equal " << same << "\n";
  out << "null seen "
      << *conn.execute(sc::text("SELECT count(*) FROM people WHERE seen IS NULL"))
              .scalar<std::int64_t>()
      << "\n";
  sc::Inspector insp(conn);
  for (const auto& t : insp.get_table_names()) out << "table " << t << "\n";
  for (const auto& c : insp.get_columns("people"))
    out << "column " << c.name << " " << c.type.compile(sc::sqlite_dialect()) << " " << c.nullable
        << "\n";
  for (const auto& ix : insp.get_indexes("people")) out << "index " << ix.name << "\n";
  sc::MetaData reflected;
  reflected.reflect(conn);
  out << sc::CreateTable(*reflected.tables().front()).compile(sc::sqlite_dialect()) << "\n";
  {
    sc::Transaction tx = conn.begin();
    conn.execute(people.insert(), std::vector<Person>{{20000, "gone", 1.0, std::nullopt, true}});
    conn.execute(sc::text("DELETE FROM people WHERE id <= 10"));
    tx.rollback();
  }
  out << "after rollback "
      << *conn.execute(sc::text("SELECT count(*) FROM people")).scalar<std::int64_t>() << " "
      << *conn.execute(sc::text("SELECT max(id) FROM people")).scalar<std::int64_t>() << "\n";
  out << "sum " << *conn.execute(sc::text("SELECT sum(score) FROM people")).scalar<double>()
      << "\n";
  return out.str();
}

TEST(DqliteCluster, RunsTheSameProgramAsOnAFile) {
  sc::testing::TempDir dir;
  sc::Engine file = sc::create_engine(dir.url("app.db"));
  sc::Engine cluster = sc::create_engine(shared_cluster().url("same_program.db"));
  std::string on_file = run_program(file);
  std::string on_cluster = run_program(cluster);
  EXPECT_NE(on_file.find("inserted 10000\nselected 10000\nequal 10000\nnull seen 2500\n"),
            std::string::npos)
      << on_file;
  EXPECT_EQ(on_cluster, on_file);
}

TEST(DqliteCluster, ListsItsMembersAndRefusesAnIdTwice) {
  auto& cluster = shared_cluster();
  sc::Engine e = sc::create_engine(cluster.url("members.db"));
  std::vector<sc::dqlite::NodeInfo> members = sc::dqlite::cluster_members(e);
  ASSERT_EQ(members.size(), 3u);
  for (std::uint64_t id = 1; id <= 3; ++id) {
    auto it =
        std::find_if(members.begin(), members.end(), [&](const auto& m) { return m.id == id; });
    ASSERT_NE(it, members.end()) << id;
    EXPECT_EQ(it->address, cluster.node(id).address());
    EXPECT_EQ(it->role, sc::dqlite::Role::voter);
  }
  EXPECT_THROW_MSG(sc::dqlite::join_cluster(cluster.addresses(), 2, "127.0.0.1:1"),
                   sc::ArgumentError,
                   "node id 2 is already in the cluster (at " + cluster.node(2).address() + ")");
  EXPECT_THROW_MSG(sc::dqlite::cluster_members(sc::create_engine("sqlite://")), sc::ArgumentError,
                   "is not on a dqlite cluster");
}

TEST(DqliteCluster, RefusesWhatDqliteCannotDoNamingIt) {
  sc::Engine e = sc::create_engine(shared_cluster().url("refused.db"));
  sc::Connection conn = e.connect();
  EXPECT_THROW_MSG(conn.native_handle(), sc::NotSupportedError, "dqlite driver has no sqlite3");
  sc::Engine mem = sc::create_engine("sqlite://");
  sc::Connection dst = mem.connect();
  EXPECT_THROW_MSG(sc::backup(conn, dst), sc::NotSupportedError, "dqlite");
  EXPECT_THROW_MSG(e.create_function("twice", [](std::int64_t x) { return 2 * x; }),
                   sc::NotSupportedError, "dqlite driver cannot run C++ SQL");
  EXPECT_THROW_MSG(conn.serialize(), sc::NotSupportedError, "dqlite");
  EXPECT_THROW_MSG(sc::ChangeRecorder rec(conn), sc::NotSupportedError, "dqlite");
  conn.execute(sc::text("CREATE TABLE IF NOT EXISTS r (x INTEGER)"));
  EXPECT_THROW_MSG(conn.execute(sc::text("INSERT INTO r VALUES (1) RETURNING x")),
                   sc::NotSupportedError, "RETURNING");
  // 255 parameters at most: dqlite counts them in one byte.
  std::string many = "SELECT :p1";
  sc::Params params{{"p1", std::int64_t{1}}};
  for (int i = 2; i <= 256; ++i) {
    many += ", :p" + std::to_string(i);
    params.emplace_back("p" + std::to_string(i), std::int64_t{i});
  }
  EXPECT_THROW_MSG(conn.execute(sc::text(many), params), sc::ArgumentError,
                   "at most 255 parameters");
  EXPECT_EQ(
      *conn.execute(sc::text("SELECT json_extract('{\"a\": 5}', '$.a')")).scalar<std::int64_t>(),
      5);
}

TEST(DqliteCluster, ReadsNullDatesAsNull) {
  sc::Engine e = sc::create_engine(shared_cluster().url("dates.db"));
  sc::Connection conn = e.connect();
  conn.execute(sc::text("CREATE TABLE d (a DATE, b DATETIME, c TIMESTAMP, t TEXT)"));
  conn.execute(sc::text("INSERT INTO d VALUES (NULL, NULL, NULL, '')"));
  sc::Result r = conn.execute(sc::text("SELECT a, b, c, t FROM d"));
  sc::Row row = *r.begin();
  EXPECT_EQ(row.get<std::optional<std::string>>("a"), std::nullopt);
  EXPECT_EQ(row.get<std::optional<std::string>>("b"), std::nullopt);
  EXPECT_EQ(row.get<std::optional<std::string>>("c"), std::nullopt);
  EXPECT_EQ(row.get<std::optional<std::string>>("t"), std::string());  // a real empty text
}

// A known loss in libdqlite 1.11 (its query.c encodes a BOOLEAN column's value with
// sqlite3_column_int64, NULL included), documented in docs/dqlite.md: this test notices the day
// the server sends the NULL.
TEST(DqliteCluster, NullBooleansReadAsFalseOnLibdqlite111) {
  sc::Engine e = sc::create_engine(shared_cluster().url("booleans.db"));
  sc::Connection conn = e.connect();
  conn.execute(sc::text("CREATE TABLE b (flag BOOLEAN, n INTEGER)"));
  conn.execute(sc::text("INSERT INTO b VALUES (NULL, NULL)"));
  sc::Result r = conn.execute(sc::text("SELECT flag, n, flag IS NULL AS is_null FROM b"));
  sc::Row row = *r.begin();
  EXPECT_EQ(row.get<std::optional<std::int64_t>>("flag"), std::int64_t{0});
  EXPECT_EQ(row.get<std::optional<std::int64_t>>("n"), std::nullopt);
  EXPECT_EQ(row.get<std::int64_t>("is_null"), 1);  // the database holds NULL
}

TEST(DqliteCluster, RefusesBadUrls) {
  EXPECT_THROW_MSG(sc::create_engine("sqlite+dqlite:///app.db"), sc::ArgumentError,
                   "needs the cluster's members");
  EXPECT_THROW_MSG(sc::create_engine("sqlite+dqlite://127.0.0.1/app.db"), sc::ArgumentError,
                   "'127.0.0.1' is not host:port");
  EXPECT_THROW_MSG(sc::create_engine("sqlite+dqlite://127.0.0.1:9001"), sc::ArgumentError,
                   "needs a database name");
  EXPECT_THROW_MSG(sc::create_engine("sqlite+dqlite://127.0.0.1:9001/a.db?mode=ro"),
                   sc::ArgumentError, "query key 'mode' does not apply to sqlite+dqlite");
  EXPECT_THROW_MSG(sc::create_engine("sqlite+dqlite://127.0.0.1:9001/a.db?io_timeout=0"),
                   sc::ArgumentError, "query key 'io_timeout' has value '0'");
  sc::URL u = sc::make_url("sqlite+dqlite://127.0.0.1:9001,127.0.0.1:9002/a.db?io_timeout=2");
  EXPECT_EQ(u.host(), "127.0.0.1:9001,127.0.0.1:9002");
  EXPECT_EQ(u.database(), "a.db");
  EXPECT_EQ(u.render(), "sqlite+dqlite://127.0.0.1:9001,127.0.0.1:9002/a.db?io_timeout=2");
  EXPECT_FALSE(u.is_memory());
}

// A listener that accepts and never answers: a node frozen (or a machine gone) with its socket
// still open, where a client without timeouts would wait forever.
class SilentNode {
 public:
  SilentNode() {
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in sa{};
    sa.sin_family = AF_INET;
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof sa;
    if (fd_ < 0 || ::bind(fd_, reinterpret_cast<sockaddr*>(&sa), sizeof sa) != 0 ||
        ::listen(fd_, 16) != 0 || ::getsockname(fd_, reinterpret_cast<sockaddr*>(&sa), &len) != 0)
      throw std::runtime_error("SilentNode: cannot listen on a loopback port");
    address_ = "127.0.0.1:" + std::to_string(ntohs(sa.sin_port));
  }
  ~SilentNode() { ::close(fd_); }
  const std::string& address() const { return address_; }

 private:
  int fd_;
  std::string address_;
};

TEST(DqliteCluster, ANodeThatStopsAnsweringMakesNoCallHang) {
  SilentNode silent;
  sc::Engine e = sc::create_engine("sqlite+dqlite://" + silent.address() +
                                   "/app.db?io_timeout=0.3&leader_timeout=1");
  auto started = std::chrono::steady_clock::now();
  EXPECT_THROW_MSG(e.connect(), sc::OperationalError, "no dqlite leader found within");
  EXPECT_THROW_MSG(e.connect(), sc::OperationalError, silent.address());
  auto took = std::chrono::steady_clock::now() - started;
  EXPECT_LT(took, 6s);      // two connects of about 1 s each, with room for a loaded machine
  EXPECT_GE(took, 1800ms);  // each did wait for the leader search, not less
  // A live member beside the silent one: the search goes on to it.
  auto& cluster = shared_cluster();
  std::string hosts = silent.address();
  for (const auto& a : cluster.addresses()) hosts += "," + a;
  sc::Engine mixed = sc::create_engine("sqlite+dqlite://" + hosts + "/app.db?io_timeout=0.3");
  EXPECT_EQ(*mixed.connect().execute(sc::text("SELECT 41 + 1")).scalar<std::int64_t>(), 42);
}

TEST(DqliteFailover, AWriterContinuesOnTheNewLeaderAndNoCommitIsHalfThere) {
  sc::testing::DqliteCluster cluster(3);
  sc::Engine e = sc::create_engine(cluster.url("failover.db"));
  {
    sc::Connection conn = e.connect();
    conn.execute(sc::text("CREATE TABLE t (n INTEGER, part INTEGER)"));
  }
  std::mutex mu;
  std::vector<int> committed, failed;
  std::atomic<bool> stop{false};
  std::atomic<int> commits{0};
  std::thread writer([&] {
    sc::Connection conn = e.connect();
    for (int n = 1; !stop.load(); ++n) {
      try {
        sc::Transaction tx = conn.begin();
        conn.execute(sc::text("INSERT INTO t VALUES (:n, 1)"), {{"n", n}});
        conn.execute(sc::text("INSERT INTO t VALUES (:n, 2)"), {{"n", n}});
        tx.commit();
        std::lock_guard lock(mu);
        committed.push_back(n);
        ++commits;
      } catch (const sc::Error&) {
        std::lock_guard lock(mu);
        failed.push_back(n);
      }
    }
  });
  auto wait_for = [&](int count, std::chrono::seconds limit) {
    auto until = std::chrono::steady_clock::now() + limit;
    while (commits.load() < count && std::chrono::steady_clock::now() < until)
      std::this_thread::sleep_for(10ms);
    return commits.load() >= count;
  };
  ASSERT_TRUE(wait_for(30, 20s));
  std::uint64_t leader = cluster.leader_id();
  cluster.node(leader).stop();  // a clean stop: must not kill this process with SIGPIPE
  int before = commits.load();
  bool continued = wait_for(before + 30, 30s);
  stop = true;
  writer.join();
  ASSERT_TRUE(continued) << "the writer made no progress after the leader stopped";
  EXPECT_NE(cluster.leader_id(), leader);

  std::string survivors;
  for (std::uint64_t id = 1; id <= 3; ++id)
    if (id != leader) survivors += (survivors.empty() ? "" : ",") + cluster.node(id).address();
  sc::Engine check = sc::create_engine("sqlite+dqlite://" + survivors + "/failover.db");
  sc::Connection conn = check.connect();
  std::map<std::int64_t, std::int64_t> parts;
  for (const sc::Row& row : conn.execute(sc::text("SELECT n, count(*) FROM t GROUP BY n")))
    parts[row.get<std::int64_t>(0)] = row.get<std::int64_t>(1);
  auto count_of = [&](int n) {
    auto it = parts.find(n);
    return it == parts.end() ? 0 : it->second;
  };
  for (int n : committed) EXPECT_EQ(count_of(n), 2) << "committed row " << n;
  for (int n : failed) EXPECT_NE(count_of(n), 1) << "row " << n << " is half there";
  for (const auto& [n, count] : parts) EXPECT_EQ(count, 2) << "row " << n << " is half there";
  EXPECT_GE(parts.size(), committed.size());
}

}  // namespace
