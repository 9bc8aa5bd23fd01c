// Text and JSON values of an input file converted to the C++ values a column's type binds
// (`sqlcore insert`), and the column types `insert --create` infers.
// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>
#include <sqlcore/sqlcore.hpp>

namespace sqlcore::tools {

/// A value that does not fit its column: the message says what it is and what was expected
/// ("'abc' is not an integer"); the caller adds the file, line and column.
struct ConversionError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// An integer as people write one: optional '-', digits, no leading zeros ("0", "-7").
bool canonical_integer(std::string_view text, std::int64_t& out);
/// A finite decimal or exponent number ("2.5", "-0.5", "1e3"), no leading zeros.
bool canonical_real(std::string_view text, double& out);

/// "YYYY-MM-DD" (a valid date).
bool parse_date(std::string_view text, std::chrono::year_month_day& out);
/// "HH:MM", "HH:MM:SS" or "HH:MM:SS.ffffff" (1 to 6 fraction digits).
bool parse_time(std::string_view text, TimeOfDay& out);
/// A date, or a date, ' ' or 'T', and a time: "2024-03-15 12:05:57.010558".
bool parse_datetime(std::string_view text, Timestamp& out);

/// The value of `text` for a column whose values are `kind` (Type::value_kind()): integers,
/// reals, booleans (1 0 true false t f yes no), decimals, dates, times and timestamps are
/// parsed, blobs are base64, text stays text. ConversionError when it does not parse.
Value from_text(ValueKind kind, std::string_view text);

/// The value of a JSON value for such a column: null is NULL; numbers and booleans stay
/// what they are (written as their JSON text for a text column); strings go through
/// from_text; arrays and objects are their JSON text (text and untyped columns only).
Value from_json(ValueKind kind, const nlohmann::ordered_json& value);

/// What `insert --create` makes a column, from every value seen in it: INTEGER when all are
/// integers (canonical_integer; JSON integers), REAL when all are numbers, BOOLEAN when all
/// are JSON booleans, else TEXT (also when there are none).
class TypeGuess {
 public:
  void see_text(std::string_view text);
  void see_json(const nlohmann::ordered_json& value);
  Type type() const;

 private:
  bool any_ = false, integer_ = true, real_ = true, boolean_ = true;
};

}  // namespace sqlcore::tools
