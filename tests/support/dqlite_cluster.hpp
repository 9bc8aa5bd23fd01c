// A local dqlite cluster for tests: nodes in this process on free loopback ports, temp dirs.
// SPDX-License-Identifier: MIT
#pragma once

#include <sqlcore/dqlite.hpp>

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "support/temp_dir.hpp"

namespace sqlcore::testing {

/// A free TCP port on 127.0.0.1 (bound and released: free when asked, usually still then).
int free_loopback_port();

/// `size` sc::dqlite::Node in this process, ids 1..size, on free 127.0.0.1 ports with data
/// directories in a temp dir, node 1 bootstrapping and the others joined as voters. A short
/// network latency (20 ms) keeps a re-election well under a second. Stops every node when
/// destroyed.
class DqliteCluster {
 public:
  explicit DqliteCluster(int size = 3,
                         std::chrono::milliseconds latency = std::chrono::milliseconds(20));
  ~DqliteCluster();
  DqliteCluster(const DqliteCluster&) = delete;
  DqliteCluster& operator=(const DqliteCluster&) = delete;

  int size() const { return static_cast<int>(nodes_.size()); }
  /// Node `id` (1-based).
  dqlite::Node& node(std::uint64_t id) { return *nodes_.at(id - 1); }
  std::vector<std::string> addresses() const;
  /// "sqlite+dqlite://a,b,c/<db>".
  std::string url(const std::string& db) const;
  /// The id of the leader (asked through the running nodes), waiting up to `wait` for one
  /// (the test programs that use it link the internal library).
  std::uint64_t leader_id(std::chrono::milliseconds wait = std::chrono::seconds(10)) const;
  const TempDir& dir() const { return dir_; }

 private:
  TempDir dir_;
  std::vector<std::unique_ptr<dqlite::Node>> nodes_;
};

}  // namespace sqlcore::testing
