// Tests for encrypted databases (Engine::rekey, sqlcipher_export in src/engine/backup.cpp and
// the keyed open in src/driver/sqlite3/connection.cpp): on the SQLCipher build they encrypt real
// files; on the plain build they check the refusals.
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "support/expect.hpp"
#include "support/temp_dir.hpp"

namespace sc = sqlcore;

namespace {

constexpr const char* kPassphrase = "correct horse battery staple";

std::string cipher_url(const sc::testing::TempDir& dir, const std::string& file,
                       const std::string& key, const std::string& query = "") {
  return "sqlite+pysqlcipher://:" + key + "@/" + dir.file(file) + query;
}

void write_rows(sc::Engine& engine, int n) {
  sc::Connection conn = engine.connect();
  conn.execute(sc::text("CREATE TABLE secrets (id INTEGER PRIMARY KEY, note TEXT)"));
  for (int i = 1; i <= n; ++i)
    conn.execute(sc::text("INSERT INTO secrets (note) VALUES (:n)"),
                 {{"n", "note " + std::to_string(i)}});
}

std::int64_t rows(sc::Engine& engine) {
  sc::Connection conn = engine.connect();
  return *conn.execute(sc::text("SELECT count(*) FROM secrets")).scalar<std::int64_t>();
}

// What a shell prints for `sql` on `file` (stdin fed with `input`), stderr included.
std::string shell(const std::string& program, const std::string& file, const std::string& input) {
  std::string cmd = "printf '%s' '" + input + "' | " + program + " '" + file + "' 2>&1";
  std::string out;
  if (FILE* p = ::popen(cmd.c_str(), "r")) {
    char buf[512];
    while (std::fgets(buf, sizeof buf, p)) out += buf;
    ::pclose(p);
  }
  return out;
}

}  // namespace

TEST(Cipher, PlainBuildRefusesWithTheTargetToLink) {
  if (sc::sqlcipher_available()) GTEST_SKIP() << "capability: this build has SQLCipher";
  sc::testing::TempDir dir;
  EXPECT_THROW_MSG(sc::create_engine(cipher_url(dir, "x.db", "k")), sc::ArgumentError,
                   "link sqlcore::sqlcore_sqlcipher");
  sc::Engine plain = sc::create_engine(dir.url("p.db"));
  EXPECT_THROW_MSG(plain.rekey("new"), sc::NotSupportedError, "sqlcore::sqlcore_sqlcipher");
  sc::Connection conn = plain.connect();
  EXPECT_THROW_MSG(sc::sqlcipher_export(conn, dir.file("e.db"), "k"), sc::NotSupportedError,
                   "sqlcore::sqlcore_sqlcipher");
}

TEST(Cipher, EncryptedFileIsRefusedBySqlite3AndReadBySqlcipherShell) {
  if (!sc::sqlcipher_available()) GTEST_SKIP() << "capability: needs the SQLCipher build";
  sc::testing::TempDir dir;
  sc::Engine engine = sc::create_engine(cipher_url(dir, "enc.db", kPassphrase, "?kdf_iter=4000"));
  EXPECT_EQ(engine.pool().kind(), sc::PoolKind::singleton_thread);  // SQLAlchemy's default
  write_rows(engine, 3);
  EXPECT_EQ(rows(engine), 3);
  engine.dispose();
  if (std::system("command -v sqlite3 >/dev/null 2>&1") == 0) {
    EXPECT_NE(shell("sqlite3", dir.file("enc.db"), "SELECT count(*) FROM secrets;")
                  .find("is not a database"),
              std::string::npos);
  }
  if (std::system("command -v sqlcipher >/dev/null 2>&1") != 0)
    GTEST_SKIP() << "the sqlcipher shell is not installed";
  std::string out =
      shell("sqlcipher", dir.file("enc.db"),
            std::string("PRAGMA key = \"") + kPassphrase +
                "\";\nPRAGMA kdf_iter = 4000;\nSELECT note FROM secrets ORDER BY id;\n");
  EXPECT_NE(out.find("note 1\nnote 2\nnote 3"), std::string::npos) << out;
}

TEST(Cipher, WrongKeyAndPlaintextWithKeyFailAtConnect) {
  if (!sc::sqlcipher_available()) GTEST_SKIP() << "capability: needs the SQLCipher build";
  sc::testing::TempDir dir;
  {
    sc::Engine engine = sc::create_engine(cipher_url(dir, "enc.db", kPassphrase));
    write_rows(engine, 1);
  }
  sc::Engine wrong = sc::create_engine(cipher_url(dir, "enc.db", "wrong"));
  try {
    wrong.connect();
    ADD_FAILURE() << "a wrong key connected";
  } catch (const sc::DatabaseError& e) {
    std::string what = e.what();
    EXPECT_NE(what.find("cannot decrypt database"), std::string::npos) << what;
    EXPECT_NE(what.find("wrong key, or not an encrypted database"), std::string::npos) << what;
    EXPECT_EQ(what.find("wrong\""), std::string::npos);
  }
  {
    sc::Engine plain = sc::create_engine(dir.url("plain.db"));
    write_rows(plain, 1);
  }
  sc::Engine keyed = sc::create_engine(cipher_url(dir, "plain.db", kPassphrase));
  try {
    keyed.connect();
    ADD_FAILURE() << "a plaintext file opened with a key";
  } catch (const sc::DatabaseError& e) {
    EXPECT_NE(std::string(e.what()).find("wrong key, or not an encrypted database"),
              std::string::npos);
    EXPECT_EQ(std::string(e.what()).find(kPassphrase), std::string::npos);
  }
}

TEST(Cipher, RekeyThenOnlyTheNewKeyOpens) {
  if (!sc::sqlcipher_available()) GTEST_SKIP() << "capability: needs the SQLCipher build";
  sc::testing::TempDir dir;
  sc::Engine engine = sc::create_engine(cipher_url(dir, "enc.db", kPassphrase));
  write_rows(engine, 5);
  engine.rekey("second passphrase");
  EXPECT_EQ(rows(engine), 5);  // the engine's new connections use the new key
  engine.dispose();
  sc::Engine reopened = sc::create_engine(cipher_url(dir, "enc.db", "second%20passphrase"));
  EXPECT_EQ(rows(reopened), 5);
  sc::Engine old = sc::create_engine(cipher_url(dir, "enc.db", kPassphrase));
  EXPECT_THROW(old.connect(), sc::DatabaseError);
  EXPECT_THROW_MSG(engine.rekey(""), sc::ArgumentError, "empty");
  sc::Engine plain = sc::create_engine(dir.url("plain.db"));
  EXPECT_THROW_MSG(plain.rekey("x"), sc::ArgumentError, "sqlcipher_export");
}

TEST(Cipher, ExportPlaintextToEncryptedAndBackKeepsEveryRow) {
  if (!sc::sqlcipher_available()) GTEST_SKIP() << "capability: needs the SQLCipher build";
  sc::testing::TempDir dir;
  sc::Engine plain = sc::create_engine(dir.url("plain.db"));
  write_rows(plain, 100);
  {
    sc::Connection conn = plain.connect();
    sc::sqlcipher_export(conn, dir.file("enc.db"), kPassphrase);
  }
  sc::Engine enc = sc::create_engine(cipher_url(dir, "enc.db", kPassphrase));
  EXPECT_EQ(rows(enc), 100);
  EXPECT_THROW(sc::create_engine(dir.url("enc.db")).connect(), sc::DatabaseError);
  {
    sc::Connection conn = enc.connect();
    sc::sqlcipher_export(conn, dir.file("back.db"), "");
  }
  sc::Engine back = sc::create_engine(dir.url("back.db"));
  EXPECT_EQ(rows(back), 100);
  sc::Connection conn = back.connect();
  EXPECT_EQ(
      *conn.execute(sc::text("SELECT note FROM secrets WHERE id = 100")).scalar<std::string>(),
      "note 100");
  // Inside a transaction ATTACH cannot run: refused before anything is written.
  sc::Transaction tx = conn.begin();
  EXPECT_THROW_MSG(sc::sqlcipher_export(conn, dir.file("never.db"), "k"), sc::InvalidRequestError,
                   "transaction");
  EXPECT_FALSE(std::filesystem::exists(dir.file("never.db")));
}

TEST(Cipher, SaveAsOfAnEncryptedEngineWritesAnEncryptedCopy) {
  if (!sc::sqlcipher_available()) GTEST_SKIP() << "capability: needs the SQLCipher build";
  sc::testing::TempDir dir;
  sc::Engine engine = sc::create_engine(cipher_url(dir, "enc.db", kPassphrase));
  write_rows(engine, 7);
  ASSERT_TRUE(engine.save_as(dir.file("copy.db")));
  sc::Engine copy = sc::create_engine(cipher_url(dir, "copy.db", kPassphrase));
  EXPECT_EQ(rows(copy), 7);
  EXPECT_THROW(sc::create_engine(dir.url("copy.db")).connect(), sc::DatabaseError);
}

TEST(Cipher, ThePassphraseAppearsInNoMessage) {
  if (!sc::sqlcipher_available()) GTEST_SKIP() << "capability: needs the SQLCipher build";
  sc::testing::TempDir dir;
  sc::Engine engine = sc::create_engine(cipher_url(dir, "enc.db", kPassphrase));
  write_rows(engine, 1);
  std::vector<std::string> texts = {engine.url().render(true), engine.pool().status()};
  try {
    sc::Connection conn = engine.connect();
    conn.execute(sc::text("SELECT * FROM missing"));
  } catch (const std::exception& e) {
    texts.emplace_back(e.what());
  }
  try {
    sc::create_engine(cipher_url(dir, "enc.db", "wrong " + std::string(kPassphrase))).connect();
  } catch (const std::exception& e) {
    texts.emplace_back(e.what());
  }
  try {
    sc::Connection conn = engine.connect();
    sc::sqlcipher_export(conn, dir.file("missing-dir/x.db"), kPassphrase);
  } catch (const std::exception& e) {
    texts.emplace_back(e.what());
  }
  // URLs that carry the passphrase and are wrong elsewhere: the message shows the URL masked.
  for (const std::string& bad : {cipher_url(dir, "enc.db", kPassphrase, "?bogus=1"),
                                 cipher_url(dir, "enc.db", kPassphrase, "?kdf_iter=many"),
                                 cipher_url(dir, "enc.db", kPassphrase, "?cipher_use_hmac=perhaps"),
                                 std::string("sqlite+pysqlcipher://:") + kPassphrase + "%zz@/x.db",
                                 std::string("sqlite+nodriver://:") + kPassphrase + "@/x.db"}) {
    try {
      sc::create_engine(bad);
      ADD_FAILURE() << "accepted a bad URL";
    } catch (const std::exception& e) {
      texts.emplace_back(e.what());
    }
  }
  try {  // a constraint error inside a keyed connection
    sc::Connection conn = engine.connect();
    conn.execute(sc::text("INSERT INTO secrets (id, note) VALUES (1, 'dup')"));
  } catch (const std::exception& e) {
    texts.emplace_back(e.what());
  }
  try {
    engine.save_as(dir.file("missing-dir/copy.db"));
  } catch (const std::exception& e) {
    texts.emplace_back(e.what());
  }
  ASSERT_EQ(texts.size(), 12u);
  for (const auto& t : texts) {
    EXPECT_EQ(t.find("horse"), std::string::npos) << t;
    EXPECT_EQ(t.find("staple"), std::string::npos) << t;
  }
}
