// Tests for URL parsing and rendering (src/engine/url.cpp).
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

#include <gtest/gtest.h>

#include "support/expect.hpp"
#include "support/temp_dir.hpp"

namespace sc = sqlcore;

TEST(URL, MemoryForms) {
  for (const char* text : {"sqlite://", "sqlite:///:memory:", "sqlite+pysqlite://"}) {
    sc::URL url = sc::make_url(text);
    EXPECT_TRUE(url.is_memory()) << text;
    EXPECT_EQ(url.backend_name(), "sqlite");
  }
  EXPECT_EQ(sc::make_url("sqlite://").database(), "");
  EXPECT_EQ(sc::make_url("sqlite:///:memory:").database(), ":memory:");
}

TEST(URL, RelativeAbsoluteAndWindowsPaths) {
  EXPECT_EQ(sc::make_url("sqlite:///relative.db").database(), "relative.db");
  EXPECT_EQ(sc::make_url("sqlite:///dir/sub/x.db").database(), "dir/sub/x.db");
  EXPECT_EQ(sc::make_url("sqlite:////abs/path.db").database(), "/abs/path.db");
  EXPECT_EQ(sc::make_url("sqlite:///C:\\path\\db").database(), "C:\\path\\db");
  EXPECT_EQ(sc::make_url("sqlite:///C:/path/db").database(), "C:/path/db");
  EXPECT_FALSE(sc::make_url("sqlite:///relative.db").is_memory());
  EXPECT_EQ(sc::make_url("sqlite:///a@b.db").database(), "a@b.db");
  EXPECT_EQ(sc::make_url("sqlite:////tmp/x@y/z.db").database(), "/tmp/x@y/z.db");
}

TEST(URL, QueryKeys) {
  sc::URL url =
      sc::make_url("sqlite:///file.db?timeout=2.5&mode=ro&cache=shared&check_same_thread=false");
  EXPECT_EQ(url.query().at("timeout"), "2.5");
  EXPECT_EQ(url.query().at("mode"), "ro");
  EXPECT_EQ(url.query_value("cache"), "shared");
  EXPECT_EQ(url.query_value("check_same_thread"), "false");
  EXPECT_FALSE(url.query_value("uri").has_value());
  sc::URL uri = sc::make_url("sqlite:///file:data.db?mode=ro&uri=true");
  EXPECT_EQ(uri.database(), "file:data.db");
  EXPECT_TRUE(sc::make_url("sqlite:///x?mode=memory&cache=shared").is_memory());
  EXPECT_TRUE(sc::make_url("sqlite:///file::memory:?uri=true").is_memory());
}

TEST(URL, PysqlcipherForm) {
  sc::URL url =
      sc::make_url("sqlite+pysqlcipher://:s%40cret/pass@/enc.db?cipher=aes-256-cfb&kdf_iter=64000");
  EXPECT_EQ(url.drivername(), "sqlite+pysqlcipher");
  EXPECT_EQ(url.driver(), "pysqlcipher");
  EXPECT_EQ(url.password(), "s@cret/pass");
  EXPECT_EQ(url.database(), "enc.db");
  EXPECT_EQ(url.query().at("cipher"), "aes-256-cfb");
  EXPECT_EQ(url.query().at("kdf_iter"), "64000");
  sc::URL more = sc::make_url(
      "sqlite+pysqlcipher://:k@//abs/enc.db?cipher_page_size=4096&cipher_use_hmac=off");
  EXPECT_EQ(more.database(), "/abs/enc.db");
}

TEST(URL, RenderMasksThePassword) {
  sc::URL url = sc::make_url("sqlite+pysqlcipher://:topsecret@/enc.db?kdf_iter=64000&cipher=aes");
  std::string shown = url.render(true);
  EXPECT_EQ(shown, "sqlite+pysqlcipher://:***@/enc.db?cipher=aes&kdf_iter=64000");
  EXPECT_EQ(shown.find("topsecret"), std::string::npos);
  EXPECT_EQ(url.render(false), "sqlite+pysqlcipher://:topsecret@/enc.db?cipher=aes&kdf_iter=64000");
  EXPECT_EQ(sc::make_url("sqlite:////abs/x.db?timeout=1").render(),
            "sqlite:////abs/x.db?timeout=1");
  EXPECT_EQ(sc::make_url("sqlite://").render(), "sqlite://");
  // A password with URL syntax in it survives a render / parse round trip.
  sc::URL odd = sc::make_url("sqlite+pysqlcipher://:a%3Ab%40c%2Fd%25e@/f.db");
  EXPECT_EQ(odd.password(), "a:b@c/d%e");
  EXPECT_EQ(sc::make_url(odd.render(false)).password(), "a:b@c/d%e");
}

TEST(URL, MalformedURLsNameTheBadPart) {
  EXPECT_THROW_MSG(sc::make_url("app.db"), sc::ArgumentError, "malformed URL 'app.db'");
  EXPECT_THROW_MSG(sc::make_url("://x"), sc::ArgumentError, "malformed URL");
  EXPECT_THROW_MSG(sc::make_url("sq lite:///x.db"), sc::ArgumentError, "invalid character ' '");
  EXPECT_THROW_MSG(sc::make_url("postgresql://u@h/db"), sc::ArgumentError,
                   "unsupported dialect 'postgresql'");
  EXPECT_THROW_MSG(sc::make_url("sqlite+odbc:///x.db"), sc::ArgumentError,
                   "unknown sqlite driver 'odbc'");
  EXPECT_THROW_MSG(sc::make_url("sqlite://host/x.db"), sc::ArgumentError, "host 'host' given");
  EXPECT_THROW_MSG(sc::make_url("sqlite://user@/x.db"), sc::ArgumentError, "user name 'user'");
  EXPECT_THROW_MSG(sc::make_url("sqlite:///x.db?mode"), sc::ArgumentError,
                   "query part 'mode' is not key=value");
  EXPECT_THROW_MSG(sc::make_url("sqlite:///x.db?mode=ro&mode=rw"), sc::ArgumentError,
                   "'mode' given twice");
  EXPECT_THROW_MSG(sc::make_url("sqlite:///x%zz.db?mode=r%zz"), sc::ArgumentError,
                   "bad percent escape");
}

TEST(URL, UnknownOrInvalidQueryKeys) {
  EXPECT_THROW_MSG(sc::make_url("sqlite:///x.db?tiemout=5"), sc::ArgumentError,
                   "unknown query key 'tiemout'");
  EXPECT_THROW_MSG(sc::make_url("sqlite:///x.db?mode=readonly"), sc::ArgumentError,
                   "'mode' has value 'readonly'; expected ro, rw, rwc or memory");
  EXPECT_THROW_MSG(sc::make_url("sqlite:///x.db?timeout=abc"), sc::ArgumentError,
                   "expected a non-negative number of seconds");
  EXPECT_THROW_MSG(sc::make_url("sqlite:///x.db?uri=maybe"), sc::ArgumentError, "true or false");
  EXPECT_THROW_MSG(sc::make_url("sqlite:///x.db?cache=public"), sc::ArgumentError,
                   "shared or private");
  EXPECT_THROW_MSG(sc::make_url("sqlite:///x.db?kdf_iter=5"), sc::ArgumentError,
                   "only valid with sqlite+pysqlcipher");
}

TEST(URL, ErrorsNeverShowThePassphrase) {
  for (const char* text : {"sqlite+pysqlcipher://:hunter2@/x.db?bogus=1",
                           "sqlite+pysqlcipher://:hunter2@/x.db?kdf_iter=x",
                           "sqlite+pysqlcipher://:hunter2@host/x.db", "sqlitex+y://:hunter2@/x"}) {
    try {
      sc::make_url(text);
      ADD_FAILURE() << text << " parsed";
    } catch (const sc::ArgumentError& e) {
      EXPECT_EQ(std::string(e.what()).find("hunter2"), std::string::npos) << e.what();
    }
  }
}

TEST(URL, TimeoutBeyondSQLitesLongestBusyTimeoutIsRefused) {
  EXPECT_NO_THROW(sc::make_url("sqlite:///x.db?timeout=2147483.647"));
  EXPECT_THROW_MSG(sc::make_url("sqlite:///x.db?timeout=2147484"), sc::ArgumentError,
                   "at most 2147483.647 seconds");
  EXPECT_THROW_MSG(sc::create_engine("sqlite://?timeout=2200000"), sc::ArgumentError, "24.8 days");
  sc::Engine longest = sc::create_engine("sqlite://?timeout=2147483.647");
  sc::Connection c = longest.connect();
  EXPECT_EQ(c.execute(sc::text("PRAGMA busy_timeout")).scalar<std::int64_t>(), 2147483647);
}

TEST(URL, AVfsValueCannotSmuggleOtherURIParameters) {
  sc::testing::TempDir dir;
  {
    sc::Engine e = sc::create_engine(dir.url("v.db"));
    sc::Connection c = e.connect();
    c.execute(sc::text("CREATE TABLE t (x INTEGER)"));
  }
  // Decoded, the value is "unix&immutable=1": spliced into the URI as it was, it opened the
  // file immutable. Now it is one (unknown) VFS name.
  sc::Engine e = sc::create_engine(dir.url("v.db") + "?nolock=1&vfs=unix%26immutable%3D1");
  EXPECT_THROW_MSG(e.connect(), sc::OperationalError, "no such vfs: unix&immutable=1");
  sc::Engine plain = sc::create_engine(dir.url("v.db") + "?nolock=1&vfs=unix");
  sc::Connection c = plain.connect();
  c.execute(sc::text("INSERT INTO t VALUES (1)"));  // not immutable
  EXPECT_EQ(c.execute(sc::text("SELECT count(*) FROM t")).scalar<std::int64_t>(), 1);
}

TEST(URL, AnUnescapedAtInThePassphraseStaysInItAndOutOfMessages) {
  sc::URL url = sc::make_url("sqlite+pysqlcipher://:pa@ss@/x.db");
  EXPECT_EQ(url.password(), "pa@ss");
  EXPECT_EQ(url.database(), "x.db");
  EXPECT_EQ(sc::make_url("sqlite+pysqlcipher://:pw@/dir@/x.db").database(), "dir@/x.db");
  for (const char* text : {"sqlite+pysqlcipher://:hunter@2@host/x.db",
                           "sqlite+pysqlcipher://:hunter2@secret@host/x.db",
                           "sqlite+pysqlcipher://:hunter/2@sec@ret/x.db?bogus=1"}) {
    try {
      sc::make_url(text);
      ADD_FAILURE() << text << " parsed";
    } catch (const sc::ArgumentError& e) {
      std::string m = e.what();
      for (const char* secret : {"hunter", "secret", "sec@ret"})
        EXPECT_EQ(m.find(secret), std::string::npos) << m;
    }
  }
}

// Found by fuzz_url (tests/fuzz/corpus/fuzz_url/regress-password-question-mark): render wrote
// the '?' of a passphrase as it is, and make_url read the rest as the query.
TEST(URL, RenderThenParseIsTheSameURLWhenThePassphraseHoldsAQuestionMark) {
  sc::URL url = sc::make_url("sqlite+pysqlcipher://:a%3Ab%40c%3Fd%25e@/f.db?kdf_iter=1");
  EXPECT_EQ(url.password(), "a:b@c?d%e");
  std::string shown = url.render(false);
  EXPECT_EQ(shown, "sqlite+pysqlcipher://:a%3Ab%40c%3Fd%25e@/f.db?kdf_iter=1");
  sc::URL again = sc::make_url(shown);
  EXPECT_EQ(again.password(), "a:b@c?d%e");
  EXPECT_EQ(again.database(), "f.db");
  EXPECT_EQ(again.query(), url.query());
  EXPECT_EQ(again.render(false), shown);
}

TEST(URL, RenderThenParseIsTheSameURLWhenAValueHoldsAPlus) {
  sc::URL url = sc::make_url("sqlite:///x.db?vfs=a%2Bb+c");
  EXPECT_EQ(url.query().at("vfs"), "a+b c");
  std::string shown = url.render(false);
  EXPECT_EQ(shown, "sqlite:///x.db?vfs=a%2Bb%20c");
  sc::URL again = sc::make_url(shown);
  EXPECT_EQ(again.query(), url.query());
  EXPECT_EQ(again.render(false), shown);
  sc::URL cipher = sc::make_url("sqlite+pysqlcipher://:p%2Bw@/x.db?cipher=aes+256%2Bcbc");
  sc::URL back = sc::make_url(cipher.render(false));
  EXPECT_EQ(back.password(), "p+w");
  EXPECT_EQ(back.query().at("cipher"), "aes 256+cbc");
}
