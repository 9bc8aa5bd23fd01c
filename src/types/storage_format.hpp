// Python %-style storage formats ("%(year)04d-%(month)02d"): checked once, then written and
// read without a regexp.
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sqlcore::detail {

/// The fields of a date, time or date-time, as the format keys name them.
enum class Field { year, month, day, hour, minute, second, microsecond };

struct FieldValues {
  int year = 1, month = 1, day = 1, hour = 0, minute = 0, second = 0, microsecond = 0;
  int& operator[](Field f);
  int operator[](Field f) const;
};

/// A parsed storage format. Construction throws ArgumentError naming the format and the
/// position of what is wrong: an unknown key, a key the type does not have, an unsupported
/// conversion, a missing ')'.
class StorageFormat {
 public:
  /// `allowed` lists the keys this type accepts (e.g. year, month, day for DATE).
  StorageFormat(std::string_view format, const std::vector<Field>& allowed);

  /// The text for `v`, as Python's `format % dict` gives it.
  std::string write(const FieldValues& v) const;
  /// Reads text written by this format back: literals must match, zero-padded fields of
  /// width N read at least N digits (exactly N when another field follows), other fields
  /// read all the digits there are. nullopt
  /// when the text does not fit or something follows.
  std::optional<FieldValues> read(std::string_view text) const;
  /// Which fields the format writes.
  bool has(Field f) const;
  /// An SQLite expression that writes the current UTC time ('now') as this format does:
  /// printf('<format>', <field>, ...), each field from strftime (microseconds from its
  /// milliseconds).
  std::string sqlite_now() const;
  /// What the format writes for all-zero fields: for the DATE_CHAR rule.
  std::string zero_sample() const;

 private:
  struct Segment {
    std::string literal;  // when not a field
    bool is_field = false;
    Field field = Field::year;
    int width = 0;
    bool zero_pad = false;
  };
  std::vector<Segment> segments_;
};

/// The key name of a field ("year").
std::string_view field_name(Field f);

}  // namespace sqlcore::detail
