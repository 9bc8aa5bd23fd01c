// Insert and select throughput: a local SQLite file against a local 3-node dqlite cluster
// (three sc::dqlite::Node in this process, loopback), the figures of docs/dqlite.md.
// SPDX-License-Identifier: MIT
//
// Usage: sqlcore_bench_dqlite [ROWS]   (default 20000)
#include <sqlcore/dqlite.hpp>
#include <sqlcore/sqlcore.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace sc = sqlcore;

namespace {

int free_port() {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in sa{};
  sa.sin_family = AF_INET;
  sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof sa;
  ::bind(fd, reinterpret_cast<sockaddr*>(&sa), sizeof sa);
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&sa), &len);
  ::close(fd);
  return ntohs(sa.sin_port);
}

struct Row {
  std::int64_t id;
  std::string name;
  double score;
};

double seconds_since(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

void measure(const char* label, sc::Engine& engine, int rows) {
  sc::MetaData meta;
  const sc::Table& t =
      meta.table("bench", sc::Column("id", sc::Integer()).primary_key(),
                 sc::Column("name", sc::String(40)), sc::Column("score", sc::Float()));
  meta.drop_all(engine);
  meta.create_all(engine);
  sc::Connection conn = engine.connect();
  std::vector<Row> data;
  for (int i = 1; i <= rows; ++i) data.push_back({i, "name" + std::to_string(i), i * 0.25});

  auto t0 = std::chrono::steady_clock::now();
  {
    sc::Transaction tx = conn.begin();
    conn.execute(t.insert(), data);
    tx.commit();
  }
  double batch = seconds_since(t0);

  const int single = 200;  // one transaction per row: the commit latency
  t0 = std::chrono::steady_clock::now();
  for (int i = 0; i < single; ++i)
    conn.execute(sc::insert(t).values({{"id", rows + 1 + i}, {"name", "one"}, {"score", 1.0}}));
  double each = seconds_since(t0);

  t0 = std::chrono::steady_clock::now();
  auto all = conn.execute(sc::select(t.c("id"), t.c("name"), t.c("score"))).all<Row>();
  double scan = seconds_since(t0);

  const int points = 2000;
  t0 = std::chrono::steady_clock::now();
  std::int64_t sum = 0;
  for (int i = 1; i <= points; ++i)
    sum += *conn.execute(sc::select(t.c("id")).where(t.c("id") == i)).scalar<std::int64_t>();
  double point = seconds_since(t0);

  std::printf("| %s | %.0f | %.0f | %.0f | %.0f |\n", label, rows / batch, single / each,
              static_cast<double>(all.size()) / scan, points / point);
  if (sum == 0) std::printf("(no rows)\n");
}

}  // namespace

int main(int argc, char** argv) {
  int rows = argc > 1 ? std::atoi(argv[1]) : 20000;
  auto dir = std::filesystem::temp_directory_path() /
             ("sqlcore_dqlite_bench_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::printf(
      "| engine | executemany insert, rows/s | autocommit insert, rows/s | "
      "select all, rows/s | point select, queries/s |\n|---|---|---|---|---|\n");
  {
    sc::Engine file = sc::create_engine("sqlite:///" + (dir / "bench.db").string());
    measure("SQLite file (sqlite:///)", file, rows);
  }
  {
    std::vector<std::unique_ptr<sc::dqlite::Node>> nodes;
    std::string hosts;
    for (std::uint64_t id = 1; id <= 3; ++id) {
      std::string address = "127.0.0.1:" + std::to_string(free_port());
      nodes.push_back(std::make_unique<sc::dqlite::Node>(sc::dqlite::NodeOptions{
          .id = id, .address = address, .data_dir = (dir / ("n" + std::to_string(id))).string()}));
      nodes.back()->start();
      if (id > 1) sc::dqlite::join_cluster({nodes[0]->address()}, id, address);
      hosts += (hosts.empty() ? "" : ",") + address;
    }
    sc::Engine cluster = sc::create_engine("sqlite+dqlite://" + hosts + "/bench.db");
    measure("3-node dqlite (sqlite+dqlite://, loopback)", cluster, rows);
    cluster.dispose();
    for (auto it = nodes.rbegin(); it != nodes.rend(); ++it) (*it)->stop();
  }
  std::filesystem::remove_all(dir);
  return 0;
}
