// What every subcommand of the sqlcore tool shares: its errors, opening a database, one-line
// messages.
// SPDX-License-Identifier: MIT
#pragma once

#include <stdexcept>
#include <string>

#include <sqlcore/sqlcore.hpp>

namespace sqlcore::tools {

/// A failure the user sees as one line on stderr; exit status 1.
struct Failure : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// A mistake on the command line found after parsing (a malformed -p); exit status 2.
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// How a subcommand opens its database.
enum class Access { read_only, read_write };

/// DB is an sqlite:// URL or a path to a file that must exist (the tool never creates a
/// database). read_only opens with mode=ro (SQLite refuses every write); read_write with
/// mode=rw. Connects once, so "file is not a database" is reported here, naming the file.
/// Failure for a missing file or a directory.
Engine open_database(const std::string& db, Access access = Access::read_only);

/// The message of an exception on one line; for a DBAPIError SQLite's own message (without
/// the SQL).
std::string one_line(const std::exception& e);

/// True when file descriptor `fd` is a terminal.
bool is_terminal(int fd);

}  // namespace sqlcore::tools
