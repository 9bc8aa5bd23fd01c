// Fuzzes text() statements with named binds: the input's SQL (up to its first NUL byte) is
// split into statements at top-level ';' (sqlcore's tokenizer), and each is executed on a
// fresh :memory: database with a value for each of its named binds (:name, @name, $name),
// built from the bytes after the NUL, sometimes typed through a TypeMap, sometimes with a
// bind left out or one too many (ArgumentError, documented); rows are read as Values, and
// statements with binds also run through execute_many. A sqlcore::Error is an accepted
// refusal; a crash, UB, a leak, a hang or another exception is a finding. Input that could
// touch files (ATTACH, VACUUM INTO) is skipped; SQLite's work per input is budgeted.
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

#include <fuzzer/FuzzedDataProvider.h>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "dialect/sqlite/create_parser.hpp"
#include "fuzz_support.hpp"

namespace sc = sqlcore;
namespace d = sqlcore::detail;
namespace fz = sqlcore::fuzz;

namespace {

struct Statement {
  std::string sql;
  std::vector<std::string> binds;  // named binds, without the prefix, first use order
};

std::vector<Statement> split(std::string_view sql) {
  std::vector<Statement> out;
  std::size_t start = 0;
  Statement cur;
  std::set<std::string> seen;
  auto finish = [&](std::size_t end) {
    cur.sql = std::string(sql.substr(start, end - start));
    if (cur.sql.find_first_not_of(" \t\r\n") != std::string::npos) out.push_back(cur);
    cur = {};
    seen.clear();
  };
  for (const auto& t : d::tokenize(sql)) {
    if (t.kind == d::Token::Kind::punct && t.text == ";") {
      finish(t.begin);
      start = t.end;
    } else if (t.kind == d::Token::Kind::variable && t.text.size() > 1 && t.text[0] != '?') {
      std::string name = t.text.substr(1);
      if (seen.insert(name).second) cur.binds.push_back(name);
    }
  }
  finish(sql.size());
  return out;
}

sc::Value make_value(FuzzedDataProvider& in) {
  using namespace std::chrono;
  switch (in.ConsumeIntegralInRange(0, 9)) {
    case 0:
      return {};
    case 1:
      return sc::Value(in.ConsumeIntegral<std::int64_t>());
    case 2:
      return sc::Value(in.ConsumeFloatingPoint<double>());
    case 3:
      return sc::Value(in.ConsumeRandomLengthString(64));
    case 4: {
      auto bytes = in.ConsumeBytes<std::uint8_t>(in.ConsumeIntegralInRange(0, 32));
      sc::Blob b(bytes.size());
      std::transform(bytes.begin(), bytes.end(), b.begin(), [](auto c) { return std::byte(c); });
      return sc::Value(std::move(b));
    }
    case 5:
      return sc::Value(in.ConsumeBool());
    case 6:
      return sc::Value(sc::Timestamp(microseconds(in.ConsumeIntegral<std::int64_t>() / 8)));
    case 7:
      return sc::Value(year_month_day(year(in.ConsumeIntegralInRange(-40000, 40000)),
                                      month(in.ConsumeIntegralInRange(0, 13)),
                                      day(in.ConsumeIntegralInRange(0, 32))));
    case 8:
      return sc::Value(
          sc::TimeOfDay{in.ConsumeIntegralInRange(-1, 25), in.ConsumeIntegralInRange(-1, 61),
                        in.ConsumeIntegralInRange(-1, 61), in.ConsumeIntegralInRange(-1, 1000000)});
    default: {
      std::string digits = in.ConsumeRandomLengthString(24);
      try {
        return sc::Value(sc::Decimal(digits));
      } catch (const sc::Error&) {
        return sc::Value(digits);
      }
    }
  }
}

std::optional<sc::Type> make_type(FuzzedDataProvider& in) {
  switch (in.ConsumeIntegralInRange(0, 12)) {
    case 1:
      return sc::Integer();
    case 2:
      return sc::String(20);
    case 3:
      return sc::DateTime();
    case 4:
      return sc::Date();
    case 5:
      return sc::Time();
    case 6:
      return sc::Boolean();
    case 7:
      return sc::Numeric(10, 2);
    case 8:
      return sc::JSON();
    case 9:
      return sc::LargeBinary();
    case 10:
      return sc::Float();
    case 11:
      return sc::Enum({"a", "b"});
    default:
      return std::nullopt;
  }
}

void read_all(sc::Result result) {
  (void)result.keys();
  int rows = 0;
  for (const auto& row : result) {
    for (int i = 0; i < row.size(); ++i)
      fz::expected("Row::get<Value>", [&] { (void)row.get<sc::Value>(i); });
    if (++rows == 1000) break;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > 8192) return -1;
  const std::string_view all(reinterpret_cast<const char*>(data), size);
  const std::size_t nul = all.find('\0');
  const std::string_view sql = all.substr(0, nul);
  if (fz::touches_files(sql)) return -1;
  FuzzedDataProvider in(data + std::min(size, sql.size() + 1),
                        size - std::min(size, sql.size() + 1));

  sc::Engine engine = sc::create_engine("sqlite://");
  sc::Connection conn = engine.connect();
  fz::reset_budget();
  fz::harden(conn.raw().native_handle());
  for (const auto& st : split(sql)) {
    sc::Params params;
    sc::TypeMap types;
    for (std::size_t i = 0; i < st.binds.size(); ++i) {
      if (in.remaining_bytes() > 0 && in.ConsumeIntegralInRange(0, 31) == 0) continue;  // left out
      params.emplace_back(st.binds[i], make_value(in));
      if (auto t = make_type(in)) types.emplace_back(st.binds[i], *t);
    }
    if (in.remaining_bytes() > 0 && in.ConsumeIntegralInRange(0, 31) == 0)
      params.emplace_back("not_in_the_statement", sc::Value(1));
    if (auto t = make_type(in)) types.emplace_back("c", *t);  // a result column named c
    fz::expected("execute(text)", [&] { read_all(conn.execute(sc::text(st.sql), params, types)); });
    if (!st.binds.empty())
      fz::expected("execute_many(text)", [&] {
        std::vector<sc::Params> sets{params, params};
        if (!sets[1].empty()) sets[1][0].second = make_value(in);
        (void)conn.execute_many(sc::text(st.sql), sets, types);
      });
  }
  return 0;
}
