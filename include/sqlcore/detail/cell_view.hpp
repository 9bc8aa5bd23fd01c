// One column of a statement's current row as the database stores it, read once: what
// Result::all<T>() converts into a struct's field without asking the driver again.
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace sqlcore::detail {

/// The storage class of a cell, with SQLite's numbering.
enum class CellType : unsigned char { integer = 1, real = 2, text = 3, blob = 4, null = 5 };

/// A cell of the current row: `integer` for an INTEGER, `real` for a REAL, `data`/`size` for
/// TEXT (UTF-8, not NUL-terminated) and BLOB; the other fields are unset. Valid until the
/// statement steps or resets. Filled by the driver (no initializers: a row's cells are read
/// into an array on the stack once per row).
struct CellView {
  CellType type;
  std::int64_t integer;
  double real;
  const char* data;
  std::size_t size;

  std::string_view text() const noexcept { return {data, size}; }
};

}  // namespace sqlcore::detail
