// ASCII case folding and trimming.
// SPDX-License-Identifier: MIT
#include "base/ascii.hpp"

#include <algorithm>

namespace sqlcore::detail {

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

std::string ascii_upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ascii_upper(c);
  return out;
}

bool iequals(std::string_view a, std::string_view b) noexcept {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return ascii_lower(x) == ascii_lower(y);
         });
}

bool istarts_with(std::string_view s, std::string_view prefix) noexcept {
  return s.size() >= prefix.size() && iequals(s.substr(0, prefix.size()), prefix);
}

std::string trim_sql(std::string_view s, std::string_view also) {
  constexpr std::string_view kSpace = " \t\r\n";
  auto b = s.find_first_not_of(kSpace);
  if (b == std::string_view::npos) return {};
  s = s.substr(b);
  while (!s.empty() && (kSpace.find(s.back()) != std::string_view::npos ||
                        also.find(s.back()) != std::string_view::npos))
    s.remove_suffix(1);
  return std::string(s);
}

}  // namespace sqlcore::detail
