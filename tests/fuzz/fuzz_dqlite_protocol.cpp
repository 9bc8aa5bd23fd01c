// Fuzzes the dqlite wire-protocol decoder (src/driver/dqlite/protocol.hpp): any bytes, read as
// a stream of response messages of any type (headers, FAILURE, SERVER, SERVERS, DB, STMT,
// RESULT, multi-part ROWS ...), as a server or something pretending to be one could send them.
// sqlcore's OperationalError ("dqlite: malformed ... response") is the documented refusal; a
// read out of bounds, UB, a leak, a hang or another exception is a finding.
// SPDX-License-Identifier: MIT
#include <cstddef>
#include <cstdint>
#include <span>

#include "driver/dqlite/protocol.hpp"
#include "fuzz_support.hpp"

namespace fz = sqlcore::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > 65536) return -1;
  const std::span<const std::byte> bytes(reinterpret_cast<const std::byte*>(data), size);
  fz::expected("decode_response_for_fuzzing",
               [&] { sqlcore::detail::dqlite::decode_response_for_fuzzing(bytes); });
  return 0;
}
