// A blocking client of one dqlite node (its wire protocol: driver/dqlite/protocol.hpp), over
// one TCP socket. Every socket operation has a deadline (ClientOptions::timeout): connect,
// each send, and each response message (a multi-part ROWS response gets it per part), through
// poll(); sends use MSG_NOSIGNAL, so a dead peer never raises SIGPIPE.
//
// Errors:
// - a FAILURE response throws the DBAPIError class for its SQLite code (base/error_class.hpp:
//   SQLITE_BUSY -> OperationalError, constraints -> IntegrityError ...) with dqlite's message,
//   and the SQL when the request carried it; the connection stays usable;
// - "not leader" (SQLITE_IOERR_NOT_LEADER 10250, SQLITE_IOERR_LEADERSHIP_LOST 10506, also from
//   ADD / ASSIGN / REMOVE on a follower) throws NotLeaderError (an OperationalError);
// - a timeout, a refused or dropped connection throw ConnectionError (an OperationalError)
//   naming the address and what failed; so does a malformed response (OperationalError,
//   "dqlite: malformed ..."). After either the client is closed (its stream cannot be trusted)
//   and every later call throws ConnectionError;
// - bad arguments (more than 255 parameters, NUL in text) throw ArgumentError, before sending.
//
// dqlite 1.11 has one database per connection: OPEN once, its id is 0. A client is not
// thread-safe; use one per thread (or a pool).
// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "driver/dqlite/protocol.hpp"
#include "sqlcore/errors.hpp"

namespace sqlcore::detail::dqlite {

/// The node is not (or no longer) the leader: retry on the leader, outside a transaction.
class NotLeaderError : public OperationalError {
 public:
  using OperationalError::OperationalError;
};

/// The connection could not be made, timed out, or was lost (or a response was malformed).
class ConnectionError : public OperationalError {
 public:
  using OperationalError::OperationalError;
};

struct ClientOptions {
  /// The limit on each socket operation: connecting, sending a request, receiving each
  /// response message.
  std::chrono::milliseconds timeout{5000};
};

class Client {
 public:
  /// Opens a TCP connection to "host:port" ("[v6]:port" too) and sends the handshake.
  /// Throws ConnectionError naming the address.
  static Client connect(const std::string& address, ClientOptions options = {});

  Client(Client&& other) noexcept;
  Client& operator=(Client&& other) noexcept;
  Client(const Client&) = delete;
  Client& operator=(const Client&) = delete;
  ~Client();

  const std::string& address() const noexcept { return address_; }
  /// False after close() or after a timeout, a lost connection or a malformed response.
  bool is_open() const noexcept { return fd_ >= 0; }
  void close() noexcept;

  /// LEADER: the leader this node knows (its id and address), nullopt when it knows none.
  std::optional<NodeInfo> leader();
  /// OPEN: opens `database` on this connection (one per connection), returns its id (0).
  std::uint32_t open(std::string_view database);
  /// PREPARE: the statement's id and parameter count.
  Prepared prepare(std::uint32_t db, std::string_view sql);
  /// EXEC, QUERY (all parts), FINALIZE of a prepared statement.
  ExecResult exec(std::uint32_t db, std::uint32_t stmt, const std::vector<Cell>& params);
  Rows query(std::uint32_t db, std::uint32_t stmt, const std::vector<Cell>& params);
  void finalize(std::uint32_t db, std::uint32_t stmt);
  /// EXEC_SQL (the text may hold several statements; the parameters bind to the first) and
  /// QUERY_SQL (the first statement).
  ExecResult exec_sql(std::uint32_t db, std::string_view sql, const std::vector<Cell>& params);
  Rows query_sql(std::uint32_t db, std::string_view sql, const std::vector<Cell>& params);
  /// ADD (as a spare), ASSIGN a role (role_voter ...), REMOVE: on the leader.
  void add(std::uint64_t id, std::string_view address);
  void assign(std::uint64_t id, int role);
  void remove(std::uint64_t id);
  /// CLUSTER: every node of the configuration, with its role.
  std::vector<NodeInfo> cluster();

 private:
  Client(int fd, std::string address, ClientOptions options) noexcept;
  // Sends out_ (one request) when `send`, reads one reply into in_ and returns its header;
  // throws for FAILURE (naming `sql`) and for any type but `expected`.
  Header round_trip(Response expected, std::string_view request, std::string_view sql, bool send);
  // QUERY / QUERY_SQL (already in out_): sends it and reads every part.
  Rows read_rows(std::string_view request, std::string_view sql);
  // Reads one message into in_ (its body) and returns its header.
  Header read_message(std::string_view request);
  void send_all(std::string_view request);
  void recv_exact(std::byte* p, std::size_t n, std::chrono::steady_clock::time_point deadline,
                  std::string_view request);
  void check_open(std::string_view request) const;
  [[noreturn]] void fail(const std::string& what);

  int fd_ = -1;
  std::string address_;
  ClientOptions options_;
  Buffer out_;
  Buffer in_;
};

/// Connects to each address in turn, asks LEADER, and returns a client connected to the
/// leader (checked: the leader reports itself). One pass, no waiting: during an election
/// (5-6 s with dqlite's defaults) it throws ConnectionError naming each address and what it
/// answered; the caller decides how long to retry.
Client connect_to_leader(const std::vector<std::string>& addresses, ClientOptions options = {});

}  // namespace sqlcore::detail::dqlite
