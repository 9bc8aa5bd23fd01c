// The default ISO formats of DATE / TIME / DATETIME, written and parsed by hand (no regexp):
// the hot path of every date-time column.
// SPDX-License-Identifier: MIT
#include "types/datetime_format.hpp"

#include <array>

namespace sqlcore::detail {

namespace {

using namespace std::chrono;

// Writes `v` as exactly `width` digits at `out` (v fits: checked by the callers).
char* put_digits(char* out, long long v, int width) {
  for (int i = width - 1; i >= 0; --i) {
    out[i] = static_cast<char>('0' + v % 10);
    v /= 10;
  }
  return out + width;
}

struct Cursor {
  const char* p;
  const char* end;
  bool at_end() const { return p == end; }
  bool eat(char c) {
    if (p != end && *p == c) {
      ++p;
      return true;
    }
    return false;
  }
  // 1..max_digits decimal digits.
  std::optional<int> number(int max_digits) {
    int n = 0;
    int v = 0;
    while (p != end && *p >= '0' && *p <= '9' && n < max_digits) {
      v = v * 10 + (*p - '0');
      ++p;
      ++n;
    }
    if (n == 0) return std::nullopt;
    if (p != end && *p >= '0' && *p <= '9') return std::nullopt;  // too many digits
    return v;
  }
};

std::optional<year_month_day> scan_date(Cursor& c) {
  auto y = c.number(4);
  if (!y || !c.eat('-')) return std::nullopt;
  auto m = c.number(2);
  if (!m || !c.eat('-')) return std::nullopt;
  auto d = c.number(2);
  if (!d) return std::nullopt;
  year_month_day ymd{year{*y}, month{static_cast<unsigned>(*m)}, day{static_cast<unsigned>(*d)}};
  if (*y < 1 || !ymd.ok()) return std::nullopt;
  return ymd;
}

// "HH:MM[:SS[.fraction]]"; the fraction means what ISO 8601 says (".5" = 500000 µs).
std::optional<TimeOfDay> read_time(Cursor& c) {
  TimeOfDay t;
  auto h = c.number(2);
  if (!h || !c.eat(':')) return std::nullopt;
  auto mi = c.number(2);
  if (!mi) return std::nullopt;
  t.hour = *h;
  t.minute = *mi;
  if (c.eat(':')) {
    auto s = c.number(2);
    if (!s) return std::nullopt;
    t.second = *s;
    if (c.eat('.')) {
      int digits = 0;
      int us = 0;
      while (!c.at_end() && *c.p >= '0' && *c.p <= '9') {
        if (digits < 6) us = us * 10 + (*c.p - '0');
        ++digits;
        ++c.p;
      }
      if (digits == 0) return std::nullopt;
      for (int i = digits; i < 6; ++i) us *= 10;
      t.microsecond = us;
    }
  }
  if (!valid_time(t)) return std::nullopt;
  return t;
}

// "Z", "±HH", "±HHMM", "±HH:MM" → offset east of UTC in minutes.
std::optional<int> read_zone(Cursor& c) {
  if (c.eat('Z') || c.eat('z')) return 0;
  int sign = 0;
  if (c.eat('+'))
    sign = 1;
  else if (c.eat('-'))
    sign = -1;
  else
    return std::nullopt;
  if (c.end - c.p < 2) return std::nullopt;
  auto digit = [&](int i) { return c.p[i] >= '0' && c.p[i] <= '9' ? c.p[i] - '0' : -1; };
  int h1 = digit(0), h2 = digit(1);
  if (h1 < 0 || h2 < 0) return std::nullopt;
  int hours = h1 * 10 + h2;
  c.p += 2;
  int minutes = 0;
  bool colon = c.eat(':');
  if (c.end - c.p >= 2 && digit(0) >= 0 && digit(1) >= 0) {
    minutes = digit(0) * 10 + digit(1);
    c.p += 2;
  } else if (colon) {
    return std::nullopt;
  }
  if (hours > 23 || minutes > 59) return std::nullopt;
  return sign * (hours * 60 + minutes);
}

}  // namespace

bool valid_time(const TimeOfDay& t) noexcept {
  return t.hour >= 0 && t.hour <= 23 && t.minute >= 0 && t.minute <= 59 && t.second >= 0 &&
         t.second <= 59 && t.microsecond >= 0 && t.microsecond <= 999999;
}

namespace {
constexpr long long kMinMicros = -62135596800LL * 1'000'000;      // 0001-01-01 00:00:00
constexpr long long kMaxMicros = 253402300800LL * 1'000'000 - 1;  // 9999-12-31 23:59:59.999999
}  // namespace

bool in_year_range(Timestamp t) noexcept {
  long long us = t.time_since_epoch().count();
  return us >= kMinMicros && us <= kMaxMicros;
}

std::string describe_timestamp(Timestamp t) {
  long long us = t.time_since_epoch().count();
  if (in_year_range(t)) return "Timestamp " + format_datetime(t);
  // 365.2425 days of 86400 s: the Gregorian mean year, good enough to say where it lies.
  long double years = static_cast<long double>(us) / (365.2425L * 86400.0L * 1e6L) + 1970.0L;
  return "Timestamp of " + std::to_string(us) + " microseconds since 1970-01-01 (about year " +
         std::to_string(static_cast<long long>(years < 0 ? years - 1 : years)) + ")";
}

year_month_day date_of(Timestamp t) { return year_month_day{floor<days>(t)}; }

TimeOfDay time_of(Timestamp t) {
  auto since_midnight = t - floor<days>(t);
  long long us = since_midnight.count();
  TimeOfDay out;
  out.hour = static_cast<int>(us / 3'600'000'000LL);
  out.minute = static_cast<int>(us / 60'000'000LL % 60);
  out.second = static_cast<int>(us / 1'000'000LL % 60);
  out.microsecond = static_cast<int>(us % 1'000'000LL);
  return out;
}

std::string format_date(year_month_day d) {
  std::array<char, 10> buf;
  char* p = put_digits(buf.data(), static_cast<int>(d.year()), 4);
  *p++ = '-';
  p = put_digits(p, static_cast<unsigned>(d.month()), 2);
  *p++ = '-';
  put_digits(p, static_cast<unsigned>(d.day()), 2);
  return std::string(buf.data(), buf.size());
}

std::string format_time(const TimeOfDay& t, bool truncate_microseconds) {
  std::array<char, 15> buf;
  char* p = put_digits(buf.data(), t.hour, 2);
  *p++ = ':';
  p = put_digits(p, t.minute, 2);
  *p++ = ':';
  p = put_digits(p, t.second, 2);
  if (!truncate_microseconds) {
    *p++ = '.';
    p = put_digits(p, t.microsecond, 6);
  }
  return std::string(buf.data(), p);
}

std::string format_datetime(Timestamp t, bool truncate_microseconds) {
  std::string out = format_date(date_of(t));
  out.push_back(' ');
  out += format_time(time_of(t), truncate_microseconds);
  return out;
}

std::optional<Timestamp> parse_datetime(std::string_view s) noexcept {
  Cursor c{s.data(), s.data() + s.size()};
  auto d = scan_date(c);
  if (!d) return std::nullopt;
  Timestamp out = time_point_cast<microseconds>(sys_days{*d});
  if (c.at_end()) return out;  // a date-only DATETIME, as SQLAlchemy 2.0 reads it
  if (!c.eat(' ') && !c.eat('T') && !c.eat('t')) return std::nullopt;
  auto t = read_time(c);
  if (!t) return std::nullopt;
  out += hours{t->hour} + minutes{t->minute} + seconds{t->second} + microseconds{t->microsecond};
  if (!c.at_end()) {
    auto zone = read_zone(c);
    if (!zone || !c.at_end()) return std::nullopt;
    out -= minutes{*zone};  // local = UTC + offset
  }
  if (!in_year_range(out)) return std::nullopt;  // a zone moved it past 9999 or before 1
  return out;
}

std::optional<year_month_day> parse_date(std::string_view s) noexcept {
  Cursor c{s.data(), s.data() + s.size()};
  auto d = scan_date(c);
  if (!d || !c.at_end()) return std::nullopt;
  return d;
}

std::optional<TimeOfDay> parse_time(std::string_view s) noexcept {
  Cursor c{s.data(), s.data() + s.size()};
  auto t = read_time(c);
  if (!t || !c.at_end()) return std::nullopt;
  return t;
}

}  // namespace sqlcore::detail
