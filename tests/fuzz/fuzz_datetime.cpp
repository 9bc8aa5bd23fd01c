// Fuzzes the reading of stored date / time / datetime values: text, integers, reals and blobs
// read through DATE / TIME / DATETIME columns with the default formats and with custom
// storage_format + regexp types built from the input. Building a type from a bad format or
// regexp must throw ArgumentError (anything else is a finding); reading a value that is not a
// valid date must throw ValueError (a sqlcore::Error); a crash, UB, a leak, a hang or another
// exception is a finding. With the default formats a value read must also survive its own
// round trip: bind it, read the text back, get the same value.
//
// Input: byte 0 chooses the kind (DATE, TIME, DATETIME), whether the type is custom, the
// storage class of the value and truncate_microseconds; a custom type then takes a storage
// format and a regexp (length-prefixed strings); the rest is the stored value.
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

#include <fuzzer/FuzzedDataProvider.h>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>

#include "fuzz_support.hpp"
#include "types/type_impl.hpp"

namespace sc = sqlcore;
namespace d = sqlcore::detail;
namespace fz = sqlcore::fuzz;
using std::chrono::year_month_day;

namespace {

std::optional<sc::Type> make_type(int kind, bool custom, bool truncate, const std::string& format,
                                  const std::string& regexp) {
  try {
    if (!custom) {
      if (kind == 0) return sc::Date();
      if (kind == 1) return sc::Time();
      return sc::DateTime();
    }
    if (kind == 0) return sc::DATE({.storage_format = format, .regexp = regexp});
    if (kind == 1)
      return sc::TIME(
          {.storage_format = format, .regexp = regexp, .truncate_microseconds = truncate});
    return sc::DATETIME(
        {.storage_format = format, .regexp = regexp, .truncate_microseconds = truncate});
  } catch (const sc::ArgumentError&) {
    return std::nullopt;  // the documented refusal of a bad format or regexp
  } catch (const std::exception& e) {
    fz::finding(std::string("type construction threw other than ArgumentError: ") + e.what());
  }
}

sc::Connection& connection() {
  static sc::Engine engine = sc::create_engine("sqlite://");
  static sc::Connection conn = engine.connect();
  return conn;
}

// The value as stored: SELECT :v AS d, typed by the column name only (the bind keeps it raw).
sc::Result select(const sc::Value& stored, const sc::Type& type) {
  return connection().execute(sc::text("SELECT :v AS d"), {{"v", stored}}, {{"d", type}});
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > 4096) return -1;
  FuzzedDataProvider in(data, size);
  const auto head = in.ConsumeIntegral<std::uint8_t>();
  const int kind = head % 3;
  const bool custom = (head & 0x04) != 0;
  const int storage = (head >> 3) % 5;  // text, integer, real, blob, null
  const bool truncate = (head & 0x80) != 0;
  std::string format, regexp;
  if (custom) {
    format = in.ConsumeRandomLengthString(96);
    regexp = in.ConsumeRandomLengthString(96);
  }
  const auto type = make_type(kind, custom, truncate, format, regexp);
  if (!type) return 0;
  const std::string rest = in.ConsumeRemainingBytesAsString();

  sc::Value stored;
  switch (storage) {
    case 0:
      stored = sc::Value(rest);
      break;
    case 1: {
      std::int64_t n = 0;
      std::memcpy(&n, rest.data(), std::min(rest.size(), sizeof n));
      stored = sc::Value(n);
      break;
    }
    case 2: {
      double x = 0;
      std::memcpy(&x, rest.data(), std::min(rest.size(), sizeof x));
      stored = sc::Value(x);
      break;
    }
    case 3: {
      sc::Blob b(rest.size());
      if (!rest.empty()) std::memcpy(b.data(), rest.data(), rest.size());
      stored = sc::Value(std::move(b));
      break;
    }
    default:
      break;
  }

  // The parsers themselves, for this type and for untyped columns.
  const d::TypeImpl& impl = type->impl();
  std::optional<sc::Timestamp> ts;
  std::optional<year_month_day> date;
  std::optional<sc::TimeOfDay> time;
  fz::expected("text_to_timestamp", [&] { ts = d::text_to_timestamp(&impl, rest); });
  fz::expected("text_to_date", [&] { date = d::text_to_date(&impl, rest); });
  fz::expected("text_to_time", [&] { time = d::text_to_time(&impl, rest); });
  fz::expected("text_to_timestamp(untyped)", [&] { (void)d::text_to_timestamp(nullptr, rest); });
  fz::expected("text_to_date(untyped)", [&] { (void)d::text_to_date(nullptr, rest); });
  fz::expected("text_to_time(untyped)", [&] { (void)d::text_to_time(nullptr, rest); });

  // Through a result column of the type: every way of reading it.
  fz::expected("read as Timestamp", [&] { (void)select(stored, *type).scalar<sc::Timestamp>(); });
  fz::expected("read as date", [&] { (void)select(stored, *type).scalar<year_month_day>(); });
  fz::expected("read as time", [&] { (void)select(stored, *type).scalar<sc::TimeOfDay>(); });
  fz::expected("read as Value", [&] {
    for (const auto& row : select(stored, *type)) (void)row.get<sc::Value>(0);
  });
  fz::expected("read as text", [&] { (void)select(stored, *type).scalar<std::string>(); });

  // Writing: the type's own format for a fixed value and for what was read, and its 'now'.
  fz::expected("server_default_now", [&] { (void)sc::server_default_now(*type).sql(); });
  const sc::Value sample =
      kind == 0   ? sc::Value(year_month_day{std::chrono::year{2024} / 2 / 29})
      : kind == 1 ? sc::Value(sc::TimeOfDay{23, 59, 58, 999999})
                  : sc::Value(std::chrono::sys_days{std::chrono::year{1999} / 12 / 31} +
                              std::chrono::microseconds{86399999999});
  fz::expected("bind sample", [&] { (void)type->bind(sample, "d"); });

  std::optional<sc::Value> read;
  if (kind == 0 && date) read = sc::Value(*date);
  if (kind == 1 && time) read = sc::Value(*time);
  if (kind == 2 && ts) read = sc::Value(*ts);
  if (!read) return 0;
  sc::Value written;
  if (!fz::expected("bind what was read", [&] { written = type->bind(*read, "d"); })) return 0;
  if (custom) return 0;  // custom formats may drop fields: no round trip asked
  const auto* text = written.get_if<std::string>();
  if (text == nullptr) fz::finding("a default date/time type stores other than text");
  bool same = false;
  if (kind == 0) same = d::text_to_date(&impl, *text) == date;
  if (kind == 1) same = d::text_to_time(&impl, *text) == time;
  if (kind == 2) same = d::text_to_timestamp(&impl, *text) == ts;
  if (!same) fz::finding("a value read back from its own default format differs: " + *text);
  return 0;
}
