// A blocking client of one dqlite node (driver/dqlite/client.hpp).
// SPDX-License-Identifier: MIT
#include "driver/dqlite/client.hpp"

#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <utility>

#include "driver/sqlite3/error_map.hpp"

namespace sqlcore::detail::dqlite {

namespace {

using Clock = std::chrono::steady_clock;

constexpr int sqlite_ioerr_not_leader = 10250;       // SQLITE_IOERR | (40 << 8)
constexpr int sqlite_ioerr_leadership_lost = 10506;  // SQLITE_IOERR | (41 << 8)
constexpr int sqlite_ioerr = 10;                     // SQLITE_IOERR
constexpr std::size_t recv_chunk = 1 << 20;

[[noreturn]] void throw_connection_error(const std::string& message) {
  throw ConnectionError(fmt::format("(OperationalError) {}", message), sqlite_ioerr, message, {});
}

std::string errno_text(int err) { return std::strerror(err); }

// "host:port" or "[v6]:port".
std::pair<std::string, std::string> split_address(const std::string& address) {
  std::string host, port;
  if (!address.empty() && address.front() == '[') {
    auto close = address.find(']');
    if (close == std::string::npos || close + 1 >= address.size() || address[close + 1] != ':') {
      throw ArgumentError(fmt::format("dqlite: address '{}' is not [host]:port", address));
    }
    host = address.substr(1, close - 1);
    port = address.substr(close + 2);
  } else {
    auto colon = address.rfind(':');
    if (colon == std::string::npos) {
      throw ArgumentError(fmt::format("dqlite: address '{}' is not host:port", address));
    }
    host = address.substr(0, colon);
    port = address.substr(colon + 1);
  }
  if (host.empty() || port.empty() ||
      !std::all_of(port.begin(), port.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    throw ArgumentError(fmt::format("dqlite: address '{}' is not host:port", address));
  }
  return {host, port};
}

int remaining_ms(Clock::time_point deadline) {
  auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
  return static_cast<int>(std::max<std::int64_t>(0, left.count()));
}

// Waits for `events` on fd until the deadline: true when ready, false on timeout.
bool wait_for(int fd, short events, Clock::time_point deadline) {
  for (;;) {
    pollfd p{fd, events, 0};
    int rc = ::poll(&p, 1, remaining_ms(deadline));
    if (rc > 0) return true;
    if (rc == 0) return false;
    if (errno != EINTR) return true;  // the next send/recv reports the error
  }
}

// Connects one resolved address with a deadline; the socket, or -1 with errno-like text.
int connect_one(const addrinfo& ai, Clock::time_point deadline, std::string& error,
                bool& timed_out) {
  int fd = ::socket(ai.ai_family, ai.ai_socktype | SOCK_CLOEXEC | SOCK_NONBLOCK, ai.ai_protocol);
  if (fd < 0) {
    error = errno_text(errno);
    return -1;
  }
  int rc = ::connect(fd, ai.ai_addr, ai.ai_addrlen);
  if (rc != 0 && errno != EINPROGRESS) {
    error = errno_text(errno);
    ::close(fd);
    return -1;
  }
  if (rc != 0) {
    if (!wait_for(fd, POLLOUT, deadline)) {
      timed_out = true;
      ::close(fd);
      return -1;
    }
    int err = 0;
    socklen_t len = sizeof err;
    ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len);
    if (err != 0) {
      error = errno_text(err);
      ::close(fd);
      return -1;
    }
  }
  int one = 1;
  ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  return fd;
}

}  // namespace

Client::Client(int fd, std::string address, ClientOptions options) noexcept
    : fd_(fd), address_(std::move(address)), options_(options) {}

Client::Client(Client&& other) noexcept
    : fd_(std::exchange(other.fd_, -1)),
      address_(std::move(other.address_)),
      options_(other.options_),
      out_(std::move(other.out_)),
      in_(std::move(other.in_)) {}

Client& Client::operator=(Client&& other) noexcept {
  if (this != &other) {
    close();
    fd_ = std::exchange(other.fd_, -1);
    address_ = std::move(other.address_);
    options_ = other.options_;
    out_ = std::move(other.out_);
    in_ = std::move(other.in_);
  }
  return *this;
}

Client::~Client() { close(); }

void Client::close() noexcept {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
}

Client Client::connect(const std::string& address, ClientOptions options) {
  auto [host, port] = split_address(address);
  auto deadline = Clock::now() + options.timeout;
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  addrinfo* found = nullptr;
  int rc = ::getaddrinfo(host.c_str(), port.c_str(), &hints, &found);
  if (rc != 0) {
    throw_connection_error(
        fmt::format("dqlite: cannot resolve {}: {}", address, ::gai_strerror(rc)));
  }
  std::string error = "no address";
  bool timed_out = false;
  int fd = -1;
  for (addrinfo* ai = found; ai != nullptr && fd < 0 && !timed_out; ai = ai->ai_next) {
    fd = connect_one(*ai, deadline, error, timed_out);
  }
  ::freeaddrinfo(found);
  if (fd < 0) {
    if (timed_out) {
      throw_connection_error(fmt::format("dqlite: connecting to {} timed out after {} ms", address,
                                         options.timeout.count()));
    }
    throw_connection_error(fmt::format("dqlite: cannot connect to {}: {}", address, error));
  }
  Client c(fd, address, options);
  c.out_.clear();
  encode_handshake(c.out_);
  c.send_all("the handshake");
  return c;
}

void Client::fail(const std::string& what) {
  close();
  throw_connection_error(what);
}

void Client::check_open(std::string_view request) const {
  if (fd_ < 0) {
    throw_connection_error(fmt::format(
        "dqlite: the connection to {} is closed (after an earlier error); cannot send {}", address_,
        request));
  }
}

void Client::send_all(std::string_view request) {
  check_open(request);
  auto deadline = Clock::now() + options_.timeout;
  std::size_t sent = 0;
  while (sent < out_.size()) {
    ssize_t n = ::send(fd_, out_.data() + sent, out_.size() - sent, MSG_NOSIGNAL);
    if (n > 0) {
      sent += static_cast<std::size_t>(n);
      continue;
    }
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
      if (!wait_for(fd_, POLLOUT, deadline)) {
        fail(fmt::format("dqlite: sending {} to {} timed out after {} ms", request, address_,
                         options_.timeout.count()));
      }
      continue;
    }
    fail(fmt::format("dqlite: sending {} to {} failed: {}", request, address_, errno_text(errno)));
  }
}

void Client::recv_exact(std::byte* p, std::size_t n, Clock::time_point deadline,
                        std::string_view request) {
  std::size_t got = 0;
  while (got < n) {
    ssize_t r = ::recv(fd_, p + got, n - got, 0);
    if (r > 0) {
      got += static_cast<std::size_t>(r);
      continue;
    }
    if (r == 0) {
      fail(fmt::format("dqlite: {} closed the connection before answering {}", address_, request));
    }
    if (errno == EINTR) continue;
    if (errno == EAGAIN || errno == EWOULDBLOCK) {
      if (!wait_for(fd_, POLLIN, deadline)) {
        fail(fmt::format("dqlite: waiting for {} to answer {} timed out after {} ms", address_,
                         request, options_.timeout.count()));
      }
      continue;
    }
    fail(fmt::format("dqlite: reading the answer to {} from {} failed: {}", request, address_,
                     errno_text(errno)));
  }
}

Header Client::read_message(std::string_view request) {
  check_open(request);
  auto deadline = Clock::now() + options_.timeout;
  std::array<std::byte, header_size> head{};
  recv_exact(head.data(), head.size(), deadline, request);
  Header h;
  try {
    h = decode_header(head);
  } catch (...) {
    close();
    throw;
  }
  // Grow as the bytes arrive: a lying header costs no memory it did not send.
  std::size_t len = static_cast<std::size_t>(h.words) * word_size;
  in_.clear();
  while (in_.size() < len) {
    std::size_t at = in_.size();
    std::size_t step = std::min(recv_chunk, len - at);
    in_.resize(at + step);
    recv_exact(in_.data() + at, step, deadline, request);
  }
  return h;
}

namespace {
// Runs `decode` on the body; a malformed body closes the client.
template <class F>
auto decoded(Client& c, F&& decode) -> decltype(decode()) {
  try {
    return decode();
  } catch (...) {
    c.close();
    throw;
  }
}

// The exception for a FAILURE response.
[[noreturn]] void throw_failure(const Failure& f, const std::string& address,
                                std::string_view sql) {
  int code = static_cast<int>(f.code & 0x7fffffff);
  std::string text = f.message.empty() ? fmt::format("dqlite error code {}", code) : f.message;
  if (code == sqlite_ioerr_not_leader || code == sqlite_ioerr_leadership_lost) {
    std::string what =
        fmt::format("(OperationalError) dqlite: {} is not the leader: {}", address, text);
    if (!sql.empty()) what += fmt::format(" [SQL: {}]", sql);
    what += fmt::format(" (sqlite code {}: not leader)", code);
    throw NotLeaderError(what, code, text, std::string(sql));
  }
  throw_sqlite_error(code, text, sql);
}
}  // namespace

Header Client::round_trip(Response expected, std::string_view request, std::string_view sql,
                          bool send) {
  if (send) send_all(request);
  Header h = read_message(request);
  if (h.type == static_cast<std::uint8_t>(Response::failure)) {
    Failure f = decoded(*this, [&] { return decode_failure(in_); });
    throw_failure(f, address_, sql);
  }
  if (h.type != static_cast<std::uint8_t>(expected)) {
    fail(fmt::format("dqlite: malformed {} response from {}: {} expects {}", response_name(h.type),
                     address_, request, response_name(static_cast<std::uint8_t>(expected))));
  }
  return h;
}

std::optional<NodeInfo> Client::leader() {
  out_.clear();
  encode_leader(out_);
  round_trip(Response::server, "LEADER", {}, true);
  NodeInfo n = decoded(*this, [&] { return decode_server(in_); });
  if (n.id == 0 && n.address.empty()) return std::nullopt;
  return n;
}

std::uint32_t Client::open(std::string_view database) {
  out_.clear();
  encode_open(out_, database);
  round_trip(Response::db, "OPEN", {}, true);
  return decoded(*this, [&] { return decode_db(in_); });
}

Prepared Client::prepare(std::uint32_t db, std::string_view sql) {
  out_.clear();
  encode_prepare(out_, db, sql);
  round_trip(Response::stmt, "PREPARE", sql, true);
  return decoded(*this, [&] { return decode_stmt(in_); });
}

ExecResult Client::exec(std::uint32_t db, std::uint32_t stmt, const std::vector<Cell>& params) {
  out_.clear();
  encode_exec(out_, db, stmt, params);
  round_trip(Response::result, "EXEC", {}, true);
  return decoded(*this, [&] { return decode_result(in_); });
}

Rows Client::query(std::uint32_t db, std::uint32_t stmt, const std::vector<Cell>& params) {
  out_.clear();
  encode_query(out_, db, stmt, params);
  return read_rows("QUERY", {});
}

Rows Client::read_rows(std::string_view request, std::string_view sql) {
  Rows rows;
  round_trip(Response::rows, request, sql, true);
  // dqlite sends the next part unasked; a FAILURE may end the result instead.
  while (!decoded(*this, [&] { return decode_rows(in_, rows); })) {
    round_trip(Response::rows, request, sql, false);
  }
  return rows;
}

void Client::finalize(std::uint32_t db, std::uint32_t stmt) {
  out_.clear();
  encode_finalize(out_, db, stmt);
  round_trip(Response::empty, "FINALIZE", {}, true);
  decoded(*this, [&] { decode_empty(in_); });
}

ExecResult Client::exec_sql(std::uint32_t db, std::string_view sql,
                            const std::vector<Cell>& params) {
  out_.clear();
  encode_exec_sql(out_, db, sql, params);
  round_trip(Response::result, "EXEC_SQL", sql, true);
  return decoded(*this, [&] { return decode_result(in_); });
}

Rows Client::query_sql(std::uint32_t db, std::string_view sql, const std::vector<Cell>& params) {
  out_.clear();
  encode_query_sql(out_, db, sql, params);
  return read_rows("QUERY_SQL", sql);
}

void Client::add(std::uint64_t id, std::string_view address) {
  out_.clear();
  encode_add(out_, id, address);
  round_trip(Response::empty, "ADD", {}, true);
  decoded(*this, [&] { decode_empty(in_); });
}

void Client::assign(std::uint64_t id, int role) {
  out_.clear();
  encode_assign(out_, id, role);
  round_trip(Response::empty, "ASSIGN", {}, true);
  decoded(*this, [&] { decode_empty(in_); });
}

void Client::remove(std::uint64_t id) {
  out_.clear();
  encode_remove(out_, id);
  round_trip(Response::empty, "REMOVE", {}, true);
  decoded(*this, [&] { decode_empty(in_); });
}

std::vector<NodeInfo> Client::cluster() {
  out_.clear();
  encode_cluster(out_);
  round_trip(Response::servers, "CLUSTER", {}, true);
  return decoded(*this, [&] { return decode_servers(in_); });
}

Client connect_to_leader(const std::vector<std::string>& addresses, ClientOptions options) {
  if (addresses.empty()) throw ArgumentError("dqlite: no node addresses to find a leader among");
  std::vector<std::string> answers;
  for (const std::string& address : addresses) {
    try {
      Client c = Client::connect(address, options);
      std::optional<NodeInfo> leader = c.leader();
      if (!leader) {
        answers.push_back(fmt::format("{}: knows no leader", address));
        continue;
      }
      if (leader->address == address) return c;
      Client l = Client::connect(leader->address, options);
      std::optional<NodeInfo> again = l.leader();
      if (again && again->address == leader->address) return l;
      answers.push_back(fmt::format("{}: named {}, which does not lead", address, leader->address));
    } catch (const OperationalError& e) {
      answers.push_back(fmt::format("{}: {}", address, e.sqlite_message()));
    }
  }
  std::string all;
  for (const std::string& a : answers) all += (all.empty() ? "" : "; ") + a;
  throw_connection_error(fmt::format("dqlite: no leader found: {}", all));
}

}  // namespace sqlcore::detail::dqlite
