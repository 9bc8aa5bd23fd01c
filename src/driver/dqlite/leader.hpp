// Finding the leader again, for as long as a re-election may take, and telling a leader change
// from other errors.
// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "driver/dqlite/client.hpp"

namespace sqlcore::detail::dqlite {

struct LeaderSearch {
  /// Each socket operation's limit (the client's deadline): 3 s, so a frozen member costs at
  /// most that much of the search.
  ClientOptions client{std::chrono::milliseconds(3000)};
  /// How long to look for a leader: a re-election takes 5-6 s with libdqlite's defaults.
  std::chrono::milliseconds leader_timeout{10000};
};

/// A client on the leader, asking `addresses` in turn (connect_to_leader) until one answers as
/// leader or `search.leader_timeout` has passed. Throws ConnectionError naming the addresses,
/// the time waited and the last answers; ArgumentError for a malformed address.
Client find_leader(const std::vector<std::string>& addresses, const LeaderSearch& search);

/// True for NotLeaderError and ConnectionError: the request reached no leader.
bool is_leader_change(const DBAPIError& e) noexcept;

}  // namespace sqlcore::detail::dqlite
