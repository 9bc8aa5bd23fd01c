// Fuzzes database URLs: make_url on arbitrary text (ArgumentError is its documented refusal),
// the accessors and render() of what it accepts (render(false) must parse again to the same
// URL), and create_engine, connect() and a statement for every URL whose database stays in the
// fuzzer's scratch directory (the process works there; a database name with '/' or '%' could
// leave it, and is not opened). A crash, UB, a leak, a hang or another exception is a finding.
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "fuzz_support.hpp"

namespace sc = sqlcore;
namespace fz = sqlcore::fuzz;

namespace {

const fz::ScratchDir& scratch() {
  static const fz::ScratchDir dir;  // also the working directory from now on
  return dir;
}

bool stays_in_scratch(const sc::URL& url) {
  const std::string& db = url.database();
  return db.find('/') == std::string::npos && db.find('%') == std::string::npos &&
         db.find('\\') == std::string::npos && db.find('\0') == std::string::npos;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > 1024) return -1;
  const auto& dir = scratch();
  const std::string text(reinterpret_cast<const char*>(data), size);

  sc::URL url;
  if (!fz::expected("make_url", [&] { url = sc::make_url(text); })) return 0;
  std::string rendered;
  fz::expected("URL accessors", [&] {
    (void)url.backend_name();
    (void)url.driver();
    (void)url.is_memory();
    (void)url.render();
    for (const auto& entry : url.query())
      if (url.query_value(entry.first) != entry.second)
        fz::finding("URL::query_value differs from query()");
    rendered = url.render(false);
  });
  // What render() writes is a URL that means the same.
  sc::URL again;
  if (!fz::expected("make_url(render)", [&] { again = sc::make_url(rendered); }))
    fz::finding("make_url refuses what URL::render wrote: " + rendered);
  if (again.render(false) != rendered || again.database() != url.database() ||
      again.query() != url.query() || again.password() != url.password())
    fz::finding("make_url(render(false)) is another URL: " + rendered);

  if (!stays_in_scratch(url)) return 0;
  {
    sc::EngineOptions options;
    options.busy_timeout = std::chrono::milliseconds(10);
    options.pool_timeout = std::chrono::milliseconds(100);
    std::optional<sc::Engine> engine;
    if (!fz::expected("create_engine", [&] { engine = sc::create_engine(text, options); })) {
      dir.clear();
      return 0;
    }
    fz::expected("connect", [&] {
      sc::Connection conn = engine->connect();
      (void)conn.execute(sc::text("SELECT 1")).scalar<int>();
      conn.execute(sc::text("CREATE TABLE IF NOT EXISTS t (x)"));
      conn.execute(sc::text("INSERT INTO t (x) VALUES (:x)"), {{"x", text}});
    });
    engine->dispose();
  }
  dir.clear();
  return 0;
}
