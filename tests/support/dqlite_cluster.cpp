// A local dqlite cluster for tests.
// SPDX-License-Identifier: MIT
#include "support/dqlite_cluster.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <sqlcore/engine.hpp>
#include <sqlcore/errors.hpp>

#include "driver/dqlite/leader.hpp"

#include <stdexcept>
#include <thread>

namespace sqlcore::testing {

int free_loopback_port() {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) throw std::runtime_error("free_loopback_port: socket() failed");
  sockaddr_in sa{};
  sa.sin_family = AF_INET;
  sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  sa.sin_port = 0;
  socklen_t len = sizeof sa;
  if (::bind(fd, reinterpret_cast<sockaddr*>(&sa), sizeof sa) != 0 ||
      ::getsockname(fd, reinterpret_cast<sockaddr*>(&sa), &len) != 0) {
    ::close(fd);
    throw std::runtime_error("free_loopback_port: bind() failed");
  }
  ::close(fd);
  return ntohs(sa.sin_port);
}

DqliteCluster::DqliteCluster(int size, std::chrono::milliseconds latency) {
  for (int i = 1; i <= size; ++i) {
    dqlite::NodeOptions o{.id = static_cast<std::uint64_t>(i),
                          .address = "127.0.0.1:" + std::to_string(free_loopback_port()),
                          .data_dir = dir_.file("node" + std::to_string(i)),
                          .network_latency = latency};
    nodes_.push_back(std::make_unique<dqlite::Node>(o));
    nodes_.back()->start();
    if (i > 1) dqlite::join_cluster({nodes_[0]->address()}, o.id, o.address);
  }
}

DqliteCluster::~DqliteCluster() {
  // Followers first: the leader then has no peers left to write to while it stops.
  for (auto it = nodes_.rbegin(); it != nodes_.rend(); ++it) (*it)->stop();
}

std::vector<std::string> DqliteCluster::addresses() const {
  std::vector<std::string> out;
  for (const auto& n : nodes_) out.push_back(n->address());
  return out;
}

std::string DqliteCluster::url(const std::string& db) const {
  std::string hosts;
  for (const auto& n : nodes_) hosts += (hosts.empty() ? "" : ",") + n->address();
  return "sqlite+dqlite://" + hosts + "/" + db;
}

std::uint64_t DqliteCluster::leader_id(std::chrono::milliseconds wait) const {
  std::vector<std::string> running;
  for (const auto& n : nodes_)
    if (n->running()) running.push_back(n->address());
  detail::dqlite::LeaderSearch search;
  search.leader_timeout = wait;
  detail::dqlite::Client c = detail::dqlite::find_leader(running, search);
  std::optional<detail::dqlite::NodeInfo> leader = c.leader();
  return leader ? leader->id : 0;
}

}  // namespace sqlcore::testing
