// join_cluster and cluster_members: dqlite's ADD, ASSIGN and CLUSTER requests, sent to the leader.
// SPDX-License-Identifier: MIT
#include <algorithm>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "driver/dqlite/address.hpp"
#include "driver/dqlite/client.hpp"
#include "driver/dqlite/leader.hpp"
#include "sqlcore/dqlite.hpp"
#include "sqlcore/errors.hpp"

namespace sqlcore::dqlite {

namespace {

std::vector<NodeInfo> members_of(detail::dqlite::Client& c) {
  std::vector<NodeInfo> out;
  for (const auto& m : c.cluster())
    out.push_back(NodeInfo{m.id, m.address, static_cast<Role>(m.role)});
  return out;
}

void check_addresses(const std::vector<std::string>& addresses, std::string_view what) {
  if (addresses.empty())
    throw ArgumentError(fmt::format("{}: no member addresses to find the leader at", what));
  for (const auto& a : addresses)
    detail::dqlite::parse_address(a, fmt::format("{}: member address", what));
}

}  // namespace

void join_cluster(const std::vector<std::string>& addresses, std::uint64_t id,
                  const std::string& address, Role role) {
  check_addresses(addresses, "join_cluster");
  if (id == 0) throw ArgumentError("join_cluster: node id must be positive");
  detail::dqlite::parse_address(address, "join_cluster: address");
  if (role != Role::voter && role != Role::standby && role != Role::spare)
    throw ArgumentError("join_cluster: role must be voter, standby or spare");
  detail::dqlite::Client c = detail::dqlite::find_leader(addresses, {});
  for (const NodeInfo& m : members_of(c)) {
    if (m.id == id)
      throw ArgumentError(fmt::format(
          "join_cluster: node id {} is already in the cluster (at {}); each node needs an id of "
          "its own",
          id, m.address));
    if (m.address == address)
      throw ArgumentError(fmt::format(
          "join_cluster: address {} is already in the cluster (node id {})", address, m.id));
  }
  c.add(id, address);
  // ADD makes a spare; ASSIGN promotes it (a voter catches up with the log first).
  if (role != Role::spare)
    c.assign(id, static_cast<int>(role));  // role_voter 0, role_standby 1 (as Role)
}

std::vector<NodeInfo> cluster_members(const std::vector<std::string>& addresses) {
  check_addresses(addresses, "cluster_members");
  detail::dqlite::Client c = detail::dqlite::find_leader(addresses, {});
  return members_of(c);
}

}  // namespace sqlcore::dqlite
