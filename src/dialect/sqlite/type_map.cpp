// Reflected type names → Types, as SQLAlchemy 1.4 resolves them on SQLite.
// SPDX-License-Identifier: MIT
#include "dialect/sqlite/type_map.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <string>
#include <vector>

#include "base/ascii.hpp"
#include "types/type_impl.hpp"

namespace sqlcore::detail {

namespace {

using Args = std::vector<int>;
using Make = Type (*)(const Args&);

std::optional<int> arg(const Args& a, std::size_t i) {
  return i < a.size() ? std::optional<int>(a[i]) : std::nullopt;
}

struct Entry {
  std::string_view name;
  Make make;
};

// SQLAlchemy's sqlite ischema_names, sorted by name. Types that take no arguments ignore them
// (SQLAlchemy warns and drops them).
constexpr std::array<Entry, 26> kExact{{
    {"BIGINT", [](const Args&) { return BIGINT(); }},
    {"BLOB", [](const Args&) { return BLOB(); }},
    {"BOOL", [](const Args&) { return BOOLEAN(); }},
    {"BOOLEAN", [](const Args&) { return BOOLEAN(); }},
    {"CHAR", [](const Args& a) { return CHAR(arg(a, 0)); }},
    {"DATE", [](const Args&) { return DATE(); }},
    {"DATETIME", [](const Args&) { return DATETIME(); }},
    {"DATETIME_CHAR", [](const Args&) { return DATETIME(); }},
    {"DATE_CHAR", [](const Args&) { return DATE(); }},
    {"DECIMAL",
     [](const Args& a) { return DECIMAL(arg(a, 0), a.size() > 1 ? arg(a, 1) : std::nullopt); }},
    {"DOUBLE", [](const Args& a) { return FLOAT(arg(a, 0)); }},
    {"FLOAT", [](const Args& a) { return FLOAT(arg(a, 0)); }},
    {"INT", [](const Args&) { return INTEGER(); }},
    {"INTEGER", [](const Args&) { return INTEGER(); }},
    {"JSON", [](const Args&) { return JSON(); }},
    {"JSON_TEXT", [](const Args&) { return JSON(); }},  // what JSON() declares on SQLite
    {"NCHAR", [](const Args& a) { return NCHAR(arg(a, 0)); }},
    {"NUMERIC",
     [](const Args& a) { return NUMERIC(arg(a, 0), a.size() > 1 ? arg(a, 1) : std::nullopt); }},
    {"NVARCHAR", [](const Args& a) { return NVARCHAR(arg(a, 0)); }},
    {"REAL", [](const Args&) { return REAL(); }},
    {"SMALLINT", [](const Args&) { return SMALLINT(); }},
    {"TEXT", [](const Args& a) { return TEXT(arg(a, 0)); }},
    {"TIME", [](const Args&) { return TIME(); }},
    {"TIMESTAMP", [](const Args&) { return TIMESTAMP(); }},
    {"TIME_CHAR", [](const Args&) { return TIME(); }},
    {"VARCHAR", [](const Args& a) { return VARCHAR(arg(a, 0)); }},
}};

static_assert(std::is_sorted(kExact.begin(), kExact.end(),
                             [](const Entry& a, const Entry& b) { return a.name < b.name; }));

}  // namespace

Type reflect_type(std::string_view declared) {
  std::string up = ascii_upper(declared);
  // SQLAlchemy: re.match(r"([\w ]+)(\(.*?\))?", type_). The name is the run of word characters
  // and spaces; sqlcore trims the spaces around it, so "VARCHAR (30)" is VARCHAR(30) (SQLAlchemy
  // keeps the space, misses VARCHAR in its table and falls back to TEXT(30)).
  std::size_t i = 0;
  while (i < up.size() && (std::isalnum(static_cast<unsigned char>(up[i])) || up[i] == '_' ||
                           up[i] == ' ' || static_cast<unsigned char>(up[i]) >= 0x80))
    ++i;
  std::string name = up.substr(0, i);
  while (!name.empty() && name.back() == ' ') name.pop_back();
  while (!name.empty() && name.front() == ' ') name.erase(name.begin());
  Args args;
  if (i < up.size() && up[i] == '(') {
    auto close = up.find(')', i);
    std::string inside =
        up.substr(i + 1, close == std::string::npos ? std::string::npos : close - i - 1);
    int n = 0;
    bool digits = false;
    for (char c : inside) {  // re.findall(r"(\d+)", args)
      if (c >= '0' && c <= '9') {
        n = n * 10 + (c - '0');
        digits = true;
        if (n > 1'000'000) n = 1'000'000;
      } else if (digits) {
        args.push_back(n);
        n = 0;
        digits = false;
      }
    }
    if (digits) args.push_back(n);
  }
  auto it = std::lower_bound(kExact.begin(), kExact.end(), name,
                             [](const Entry& e, const std::string& n) { return e.name < n; });
  if (it != kExact.end() && it->name == name) return it->make(args);
  auto has = [&](std::string_view s) { return name.find(s) != std::string::npos; };
  if (has("INT")) return INTEGER();
  if (has("CHAR") || has("CLOB") || has("TEXT")) return TEXT(arg(args, 0));
  if (has("BLOB") || name.empty()) return NullType();
  if (has("REAL") || has("FLOA") || has("DOUB")) return REAL();
  return NUMERIC(arg(args, 0), args.size() > 1 ? arg(args, 1) : std::nullopt);
}

std::string_view cpp_type_of(const Type& type) {
  switch (type.value_kind()) {
    case ValueKind::integer:
      return "std::int64_t";
    case ValueKind::real:
      return "double";
    case ValueKind::boolean:
      return "bool";
    case ValueKind::text:
      return "std::string";
    case ValueKind::blob:
      return "sqlcore::Blob";
    case ValueKind::decimal:
      return "sqlcore::Decimal";
    case ValueKind::date:
      return "std::chrono::year_month_day";
    case ValueKind::time:
      return "sqlcore::TimeOfDay";
    case ValueKind::datetime:
      return "sqlcore::Timestamp";
    case ValueKind::null:
      break;
  }
  return "sqlcore::Value";
}

}  // namespace sqlcore::detail
