// A node that dies (SIGKILL) or freezes (SIGSTOP: it keeps its sockets and answers nothing, as
// a hung machine would) makes no client call hang beyond its timeouts: the node runs in a
// process of its own (sqlcore_dqlite_node), which a test can kill.
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "support/dqlite_cluster.hpp"
#include "support/temp_dir.hpp"

extern char** environ;

namespace sc = sqlcore;
using namespace std::chrono_literals;

namespace {

// sqlcore_dqlite_node ID ADDRESS DIR, started and waited for ("ready" on its stdout).
class NodeProcess {
 public:
  NodeProcess(const std::string& address, const std::string& data_dir) {
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) throw std::runtime_error("pipe2 failed");
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
    std::string program = SQLCORE_DQLITE_NODE, id = "1", addr = address, dir = data_dir;
    std::vector<char*> argv{program.data(), id.data(), addr.data(), dir.data(), nullptr};
    int rc = ::posix_spawn(&pid_, program.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(fds[1]);
    if (rc != 0) {
      ::close(fds[0]);
      throw std::runtime_error("posix_spawn " + program + " failed");
    }
    std::string out;
    pollfd p{fds[0], POLLIN, 0};
    while (out.find("ready\n") == std::string::npos && ::poll(&p, 1, 60000) > 0) {
      char buf[64];
      ssize_t n = ::read(fds[0], buf, sizeof buf);
      if (n <= 0) break;
      out.append(buf, static_cast<std::size_t>(n));
    }
    ::close(fds[0]);
    if (out.find("ready\n") == std::string::npos) {
      kill(SIGKILL);
      throw std::runtime_error("sqlcore_dqlite_node did not start");
    }
  }
  NodeProcess(const NodeProcess&) = delete;
  NodeProcess& operator=(const NodeProcess&) = delete;
  ~NodeProcess() { kill(SIGKILL); }

  // SIGSTOP is delivered asynchronously: wait until the node has stopped, or it may still
  // answer the next request from the other core.
  void freeze() const {
    ::kill(pid_, SIGSTOP);
    int status = 0;
    while (::waitpid(pid_, &status, WUNTRACED) == -1 && errno == EINTR) {
    }
    if (!WIFSTOPPED(status)) throw std::runtime_error("sqlcore_dqlite_node did not stop");
  }
  // SIGKILL and reap (a stopped process dies of SIGKILL too).
  void kill(int sig) {
    if (pid_ <= 0) return;
    ::kill(pid_, sig);
    int status = 0;
    ::waitpid(pid_, &status, 0);
    pid_ = -1;
  }

 private:
  pid_t pid_ = -1;
};

// fn must throw OperationalError, and within `limit`; the message names what failed.
void fails_within(std::chrono::milliseconds limit, const std::string& what,
                  const std::function<void()>& fn) {
  auto started = std::chrono::steady_clock::now();
  try {
    fn();
    ADD_FAILURE() << what << ": no error";
  } catch (const sc::OperationalError& e) {
    EXPECT_FALSE(std::string(e.what()).empty()) << what;
  } catch (const std::exception& e) {
    ADD_FAILURE() << what << ": not an OperationalError: " << e.what();
  }
  auto took = std::chrono::duration_cast<std::chrono::milliseconds>(
      std::chrono::steady_clock::now() - started);
  EXPECT_LT(took, limit) << what << " took " << took.count() << " ms";
  std::printf("%s: failed after %lld ms\n", what.c_str(), static_cast<long long>(took.count()));
}

}  // namespace

TEST(DqliteKilledNode, AFrozenThenKilledNodeMakesNoCallHangBeyondItsTimeouts) {
  sc::testing::TempDir dir;
  const std::string address = "127.0.0.1:" + std::to_string(sc::testing::free_loopback_port());
  NodeProcess node(address, dir.file("node1"));
  // io_timeout 0.5 s per socket operation, 2 s to find a leader: every call below must fail
  // within a few of those (the limit leaves room for a loaded machine and the sanitizers).
  sc::Engine e =
      sc::create_engine("sqlite+dqlite://" + address + "/app.db?io_timeout=0.5&leader_timeout=2");
  sc::Connection conn = e.connect();
  conn.execute(sc::text("CREATE TABLE t (n INTEGER)"));
  conn.execute(sc::text("INSERT INTO t VALUES (1)"));
  EXPECT_EQ(*conn.execute(sc::text("SELECT count(*) FROM t")).scalar<std::int64_t>(), 1);
  sc::Connection in_tx = e.connect();
  sc::Transaction tx = in_tx.begin();
  in_tx.execute(sc::text("INSERT INTO t VALUES (2)"));

  node.freeze();  // the sockets stay open; nothing answers
  fails_within(15s, "a query on a frozen node",
               [&] { conn.execute(sc::text("SELECT count(*) FROM t")); });
  fails_within(15s, "a commit on a frozen node", [&] { tx.commit(); });
  fails_within(15s, "connect() to a frozen node", [&] { (void)e.connect(); });

  node.kill(SIGKILL);  // the process is gone: its sockets are closed, its port refuses
  fails_within(15s, "a query after the node was killed",
               [&] { conn.execute(sc::text("SELECT count(*) FROM t")); });
  fails_within(15s, "connect() after the node was killed", [&] { (void)e.connect(); });
}
