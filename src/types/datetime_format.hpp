// The default ISO storage formats of DATE, TIME and DATETIME: writers and hand-written parsers.
// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "sqlcore/value.hpp"

namespace sqlcore::detail {

/// "2011-03-15 12:05:57.010558" (or without ".ffffff" when truncating), as SQLAlchemy 1.4.
std::string format_datetime(Timestamp t, bool truncate_microseconds = false);
/// "2011-03-15".
std::string format_date(std::chrono::year_month_day d);
/// "12:05:57.010558" (or "12:05:57").
std::string format_time(const TimeOfDay& t, bool truncate_microseconds = false);

/// True when `t` lies in years 1 to 9999 (0001-01-01 00:00:00 to 9999-12-31 23:59:59.999999),
/// the years the storage formats write. Checked on the microsecond count itself: converting
/// a Timestamp outside them to a date first would wrap the year or overflow.
bool in_year_range(Timestamp t) noexcept;
/// "Timestamp of N microseconds since 1970-01-01 (about year Y)": names a Timestamp that may be
/// outside the years a date can hold, for messages.
std::string describe_timestamp(Timestamp t);

/// Splits a Timestamp into its date and time of day (`t` in years 1 to 9999).
std::chrono::year_month_day date_of(Timestamp t);
TimeOfDay time_of(Timestamp t);
/// True when every field is in range (hour 0-23 ...).
bool valid_time(const TimeOfDay& t) noexcept;

/// Parses an ISO 8601 date-time: "YYYY-MM-DD", then optionally ' ' or 'T' and "HH:MM",
/// ":SS", ".fraction" (any number of digits, meaning what ISO says: ".5" is 500000 µs;
/// digits past the sixth are cut), then optionally a zone "Z", "±HH", "±HHMM" or "±HH:MM",
/// which is applied to give UTC. Nothing may follow. nullopt when the text is not one.
std::optional<Timestamp> parse_datetime(std::string_view s) noexcept;
/// "YYYY-MM-DD" exactly (a real calendar date).
std::optional<std::chrono::year_month_day> parse_date(std::string_view s) noexcept;
/// "HH:MM", "HH:MM:SS" or "HH:MM:SS.fraction".
std::optional<TimeOfDay> parse_time(std::string_view s) noexcept;

}  // namespace sqlcore::detail
