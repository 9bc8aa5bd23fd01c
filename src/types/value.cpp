// Value and Decimal: descriptions for messages, checked construction.
// SPDX-License-Identifier: MIT
#include "sqlcore/value.hpp"

#include <cstdlib>

#include <fmt/chrono.h>
#include <fmt/format.h>

#include "sqlcore/errors.hpp"
#include "types/datetime_format.hpp"

namespace sqlcore {

void Value::throw_unsigned_overflow(std::uint64_t v) {
  throw ArgumentError(
      fmt::format("unsigned integer {} does not fit SQLite's 64-bit signed INTEGER", v));
}

std::string Value::describe() const {
  auto cut = [](std::string_view s) {
    return s.size() > 60 ? fmt::format("'{}...'", s.substr(0, 60)) : fmt::format("'{}'", s);
  };
  struct Visitor {
    decltype(cut)& cut_;
    std::string operator()(std::monostate) const { return "NULL"; }
    std::string operator()(std::int64_t v) const { return fmt::format("integer {}", v); }
    std::string operator()(double v) const { return fmt::format("double {}", v); }
    std::string operator()(const std::string& v) const { return "text " + cut_(v); }
    std::string operator()(const Blob& v) const {
      return fmt::format("blob of {} bytes", v.size());
    }
    std::string operator()(bool v) const { return v ? "bool true" : "bool false"; }
    std::string operator()(Timestamp v) const { return detail::describe_timestamp(v); }
    std::string operator()(std::chrono::year_month_day v) const {
      return fmt::format("date {}-{:02}-{:02}", static_cast<int>(v.year()),
                         static_cast<unsigned>(v.month()), static_cast<unsigned>(v.day()));
    }
    std::string operator()(const TimeOfDay& v) const {
      return fmt::format("TimeOfDay {:02}:{:02}:{:02}.{:06}", v.hour, v.minute, v.second,
                         v.microsecond);
    }
    std::string operator()(const Decimal& v) const { return "Decimal " + v.str(); }
  };
  return std::visit(Visitor{cut}, storage_);
}

namespace {

// Canonical decimal text: [-]digits[.digits], no exponent, no leading zeros (but one before
// '.'), no trailing zeros after '.' removed (scale is kept: "12.50" stays "12.50").
std::optional<std::string> canonical_decimal(std::string_view s) {
  std::size_t i = 0;
  bool negative = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
  std::string int_digits, frac_digits;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') int_digits.push_back(s[i++]);
  bool has_point = false;
  if (i < s.size() && s[i] == '.') {
    has_point = true;
    ++i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') frac_digits.push_back(s[i++]);
  }
  if (int_digits.empty() && frac_digits.empty()) return std::nullopt;
  long exponent = 0;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    bool eneg = false;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) eneg = s[i++] == '-';
    std::size_t start = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9' && i - start < 6)
      exponent = exponent * 10 + (s[i++] - '0');
    if (i == start) return std::nullopt;
    if (eneg) exponent = -exponent;
  }
  if (i != s.size()) return std::nullopt;
  // Apply the exponent by moving the point.
  std::string digits = int_digits + frac_digits;
  long point = static_cast<long>(int_digits.size()) + exponent;
  if (point < 0) {
    digits.insert(0, static_cast<std::size_t>(-point), '0');
    point = 0;
  }
  if (point > static_cast<long>(digits.size()))
    digits.append(static_cast<std::size_t>(point) - digits.size(), '0');
  std::string ip = digits.substr(0, static_cast<std::size_t>(point));
  std::string fp = digits.substr(static_cast<std::size_t>(point));
  if (exponent == 0 && !has_point) fp.clear();
  ip.erase(0, std::min(ip.find_first_not_of('0'), ip.size()));
  if (ip.empty()) ip = "0";
  std::string out = ip;
  if (!fp.empty()) out += "." + fp;
  bool zero = out.find_first_not_of("0.") == std::string::npos;
  if (negative && !zero) out.insert(0, "-");
  return out;
}

}  // namespace

Decimal::Decimal(std::string_view text) {
  auto c = canonical_decimal(text);
  if (!c) throw ArgumentError(fmt::format("Decimal: '{}' is not a decimal number", text));
  text_ = std::move(*c);
}

double Decimal::to_double() const { return std::strtod(text_.c_str(), nullptr); }

}  // namespace sqlcore
