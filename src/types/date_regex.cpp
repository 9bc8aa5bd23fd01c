// User-supplied date/time regexps through RE2: linear time on any stored text.
// SPDX-License-Identifier: MIT
#include "types/date_regex.hpp"

#include <algorithm>
#include <charconv>

#include <fmt/format.h>
#include <re2/re2.h>

#include "sqlcore/errors.hpp"

namespace sqlcore::detail {

DateRegex::DateRegex(std::string_view pattern, const std::vector<Field>& fields,
                     std::size_t required) {
  RE2::Options options;
  options.set_log_errors(false);
  auto re = std::make_shared<RE2>(re2::StringPiece(pattern.data(), pattern.size()), options);
  if (!re->ok()) throw ArgumentError(fmt::format("invalid regexp '{}': {}", pattern, re->error()));
  int groups = re->NumberOfCapturingGroups();
  const auto& named = re->CapturingGroupNames();  // index → name
  if (!named.empty()) {
    group_fields_.assign(static_cast<std::size_t>(groups), Field::year);
    std::vector<bool> seen(7, false);
    for (int g = 1; g <= groups; ++g) {
      auto it = named.find(g);
      if (it == named.end())
        throw ArgumentError(
            fmt::format("regexp '{}': group {} has no name; name every group (?P<year>...) or none",
                        pattern, g));
      std::string_view name = it->second;
      if (name == "min") name = "minute";
      auto f = std::find_if(fields.begin(), fields.end(),
                            [&](Field x) { return field_name(x) == name; });
      if (f == fields.end())
        throw ArgumentError(fmt::format("regexp '{}': group '{}' is not a field of this type",
                                        pattern, it->second));
      group_fields_[static_cast<std::size_t>(g - 1)] = *f;
      seen[static_cast<std::size_t>(*f)] = true;
    }
    for (std::size_t k = 0; k < required; ++k)
      if (!seen[static_cast<std::size_t>(fields[k])])
        throw ArgumentError(
            fmt::format("regexp '{}': no group for '{}'", pattern, field_name(fields[k])));
  } else {
    if (static_cast<std::size_t>(groups) > fields.size())
      throw ArgumentError(fmt::format("regexp '{}': {} groups, but this type has only {} fields",
                                      pattern, groups, fields.size()));
    if (static_cast<std::size_t>(groups) < required)
      throw ArgumentError(
          fmt::format("regexp '{}': {} groups, but this type needs at least {} ({})", pattern,
                      groups, required, field_name(fields[required - 1])));
    group_fields_.assign(fields.begin(), fields.begin() + groups);
  }
  re_ = std::move(re);
}

std::optional<FieldValues> DateRegex::read(std::string_view text) const {
  std::size_t n = group_fields_.size() + 1;
  std::vector<re2::StringPiece> sub(n);
  if (!re_->Match(re2::StringPiece(text.data(), text.size()), 0, text.size(), RE2::ANCHOR_START,
                  sub.data(), static_cast<int>(n)))
    return std::nullopt;
  FieldValues v;
  v.year = v.month = v.day = 0;
  for (std::size_t g = 1; g < n; ++g) {
    int value = 0;
    if (sub[g].data() != nullptr && !sub[g].empty()) {
      const char* b = sub[g].data();
      const char* e = b + sub[g].size();
      auto [p, ec] = std::from_chars(b, e, value);
      if (ec != std::errc() || p != e) return std::nullopt;
    }
    v[group_fields_[g - 1]] = value;
  }
  return v;
}

}  // namespace sqlcore::detail
