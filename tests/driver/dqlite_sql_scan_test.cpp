// The dqlite driver's SQL scanning (src/driver/dqlite/sql_scan.cpp): statements, parameters as
// sqlite3 numbers them, rows or not, transaction keywords.
// SPDX-License-Identifier: MIT
#include "driver/dqlite/sql_scan.hpp"

#include <gtest/gtest.h>

namespace dq = sqlcore::detail::dqlite;

namespace {

dq::ScannedStatement one(std::string_view sql) {
  auto all = dq::scan_statements(sql);
  EXPECT_EQ(all.size(), 1u) << sql;
  return all.empty() ? dq::ScannedStatement{} : all[0];
}

TEST(DqliteSqlScan, SplitsStatementsOutsideStringsAndComments) {
  auto all =
      dq::scan_statements("INSERT INTO t VALUES ('a;b', \"c;d\"); -- x; y\n /* ; */ SELECT 1;;  ");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].text, "INSERT INTO t VALUES ('a;b', \"c;d\")");
  EXPECT_EQ(all[1].text, "SELECT 1");
  EXPECT_TRUE(dq::scan_statements("  -- only a comment\n/* and this */ ;").empty());
}

TEST(DqliteSqlScan, NumbersParametersAsSqlite) {
  EXPECT_EQ(one("SELECT ?, ?, ?").param_names, (std::vector<std::string>{"", "", ""}));
  EXPECT_EQ(one("SELECT :a, :b, :a, ':c', @d").param_names,
            (std::vector<std::string>{"a", "b", "d"}));
  EXPECT_EQ(one("SELECT ?3, ?").param_names, (std::vector<std::string>{"", "", "", ""}));
  EXPECT_EQ(one("SELECT $x::y, x'3a'").param_names, (std::vector<std::string>{"x::y"}));
  EXPECT_TRUE(one("SELECT '?', \"?\", [?] -- ?").param_names.empty());
}

TEST(DqliteSqlScan, TellsRowsFromNoRows) {
  EXPECT_EQ(one("SELECT 1").kind, dq::StatementKind::query);
  EXPECT_EQ(one("values (1)").kind, dq::StatementKind::query);
  EXPECT_EQ(one("PRAGMA main.table_info(\"t\")").kind, dq::StatementKind::query);
  EXPECT_EQ(one("PRAGMA foreign_keys = ON").kind, dq::StatementKind::exec);
  EXPECT_EQ(one("WITH c(x) AS (SELECT 1) SELECT x FROM c").kind, dq::StatementKind::query);
  EXPECT_EQ(one("WITH c(x) AS (SELECT 1) INSERT INTO t SELECT x FROM c").kind,
            dq::StatementKind::exec);
  EXPECT_EQ(one("INSERT INTO t (a) SELECT 1").kind, dq::StatementKind::exec);
  EXPECT_EQ(one("CREATE TABLE t (a)").kind, dq::StatementKind::exec);
  EXPECT_TRUE(one("INSERT INTO t (a) VALUES (1) RETURNING a").returning);
}

TEST(DqliteSqlScan, ReadsTransactionKeywords) {
  EXPECT_EQ(one("BEGIN IMMEDIATE").tx, dq::TxEffect::begin);
  EXPECT_EQ(one("commit").tx, dq::TxEffect::commit);
  EXPECT_EQ(one("END TRANSACTION").tx, dq::TxEffect::commit);
  EXPECT_EQ(one("ROLLBACK").tx, dq::TxEffect::rollback);
  auto to = one("ROLLBACK TRANSACTION TO SAVEPOINT \"Sp1\"");
  EXPECT_EQ(to.tx, dq::TxEffect::rollback_to);
  EXPECT_EQ(to.savepoint, "sp1");
  auto sp = one("SAVEPOINT sa_1");
  EXPECT_EQ(sp.tx, dq::TxEffect::savepoint);
  EXPECT_EQ(sp.savepoint, "sa_1");
  auto rel = one("RELEASE SAVEPOINT sa_1");
  EXPECT_EQ(rel.tx, dq::TxEffect::release);
  EXPECT_EQ(rel.savepoint, "sa_1");
  EXPECT_EQ(one("SELECT 1").tx, dq::TxEffect::none);
}

}  // namespace
