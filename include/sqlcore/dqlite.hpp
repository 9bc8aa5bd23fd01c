// dqlite (Raft-replicated SQLite): a node embedded in this process, and the cluster's members.
// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "sqlcore/export.hpp"

namespace sqlcore {

class Engine;

/// Embedded dqlite nodes and cluster membership, for `sqlite+dqlite://` engines (docs/dqlite.md).
/// Part of sqlcore::sqlcore when it is built with SQLCORE_WITH_DQLITE (ON where libdqlite-dev
/// is installed); without it these declarations have no definitions.
///
///     sc::dqlite::Node n1({.id = 1, .address = "127.0.0.1:9001", .data_dir = "/var/lib/app/n1"});
///     n1.start();
///     sc::Engine e = sc::create_engine("sqlite+dqlite://127.0.0.1:9001/app.db");
namespace dqlite {

/// A member's part in the Raft cluster: voters elect the leader and acknowledge writes,
/// standbys replicate without voting, spares only hold their place.
enum class Role { voter = 0, standby = 1, spare = 2 };

/// How to create a Node.
struct NodeOptions {
  /// The node's Raft id: positive, unique in the cluster; the node that bootstraps a new
  /// cluster has id 1. A node restarted on the same data directory keeps its id.
  std::uint64_t id = 0;
  /// "host:port" (an IPv4 address or a name, and a port) where clients and the other nodes
  /// reach it; the node listens there.
  std::string address;
  /// Where the node keeps its Raft log and snapshots; created when missing, must be writable.
  std::string data_dir;
  /// The one-way network latency the node assumes (0: libdqlite's default). Raft's election
  /// timeout is 15 times it: with the default, a re-election after the leader dies takes about
  /// 5-6 s; 20 ms makes it well under a second on one machine or a LAN.
  std::chrono::milliseconds network_latency{0};
};

/// One member of the cluster, as the leader reports it (dqlite's CLUSTER request).
struct NodeInfo {
  std::uint64_t id = 0;
  std::string address;
  Role role = Role::voter;
};

/// A dqlite node running inside this process (libdqlite: its own thread, its own sockets).
/// The first node (id 1) bootstraps a one-node cluster on an empty data directory; the others
/// start alone and become members through join_cluster().
///
/// SIGPIPE: the node's threads run with SIGPIPE blocked, so a peer that disappears while the
/// node writes to it never kills the process (libraft writes without MSG_NOSIGNAL).
/// Thread-safe for id() and address(); start() and stop() must not race each other.
class SQLCORE_EXPORT Node {
 public:
  /// Checks the options: ArgumentError naming the field for an id of 0, an address that is not
  /// "host:port", or an empty data_dir. Starts nothing.
  explicit Node(NodeOptions options);
  /// Stops the node when it runs.
  ~Node();
  Node(const Node&) = delete;
  Node& operator=(const Node&) = delete;
  Node(Node&&) noexcept;
  Node& operator=(Node&&) noexcept;

  /// Starts serving: on return the node accepts connections at address(). Throws
  /// ArgumentError naming the directory when data_dir cannot be created or written,
  /// OperationalError naming the address when it is in use or cannot be bound,
  /// InvalidRequestError when the node runs already. A stopped node may be started again (on
  /// the same data directory it rejoins with its log).
  void start();
  /// Stops the node and waits for its thread; its data directory stays. No effect when it does
  /// not run. Never throws.
  void stop() noexcept;
  /// True between start() and stop().
  bool running() const noexcept;

  std::uint64_t id() const noexcept;
  const std::string& address() const noexcept;
  const std::string& data_dir() const noexcept;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// Makes the node `id` at `address` (started, not yet a member) a member with `role` (a voter
/// unless told otherwise): ADD then ASSIGN, sent to the leader found through `addresses` (any
/// members' "host:port"). Throws ArgumentError when `id` is in the cluster already (naming it
/// and its address) or an argument is malformed, OperationalError when no leader answers.
SQLCORE_EXPORT void join_cluster(const std::vector<std::string>& addresses, std::uint64_t id,
                                 const std::string& address, Role role = Role::voter);

/// The cluster's members as its leader reports them, for an engine on a `sqlite+dqlite://` URL
/// (its hosts are where the leader is looked for). Throws ArgumentError for an engine on another
/// driver, OperationalError when no leader answers.
SQLCORE_EXPORT std::vector<NodeInfo> cluster_members(const Engine& engine);
/// The same, through the members at `addresses` ("host:port").
SQLCORE_EXPORT std::vector<NodeInfo> cluster_members(const std::vector<std::string>& addresses);

}  // namespace dqlite
}  // namespace sqlcore
