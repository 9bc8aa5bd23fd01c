// dqlite's wire protocol: the codec (driver/dqlite/protocol.hpp says the format).
// SPDX-License-Identifier: MIT
#include "driver/dqlite/protocol.hpp"

#include <fmt/format.h>

#include <array>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>

#include "base/error_class.hpp"
#include "sqlcore/errors.hpp"

namespace sqlcore::detail::dqlite {

namespace {

constexpr int sqlite_protocol = 15;  // SQLITE_PROTOCOL

constexpr std::size_t pad8(std::size_t n) { return (n + 7) & ~std::size_t{7}; }

// ---- writing ----------------------------------------------------------------------------------

void put_u8(Buffer& out, std::uint8_t v) { out.push_back(static_cast<std::byte>(v)); }

void put_u32(Buffer& out, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) put_u8(out, static_cast<std::uint8_t>(v >> (8 * i)));
}

void put_u64(Buffer& out, std::uint64_t v) {
  for (int i = 0; i < 8; ++i) put_u8(out, static_cast<std::uint8_t>(v >> (8 * i)));
}

void pad_to_word(Buffer& out) {
  while (out.size() % word_size != 0) put_u8(out, 0);
}

void check_no_nul(std::string_view text, std::string_view what) {
  if (text.find('\0') != std::string_view::npos) {
    throw ArgumentError(
        fmt::format("dqlite: {} contains a NUL byte; the wire protocol ends text at NUL", what));
  }
}

// Text, NUL-terminated and padded. The buffer's size is a multiple of 8 before and after.
void put_text(Buffer& out, std::string_view text) {
  const auto* p = reinterpret_cast<const std::byte*>(text.data());
  out.insert(out.end(), p, p + text.size());
  put_u8(out, 0);
  pad_to_word(out);
}

void put_blob(Buffer& out, std::string_view bytes) {
  put_u64(out, bytes.size());
  const auto* p = reinterpret_cast<const std::byte*>(bytes.data());
  out.insert(out.end(), p, p + bytes.size());
  pad_to_word(out);
}

// Starts a message: reserves its header, returns where it starts.
std::size_t begin(Buffer& out) {
  pad_to_word(out);  // messages start on a word (a caller's buffer always is)
  std::size_t start = out.size();
  out.resize(start + header_size);
  return start;
}

// Fills in the header of the message started at `start`.
void finish(Buffer& out, std::size_t start, Request type) {
  std::size_t body = out.size() - start - header_size;
  auto words = static_cast<std::uint32_t>(body / word_size);
  for (int i = 0; i < 4; ++i) {
    out[start + static_cast<std::size_t>(i)] = static_cast<std::byte>(words >> (8 * i));
  }
  out[start + 4] = static_cast<std::byte>(type);
  out[start + 5] = std::byte{0};  // schema 0
  out[start + 6] = std::byte{0};
  out[start + 7] = std::byte{0};
}

// A tuple of parameters, schema 0: count byte, one type byte each, padded; then the values.
// Nothing at all for no parameters (dqlite reads an empty rest of body as none).
void put_params(Buffer& out, std::span<const Cell> params) {
  if (params.empty()) return;
  if (params.size() > max_params) {
    throw ArgumentError(fmt::format(
        "dqlite: a statement takes at most {} parameters on this server's protocol, got {}",
        max_params, params.size()));
  }
  put_u8(out, static_cast<std::uint8_t>(params.size()));
  for (std::size_t i = 0; i < params.size(); ++i) {
    const Cell& c = params[i];
    ValueType t = ValueType::null;
    switch (c.storage) {
      case StorageClass::integer:
        t = ValueType::integer;
        break;
      case StorageClass::real:
        t = ValueType::real;
        break;
      case StorageClass::text:
        if (c.bytes.find('\0') != std::string::npos) {
          throw ArgumentError(fmt::format(
              "dqlite: text parameter {} contains a NUL byte, which dqlite's wire protocol "
              "would cut short there; bind it as a blob",
              i + 1));
        }
        t = ValueType::text;
        break;
      case StorageClass::blob:
        t = ValueType::blob;
        break;
      case StorageClass::null:
        t = ValueType::null;
        break;
    }
    put_u8(out, static_cast<std::uint8_t>(t));
  }
  pad_to_word(out);
  for (const Cell& c : params) {
    switch (c.storage) {
      case StorageClass::integer:
        put_u64(out, static_cast<std::uint64_t>(c.integer));
        break;
      case StorageClass::real:
        put_u64(out, std::bit_cast<std::uint64_t>(c.real));
        break;
      case StorageClass::text:
        put_text(out, c.bytes);
        break;
      case StorageClass::blob:
        put_blob(out, c.bytes);
        break;
      case StorageClass::null:
        put_u64(out, 0);
        break;
    }
  }
}

// ---- reading ----------------------------------------------------------------------------------

// Reads a body of one response type; every read is bounds-checked.
class Reader {
 public:
  Reader(Bytes bytes, std::string_view what) : bytes_(bytes), what_(what) {}

  [[noreturn]] void malformed(std::string_view why) const {
    throw_database_error(sqlite_protocol,
                         fmt::format("dqlite: malformed {} response: {} (at byte {} of {})", what_,
                                     why, pos_, bytes_.size()),
                         {}, "protocol error");
  }

  std::size_t left() const { return bytes_.size() - pos_; }
  bool at_end() const { return pos_ == bytes_.size(); }

  void need(std::size_t n, std::string_view field) const {
    if (n > left()) {
      malformed(fmt::format("{} needs {} bytes, {} left", field, n, left()));
    }
  }

  std::uint64_t u64(std::string_view field) {
    need(8, field);
    std::uint64_t v = 0;
    for (std::size_t i = 0; i < 8; ++i) {
      v |= static_cast<std::uint64_t>(std::to_integer<std::uint8_t>(bytes_[pos_ + i])) << (8 * i);
    }
    pos_ += 8;
    return v;
  }

  std::uint64_t peek_u64() const {
    std::uint64_t v = 0;
    for (std::size_t i = 0; i < 8 && pos_ + i < bytes_.size(); ++i) {
      v |= static_cast<std::uint64_t>(std::to_integer<std::uint8_t>(bytes_[pos_ + i])) << (8 * i);
    }
    return v;
  }

  std::uint32_t u32(std::string_view field) {
    need(4, field);
    std::uint32_t v = 0;
    for (std::size_t i = 0; i < 4; ++i) {
      v |= static_cast<std::uint32_t>(std::to_integer<std::uint8_t>(bytes_[pos_ + i])) << (8 * i);
    }
    pos_ += 4;
    return v;
  }

  std::uint8_t byte_at(std::size_t i) const {
    return std::to_integer<std::uint8_t>(bytes_[pos_ + i]);
  }

  void skip(std::size_t n, std::string_view field) {
    need(n, field);
    pos_ += n;
  }

  std::string text(std::string_view field) {
    if (at_end()) malformed(fmt::format("{} is missing", field));
    const auto* p = reinterpret_cast<const char*>(bytes_.data()) + pos_;
    const void* nul = std::memchr(p, 0, left());
    if (nul == nullptr) malformed(fmt::format("{} has no terminating NUL", field));
    std::size_t len = static_cast<std::size_t>(static_cast<const char*>(nul) - p);
    std::size_t padded = pad8(len + 1);
    need(padded, field);
    std::string s(p, len);
    pos_ += padded;
    return s;
  }

  std::string blob(std::string_view field) {
    std::uint64_t len = u64(field);
    if (len > left()) malformed(fmt::format("{} of {} bytes, {} left", field, len, left()));
    auto n = static_cast<std::size_t>(len);
    need(pad8(n), field);
    std::string s(reinterpret_cast<const char*>(bytes_.data()) + pos_, n);
    pos_ += pad8(n);
    return s;
  }

  void end() const {
    if (!at_end()) malformed(fmt::format("{} bytes past its end", left()));
  }

 private:
  Bytes bytes_;
  std::string_view what_;
  std::size_t pos_ = 0;
};

std::int64_t as_signed(std::uint64_t v) { return std::bit_cast<std::int64_t>(v); }

Cell integer_cell(std::int64_t v) {
  Cell c;
  c.storage = StorageClass::integer;
  c.integer = v;
  c.bytes = std::to_string(v);
  return c;
}

// A row: 4-bit type codes (two a byte, low nibble first), padded; then the values.
std::vector<Cell> read_row(Reader& r, std::size_t columns) {
  std::size_t header = pad8((columns + 1) / 2);
  r.need(header, "a row header");
  std::vector<ValueType> types(columns);
  for (std::size_t i = 0; i < columns; ++i) {
    std::uint8_t b = r.byte_at(i / 2);
    types[i] = static_cast<ValueType>(i % 2 == 0 ? (b & 0x0f) : (b >> 4));
  }
  r.skip(header, "a row header");
  std::vector<Cell> row(columns);
  for (std::size_t i = 0; i < columns; ++i) {
    Cell& c = row[i];
    switch (types[i]) {
      case ValueType::integer:
      case ValueType::unixtime:
      case ValueType::boolean:
        c = integer_cell(as_signed(r.u64("an integer value")));
        break;
      case ValueType::real:
        c.storage = StorageClass::real;
        c.real = std::bit_cast<double>(r.u64("a real value"));
        c.bytes = real_text(c.real);
        break;
      case ValueType::text:
        c.storage = StorageClass::text;
        c.bytes = r.text("a text value");
        break;
      case ValueType::iso8601:
        c.bytes = r.text("a date/time value");
        // dqlite sends NULL in a DATE / DATETIME / TIMESTAMP column as "".
        c.storage = c.bytes.empty() ? StorageClass::null : StorageClass::text;
        break;
      case ValueType::blob:
        c.storage = StorageClass::blob;
        c.bytes = r.blob("a blob value");
        break;
      case ValueType::null:
        r.u64("a NULL value");
        c.storage = StorageClass::null;
        break;
      default:
        r.malformed(
            fmt::format("column {} has unknown value type {}", i + 1, static_cast<int>(types[i])));
    }
  }
  return row;
}

}  // namespace

std::string response_name(std::uint8_t type) {
  static constexpr std::array<const char*, 11> names = {"FAILURE", "SERVER", "WELCOME", "SERVERS",
                                                        "DB",      "STMT",   "RESULT",  "ROWS",
                                                        "EMPTY",   "FILES",  "METADATA"};
  if (type < names.size()) return names[type];
  return fmt::format("type {}", type);
}

// ---- encoders -----------------------------------------------------------------------------------

void encode_handshake(Buffer& out) { put_u64(out, protocol_version); }

void encode_leader(Buffer& out) {
  std::size_t s = begin(out);
  put_u64(out, 0);
  finish(out, s, Request::leader);
}

void encode_client(Buffer& out, std::uint64_t id) {
  std::size_t s = begin(out);
  put_u64(out, id);
  finish(out, s, Request::client);
}

void encode_open(Buffer& out, std::string_view database, std::uint64_t flags,
                 std::string_view vfs) {
  check_no_nul(database, "the database name");
  check_no_nul(vfs, "the VFS name");
  if (database.empty()) throw ArgumentError("dqlite: OPEN needs a database name");
  std::size_t s = begin(out);
  put_text(out, database);
  put_u64(out, flags);
  put_text(out, vfs);
  finish(out, s, Request::open);
}

void encode_prepare(Buffer& out, std::uint64_t db, std::string_view sql) {
  check_no_nul(sql, "the SQL text");
  std::size_t s = begin(out);
  put_u64(out, db);
  put_text(out, sql);
  finish(out, s, Request::prepare);
}

namespace {
void encode_stmt_request(Buffer& out, Request type, std::uint32_t db, std::uint32_t stmt,
                         std::span<const Cell> params) {
  std::size_t s = begin(out);
  put_u32(out, db);
  put_u32(out, stmt);
  try {
    put_params(out, params);
  } catch (...) {
    out.resize(s);
    throw;
  }
  finish(out, s, type);
}

void encode_sql_request(Buffer& out, Request type, std::uint64_t db, std::string_view sql,
                        std::span<const Cell> params) {
  check_no_nul(sql, "the SQL text");
  std::size_t s = begin(out);
  put_u64(out, db);
  put_text(out, sql);
  try {
    put_params(out, params);
  } catch (...) {
    out.resize(s);
    throw;
  }
  finish(out, s, type);
}

void encode_id_request(Buffer& out, Request type, std::uint64_t id) {
  std::size_t s = begin(out);
  put_u64(out, id);
  finish(out, s, type);
}
}  // namespace

void encode_exec(Buffer& out, std::uint32_t db, std::uint32_t stmt, std::span<const Cell> params) {
  encode_stmt_request(out, Request::exec, db, stmt, params);
}

void encode_query(Buffer& out, std::uint32_t db, std::uint32_t stmt, std::span<const Cell> params) {
  encode_stmt_request(out, Request::query, db, stmt, params);
}

void encode_finalize(Buffer& out, std::uint32_t db, std::uint32_t stmt) {
  encode_stmt_request(out, Request::finalize, db, stmt, {});
}

void encode_exec_sql(Buffer& out, std::uint64_t db, std::string_view sql,
                     std::span<const Cell> params) {
  encode_sql_request(out, Request::exec_sql, db, sql, params);
}

void encode_query_sql(Buffer& out, std::uint64_t db, std::string_view sql,
                      std::span<const Cell> params) {
  encode_sql_request(out, Request::query_sql, db, sql, params);
}

void encode_interrupt(Buffer& out, std::uint64_t db) {
  encode_id_request(out, Request::interrupt, db);
}

void encode_add(Buffer& out, std::uint64_t id, std::string_view address) {
  check_no_nul(address, "the node address");
  std::size_t s = begin(out);
  put_u64(out, id);
  put_text(out, address);
  finish(out, s, Request::add);
}

void encode_assign(Buffer& out, std::uint64_t id, int role) {
  if (role != role_voter && role != role_standby && role != role_spare) {
    throw ArgumentError(
        fmt::format("dqlite: role {} is none of 0 (voter), 1 (standby), 2 (spare)", role));
  }
  std::size_t s = begin(out);
  put_u64(out, id);
  put_u64(out, static_cast<std::uint64_t>(role));
  finish(out, s, Request::assign);
}

void encode_remove(Buffer& out, std::uint64_t id) { encode_id_request(out, Request::remove, id); }

void encode_cluster(Buffer& out) { encode_id_request(out, Request::cluster, 1); }

void encode_transfer(Buffer& out, std::uint64_t id) {
  encode_id_request(out, Request::transfer, id);
}

// ---- decoders -----------------------------------------------------------------------------------

Header decode_header(Bytes bytes) {
  Reader r(bytes, "message header of a");
  if (bytes.size() != header_size) {
    r.malformed(fmt::format("a header is {} bytes, got {}", header_size, bytes.size()));
  }
  Header h;
  h.words = r.u32("the body length");
  h.type = r.byte_at(0);
  h.schema = r.byte_at(1);
  if (static_cast<std::uint64_t>(h.words) * word_size > max_body_bytes) {
    r.malformed(fmt::format("a body of {} words is over the {} bytes a client accepts", h.words,
                            max_body_bytes));
  }
  return h;
}

Failure decode_failure(Bytes body) {
  Reader r(body, "FAILURE");
  Failure f;
  f.code = r.u64("the error code");
  f.message = r.text("the error message");
  r.end();
  return f;
}

NodeInfo decode_server(Bytes body) {
  Reader r(body, "SERVER");
  NodeInfo n;
  n.id = r.u64("the node id");
  n.address = r.text("the node address");
  r.end();
  return n;
}

std::uint64_t decode_welcome(Bytes body) {
  Reader r(body, "WELCOME");
  std::uint64_t v = r.u64("the heartbeat timeout");
  r.end();
  return v;
}

std::vector<NodeInfo> decode_servers(Bytes body) {
  Reader r(body, "SERVERS");
  std::uint64_t n = r.u64("the node count");
  // Each node takes at least 3 words: a count beyond that is a lie, not an allocation.
  if (n > r.left() / (3 * word_size)) {
    r.malformed(fmt::format("{} nodes cannot fit in {} bytes", n, r.left()));
  }
  std::vector<NodeInfo> nodes;
  nodes.reserve(static_cast<std::size_t>(n));
  for (std::uint64_t i = 0; i < n; ++i) {
    NodeInfo node;
    node.id = r.u64("a node id");
    node.address = r.text("a node address");
    std::uint64_t role = r.u64("a node role");
    if (role > static_cast<std::uint64_t>(role_spare)) {
      r.malformed(fmt::format("node {} has unknown role {}", node.id, role));
    }
    node.role = static_cast<int>(role);
    nodes.push_back(std::move(node));
  }
  r.end();
  return nodes;
}

std::uint32_t decode_db(Bytes body) {
  Reader r(body, "DB");
  std::uint32_t id = r.u32("the database id");
  r.u32("the padding");
  r.end();
  return id;
}

Prepared decode_stmt(Bytes body) {
  Reader r(body, "STMT");
  r.u32("the database id");
  Prepared p;
  p.stmt_id = r.u32("the statement id");
  p.params = r.u64("the parameter count");
  r.end();
  return p;
}

ExecResult decode_result(Bytes body) {
  Reader r(body, "RESULT");
  ExecResult e;
  e.last_insert_id = as_signed(r.u64("the last insert id"));
  e.rows_affected = as_signed(r.u64("the rows affected"));
  r.end();
  return e;
}

void decode_empty(Bytes body) {
  Reader r(body, "EMPTY");
  r.u64("the unused word");
  r.end();
}

bool decode_rows(Bytes body, Rows& into) {
  Reader r(body, "ROWS");
  std::uint64_t n = r.u64("the column count");
  // A column name takes at least one word.
  if (n == 0 || n > r.left() / word_size) {
    r.malformed(fmt::format("{} columns cannot be in {} bytes", n, r.left()));
  }
  auto columns = static_cast<std::size_t>(n);
  std::vector<std::string> names;
  names.reserve(columns);
  for (std::size_t i = 0; i < columns; ++i) names.push_back(r.text("a column name"));
  if (into.columns.empty() && into.rows.empty()) {
    into.columns = std::move(names);
  } else if (names != into.columns) {
    r.malformed("a later part names other columns than the first");
  }
  for (;;) {
    if (r.left() < word_size) r.malformed("no DONE or PART marker at the end");
    std::uint64_t word = r.peek_u64();
    // A row header of all 14s or all 15s would be unknown types: the markers are unambiguous.
    if (word == rows_done || word == rows_part) {
      r.u64("the marker");
      r.end();
      return word == rows_done;
    }
    into.rows.push_back(read_row(r, columns));
  }
}

void decode_response_for_fuzzing(Bytes bytes) {
  Rows rows;
  while (!bytes.empty()) {
    if (bytes.size() < header_size) {
      Reader(bytes, "message header of a").malformed("a truncated header");
    }
    Header h = decode_header(bytes.first(header_size));
    bytes = bytes.subspan(header_size);
    std::size_t len = static_cast<std::size_t>(h.words) * word_size;
    if (len > bytes.size()) {
      Reader(bytes, response_name(h.type)).malformed("a body cut short");
    }
    Bytes body = bytes.first(len);
    bytes = bytes.subspan(len);
    switch (static_cast<Response>(h.type)) {
      case Response::failure:
        decode_failure(body);
        break;
      case Response::server:
        decode_server(body);
        break;
      case Response::welcome:
        decode_welcome(body);
        break;
      case Response::servers:
        decode_servers(body);
        break;
      case Response::db:
        decode_db(body);
        break;
      case Response::stmt:
        decode_stmt(body);
        break;
      case Response::result:
        decode_result(body);
        break;
      case Response::rows:
        if (decode_rows(body, rows)) rows = Rows{};
        break;
      case Response::empty:
        decode_empty(body);
        break;
      default:
        Reader(body, response_name(h.type)).malformed("a type no request expects");
    }
  }
}

std::string real_text(double value) {
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value > 0 ? "Inf" : "-Inf";
  std::string s = fmt::format("{:.15g}", value);
  // SQLite's "!" flag: a decimal point always, before the exponent.
  if (s.find('.') == std::string::npos) {
    std::size_t e = s.find('e');
    s.insert(e == std::string::npos ? s.size() : e, ".0");
  }
  return s;
}

}  // namespace sqlcore::detail::dqlite
