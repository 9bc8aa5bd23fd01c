// dqlite's wire protocol (dqlite.io, "Wire protocol"; dqlite 1.11's src/protocol.h,
// request.h, response.h, tuple.c): a pure encoder and decoder of its messages, no sockets
// (driver/dqlite/client.hpp sends and receives them).
//
// Everything is little-endian, in 8-byte words. A client first sends the protocol version (one
// uint64, 1); then every message is an 8-byte header (uint32 body length in words, uint8 type,
// uint8 schema, 2 bytes reserved) and a body. Text is NUL-terminated and zero-padded to a word;
// a blob is a uint64 length and its bytes, padded. Statement parameters are a tuple: a count
// byte and one type byte per value (schema 0, the only one dqlite 1.11 reads: at most 255
// values), padded to a word, then the values. A ROWS response is a column count, the column
// names, rows (a header of 4-bit types per row, then the values) and a marker word: DONE ends
// the result, PART says another ROWS message follows (each part repeats count and names).
//
// encode_* append one whole message (header and body) to a buffer. decode_* read a body (or a
// header) from a byte span and throw OperationalError ("dqlite: malformed <TYPE> response:
// ...") on anything truncated, oversized or invalid; they never read outside the span.
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "driver/driver.hpp"

namespace sqlcore::detail::dqlite {

/// The protocol version a client sends first (a uint64, little-endian).
inline constexpr std::uint64_t protocol_version = 1;
/// Bytes of a message header, and of a word.
inline constexpr std::size_t header_size = 8;
inline constexpr std::size_t word_size = 8;
/// The most parameters one statement may have on dqlite 1.11 (a one-byte count).
inline constexpr std::size_t max_params = 255;
/// The longest response body a client accepts (SQLite's largest value, 1e9 bytes, and room
/// for its row): a larger header is malformed.
inline constexpr std::uint64_t max_body_bytes = 1'100'000'000;
/// The word that ends a ROWS response: more parts follow, or the result is complete.
inline constexpr std::uint64_t rows_part = 0xeeeeeeeeeeeeeeeeULL;
inline constexpr std::uint64_t rows_done = 0xffffffffffffffffULL;

enum class Request : std::uint8_t {
  leader = 0,
  client = 1,
  heartbeat = 2,
  open = 3,
  prepare = 4,
  exec = 5,
  query = 6,
  finalize = 7,
  exec_sql = 8,
  query_sql = 9,
  interrupt = 10,
  add = 12,
  assign = 13,
  remove = 14,
  dump = 15,
  cluster = 16,
  transfer = 17,
  describe = 18,
  weight = 19,
};

enum class Response : std::uint8_t {
  failure = 0,
  server = 1,
  welcome = 2,
  servers = 3,
  db = 4,
  stmt = 5,
  result = 6,
  rows = 7,
  empty = 8,
  files = 9,
  metadata = 10,
};

/// "FAILURE", "ROWS" ... ("type 42" for an unknown one): for messages.
std::string response_name(std::uint8_t type);

/// Value type codes of tuples: SQLite's storage classes and dqlite's three extra row types.
enum class ValueType : std::uint8_t {
  integer = 1,
  real = 2,
  text = 3,
  blob = 4,
  null = 5,
  unixtime = 9,  // an INTEGER in a DATE / DATETIME / TIMESTAMP column
  iso8601 = 10,  // TEXT (or NULL, as "") in such a column
  boolean = 11,  // an INTEGER (or NULL) in a BOOLEAN column
};

/// Node roles (CLUSTER, ASSIGN).
inline constexpr int role_voter = 0;
inline constexpr int role_standby = 1;
inline constexpr int role_spare = 2;

struct NodeInfo {
  std::uint64_t id = 0;
  std::string address;
  int role = role_voter;  // 0 voter, 1 standby, 2 spare
};
struct ExecResult {
  std::int64_t last_insert_id = 0;
  std::int64_t rows_affected = 0;
};
struct Rows {
  std::vector<std::string> columns;
  std::vector<std::vector<Cell>> rows;
};
struct Prepared {
  std::uint32_t stmt_id = 0;
  std::uint64_t params = 0;
};
struct Failure {
  std::uint64_t code = 0;
  std::string message;
};
struct Header {
  std::uint32_t words = 0;
  std::uint8_t type = 0;
  std::uint8_t schema = 0;
};

using Buffer = std::vector<std::byte>;
using Bytes = std::span<const std::byte>;

// ---- encoding: each appends one message (the handshake: its one word) ------------------------
/// Text arguments (SQL, names, addresses) must not contain NUL (the wire ends text there):
/// ArgumentError. Parameters: more than max_params, or a text value with a NUL byte (it would
/// arrive cut short), throw ArgumentError naming the limit or the parameter.
void encode_handshake(Buffer& out);
void encode_leader(Buffer& out);
void encode_client(Buffer& out, std::uint64_t id);
void encode_open(Buffer& out, std::string_view database, std::uint64_t flags = 0,
                 std::string_view vfs = "volatile");
void encode_prepare(Buffer& out, std::uint64_t db, std::string_view sql);
void encode_exec(Buffer& out, std::uint32_t db, std::uint32_t stmt, std::span<const Cell> params);
void encode_query(Buffer& out, std::uint32_t db, std::uint32_t stmt, std::span<const Cell> params);
void encode_finalize(Buffer& out, std::uint32_t db, std::uint32_t stmt);
void encode_exec_sql(Buffer& out, std::uint64_t db, std::string_view sql,
                     std::span<const Cell> params);
void encode_query_sql(Buffer& out, std::uint64_t db, std::string_view sql,
                      std::span<const Cell> params);
void encode_interrupt(Buffer& out, std::uint64_t db);
void encode_add(Buffer& out, std::uint64_t id, std::string_view address);
void encode_assign(Buffer& out, std::uint64_t id, int role);
void encode_remove(Buffer& out, std::uint64_t id);
/// Format 1: id, address and role of every node.
void encode_cluster(Buffer& out);
void encode_transfer(Buffer& out, std::uint64_t id);

// ---- decoding ----------------------------------------------------------------------------------
/// The 8-byte header (`bytes` must hold exactly header_size bytes). A body longer than
/// max_body_bytes is malformed.
Header decode_header(Bytes bytes);
/// The bodies, by response type. Each checks the body is exactly what the type holds.
Failure decode_failure(Bytes body);
NodeInfo decode_server(Bytes body);                // SERVER (LEADER): id 0 and "" for none
std::uint64_t decode_welcome(Bytes body);          // WELCOME: heartbeat timeout
std::vector<NodeInfo> decode_servers(Bytes body);  // SERVERS, format 1
std::uint32_t decode_db(Bytes body);               // DB
Prepared decode_stmt(Bytes body);                  // STMT (its db id is not kept)
ExecResult decode_result(Bytes body);              // RESULT
void decode_empty(Bytes body);                     // EMPTY
/// One ROWS part, appended to `into` (the first part sets the columns; a later one must name
/// the same). True when it was the last (DONE), false when another part follows (PART).
/// Integers and reals also carry their text in Cell::bytes (as sqlite3_column_text gives it);
/// UNIXTIME and BOOLEAN read as integers, ISO8601 as text, "" as NULL.
bool decode_rows(Bytes body, Rows& into);

/// Decodes `bytes` as a sequence of messages (header, body ...) of any response type, throwing
/// what the decoders throw: the entry point of a fuzzer (Rows of several parts accumulate).
void decode_response_for_fuzzing(Bytes bytes);

/// SQLite's text for a REAL ("%!.15g": 1.0, 0.1, 1.0e+20), as sqlite3_column_text gives it.
std::string real_text(double value);

}  // namespace sqlcore::detail::dqlite
