// What every subcommand of the sqlcore tool shares: opening a database, one-line messages.
// SPDX-License-Identifier: MIT
#include "common.hpp"

#include <filesystem>

#include <unistd.h>

namespace sqlcore::tools {

namespace fs = std::filesystem;

namespace {

// The URL with mode=ro or mode=rw added, unless it names its own mode or is in memory.
std::string with_mode(const std::string& url, Access access) {
  URL parsed = make_url(url);
  if (parsed.database().empty() || parsed.database() == ":memory:" ||
      parsed.query().count("mode") != 0)
    return url;
  std::string mode = access == Access::read_only ? "mode=ro" : "mode=rw";
  return url + (url.find('?') == std::string::npos ? "?" : "&") + mode;
}

}  // namespace

Engine open_database(const std::string& db, Access access) {
  std::string url;
  if (db.find("://") != std::string::npos) {
    url = with_mode(db, access);
  } else {
    std::error_code ec;
    fs::path p = fs::absolute(db);
    if (!fs::exists(p, ec)) throw Failure("'" + db + "': no such file");
    if (fs::is_directory(p, ec)) throw Failure("'" + db + "': is a directory, not a database");
    url = "sqlite:///" + p.string() + (access == Access::read_only ? "?mode=ro" : "?mode=rw");
  }
  Engine e = create_engine(url);
  e.connect();  // "file is not a database" here, naming the file
  return e;
}

std::string one_line(const std::exception& e) {
  std::string msg = e.what();
  if (const auto* db = dynamic_cast<const DBAPIError*>(&e)) msg = db->sqlite_message();
  for (char& c : msg)
    if (c == '\n' || c == '\r') c = ' ';
  return msg;
}

bool is_terminal(int fd) { return ::isatty(fd) == 1; }

}  // namespace sqlcore::tools
