// Text and JSON values of an input file converted to the C++ values a column's type binds,
// and the column types `insert --create` infers.
// SPDX-License-Identifier: MIT
#include "convert.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "query.hpp"

namespace sqlcore::tools {

namespace {

// A fixed number of digits at text[at]; advances `at`.
bool digits(std::string_view text, std::size_t& at, std::size_t n, int& out) {
  if (at + n > text.size()) return false;
  out = 0;
  for (std::size_t i = 0; i < n; ++i) {
    char c = text[at + i];
    if (c < '0' || c > '9') return false;
    out = out * 10 + (c - '0');
  }
  at += n;
  return true;
}

bool expect(std::string_view text, std::size_t& at, char c) {
  if (at >= text.size() || text[at] != c) return false;
  ++at;
  return true;
}

bool date_at(std::string_view text, std::size_t& at, std::chrono::year_month_day& out) {
  int y = 0, m = 0, d = 0;
  if (!digits(text, at, 4, y) || !expect(text, at, '-') || !digits(text, at, 2, m) ||
      !expect(text, at, '-') || !digits(text, at, 2, d))
    return false;
  out = std::chrono::year{y} / std::chrono::month{static_cast<unsigned>(m)} /
        std::chrono::day{static_cast<unsigned>(d)};
  return out.ok();
}

bool time_at(std::string_view text, std::size_t& at, TimeOfDay& out) {
  out = {};
  if (!digits(text, at, 2, out.hour) || !expect(text, at, ':') || !digits(text, at, 2, out.minute))
    return false;
  if (at < text.size() && text[at] == ':') {
    ++at;
    if (!digits(text, at, 2, out.second)) return false;
    if (at < text.size() && text[at] == '.') {
      ++at;
      std::size_t n = 0;
      int us = 0;
      while (at < text.size() && n < 6 && text[at] >= '0' && text[at] <= '9') {
        us = us * 10 + (text[at++] - '0');
        ++n;
      }
      if (n == 0) return false;
      for (; n < 6; ++n) us *= 10;
      out.microsecond = us;
    }
  }
  return out.hour < 24 && out.minute < 60 && out.second < 60;
}

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

std::string quoted(std::string_view text) {
  constexpr std::size_t kMax = 60;
  if (text.size() <= kMax) return "'" + std::string(text) + "'";
  return "'" + std::string(text.substr(0, kMax)) + "...'";
}

}  // namespace

bool canonical_integer(std::string_view text, std::int64_t& out) {
  std::string_view digits = text.substr(text.starts_with('-') ? 1 : 0);
  if (digits.empty() || (digits.size() > 1 && digits.front() == '0')) return false;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc() && end == text.data() + text.size();
}

bool canonical_real(std::string_view text, double& out) {
  std::string_view body = text.substr(text.starts_with('-') ? 1 : 0);
  if (body.empty() || !std::isdigit(static_cast<unsigned char>(body.front()))) return false;
  if (body.size() > 1 && body[0] == '0' && body[1] != '.' && body[1] != 'e' && body[1] != 'E')
    return false;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc() && end == text.data() + text.size() && std::isfinite(out);
}

bool parse_date(std::string_view text, std::chrono::year_month_day& out) {
  std::size_t at = 0;
  return date_at(text, at, out) && at == text.size();
}

bool parse_time(std::string_view text, TimeOfDay& out) {
  std::size_t at = 0;
  return time_at(text, at, out) && at == text.size();
}

bool parse_datetime(std::string_view text, Timestamp& out) {
  std::size_t at = 0;
  std::chrono::year_month_day ymd;
  if (!date_at(text, at, ymd)) return false;
  TimeOfDay t;
  if (at < text.size()) {
    if (text[at] != ' ' && text[at] != 'T') return false;
    ++at;
    if (!time_at(text, at, t) || at != text.size()) return false;
  }
  using namespace std::chrono;
  out = Timestamp{sys_days{ymd}} + hours{t.hour} + minutes{t.minute} + seconds{t.second} +
        microseconds{t.microsecond};
  return true;
}

Value from_text(ValueKind kind, std::string_view text) {
  switch (kind) {
    case ValueKind::integer: {
      std::string_view digits = text.substr(text.starts_with('+') ? 1 : 0);
      std::int64_t n = 0;
      auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
      if (ec == std::errc() && end == digits.data() + digits.size() && !digits.empty())
        return Value(n);
      double d = 0;  // "3.0", "1e3": a whole number written as a real
      auto [rend, rec] = std::from_chars(digits.data(), digits.data() + digits.size(), d);
      if (rec == std::errc() && rend == digits.data() + digits.size() && !digits.empty() &&
          std::trunc(d) == d && std::fabs(d) < 9.2e18)
        return Value(static_cast<std::int64_t>(d));
      throw ConversionError(quoted(text) + " is not an integer");
    }
    case ValueKind::real: {
      std::string_view digits = text.substr(text.starts_with('+') ? 1 : 0);
      double d = 0;
      auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), d);
      if (ec == std::errc() && end == digits.data() + digits.size() && !digits.empty())
        return Value(d);
      throw ConversionError(quoted(text) + " is not a number");
    }
    case ValueKind::boolean:
      for (std::string_view yes : {"1", "true", "t", "yes", "y"})
        if (iequals(text, yes)) return Value(true);
      for (std::string_view no : {"0", "false", "f", "no", "n"})
        if (iequals(text, no)) return Value(false);
      throw ConversionError(quoted(text) + " is not a boolean (1, 0, true, false, yes, no)");
    case ValueKind::decimal:
      try {
        return Value(Decimal(text));
      } catch (const Error&) {
        throw ConversionError(quoted(text) + " is not a decimal number");
      }
    case ValueKind::date: {
      std::chrono::year_month_day d;
      if (parse_date(text, d)) return Value(d);
      throw ConversionError(quoted(text) + " is not a date (YYYY-MM-DD)");
    }
    case ValueKind::time: {
      TimeOfDay t;
      if (parse_time(text, t)) return Value(t);
      throw ConversionError(quoted(text) + " is not a time (HH:MM[:SS[.ffffff]])");
    }
    case ValueKind::datetime: {
      Timestamp ts;
      if (parse_datetime(text, ts)) return Value(ts);
      throw ConversionError(quoted(text) +
                            " is not a date and time (YYYY-MM-DD[ HH:MM[:SS[.ffffff]]])");
    }
    case ValueKind::blob: {
      Blob b;
      if (decode_base64(text, b)) return Value(std::move(b));
      throw ConversionError(quoted(text) + " is not base64 (a BLOB column takes base64)");
    }
    case ValueKind::text:
    case ValueKind::null:
      break;
  }
  return Value(std::string(text));
}

Value from_json(ValueKind kind, const nlohmann::ordered_json& value) {
  using Kind = nlohmann::ordered_json::value_t;
  bool textual = kind == ValueKind::text;
  switch (value.type()) {
    case Kind::null:
      return Value();
    case Kind::boolean:
      if (textual) return Value(value.get<bool>() ? "true" : "false");
      return Value(value.get<bool>());
    case Kind::number_integer:
    case Kind::number_unsigned:
      if (textual) return Value(value.dump());
      if (value.is_number_unsigned() && value.get<std::uint64_t>() > INT64_MAX)
        throw ConversionError(value.dump() + " is larger than a 64-bit integer");
      return Value(value.get<std::int64_t>());
    case Kind::number_float:
      if (textual) return Value(value.dump());
      return Value(value.get<double>());
    case Kind::string:
      return from_text(kind, value.get_ref<const std::string&>());
    default:
      if (textual || kind == ValueKind::null)
        return Value(value.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
      throw ConversionError(std::string("a JSON ") + value.type_name() +
                            " does not fit this column");
  }
}

void TypeGuess::see_text(std::string_view text) {
  any_ = true;
  std::int64_t n = 0;
  double d = 0;
  boolean_ = false;
  if (integer_ && canonical_integer(text, n)) return;
  integer_ = false;
  if (real_ && (canonical_real(text, d))) return;
  real_ = false;
}

void TypeGuess::see_json(const nlohmann::ordered_json& value) {
  if (value.is_null()) return;
  any_ = true;
  if (!value.is_boolean()) boolean_ = false;
  if (!value.is_number_integer()) integer_ = false;
  if (!value.is_number()) real_ = false;
}

Type TypeGuess::type() const {
  if (!any_) return TEXT();
  if (boolean_) return BOOLEAN();
  if (integer_) return INTEGER();
  if (real_) return REAL();
  return TEXT();
}

}  // namespace sqlcore::tools
