// dqlite node addresses: "host:port", checked once where they enter (URLs, NodeOptions).
// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sqlcore::detail::dqlite {

struct HostPort {
  std::string host;
  std::uint16_t port = 0;
};

/// Splits "host:port" (an IPv4 address or a name; port 1-65535). Throws ArgumentError starting
/// with `what` and naming the text otherwise.
HostPort parse_address(std::string_view text, std::string_view what);
/// Splits "host:port,host:port,..." and checks each; at least one. Throws ArgumentError.
std::vector<std::string> parse_address_list(std::string_view text, std::string_view what);

}  // namespace sqlcore::detail::dqlite
