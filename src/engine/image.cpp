// Database images: Connection::serialize() and deserialize_engine() over the driver's
// sqlite3_serialize / sqlite3_deserialize (driver/documents.hpp).
// SPDX-License-Identifier: MIT
#include <cstring>

#include <fmt/format.h>

#include "driver/documents.hpp"
#include "driver/raw_connection.hpp"
#include "driver/sqlite3/error_map.hpp"
#include "engine/engine_state.hpp"
#include "sqlcore/documents.hpp"
#include "sqlcore/errors.hpp"

namespace sqlcore {

namespace {

constexpr int kSqliteNotADb = 26;  // SQLITE_NOTADB

detail::DocumentSupport& images_of(RawConnection& raw, std::string_view what) {
  // A driver without documents at all (dqlite: the database is on a server) is named first.
  detail::DocumentSupport* docs = raw.documents();
  if (docs == nullptr)
    detail::throw_not_supported(
        fmt::format("{}: database images (the {} driver has none)", what, raw.driver().name()));
  if (!raw.driver().capabilities().images)
    detail::throw_not_supported(
        fmt::format("{}: database images (sqlite3_serialize, SQLite 3.23)", what));
  return *docs;
}

// The file header (https://www.sqlite.org/fileformat.html#the_database_header): the magic
// string, and a page size that is a power of two from 512 to 65536 (1 means 65536).
void check_header(std::span<const std::byte> image) {
  static constexpr char kMagic[] = "SQLite format 3";  // and its NUL: 16 bytes
  auto fail = [&](std::string_view why) {
    detail::throw_sqlite_error(
        kSqliteNotADb,
        fmt::format("deserialize_engine: the {} bytes are not a SQLite database image: {}",
                    image.size(), why),
        {});
  };
  if (image.size() < 100) fail("shorter than the 100-byte database header");
  if (std::memcmp(image.data(), kMagic, sizeof kMagic) != 0)
    fail("they do not start with \"SQLite format 3\"");
  unsigned page =
      (std::to_integer<unsigned>(image[16]) << 8) | std::to_integer<unsigned>(image[17]);
  if (page == 1) page = 65536;
  if (page < 512 || (page & (page - 1)) != 0) fail(fmt::format("page size {} is invalid", page));
  if (image.size() % page != 0)
    fail(fmt::format("the length is not a whole number of {}-byte pages", page));
}

}  // namespace

std::vector<std::byte> Connection::serialize(const std::string& schema) const {
  detail::ConnectionCore& c = core();
  c.check_usable();
  return images_of(*c.raw, "serialize").serialize(schema);
}

Engine deserialize_engine(std::span<const std::byte> image, EngineOptions options) {
  if (options.pool == PoolKind::automatic) options.pool = PoolKind::static_;
  if (options.pool != PoolKind::static_)
    throw ArgumentError(
        "deserialize_engine: the in-memory database lives in one connection, so the pool must "
        "be PoolKind::static_ (or automatic)");
  if (!image.empty()) check_header(image);
  Engine engine = create_engine("sqlite://", options);
  Connection conn = engine.connect();
  RawConnection& raw = conn.raw();
  images_of(raw, "deserialize_engine").deserialize(image);
  try {
    // The first read of the schema: a damaged image fails here, not later.
    detail::query_text(raw, "SELECT count(*) FROM sqlite_master");
  } catch (const DBAPIError& e) {
    detail::throw_sqlite_error(
        e.sqlite_code(),
        fmt::format("deserialize_engine: the image cannot be read as a database: {}",
                    e.sqlite_message()),
        {});
  }
  return engine;
}

}  // namespace sqlcore
