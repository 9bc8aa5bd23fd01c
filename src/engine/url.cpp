// URL parsing and rendering, following SQLAlchemy 1.4's sqlalchemy.engine.url grammar.
// SPDX-License-Identifier: MIT
#include "sqlcore/url.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include <fmt/format.h>

#include "base/ascii.hpp"
#include "base/text.hpp"
#include "driver/dqlite/address.hpp"
#include "driver/driver.hpp"
#include "engine/url_detail.hpp"
#include "sqlcore/errors.hpp"

namespace sqlcore {

namespace {

// A URL as it may be shown in a message: the password (everything between "://" and the
// '@' that ends the user-info part) is replaced by "***". The last '@' of the text: a
// passphrase may hold an unescaped '@' (or '/'), and hiding too much is harmless.
std::string safe_echo(std::string_view text) {
  auto scheme = text.find("://");
  if (scheme == std::string_view::npos) return std::string(text);
  auto at = text.rfind('@');
  if (at != std::string_view::npos && at < scheme + 3) at = std::string_view::npos;
  if (at == std::string_view::npos) return std::string(text);
  return fmt::format("{}://***{}", text.substr(0, scheme), text.substr(at));
}

// Percent-decoding; '+' is a space in query strings (Python's parse_qsl / unquote_plus).
std::string percent_decode(std::string_view s, bool plus_is_space, std::string_view what,
                           std::string_view url) {
  if (auto out = detail::percent_decode(s, plus_is_space)) return std::move(*out);
  throw ArgumentError(
      fmt::format("malformed URL '{}': bad percent escape in the {}", safe_echo(url), what));
}

using detail::percent_encode;

struct KeyInfo {
  std::string_view key;
  bool cipher_only;
};

// The query keys sqlcore understands. pysqlite's own connect arguments, SQLite's URI
// parameters (https://www.sqlite.org/uri.html) and pysqlcipher's cipher pragmas.
constexpr std::array<KeyInfo, 13> kKnownKeys{{
    {"cache", false},
    {"cached_statements", false},
    {"check_same_thread", false},
    {"cipher", true},
    {"cipher_page_size", true},
    {"cipher_use_hmac", true},
    {"immutable", false},
    {"kdf_iter", true},
    {"mode", false},
    {"nolock", false},
    {"timeout", false},
    {"uri", false},
    {"vfs", false},
}};

void validate_query(const URL& url, std::string_view text) {
  bool cipher = url.driver() == "pysqlcipher";
  bool dqlite = url.driver() == "dqlite";
  for (const auto& entry : url.query()) {
    // Named references, not a structured binding: the lambdas below capture them, which clang
    // accepts only from version 16 (P1091R3), and clang-tidy 14 parses this file.
    const std::string& key = entry.first;
    const std::string& value = entry.second;
    // A database on a dqlite cluster has no file, open flags or VFS of its own.
    if (dqlite) {
      if (key == "io_timeout" || key == "leader_timeout") {
        auto seconds = detail::parse_seconds(value);
        if (!seconds || *seconds <= 0 || *seconds > 3600)
          throw ArgumentError(fmt::format(
              "URL '{}': query key '{}' has value '{}'; expected a number of seconds, more than "
              "0 and at most 3600",
              safe_echo(text), key, value));
        continue;
      }
      if (key != "timeout" && key != "cached_statements")
        throw ArgumentError(fmt::format(
            "URL '{}': query key '{}' does not apply to sqlite+dqlite (its keys: timeout, "
            "cached_statements, io_timeout, leader_timeout)",
            safe_echo(text), key));
    }
    auto it = std::find_if(kKnownKeys.begin(), kKnownKeys.end(),
                           [&](const KeyInfo& k) { return k.key == key; });
    if (it == kKnownKeys.end()) {
      std::string known;
      for (const auto& k : kKnownKeys)
        known += fmt::format("{}{}", known.empty() ? "" : ", ", k.key);
      throw ArgumentError(fmt::format("URL '{}': unknown query key '{}' (known keys: {})",
                                      safe_echo(text), key, known));
    }
    if (it->cipher_only && !cipher)
      throw ArgumentError(
          fmt::format("URL '{}': query key '{}' is only valid with sqlite+pysqlcipher://",
                      safe_echo(text), key));
    auto bad = [&](std::string_view expected) {
      return ArgumentError(fmt::format("URL '{}': query key '{}' has value '{}'; expected {}",
                                       safe_echo(text), key,
                                       key.starts_with("cipher") ? "***" : value, expected));
    };
    if (key == "mode") {
      if (value != "ro" && value != "rw" && value != "rwc" && value != "memory")
        throw bad("ro, rw, rwc or memory");
    } else if (key == "cache") {
      if (value != "shared" && value != "private") throw bad("shared or private");
    } else if (key == "uri" || key == "check_same_thread" || key == "immutable" ||
               key == "nolock" || key == "cipher_use_hmac") {
      if (!detail::parse_bool(value)) throw bad("true or false (also 1/0, yes/no, on/off)");
    } else if (key == "timeout") {
      auto seconds = detail::parse_seconds(value);
      if (!seconds) throw bad("a non-negative number of seconds");
      // SQLite's busy_timeout is an int of milliseconds: 2147483.647 s (24.8 days) at most.
      if (*seconds * 1000.0 > 2147483647.0)
        throw bad("at most 2147483.647 seconds (24.8 days, the longest busy_timeout SQLite takes)");
    } else if (key == "cached_statements" || key == "kdf_iter" || key == "cipher_page_size") {
      auto n = detail::parse_nonnegative_int(value);
      if (!n) throw bad("a non-negative integer");
    }
  }
}

}  // namespace

namespace detail {

std::optional<bool> parse_bool(std::string_view v) {
  std::string s = detail::ascii_lower(v);
  if (s == "true" || s == "yes" || s == "on" || s == "y" || s == "t" || s == "1") return true;
  if (s == "false" || s == "no" || s == "off" || s == "n" || s == "f" || s == "0") return false;
  return std::nullopt;
}

std::optional<double> parse_seconds(std::string_view v) {
  if (v.empty()) return std::nullopt;
  std::string s(v);
  char* end = nullptr;
  double d = std::strtod(s.c_str(), &end);
  if (end != s.c_str() + s.size() || !(d >= 0) || d > 1e9) return std::nullopt;
  return d;
}

std::optional<long long> parse_nonnegative_int(std::string_view v) {
  if (v.empty() || v.size() > 12) return std::nullopt;
  long long n = 0;
  for (char c : v) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + (c - '0');
  }
  return n;
}

}  // namespace detail

std::string URL::backend_name() const { return drivername_.substr(0, drivername_.find('+')); }

std::string URL::driver() const {
  auto plus = drivername_.find('+');
  return plus == std::string::npos ? "pysqlite" : drivername_.substr(plus + 1);
}

std::optional<std::string> URL::query_value(std::string_view key) const {
  auto it = query_.find(std::string(key));
  if (it == query_.end()) return std::nullopt;
  return it->second;
}

bool URL::is_memory() const {
  if (!host_.empty()) return false;  // a database on a server (dqlite), never in this process
  if (database_.empty() || database_ == ":memory:") return true;
  auto mode = query_value("mode");
  if (mode && *mode == "memory") return true;
  // An SQLite URI filename: file::memory: or file:x?mode=memory.
  if (database_.starts_with("file:")) {
    if (database_.starts_with("file::memory:")) return true;
    if (database_.find("mode=memory") != std::string::npos) return true;
  }
  return false;
}

std::string URL::render(bool hide_password) const {
  std::string out = drivername_ + "://";
  if (!username_.empty() || !password_.empty()) {
    // '?' too: make_url takes the first '?' as the start of the query.
    out += percent_encode(username_, ":@/%?");
    if (!password_.empty()) {
      out += ':';
      out += hide_password ? std::string("***") : percent_encode(password_, ":@/%?");
    }
    out += "@";
  }
  out += host_;
  if (!database_.empty()) {
    out += '/';
    out += database_;
  }
  if (!query_.empty()) {
    out += "?";
    bool first = true;
    for (const auto& [k, v] : query_) {  // std::map: sorted keys, as SQLAlchemy renders them
      if (!first) out += "&";
      first = false;
      // '+' too: make_url reads a '+' in the query as a space (Python's unquote_plus).
      out += percent_encode(k, "&=%#+ ");
      out += '=';
      out += percent_encode(v, "&=%#+ ");
    }
  }
  return out;
}

namespace {

// The dialect+driver part before "://": letters, digits, '_' and '+'.
std::string checked_drivername(std::string_view name, std::string_view text) {
  for (char c : name) {
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '+'))
      throw ArgumentError(
          fmt::format("malformed URL '{}': invalid character '{}' in the "
                      "dialect name '{}'",
                      safe_echo(text), c, name));
  }
  return std::string(name);
}

// Query string: k=v pairs joined by '&' (Python's parse_qsl: blank pairs are skipped).
std::map<std::string, std::string> parse_query(std::string_view query, std::string_view text) {
  std::map<std::string, std::string> out;
  std::size_t pos = 0;
  while (pos <= query.size() && !query.empty()) {
    auto amp = query.find('&', pos);
    std::string_view pair = query.substr(pos, amp == std::string_view::npos ? amp : amp - pos);
    if (!pair.empty()) {
      auto eq = pair.find('=');
      if (eq == std::string_view::npos || eq == 0)
        throw ArgumentError(fmt::format("malformed URL '{}': query part '{}' is not key=value",
                                        safe_echo(text), eq == 0 ? "=..." : pair));
      std::string key = percent_decode(pair.substr(0, eq), true, "query", text);
      std::string value = percent_decode(pair.substr(eq + 1), true, "query", text);
      if (!out.emplace(key, value).second)
        throw ArgumentError(
            fmt::format("URL '{}': query key '{}' given twice", safe_echo(text), key));
    }
    if (amp == std::string_view::npos) break;
    pos = amp + 1;
  }
  return out;
}

}  // namespace

URL make_url(std::string_view text) {
  URL url;
  auto scheme_end = text.find("://");
  if (scheme_end == std::string_view::npos || scheme_end == 0)
    throw ArgumentError(
        fmt::format("malformed URL '{}': expected 'sqlite://', 'sqlite:///path/to/file.db' or "
                    "'sqlite+pysqlcipher://:passphrase@/file.db'",
                    safe_echo(text)));
  url.drivername_ = checked_drivername(text.substr(0, scheme_end), text);
  std::string backend = url.backend_name();
  std::string driver = url.driver();
  if (backend != "sqlite")
    throw ArgumentError(fmt::format("URL '{}': unsupported dialect '{}'; sqlcore speaks sqlite",
                                    safe_echo(text), backend));
  if (detail::find_driver(driver) == nullptr)
    throw ArgumentError(fmt::format(
        "URL '{}': unknown sqlite driver '{}' (known: pysqlite, pysqlcipher{})", safe_echo(text),
        driver, detail::find_driver("dqlite") != nullptr ? ", dqlite" : ""));

  std::string_view rest = text.substr(scheme_end + 3);
  // Query first: '?' never occurs unescaped before it.
  std::string_view query;
  if (auto q = rest.find('?'); q != std::string_view::npos) {
    query = rest.substr(q + 1);
    rest = rest.substr(0, q);
  }
  // User info: "[user][:password]@", where user has no ':' or '/'. A SQLite URL has no host,
  // so it ends at the first '@' followed by '/' (or by nothing): an unescaped '@' in a
  // passphrase stays in the passphrase. Without one, the first '@' (then a host follows).
  auto at = rest.find('@');
  for (auto a = at; a != std::string_view::npos; a = rest.find('@', a + 1))
    if (a + 1 == rest.size() || rest[a + 1] == '/') {
      at = a;
      break;
    }
  if (at != std::string_view::npos) {
    std::string_view info = rest.substr(0, at);
    auto colon = info.find(':');
    std::string_view user = info.substr(0, colon);
    if (user.find('/') == std::string_view::npos) {
      url.username_ = percent_decode(user, false, "user name", text);
      if (colon != std::string_view::npos)
        url.password_ = percent_decode(info.substr(colon + 1), false, "password", text);
      rest = rest.substr(at + 1);
    }
  }
  // Host and port: up to the first '/'.
  auto slash = rest.find('/');
  std::string_view host = rest.substr(0, slash);
  if (slash != std::string_view::npos) url.database_ = std::string(rest.substr(slash + 1));

  if (driver == "dqlite") {
    // sqlite+dqlite://host:port[,host:port...]/dbname: the members where the leader is looked
    // for, and the database's name on the cluster (no file, no user).
    if (!url.username_.empty() || !url.password_.empty())
      throw ArgumentError(
          fmt::format("URL '{}': sqlite+dqlite takes no user name or password", safe_echo(text)));
    if (host.empty())
      throw ArgumentError(
          fmt::format("URL '{}': sqlite+dqlite needs the cluster's members: "
                      "sqlite+dqlite://host:port[,host:port...]/dbname",
                      safe_echo(text)));
    detail::dqlite::parse_address_list(host, fmt::format("URL '{}': member", safe_echo(text)));
    if (url.database_.empty() || url.database_.find('/') != std::string::npos)
      throw ArgumentError(fmt::format(
          "URL '{}': sqlite+dqlite needs a database name without '/' after the members: "
          "sqlite+dqlite://host:port/app.db",
          safe_echo(text)));
    url.host_ = std::string(host);
    url.query_ = parse_query(query, text);
    validate_query(url, text);
    return url;
  }

  if (!host.empty() || !url.username_.empty() ||
      (!url.password_.empty() && driver != "pysqlcipher")) {
    // A "host" may be the tail of a passphrase holding an unescaped '/': never echo it then.
    bool maybe_secret = text.find('@') != std::string_view::npos;
    std::string part = !host.empty() && maybe_secret
                           ? std::string(
                                 "a host, or a passphrase with an unescaped '/' "
                                 "(percent-encode '@', ':' and '/' in it as %40, %3A, %2F)")
                       : !host.empty()          ? fmt::format("host '{}'", host)
                       : !url.username_.empty() ? fmt::format("user name '{}'", url.username_)
                                                : std::string("a password");
    throw ArgumentError(fmt::format(
        "Invalid SQLite URL '{}': {} given. Valid SQLite URL forms are: sqlite:// (memory), "
        "sqlite:///relative/path.db, sqlite:////absolute/path.db, "
        "sqlite+pysqlcipher://:passphrase@/file.db",
        safe_echo(text), part));
  }

  url.query_ = parse_query(query, text);
  validate_query(url, text);
  return url;
}

}  // namespace sqlcore
