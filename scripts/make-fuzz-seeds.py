#!/usr/bin/env python3
"""Writes the seed corpora of tests/fuzz/corpus/<fuzzer>/ (docs/reliability.md) from what the
tree already holds: the round-trip corpus (tests/corpus/roundtrip/, SQLite's and SQLAlchemy's
test-suite schemas), the application schemas given as a directory argument (the shared corpus:
anki, chinook, firefox, ...), the URLs of tests/engine/url_test.cpp, and hand-written dates and
text() statements. Deterministic; the reproducers of findings live beside them as
tests/fuzz/corpus/<fuzzer>/regress-*, which this script leaves alone.
Usage: scripts/make-fuzz-seeds.py [<application schema dir>]"""
import hashlib
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fuzz" / "corpus"


def write(fuzzer, items):
    d = OUT / fuzzer
    d.mkdir(parents=True, exist_ok=True)
    for f in d.glob("seed-*"):
        f.unlink()
    for data in items:
        if isinstance(data, str):
            data = data.encode()
        (d / ("seed-" + hashlib.sha1(data).hexdigest()[:16])).write_bytes(data)


def roundtrip_schemas():
    out = []
    for f in sorted((ROOT / "tests" / "corpus" / "roundtrip").glob("*.sql")):
        cur = None
        for line in f.read_text().splitlines(keepends=True):
            if line.startswith("-- schema: "):
                if cur is not None:
                    out.append(cur.strip() + "\n")
                cur = ""
            elif cur is not None:
                cur += line
        if cur is not None:
            out.append(cur.strip() + "\n")
    return out


def statements(sql):
    """Top-level statements, roughly: split after ';' at a line end, except inside a trigger."""
    out, cur = [], ""
    for line in sql.splitlines(keepends=True):
        cur += line
        in_trigger = re.search(r"\bCREATE\s+(TEMP\w*\s+)?TRIGGER\b", cur, re.I) and not re.search(
            r"\bEND\s*;\s*$", cur, re.I)
        if cur.rstrip().endswith(";") and not in_trigger:
            out.append(cur.strip())
            cur = ""
    if cur.strip():
        out.append(cur.strip())
    return out


def main():
    schemas = roundtrip_schemas()
    apps = []
    if len(sys.argv) > 1:
        apps = [p.read_text() for p in sorted(Path(sys.argv[1]).glob("*.sql"))]

    # fuzz_reflect: every 3rd round-trip schema of at most 2 KB, and the application schemas
    # of at most 8 KB (the fuzzer skips longer input).
    # Chains of views over views (SQLite's view tests) are left out: expanding one costs SQLite
    # seconds on every run of every mutation.
    small = [s for s in schemas if len(s) <= 2048 and len(re.findall(r"CREATE VIEW", s, re.I)) <= 6]
    write("fuzz_reflect", small[::3] + [a for a in apps if len(a) <= 8192])

    # fuzz_create_parser: single CREATE statements, distinct, at most 1 KB, every 8th.
    seen, stmts = set(), []
    for s in schemas + apps:
        for st in statements(s):
            if re.match(r"\s*CREATE\b", st, re.I) and len(st) <= 1024 and st not in seen:
                seen.add(st)
                stmts.append(st)
    write("fuzz_create_parser", stmts[::8])

    # fuzz_url: the URLs the URL tests use.
    urls = sorted(set(re.findall(r'"(sqlite[^"]*)"', (ROOT / "tests" / "engine" /
                                                       "url_test.cpp").read_text())))
    urls += ["sqlite://", "sqlite:///:memory:", "sqlite:///x.db?mode=ro&uri=true",
             "sqlite:///file:x.db?uri=true&mode=memory&cache=shared",
             "sqlite:///x.db?timeout=2.5&check_same_thread=false", "sqlite+pysqlite:///x.db",
             "sqlite+pysqlcipher://:pass%40word@/x.db?cipher=aes-256-cfb&kdf_iter=64000"]
    write("fuzz_url", urls)

    # fuzz_datetime: FuzzedDataProvider reads the control byte from the END and the strings
    # (format, regexp, each ended by a backslash and another byte) from the front.
    def head(kind, custom, storage, truncate=False):
        for h in range(256):
            if (h % 3 == kind and bool(h & 4) == custom and (h >> 3) % 5 == storage and
                    bool(h & 0x80) == truncate):
                return bytes([h])
        raise ValueError("no control byte")

    texts = {0: ["2023-03-05", "2023-03-05 08:35:00", "2023-03-05T08:35", "0001-01-01",
                 "9999-12-31", "2024-02-29", "2023-02-29", "20230305"],
             1: ["12:05:57.010558", "23:59:59", "00:00", "24:00:00", "12:05:57.0105589"],
             2: ["2011-03-15 12:05:57.010558", "2011-03-15T12:05:57", "2011-03-15 12:05",
                 "2011-03-15", "2011-03-15 12:05:57.123Z", "1970-01-01 00:00:00.000000"]}
    dt = []
    for kind, vals in texts.items():
        for v in vals:
            dt.append(v.encode() + head(kind, False, 0))
        dt.append(b"\x00\x00\x00\x00\x5e\x8a\x01\x00" + head(kind, False, 1))
        dt.append(b"\x00\x00\x00\x00\x00\x2a\xa2\x40" + head(kind, False, 2))
        dt.append(b"2020-01-01" + head(kind, False, 3))
    customs = [
        (0, "%(year)04d%(month)02d%(day)02d", "", "20230305"),
        (0, "%(day)02d/%(month)02d/%(year)04d", r"(\d+)/(\d+)/(\d+)", "05/03/2023"),
        (0, "%(year)04d-%(month)02d-%(day)02d", r"(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)",
         "2023-03-05"),
        (1, "%(hour)02d%(minute)02d%(second)02d", "", "120557"),
        (1, "%(hour)d:%(minute)02d", r"(\d+):(\d+)", "7:05"),
        (2, "%(year)04d%(month)02d%(day)02d%(hour)02d%(minute)02d%(second)02d", "",
         "20110315120557"),
        (2, "%(day)d.%(month)d.%(year)d %(hour)d:%(minute)d", r"(\d+)\.(\d+)\.(\d+) (\d+):(\d+)",
         "15.3.2011 12:5"),
        (2, "%(year)04d-%(month)02d-%(day)02d %(hour)02d:%(minute)02d:%(second)02d.%(microsecond)06d",
         r"(?P<year>\d+)-(?P<month>\d+)-(?P<day>\d+)", "2011-03-15"),
        (2, "%(bogus)d", "", "x"),
        (2, "%(year)s", r"(unbalanced", "2011"),
    ]
    for kind, fmt, regexp, value in customs:
        esc = lambda s: s.replace("\\", "\\\\").encode() + b"\\|"
        dt.append(esc(fmt) + esc(regexp) + value.encode() + head(kind, True, 0))
        dt.append(esc(fmt) + esc(regexp) + value.encode() + head(kind, True, 0, True))
    write("fuzz_datetime", dt)

    # fuzz_text_binds: SQL, then a NUL, then bytes for the values (read from the end).
    sql = [
        "CREATE TABLE t (id INTEGER PRIMARY KEY, c TEXT, d DATETIME);"
        "INSERT INTO t (c, d) VALUES (:c, :d);SELECT id, c, d FROM t WHERE c = :c",
        "SELECT :a + :b AS c",
        "SELECT :x AS c, @y, $z",
        "CREATE TABLE t (c);INSERT INTO t VALUES (:v);INSERT INTO t VALUES (:v);"
        "SELECT c FROM t ORDER BY c",
        "SELECT ':not_a_bind', \":nor\" FROM (SELECT 1 AS \":nor\") -- :comment",
        "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < :n) "
        "SELECT count(*) AS c FROM r",
        "CREATE TABLE t (a, b UNIQUE);INSERT INTO t VALUES (:a, :b) ON CONFLICT(b) DO UPDATE SET "
        "a = excluded.a RETURNING a AS c",
        "SELECT json_extract(:doc, '$.a') AS c",
        "SELECT ? AS c",
        "SELECT :a AS c; SELECT :a, :b",
        "BEGIN; CREATE TABLE t(x); SAVEPOINT s; INSERT INTO t VALUES(:x); ROLLBACK TO s; COMMIT",
        "SELECT typeof(:v) AS c, length(:v), hex(:v)",
        "CREATE TABLE t (c DATE); INSERT INTO t VALUES (:c); SELECT c FROM t",
    ]
    binds = [s.encode() + b"\x00" + bytes(range(1, 40)) for s in sql]
    write("fuzz_text_binds", binds + [s.encode() for s in sql])


if __name__ == "__main__":
    main()
