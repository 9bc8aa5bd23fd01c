// `sqlcore query`: one SQL statement's rows as JSON, CSV (RFC 4180) or an aligned table.
// SPDX-License-Identifier: MIT
#include "query.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <optional>
#include <variant>

#include <nlohmann/json.hpp>

#include "common.hpp"
#include "convert.hpp"

namespace sqlcore::tools {

namespace {

// Keys stay in column order.
using Json = nlohmann::ordered_json;

constexpr std::string_view kBase64 =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

// One cell of a row as the table shows it: text, and whether it is a number (right-aligned).
struct Cell {
  std::string text;
  bool number = false;
};

std::string hex_blob(const Blob& b) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string s = "x'";
  for (std::byte x : b) {
    auto v = std::to_integer<unsigned>(x);
    s += kHex[v >> 4];
    s += kHex[v & 15];
  }
  return s + "'";
}

// Values a text() statement reads are NULL, integers, reals, text and blobs; the others
// (which a types map would give) are written as their stored text would be.
template <class Visitor>
auto visit_value(const Value& v, Visitor&& vis) {
  return std::visit(std::forward<Visitor>(vis), v.storage());
}

Json to_json(const Value& v) {
  return visit_value(v, [&](const auto& x) -> Json {
    using T = std::decay_t<decltype(x)>;
    if constexpr (std::is_same_v<T, std::monostate>) {
      return nullptr;
    } else if constexpr (std::is_same_v<T, std::int64_t> || std::is_same_v<T, bool>) {
      return x;
    } else if constexpr (std::is_same_v<T, double>) {
      return std::isfinite(x) ? Json(x) : Json(x > 0 ? "Infinity" : "-Infinity");
    } else if constexpr (std::is_same_v<T, std::string>) {
      return x;
    } else if constexpr (std::is_same_v<T, Blob>) {
      return encode_base64(x);
    } else if constexpr (std::is_same_v<T, Decimal>) {
      return x.str();
    } else {
      return v.describe();
    }
  });
}

// The text of a value for CSV and the table; nullopt for NULL.
std::optional<std::string> to_text(const Value& v, bool blob_as_hex) {
  return visit_value(v, [&](const auto& x) -> std::optional<std::string> {
    using T = std::decay_t<decltype(x)>;
    if constexpr (std::is_same_v<T, std::monostate>) {
      return std::nullopt;
    } else if constexpr (std::is_same_v<T, std::int64_t>) {
      return std::to_string(x);
    } else if constexpr (std::is_same_v<T, bool>) {
      return x ? "1" : "0";
    } else if constexpr (std::is_same_v<T, double>) {
      return format_real(x);
    } else if constexpr (std::is_same_v<T, std::string>) {
      return x;
    } else if constexpr (std::is_same_v<T, Blob>) {
      return blob_as_hex ? hex_blob(x) : encode_base64(x);
    } else if constexpr (std::is_same_v<T, Decimal>) {
      return x.str();
    } else {
      return v.describe();
    }
  });
}

// Code points, for the table's alignment.
std::size_t display_width(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(
      s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// Line breaks and tabs inside a cell would break the columns: shown escaped.
std::string one_line_cell(std::string s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else {
      out += c;
    }
  }
  return out;
}

void write_table(Result& result, std::ostream& out) {
  const std::vector<std::string>& keys = result.keys();
  std::vector<std::vector<Cell>> rows;
  for (const Row& row : result) {
    std::vector<Cell> cells;
    cells.reserve(keys.size());
    for (int i = 0; i < row.size(); ++i) {
      Value v = row.get<Value>(i);
      bool number = v.get_if<std::int64_t>() != nullptr || v.get_if<double>() != nullptr;
      cells.push_back({one_line_cell(to_text(v, /*blob_as_hex=*/true).value_or("")), number});
    }
    rows.push_back(std::move(cells));
  }
  std::vector<std::size_t> width(keys.size());
  for (std::size_t i = 0; i < keys.size(); ++i) width[i] = display_width(keys[i]);
  for (const auto& r : rows)
    for (std::size_t i = 0; i < r.size(); ++i)
      width[i] = std::max(width[i], display_width(r[i].text));
  auto line = [&](const std::vector<Cell>& cells) {
    std::string s;
    for (std::size_t i = 0; i < cells.size(); ++i) {
      std::string pad(width[i] - display_width(cells[i].text), ' ');
      if (i) s += "  ";
      s += cells[i].number ? pad + cells[i].text : cells[i].text + pad;
    }
    while (!s.empty() && s.back() == ' ') s.pop_back();
    out << s << '\n';
  };
  std::vector<Cell> header, rule;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    header.push_back({keys[i], false});
    rule.push_back({std::string(width[i], '-'), false});
  }
  line(header);
  line(rule);
  for (const auto& r : rows) line(r);
}

void write_json(Result& result, std::ostream& out) {
  const std::vector<std::string> keys = result.keys();
  // One row a line, the whole an array: readable, and streamed (no row is kept).
  bool first = true;
  out << '[';
  for (const Row& row : result) {
    Json obj = Json::object();
    for (int i = 0; i < row.size(); ++i)
      obj[keys[static_cast<std::size_t>(i)]] = to_json(row.get<Value>(i));
    out << (first ? "" : ",\n ") << obj.dump(-1, ' ', false, Json::error_handler_t::replace);
    first = false;
  }
  out << "]\n";
}

void write_csv(Result& result, std::ostream& out) {
  const std::vector<std::string> keys = result.keys();
  for (std::size_t i = 0; i < keys.size(); ++i)
    out << (i ? "," : "") << csv_field(keys[i], /*quote_empty=*/true);
  out << "\r\n";
  for (const Row& row : result) {
    for (int i = 0; i < row.size(); ++i) {
      std::optional<std::string> text = to_text(row.get<Value>(i), /*blob_as_hex=*/false);
      if (i) out << ',';
      if (text) out << csv_field(*text, /*quote_empty=*/true);
    }
    out << "\r\n";
  }
}

}  // namespace

std::pair<std::string, Value> parse_param(std::string_view spec) {
  std::size_t eq = spec.find('=');
  if (eq == std::string_view::npos)
    throw UsageError("-p " + std::string(spec) + ": write a parameter as name=value");
  std::string name(spec.substr(0, eq));
  if (name.starts_with(':') || name.starts_with('@') || name.starts_with('$')) name.erase(0, 1);
  if (name.empty()) throw UsageError("-p " + std::string(spec) + ": the parameter has no name");
  std::string_view text = spec.substr(eq + 1);
  if (std::int64_t n = 0; canonical_integer(text, n)) return {name, Value(n)};
  if (double d = 0; canonical_real(text, d)) return {name, Value(d)};
  return {name, Value(std::string(text))};
}

void run_query(const QueryOptions& options, std::ostream& out) {
  Params params;
  for (const std::string& spec : options.params) {
    auto p = parse_param(spec);
    for (const auto& [name, value] : params)
      if (name == p.first) throw UsageError("-p " + spec + ": '" + name + "' is given twice");
    params.push_back(std::move(p));
  }
  Engine engine = open_database(options.db, options.write ? Access::read_write : Access::read_only);
  Connection conn = engine.connect();
  std::optional<Transaction> tx;
  if (options.write) tx.emplace(conn.begin());
  Result result = [&] {
    try {
      return conn.execute(text(options.sql), params);
    } catch (const ArgumentError& e) {
      throw UsageError(one_line(e));  // a -p the statement lacks, a bind without a -p
    } catch (const DBAPIError& e) {
      std::string msg = e.sqlite_message();
      if (!options.write && (e.sqlite_code() & 0xff) == 8)  // SQLITE_READONLY
        msg += " (the database is opened read-only; pass --write to change it)";
      throw Failure(msg);
    }
  }();
  if (result.returns_rows()) {
    switch (options.format) {
      case OutputFormat::table:
        write_table(result, out);
        break;
      case OutputFormat::json:
        write_json(result, out);
        break;
      case OutputFormat::csv:
        write_csv(result, out);
        break;
    }
  }
  if (tx) tx->commit();
  out.flush();
}

std::string encode_base64(const Blob& bytes) {
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  std::size_t i = 0;
  auto at = [&](std::size_t k) { return std::to_integer<unsigned>(bytes[k]); };
  for (; i + 2 < bytes.size(); i += 3) {
    unsigned n = at(i) << 16 | at(i + 1) << 8 | at(i + 2);
    for (int s = 18; s >= 0; s -= 6) out += kBase64[(n >> s) & 63];
  }
  if (std::size_t rest = bytes.size() - i; rest > 0) {
    unsigned n = at(i) << 16 | (rest == 2 ? at(i + 1) << 8 : 0);
    out += kBase64[(n >> 18) & 63];
    out += kBase64[(n >> 12) & 63];
    out += rest == 2 ? kBase64[(n >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

bool decode_base64(std::string_view text, Blob& out) {
  out.clear();
  if (text.size() % 4 != 0) return false;
  std::array<int, 256> value{};
  value.fill(-1);
  for (std::size_t k = 0; k < kBase64.size(); ++k)
    value[static_cast<unsigned char>(kBase64[k])] = static_cast<int>(k);
  out.reserve(text.size() / 4 * 3);
  for (std::size_t i = 0; i < text.size(); i += 4) {
    int pad = 0;
    unsigned n = 0;
    for (std::size_t k = 0; k < 4; ++k) {
      char c = text[i + k];
      if (c == '=' && i + 4 == text.size() && k >= 2) {
        ++pad;
        n <<= 6;
        continue;
      }
      int v = value[static_cast<unsigned char>(c)];
      if (v < 0 || pad > 0) return false;
      n = n << 6 | static_cast<unsigned>(v);
    }
    out.push_back(static_cast<std::byte>(n >> 16));
    if (pad < 2) out.push_back(static_cast<std::byte>((n >> 8) & 255));
    if (pad < 1) out.push_back(static_cast<std::byte>(n & 255));
  }
  return true;
}

std::string csv_field(std::string_view text, bool quote_empty) {
  bool quote =
      (text.empty() && quote_empty) || text.find_first_of(",\"\r\n") != std::string_view::npos;
  if (!quote) return std::string(text);
  std::string s = "\"";
  for (char c : text) {
    if (c == '"') s += '"';
    s += c;
  }
  return s + '"';
}

std::string format_real(double v) {
  if (std::isnan(v)) return "NaN";
  if (std::isinf(v)) return v > 0 ? "Inf" : "-Inf";
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  std::string s(buf, end);
  if (s.find_first_of(".e") == std::string::npos) s += ".0";
  return s;
}

}  // namespace sqlcore::tools
