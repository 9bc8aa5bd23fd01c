// Python %-style storage formats: parsing the format once, writing and reading values.
// SPDX-License-Identifier: MIT
#include "types/storage_format.hpp"

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "sqlcore/errors.hpp"

namespace sqlcore::detail {

namespace {

struct KeyName {
  std::string_view name;
  Field field;
};
// "min" is accepted for minute: older SQLAlchemy DATETIME formats used it.
constexpr std::array<KeyName, 8> kKeys{{{"day", Field::day},
                                        {"hour", Field::hour},
                                        {"microsecond", Field::microsecond},
                                        {"min", Field::minute},
                                        {"minute", Field::minute},
                                        {"month", Field::month},
                                        {"second", Field::second},
                                        {"year", Field::year}}};

}  // namespace

int& FieldValues::operator[](Field f) {
  switch (f) {
    case Field::year:
      return year;
    case Field::month:
      return month;
    case Field::day:
      return day;
    case Field::hour:
      return hour;
    case Field::minute:
      return minute;
    case Field::second:
      return second;
    case Field::microsecond:
      break;
  }
  return microsecond;
}

int FieldValues::operator[](Field f) const { return const_cast<FieldValues&>(*this)[f]; }

std::string_view field_name(Field f) {
  for (const auto& k : kKeys)
    if (k.field == f && k.name != "min") return k.name;
  return "?";
}

StorageFormat::StorageFormat(std::string_view format, const std::vector<Field>& allowed) {
  auto fail = [&](std::size_t pos, std::string_view why) {
    return ArgumentError(
        fmt::format("invalid storage_format '{}' at position {}: {}", format, pos, why));
  };
  std::string literal;
  std::size_t i = 0;
  while (i < format.size()) {
    char c = format[i];
    if (c != '%') {
      literal.push_back(c);
      ++i;
      continue;
    }
    if (i + 1 < format.size() && format[i + 1] == '%') {
      literal.push_back('%');
      i += 2;
      continue;
    }
    std::size_t start = i;
    if (i + 1 >= format.size() || format[i + 1] != '(')
      throw fail(start, "expected '%(name)...d' or '%%'");
    auto close = format.find(')', i + 2);
    if (close == std::string_view::npos) throw fail(start, "missing ')' after the key");
    std::string_view key = format.substr(i + 2, close - i - 2);
    auto k =
        std::find_if(kKeys.begin(), kKeys.end(), [&](const KeyName& n) { return n.name == key; });
    if (k == kKeys.end())
      throw fail(start, fmt::format("unknown key '{}' (keys: year, month, day, hour, minute, "
                                    "second, microsecond)",
                                    key));
    if (std::find(allowed.begin(), allowed.end(), k->field) == allowed.end())
      throw fail(start, fmt::format("key '{}' is not a field of this type", key));
    Segment seg;
    seg.is_field = true;
    seg.field = k->field;
    i = close + 1;
    while (i < format.size() &&
           (format[i] == '0' || format[i] == '-' || format[i] == ' ' || format[i] == '+')) {
      if (format[i] != '0') throw fail(i, "only the '0' flag is supported");
      seg.zero_pad = true;
      ++i;
    }
    while (i < format.size() && format[i] >= '0' && format[i] <= '9') {
      seg.width = seg.width * 10 + (format[i] - '0');
      if (seg.width > 20) throw fail(i, "width too large");
      ++i;
    }
    if (i >= format.size() || (format[i] != 'd' && format[i] != 'i' && format[i] != 's'))
      throw fail(i, "expected the conversion 'd' after the key");
    ++i;
    if (!literal.empty()) {
      segments_.push_back(Segment{std::move(literal)});
      literal.clear();
    }
    segments_.push_back(seg);
  }
  if (!literal.empty()) segments_.push_back(Segment{std::move(literal)});
  if (segments_.empty()) throw fail(0, "the format is empty");
}

std::string StorageFormat::write(const FieldValues& v) const {
  std::string out;
  for (const auto& s : segments_) {
    if (!s.is_field) {
      out += s.literal;
    } else if (s.zero_pad) {
      out += fmt::format("{:0{}d}", v[s.field], s.width);
    } else {
      out += fmt::format("{:>{}d}", v[s.field], s.width);
    }
  }
  return out;
}

std::optional<FieldValues> StorageFormat::read(std::string_view text) const {
  FieldValues v;
  std::size_t p = 0;
  for (std::size_t si = 0; si < segments_.size(); ++si) {
    const Segment& s = segments_[si];
    if (!s.is_field) {
      if (text.substr(p, s.literal.size()) != s.literal) return std::nullopt;
      p += s.literal.size();
      continue;
    }
    while (!s.zero_pad && p < text.size() && text[p] == ' ') ++p;  // space padding
    // A zero-padded field followed directly by another field reads exactly its width;
    // otherwise all the digits there are.
    bool exact =
        s.zero_pad && s.width > 0 && si + 1 < segments_.size() && segments_[si + 1].is_field;
    std::size_t begin = p;
    long long n = 0;
    while (p < text.size() && text[p] >= '0' && text[p] <= '9' &&
           (!exact || p - begin < static_cast<std::size_t>(s.width))) {
      n = n * 10 + (text[p] - '0');
      if (n > 1'000'000'000) return std::nullopt;
      ++p;
    }
    if (p == begin) return std::nullopt;
    // A zero-padded field is always written with at least its width.
    if (s.zero_pad && p - begin < static_cast<std::size_t>(s.width)) return std::nullopt;
    v[s.field] = static_cast<int>(n);
  }
  if (p != text.size()) return std::nullopt;
  return v;
}

bool StorageFormat::has(Field f) const {
  return std::any_of(segments_.begin(), segments_.end(),
                     [&](const Segment& s) { return s.is_field && s.field == f; });
}

std::string StorageFormat::sqlite_now() const {
  std::string format;
  std::string args;
  for (const auto& s : segments_) {
    if (!s.is_field) {
      for (char c : s.literal) {
        if (c == '%')
          format += "%%";  // printf's literal percent
        else if (c == '\'')
          format += "''";  // an SQL string literal's quote
        else
          format.push_back(c);
      }
      continue;
    }
    format += '%';
    if (s.zero_pad) format += '0';
    if (s.width > 0) format += std::to_string(s.width);
    format += 'd';
    args += ", ";
    switch (s.field) {
      case Field::year:
        args += "CAST(strftime('%Y', 'now') AS INTEGER)";
        break;
      case Field::month:
        args += "CAST(strftime('%m', 'now') AS INTEGER)";
        break;
      case Field::day:
        args += "CAST(strftime('%d', 'now') AS INTEGER)";
        break;
      case Field::hour:
        args += "CAST(strftime('%H', 'now') AS INTEGER)";
        break;
      case Field::minute:
        args += "CAST(strftime('%M', 'now') AS INTEGER)";
        break;
      case Field::second:
        args += "CAST(strftime('%S', 'now') AS INTEGER)";
        break;
      case Field::microsecond:  // %f is "SS.SSS"
        args += "CAST(substr(strftime('%f', 'now'), 4) AS INTEGER) * 1000";
        break;
    }
  }
  return "printf('" + format + "'" + args + ")";
}

std::string StorageFormat::zero_sample() const {
  FieldValues zero{0, 0, 0, 0, 0, 0, 0};
  return write(zero);
}

}  // namespace sqlcore::detail
