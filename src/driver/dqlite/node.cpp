// sc::dqlite::Node: a dqlite node in this process, through libdqlite's C API.
// SPDX-License-Identifier: MIT
#include <arpa/inet.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <string>
#include <system_error>

#include <fmt/format.h>
// Debian's dqlite.h (1.11) declares its C functions without extern "C". It includes
// <sqlite3.h>, which has its own guards.
extern "C" {
#include <dqlite.h>
}

#include "driver/dqlite/address.hpp"
#include "sqlcore/dqlite.hpp"
#include "sqlcore/errors.hpp"

namespace sqlcore::dqlite {

namespace {

// Signals blocked in this thread for the lifetime of the object, restored after: threads
// created meanwhile (libdqlite's loop thread, which creates libuv's pool) inherit the mask.
class BlockSigpipe {
 public:
  BlockSigpipe() noexcept {
    sigset_t block;
    sigemptyset(&block);
    sigaddset(&block, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &block, &saved_);
  }
  ~BlockSigpipe() {
    // A SIGPIPE raised in this thread meanwhile is pending: take it before unblocking.
    sigset_t pending;
    sigemptyset(&pending);
    if (sigpending(&pending) == 0 && sigismember(&pending, SIGPIPE) == 1) {
      sigset_t only;
      sigemptyset(&only);
      sigaddset(&only, SIGPIPE);
      timespec zero{};
      sigtimedwait(&only, nullptr, &zero);
    }
    pthread_sigmask(SIG_SETMASK, &saved_, nullptr);
  }
  BlockSigpipe(const BlockSigpipe&) = delete;
  BlockSigpipe& operator=(const BlockSigpipe&) = delete;

 private:
  sigset_t saved_{};
};

// libdqlite reports "address in use" as a generic failure of its listen step; binding the
// address first names the cause. (A race with another process binding it in between only
// loses the clearer message: dqlite_node_start still fails.)
void check_bindable(const detail::dqlite::HostPort& hp, const std::string& address) {
  sockaddr_in sa{};
  sa.sin_family = AF_INET;
  sa.sin_port = htons(hp.port);
  if (inet_pton(AF_INET, hp.host.c_str(), &sa.sin_addr) != 1) return;  // a name: libdqlite's job
  int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) return;
  int one = 1;
  // As libuv binds: SO_REUSEADDR, so a port left in TIME_WAIT by a stopped node is free.
  ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  int rc = ::bind(fd, reinterpret_cast<const sockaddr*>(&sa), sizeof sa);
  int err = errno;
  ::close(fd);
  if (rc == 0) return;
  if (err == EADDRINUSE)
    throw OperationalError(
        fmt::format("dqlite node: address {} is in use (another process or node listens there)",
                    address),
        0, "address in use", "");
  throw OperationalError(
      fmt::format("dqlite node: cannot bind address {}: {}", address, std::strerror(err)), 0,
      std::strerror(err), "");
}

void check_data_dir(const std::string& dir) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec)
    throw ArgumentError(
        fmt::format("dqlite node: data_dir '{}' cannot be created: {}", dir, ec.message()));
  if (!std::filesystem::is_directory(dir, ec))
    throw ArgumentError(fmt::format("dqlite node: data_dir '{}' is not a directory", dir));
  if (::access(dir.c_str(), W_OK | X_OK) != 0)
    throw ArgumentError(
        fmt::format("dqlite node: data_dir '{}' is not writable: {}", dir, std::strerror(errno)));
}

}  // namespace

struct Node::Impl {
  NodeOptions options;
  detail::dqlite::HostPort where;
  dqlite_node* node = nullptr;
  bool running = false;
};

Node::Node(NodeOptions options) : impl_(std::make_unique<Impl>()) {
  if (options.id == 0)
    throw ArgumentError("dqlite node: id must be positive (the first node of a cluster is 1)");
  impl_->where = detail::dqlite::parse_address(options.address, "dqlite node: address");
  if (options.data_dir.empty()) throw ArgumentError("dqlite node: data_dir is empty");
  if (options.network_latency.count() < 0 || options.network_latency.count() > 3600000)
    throw ArgumentError(
        fmt::format("dqlite node: network_latency must be 0 (the default) to 3600000 ms, got {}",
                    options.network_latency.count()));
  impl_->options = std::move(options);
}

Node::~Node() { stop(); }

Node::Node(Node&&) noexcept = default;
Node& Node::operator=(Node&& other) noexcept {
  if (this != &other) {
    stop();
    impl_ = std::move(other.impl_);
  }
  return *this;
}

void Node::start() {
  Impl& m = *impl_;
  if (m.running)
    throw InvalidRequestError(fmt::format("dqlite node {} at {}: start(): it runs already",
                                          m.options.id, m.options.address));
  check_data_dir(m.options.data_dir);
  check_bindable(m.where, m.options.address);
  dqlite_node* n = nullptr;
  int rc =
      dqlite_node_create(m.options.id, m.options.address.c_str(), m.options.data_dir.c_str(), &n);
  auto fail = [&](std::string_view step) {
    std::string why = n != nullptr && dqlite_node_errmsg(n) != nullptr
                          ? dqlite_node_errmsg(n)
                          : "error " + std::to_string(rc);
    if (n != nullptr) dqlite_node_destroy(n);
    throw OperationalError(fmt::format("dqlite node {} at {} (data_dir '{}'): {}: {}", m.options.id,
                                       m.options.address, m.options.data_dir, step, why),
                           rc, why, "");
  };
  if (rc != 0) fail("dqlite_node_create");
  if ((rc = dqlite_node_set_bind_address(n, m.options.address.c_str())) != 0)
    fail("cannot bind the address");
  if (m.options.network_latency.count() > 0 &&
      (rc = dqlite_node_set_network_latency_ms(
           n, static_cast<unsigned>(m.options.network_latency.count()))) != 0)
    fail("dqlite_node_set_network_latency_ms");
  {
    // The loop thread starts here and inherits the blocked SIGPIPE (see the class comment).
    BlockSigpipe guard;
    rc = dqlite_node_start(n);
  }
  if (rc != 0) fail("dqlite_node_start");
  m.node = n;
  m.running = true;
}

void Node::stop() noexcept {
  if (!impl_ || !impl_->running) return;
  Impl& m = *impl_;
  {
    // Stopping closes the peers' connections; whatever this thread writes meanwhile must not
    // raise SIGPIPE either.
    BlockSigpipe guard;
    dqlite_node_stop(m.node);
  }
  dqlite_node_destroy(m.node);
  m.node = nullptr;
  m.running = false;
}

bool Node::running() const noexcept { return impl_ && impl_->running; }
std::uint64_t Node::id() const noexcept { return impl_->options.id; }
const std::string& Node::address() const noexcept { return impl_->options.address; }
const std::string& Node::data_dir() const noexcept { return impl_->options.data_dir; }

}  // namespace sqlcore::dqlite
