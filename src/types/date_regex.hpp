// User-supplied date/time regexps (RE2), with named (?P<year>...) or positional groups.
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "types/storage_format.hpp"

namespace re2 {
class RE2;
}

namespace sqlcore::detail {

/// A compiled regexp and which field each of its groups fills. Matching is anchored at the
/// start and not at the end, as Python's re.match in SQLAlchemy; put `$` in the pattern to
/// refuse trailing text.
class DateRegex {
 public:
  /// `fields` are the type's fields in positional order. Throws ArgumentError naming the
  /// pattern for a pattern RE2 rejects, a named group that is not one of `fields`, more
  /// positional groups than fields, or no group for a field the type needs (`required`).
  DateRegex(std::string_view pattern, const std::vector<Field>& fields, std::size_t required);

  /// The fields read from `text`; unmatched groups are 0, as SQLAlchemy's groups(0).
  /// nullopt when the text does not match or a group is not an integer.
  std::optional<FieldValues> read(std::string_view text) const;

 private:
  std::shared_ptr<const re2::RE2> re_;
  std::vector<Field> group_fields_;  // by group index - 1
};

}  // namespace sqlcore::detail
