// sc::dqlite::cluster_members(engine): the members of the cluster behind a sqlite+dqlite engine.
// SPDX-License-Identifier: MIT
#include <fmt/format.h>

#include "driver/dqlite/address.hpp"
#include "sqlcore/dqlite.hpp"
#include "sqlcore/engine.hpp"
#include "sqlcore/errors.hpp"

namespace sqlcore::dqlite {

std::vector<NodeInfo> cluster_members(const Engine& engine) {
  const URL& url = engine.url();
  if (url.driver() != "dqlite")
    throw ArgumentError(fmt::format(
        "cluster_members: engine '{}' is not on a dqlite cluster (a sqlite+dqlite:// URL)",
        url.render(true)));
  return cluster_members(detail::dqlite::parse_address_list(url.host(), "cluster_members: member"));
}

}  // namespace sqlcore::dqlite
