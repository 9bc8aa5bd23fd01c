// A program outside the sqlcore tree: opens a database, writes and reads a row.
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

#include <iostream>

int main() {
  namespace sc = sqlcore;
  sc::Engine engine = sc::create_engine("sqlite://");
  sc::Connection conn = engine.connect();
  conn.execute(sc::text("CREATE TABLE t (x INTEGER)"));
  sc::Transaction tx = conn.begin();
  conn.execute(sc::text("INSERT INTO t (x) VALUES (:x)"), {{"x", 42}});
  tx.commit();
  auto x = conn.execute(sc::text("SELECT x FROM t")).scalar<std::int64_t>();
  std::cout << "consumer read " << *x << " with sqlcore " << SQLCORE_VERSION_STRING
            << (sc::sqlcipher_available() ? " (SQLCipher build)" : "") << "\n";
  return *x == 42 ? 0 : 1;
}
