// dqlite node addresses, checked.
// SPDX-License-Identifier: MIT
#include "driver/dqlite/address.hpp"

#include <fmt/format.h>

#include "sqlcore/errors.hpp"

namespace sqlcore::detail::dqlite {

HostPort parse_address(std::string_view text, std::string_view what) {
  auto bad = [&](std::string_view why) {
    return ArgumentError(fmt::format("{} '{}' is not host:port ({})", what, text, why));
  };
  auto colon = text.rfind(':');
  if (colon == std::string_view::npos) throw bad("no ':port'");
  std::string_view host = text.substr(0, colon);
  std::string_view port = text.substr(colon + 1);
  if (host.empty()) throw bad("no host");
  for (char c : host)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
          c == '-' || c == '_'))
      throw bad(fmt::format("character '{}' in the host", c));
  if (port.empty() || port.size() > 5) throw bad("the port must be 1-65535");
  unsigned n = 0;
  for (char c : port) {
    if (c < '0' || c > '9') throw bad("the port must be 1-65535");
    n = n * 10 + static_cast<unsigned>(c - '0');
  }
  if (n == 0 || n > 65535) throw bad("the port must be 1-65535");
  return HostPort{std::string(host), static_cast<std::uint16_t>(n)};
}

std::vector<std::string> parse_address_list(std::string_view text, std::string_view what) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (true) {
    auto comma = text.find(',', pos);
    std::string_view one = text.substr(pos, comma == std::string_view::npos ? comma : comma - pos);
    parse_address(one, what);
    out.emplace_back(one);
    if (comma == std::string_view::npos) break;
    pos = comma + 1;
  }
  return out;
}

}  // namespace sqlcore::detail::dqlite
