// The leader search with a deadline, over connect_to_leader's single pass.
// SPDX-License-Identifier: MIT
#include "driver/dqlite/leader.hpp"

#include <thread>

#include <fmt/format.h>

namespace sqlcore::detail::dqlite {

Client find_leader(const std::vector<std::string>& addresses, const LeaderSearch& search) {
  auto started = std::chrono::steady_clock::now();
  auto until = started + search.leader_timeout;
  while (true) {
    try {
      return connect_to_leader(addresses, search.client);
    } catch (const ConnectionError& e) {
      // No leader yet (an election), or none reachable: again until the deadline.
      if (std::chrono::steady_clock::now() + std::chrono::milliseconds(50) >= until) {
        auto waited = std::chrono::duration_cast<std::chrono::milliseconds>(
            std::chrono::steady_clock::now() - started);
        std::string message =
            fmt::format("no dqlite leader found within {} ms (leader_timeout): {}", waited.count(),
                        e.sqlite_message());
        throw ConnectionError(fmt::format("(OperationalError) {}", message), e.sqlite_code(),
                              message, e.sql());
      }
    } catch (const NotLeaderError&) {
      if (std::chrono::steady_clock::now() + std::chrono::milliseconds(50) >= until) throw;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
}

bool is_leader_change(const DBAPIError& e) noexcept {
  return dynamic_cast<const NotLeaderError*>(&e) != nullptr ||
         dynamic_cast<const ConnectionError*>(&e) != nullptr;
}

}  // namespace sqlcore::detail::dqlite
