// The dqlite wire protocol's codec (src/driver/dqlite/protocol.hpp), on hand-built bytes.
// SPDX-License-Identifier: MIT
#include "driver/dqlite/protocol.hpp"

#include <gtest/gtest.h>

#include <bit>
#include <cstring>
#include <functional>
#include <initializer_list>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "sqlcore/errors.hpp"

namespace dq = sqlcore::detail::dqlite;
using sqlcore::detail::Cell;
using sqlcore::detail::StorageClass;

namespace {

// A little-endian byte builder for expected messages.
struct B {
  dq::Buffer v;
  B& u8(unsigned x) {
    v.push_back(static_cast<std::byte>(x));
    return *this;
  }
  B& u32(std::uint32_t x) {
    for (int i = 0; i < 4; ++i) u8((x >> (8 * i)) & 0xff);
    return *this;
  }
  B& u64(std::uint64_t x) {
    for (int i = 0; i < 8; ++i) u8((x >> (8 * i)) & 0xff);
    return *this;
  }
  B& text(std::string_view s) {  // NUL-terminated, padded
    for (char c : s) u8(static_cast<unsigned char>(c));
    u8(0);
    while (v.size() % 8 != 0) u8(0);
    return *this;
  }
  B& raw(std::initializer_list<unsigned> bytes) {
    for (unsigned b : bytes) u8(b);
    return *this;
  }
  B& header(std::uint32_t words, unsigned type) { return u32(words).u8(type).u8(0).u8(0).u8(0); }
};

Cell integer(std::int64_t v) {
  Cell c;
  c.storage = StorageClass::integer;
  c.integer = v;
  return c;
}
Cell real(double v) {
  Cell c;
  c.storage = StorageClass::real;
  c.real = v;
  return c;
}
Cell text(std::string s) {
  Cell c;
  c.storage = StorageClass::text;
  c.bytes = std::move(s);
  return c;
}
Cell blob(std::string s) {
  Cell c;
  c.storage = StorageClass::blob;
  c.bytes = std::move(s);
  return c;
}
Cell null() { return Cell{}; }

// Expects `f` to throw OperationalError whose message holds `needle`.
template <class F>
void expect_malformed(F&& f, const std::string& needle) {
  try {
    f();
    ADD_FAILURE() << "no exception; expected one naming: " << needle;
  } catch (const sqlcore::OperationalError& e) {
    EXPECT_NE(std::string(e.what()).find(needle), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("dqlite: malformed"), std::string::npos) << e.what();
  }
}

// A ROWS body: columns "id", "v"; rows (1, 'a'), (2, NULL); DONE.
dq::Buffer two_rows(std::uint64_t marker = dq::rows_done) {
  return B{}
      .u64(2)
      .text("id")
      .text("v")
      .raw({0x31, 0, 0, 0, 0, 0, 0, 0})  // integer (1), text (3)
      .u64(1)
      .text("a")
      .raw({0x51, 0, 0, 0, 0, 0, 0, 0})  // integer, null (5)
      .u64(2)
      .u64(0)
      .u64(marker)
      .v;
}

TEST(DqliteProtocol, HandshakeIsVersionOneAsOneWord) {
  dq::Buffer out;
  dq::encode_handshake(out);
  EXPECT_EQ(out, B{}.u64(1).v);
}

TEST(DqliteProtocol, LeaderRequestIsOneUnusedWord) {
  dq::Buffer out;
  dq::encode_leader(out);
  EXPECT_EQ(out, B{}.header(1, 0).u64(0).v);
}

TEST(DqliteProtocol, OpenCarriesNameFlagsAndVfsPadded) {
  dq::Buffer out;
  dq::encode_open(out, "test");
  EXPECT_EQ(out, B{}.header(4, 3).text("test").u64(0).text("volatile").v);
}

TEST(DqliteProtocol, PrepareCarriesDbAsWordAndSql) {
  dq::Buffer out;
  dq::encode_prepare(out, 0, "SELECT 1234567");  // 14 chars + NUL: two words
  EXPECT_EQ(out, B{}.header(3, 4).u64(0).text("SELECT 1234567").v);
}

TEST(DqliteProtocol, ExecWithoutParametersSendsNoTuple) {
  dq::Buffer out;
  dq::encode_exec(out, 0, 7, {});
  EXPECT_EQ(out, B{}.header(1, 5).u32(0).u32(7).v);
}

TEST(DqliteProtocol, ParametersOfEveryTypeUseEightBitTypesAfterACount) {
  dq::Buffer out;
  std::vector<Cell> params = {integer(-2), real(1.5), text("hi"), blob(std::string("\0\1\2", 3)),
                              null()};
  dq::encode_exec_sql(out, 0, "X", params);
  dq::Buffer want = B{}.header(9, 8)
                        .u64(0)
                        .text("X")
                        .raw({5, 1, 2, 3, 4, 5, 0, 0})
                        .u64(static_cast<std::uint64_t>(-2))
                        .u64(std::bit_cast<std::uint64_t>(1.5))
                        .text("hi")
                        .u64(3)
                        .raw({0, 1, 2, 0, 0, 0, 0, 0})
                        .u64(0)
                        .v;
  EXPECT_EQ(out, want);
}

TEST(DqliteProtocol, EightParametersGrowTheTupleHeaderToTwoWords) {
  dq::Buffer out;
  std::vector<Cell> params(8, integer(1));
  dq::encode_query(out, 0, 1, params);
  B want;
  want.header(1 + 2 + 8, 6).u32(0).u32(1).raw({8, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0});
  for (int i = 0; i < 8; ++i) want.u64(1);
  EXPECT_EQ(out, want.v);
}

TEST(DqliteProtocol, TwoHundredFiftyFiveParametersAreTheLimit) {
  dq::Buffer out;
  std::vector<Cell> params(255, null());
  dq::encode_exec(out, 0, 1, params);
  EXPECT_EQ(std::to_integer<int>(out[16]), 255);
  params.push_back(null());
  dq::Buffer more;
  try {
    dq::encode_exec(more, 0, 1, params);
    FAIL() << "256 parameters encoded";
  } catch (const sqlcore::ArgumentError& e) {
    EXPECT_NE(std::string(e.what()).find("at most 255 parameters"), std::string::npos) << e.what();
  }
  EXPECT_TRUE(more.empty());  // nothing half-written
}

TEST(DqliteProtocol, NulInTextIsRefusedNotCutShort) {
  dq::Buffer out;
  EXPECT_THROW(dq::encode_exec_sql(out, 0, "INSERT", std::vector{text(std::string("a\0b", 3))}),
               sqlcore::ArgumentError);
  EXPECT_THROW(dq::encode_prepare(out, 0, std::string("SELECT 1\0; DROP", 15)),
               sqlcore::ArgumentError);
  EXPECT_THROW(dq::encode_open(out, std::string("a\0b", 3)), sqlcore::ArgumentError);
  EXPECT_THROW(dq::encode_assign(out, 2, 7), sqlcore::ArgumentError);
}

TEST(DqliteProtocol, ClusterAssignAddRemoveEncodeTheirFields) {
  dq::Buffer out;
  dq::encode_cluster(out);
  EXPECT_EQ(out, B{}.header(1, 16).u64(1).v);
  out.clear();
  dq::encode_assign(out, 3, dq::role_voter);
  EXPECT_EQ(out, B{}.header(2, 13).u64(3).u64(0).v);
  out.clear();
  dq::encode_add(out, 3, "127.0.0.1:9003");
  EXPECT_EQ(out, B{}.header(3, 12).u64(3).text("127.0.0.1:9003").v);
  out.clear();
  dq::encode_remove(out, 3);
  EXPECT_EQ(out, B{}.header(1, 14).u64(3).v);
}

TEST(DqliteProtocol, HeaderDecodesLengthTypeAndSchema) {
  dq::Buffer h = B{}.u32(3).u8(7).u8(1).u8(0).u8(0).v;
  dq::Header got = dq::decode_header(h);
  EXPECT_EQ(got.words, 3U);
  EXPECT_EQ(got.type, 7);
  EXPECT_EQ(got.schema, 1);
  expect_malformed([&] { dq::decode_header(std::span(h).first(7)); }, "header is 8 bytes");
  dq::Buffer huge = B{}.header(0xffffffffU, 7).v;
  expect_malformed([&] { dq::decode_header(huge); }, "over the");
}

TEST(DqliteProtocol, FailureServerDbStmtResultDecode) {
  dq::Failure f = dq::decode_failure(B{}.u64(1).text("no such table: t").v);
  EXPECT_EQ(f.code, 1U);
  EXPECT_EQ(f.message, "no such table: t");
  dq::NodeInfo n = dq::decode_server(B{}.u64(1).text("127.0.0.1:9001").v);
  EXPECT_EQ(n.id, 1U);
  EXPECT_EQ(n.address, "127.0.0.1:9001");
  EXPECT_EQ(dq::decode_db(B{}.u32(0).u32(0).v), 0U);
  dq::Prepared p = dq::decode_stmt(B{}.u32(0).u32(4).u64(2).v);
  EXPECT_EQ(p.stmt_id, 4U);
  EXPECT_EQ(p.params, 2U);
  dq::ExecResult r = dq::decode_result(B{}.u64(10).u64(3).v);
  EXPECT_EQ(r.last_insert_id, 10);
  EXPECT_EQ(r.rows_affected, 3);
  EXPECT_EQ(dq::decode_welcome(B{}.u64(15000).v), 15000U);
  dq::decode_empty(B{}.u64(0).v);
}

TEST(DqliteProtocol, ServersDecodeIdsAddressesAndRoles) {
  auto nodes = dq::decode_servers(
      B{}.u64(2).u64(1).text("127.0.0.1:9001").u64(0).u64(2).text("127.0.0.1:9002").u64(2).v);
  ASSERT_EQ(nodes.size(), 2U);
  EXPECT_EQ(nodes[1].id, 2U);
  EXPECT_EQ(nodes[1].address, "127.0.0.1:9002");
  EXPECT_EQ(nodes[1].role, dq::role_spare);
  expect_malformed([] { dq::decode_servers(B{}.u64(1000000).u64(1).v); }, "cannot fit");
  expect_malformed([] { dq::decode_servers(B{}.u64(1).u64(1).text("a").u64(9).v); },
                   "unknown role 9");
}

TEST(DqliteProtocol, RowsDecodeColumnsValuesAndTheirText) {
  dq::Rows rows;
  EXPECT_TRUE(dq::decode_rows(two_rows(), rows));
  ASSERT_EQ(rows.columns, (std::vector<std::string>{"id", "v"}));
  ASSERT_EQ(rows.rows.size(), 2U);
  EXPECT_EQ(rows.rows[0][0].storage, StorageClass::integer);
  EXPECT_EQ(rows.rows[0][0].integer, 1);
  EXPECT_EQ(rows.rows[0][0].bytes, "1");
  EXPECT_EQ(rows.rows[0][1].storage, StorageClass::text);
  EXPECT_EQ(rows.rows[0][1].bytes, "a");
  EXPECT_EQ(rows.rows[1][1].storage, StorageClass::null);
}

TEST(DqliteProtocol, RowsReadDqliteDateBooleanAndBlobTypes) {
  // real, blob, iso8601 "" (a NULL DATETIME), iso8601 text, unixtime, boolean.
  dq::Buffer body = B{}.u64(6)
                        .text("r")
                        .text("b")
                        .text("d0")
                        .text("d1")
                        .text("u")
                        .text("t")
                        .raw({0x42, 0xaa, 0xb9, 0, 0, 0, 0, 0})
                        .u64(std::bit_cast<std::uint64_t>(0.1))
                        .u64(9)
                        .raw({'0', '1', '2', '3', '4', '5', '6', '7', '8', 0, 0, 0, 0, 0, 0, 0})
                        .text("")
                        .text("2024-01-02 03:04:05")
                        .u64(1700000000)
                        .u64(1)
                        .u64(dq::rows_done)
                        .v;
  dq::Rows rows;
  ASSERT_TRUE(dq::decode_rows(body, rows));
  ASSERT_EQ(rows.rows.size(), 1U);
  const auto& r = rows.rows[0];
  EXPECT_EQ(r[0].storage, StorageClass::real);
  EXPECT_EQ(r[0].real, 0.1);
  EXPECT_EQ(r[0].bytes, "0.1");
  EXPECT_EQ(r[1].storage, StorageClass::blob);
  EXPECT_EQ(r[1].bytes, "012345678");
  EXPECT_EQ(r[2].storage, StorageClass::null);
  EXPECT_EQ(r[3].storage, StorageClass::text);
  EXPECT_EQ(r[3].bytes, "2024-01-02 03:04:05");
  EXPECT_EQ(r[4].storage, StorageClass::integer);
  EXPECT_EQ(r[4].integer, 1700000000);
  EXPECT_EQ(r[5].storage, StorageClass::integer);
  EXPECT_EQ(r[5].integer, 1);
}

TEST(DqliteProtocol, RowsPartsAccumulateUntilDone) {
  dq::Rows rows;
  EXPECT_FALSE(dq::decode_rows(two_rows(dq::rows_part), rows));
  EXPECT_TRUE(dq::decode_rows(two_rows(), rows));
  EXPECT_EQ(rows.rows.size(), 4U);
  dq::Buffer other = B{}.u64(1).text("x").u64(dq::rows_done).v;
  expect_malformed([&] { dq::decode_rows(other, rows); }, "other columns");
}

TEST(DqliteProtocol, EveryTruncationOfEveryResponseThrowsMalformed) {
  using Decode = std::function<void(dq::Bytes)>;
  std::vector<std::pair<dq::Buffer, Decode>> cases = {
      {two_rows(),
       [](dq::Bytes b) {
         dq::Rows rows;
         dq::decode_rows(b, rows);
       }},
      {B{}.u64(1).text("no such table").v, [](dq::Bytes b) { dq::decode_failure(b); }},
      {B{}.u64(1).text("127.0.0.1:9001").v, [](dq::Bytes b) { dq::decode_server(b); }},
      {B{}.u64(1).u64(1).text("127.0.0.1:9001").u64(0).v,
       [](dq::Bytes b) { dq::decode_servers(b); }},
      {B{}.u32(0).u32(4).u64(2).v, [](dq::Bytes b) { dq::decode_stmt(b); }},
      {B{}.u64(10).u64(3).v, [](dq::Bytes b) { dq::decode_result(b); }},
      {B{}.u32(0).u32(0).v, [](dq::Bytes b) { dq::decode_db(b); }},
      {B{}.u64(0).v, [](dq::Bytes b) { dq::decode_empty(b); }},
  };
  for (const auto& [body, decode] : cases) {
    EXPECT_NO_THROW(decode(body));
    for (std::size_t n = 0; n < body.size(); ++n) {
      // Copied, so a sanitizer sees any read past the cut.
      dq::Buffer cut(body.begin(), body.begin() + static_cast<std::ptrdiff_t>(n));
      EXPECT_THROW(decode(cut), sqlcore::OperationalError) << n << " of " << body.size();
    }
  }
}

TEST(DqliteProtocol, InvalidBodiesNameWhatIsWrong) {
  dq::Rows rows;
  expect_malformed(
      [&] {
        dq::decode_rows(
            B{}.u64(1).text("x").raw({7, 0, 0, 0, 0, 0, 0, 0}).u64(0).u64(dq::rows_done).v, rows);
      },
      "unknown value type 7");
  expect_malformed([&] { dq::decode_rows(B{}.u64(0).u64(dq::rows_done).v, rows); }, "0 columns");
  expect_malformed(
      [] {
        dq::decode_failure(B{}.u64(1).raw({'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'}).v);
      },
      "no terminating NUL");
  expect_malformed(
      [&] {
        dq::decode_rows(
            B{}.u64(1).text("x").raw({4, 0, 0, 0, 0, 0, 0, 0}).u64(1ULL << 62).u64(dq::rows_done).v,
            rows);
      },
      "a blob value");
  expect_malformed([] { dq::decode_result(B{}.u64(1).u64(2).u64(3).v); }, "past its end");
  expect_malformed([&] { dq::decode_rows(B{}.u64(1).text("x").v, rows); },
                   "no DONE or PART marker");
}

TEST(DqliteProtocol, FuzzEntryDecodesMessageStreamsAndRejectsNoise) {
  dq::Buffer stream = B{}.header(2, 6).u64(1).u64(1).v;  // RESULT
  dq::Buffer rows = two_rows(dq::rows_part);
  dq::Buffer h = B{}.header(static_cast<std::uint32_t>(rows.size() / 8), 7).v;
  stream.insert(stream.end(), h.begin(), h.end());
  stream.insert(stream.end(), rows.begin(), rows.end());
  dq::Buffer done = two_rows();  // same size as the PART
  stream.insert(stream.end(), h.begin(), h.end());
  stream.insert(stream.end(), done.begin(), done.end());
  EXPECT_NO_THROW(dq::decode_response_for_fuzzing(stream));
  expect_malformed([&] { dq::decode_response_for_fuzzing(std::span(stream).first(20)); },
                   "cut short");
  expect_malformed([] { dq::decode_response_for_fuzzing(B{}.header(0, 42).v); },
                   "no request expects");
  // Random bytes, and random bytes after a valid header: decoded or OperationalError, nothing
  // else (under the sanitizers: no read out of bounds).
  std::mt19937_64 rng(21);
  for (int i = 0; i < 20000; ++i) {
    dq::Buffer noise(rng() % 96);
    for (auto& b : noise) b = static_cast<std::byte>(rng() % 4 == 0 ? 0 : rng());
    if (noise.size() >= 8 && i % 2 == 0) {
      std::uint32_t words = static_cast<std::uint32_t>((noise.size() - 8) / 8);
      std::memcpy(noise.data(), &words, 4);
      noise[4] = static_cast<std::byte>(rng() % 9);
    }
    try {
      dq::decode_response_for_fuzzing(noise);
    } catch (const sqlcore::OperationalError&) {
    }
  }
}

TEST(DqliteProtocol, RealTextIsSqlitesPercentBangFifteenG) {
  EXPECT_EQ(dq::real_text(1.0), "1.0");
  EXPECT_EQ(dq::real_text(0.1), "0.1");
  EXPECT_EQ(dq::real_text(-2.5), "-2.5");
  EXPECT_EQ(dq::real_text(1e20), "1.0e+20");
  EXPECT_EQ(dq::real_text(1.5e-7), "1.5e-07");
  EXPECT_EQ(dq::real_text(123456789012345678.0), "1.23456789012346e+17");
}

}  // namespace
