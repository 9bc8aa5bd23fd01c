#!/usr/bin/env python3
"""Harvests the schemas of tests/corpus/roundtrip/ from SQLite's and SQLAlchemy's test suites.

    scripts/harvest-roundtrip-corpus.py SQLITE_TEST_DIR_GIT SQLALCHEMY_GIT OUT_DIR

SQLITE_TEST_DIR_GIT is "<git dir>:<tree path of SQLite's test/ folder>" (any git mirror of
SQLite's source tree), SQLALCHEMY_GIT a git dir of SQLAlchemy (its rel_1_4 branch is read).
Only the CREATE / ALTER TABLE statements are kept: from SQLite's test/*.test the bodies of
`execsql {...}`, `db eval {...}`, `catchsql {...}`, `do_execsql_test NAME {...}` and
`do_catchsql_test NAME {...}`; from SQLAlchemy's test/dialect/test_sqlite.py and
lib/sqlalchemy/testing/suite/test_reflection.py the string constants that start with CREATE,
one schema per test function. A body's statements form one schema; a table it needs (an index,
trigger or view on a table made earlier in the same test file) is taken from the file's
earlier bodies. When the body as a whole fails, each of its statements (with the tables it
needs) is tried as a schema of its own. A schema is kept when the Python sqlite3 module (the system libsqlite3) runs
it on a fresh database, with nothing in temp, at least one object in main and a clean
PRAGMA integrity_check, and the sqlite3 shell runs it on a file too. Schemas of the same shape
(the same text once names, numbers and runs of like items are folded) count once, and a schema
is kept only when its shape has a token trigram no schema kept before it had, which keeps a few
hundred that each show something new (every SQLAlchemy one is kept).
"""
import ast
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

CREATE_RE = re.compile(r"^\s*(CREATE|ALTER\s+TABLE)\b", re.I)
OPENERS = re.compile(
    r"(?:\bexecsql|\bdb2?\s+eval|\bcatchsql|\bdo_execsql_test\s+\S+|\bdo_catchsql_test\s+\S+)\s*\{")
TEST_NAME_RE = re.compile(r"\b(?:do_test|do_execsql_test|do_catchsql_test)\s+(\S+)")


def git_show(gitdir, rev_path):
    """The file's text, or "" when the mirror lacks it (snapshots leave out files of 4 MiB+)."""
    run = subprocess.run(["git", "--git-dir", gitdir, "show", rev_path], capture_output=True)
    return run.stdout.decode("utf-8", "replace") if run.returncode == 0 else ""


def git_ls(gitdir, rev, path):
    out = subprocess.run(["git", "--git-dir", gitdir, "ls-tree", "--name-only", rev, path + "/"],
                         check=True, capture_output=True).stdout.decode()
    return [line for line in out.splitlines() if line.endswith(".test")]


def brace_body(text, start):
    """The text between the `{` at start-1 and its matching `}` (Tcl's rule: backslash escapes)."""
    depth, i = 1, start
    while i < len(text):
        ch = text[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return text[start:i]
        i += 1
    return None


def split_statements(sql):
    out, buf = [], ""
    for part in sql.split(";"):
        buf += part + ";"
        if sqlite3.complete_statement(buf):
            stmt = buf.strip()
            if stmt != ";":
                out.append(stmt)
            buf = ""
    return out


def strip_leading_comments(stmt):
    s = stmt.lstrip()
    while s.startswith("--") or s.startswith("/*"):
        if s.startswith("--"):
            nl = s.find("\n")
            s = "" if nl < 0 else s[nl + 1:].lstrip()
        else:
            end = s.find("*/")
            s = "" if end < 0 else s[end + 2:].lstrip()
    return s


def schema_statements(sql):
    stmts = []
    for s in split_statements(sql):
        s = strip_leading_comments(s)
        if CREATE_RE.match(s) and "$" not in s:
            stmts.append(s)
    return stmts


TABLE_NAME_RE = re.compile(
    r"^\s*CREATE\s+(?:VIRTUAL\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?"
    r"(\"(?:[^\"]|\"\")*\"|\[[^\]]*\]|`[^`]*`|'[^']*'|[\w.]+)", re.I)


def table_name(stmt):
    m = TABLE_NAME_RE.match(stmt)
    if not m:
        return None
    name = m.group(1)
    if name[0] in "\"[`'":
        name = name[1:-1]
    return name.lower()


def try_schema(stmts):
    """None when SQLite accepts the statements as a self-contained schema, else its error."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        for s in stmts:
            conn.execute(s)
        if conn.execute("SELECT count(*) FROM sqlite_temp_master").fetchone()[0]:
            return "temp objects"
        if not conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            return "nothing created"
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            return "integrity_check"
        return None
    except (sqlite3.Error, sqlite3.Warning, ValueError, OverflowError) as e:
        return str(e)
    finally:
        conn.close()


SQLITE3_CLI = shutil.which("sqlite3")


def cli_accepts(stmts):
    """The sqlite3 shell (the system libsqlite3, as the C++ test links it) runs the schema on a
    fresh file as roundtrip_corpus_test does, without an error or a crash (distinct.test 10.4
    crashes SQLite 3.40.1 in a file but not in Python's :memory:)."""
    if not SQLITE3_CLI:
        return True
    with tempfile.TemporaryDirectory() as d:
        sql = "PRAGMA synchronous=OFF;\nBEGIN;\n" + "\n".join(stmts) + "\nCOMMIT;\n"
        run = subprocess.run([SQLITE3_CLI, "-bail", os.path.join(d, "x.db")], input=sql.encode(),
                             capture_output=True)
        return run.returncode == 0 and not run.stderr


def complete(stmts, history):
    """Prepends tables from `history` (lower-cased name -> CREATE TABLE) that stmts needs."""
    for _ in range(6):
        err = try_schema(stmts)
        if err is None:
            return stmts
        m = re.match(r"no such table: (?:main\.)?(.+)", err)
        if not m or m.group(1).lower() not in history:
            return None
        need = history[m.group(1).lower()]
        if need in stmts:
            return None
        stmts = [need] + stmts
    return None


def sqlite_bodies(gitdir, rev, test_dir):
    for path in sorted(git_ls(gitdir, rev, test_dir)):
        text = git_show(gitdir, f"{rev}:{path}")
        name = path.rsplit("/", 1)[-1]
        for m in OPENERS.finditer(text):
            body = brace_body(text, m.end())
            if body is None or not re.search(r"\b(CREATE|ALTER)\b", body, re.I):
                continue
            names = TEST_NAME_RE.findall(text, 0, m.end())
            yield f"sqlite test/{name}", names[-1] if names else "", body


def sqlalchemy_bodies(gitdir):
    for path in ["test/dialect/test_sqlite.py", "lib/sqlalchemy/testing/suite/test_reflection.py"]:
        text = git_show(gitdir, f"rel_1_4:{path}")
        tree = ast.parse(text)
        for fn in ast.walk(tree):
            if not isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            strings = [n.value for n in ast.walk(fn)
                       if isinstance(n, ast.Constant) and isinstance(n.value, str)
                       and CREATE_RE.match(n.value)]
            if strings:
                body = ";\n".join(s.strip().rstrip(";") for s in strings) + ";"
                yield f"sqlalchemy {path}", fn.name, body


KEYWORDS = set("""
abort action add after all alter always analyze and as asc attach autoincrement before begin
between by cascade case cast check collate column commit conflict constraint create cross
current current_date current_time current_timestamp database default deferrable deferred
delete desc detach distinct do drop each else end escape except exclusive exists explain fail
filter first following for foreign from full generated glob group groups having if ignore
immediate in index indexed initially inner insert instead intersect into is isnull join key
last left like limit match materialized natural no not nothing notnull null nulls of offset on
or order others outer over partition plan pragma preceding primary query raise range recursive
references regexp reindex release rename replace restrict returning right rollback row rows
savepoint select set stored strict table temp temporary then ties to transaction trigger
unbounded union unique update using vacuum values view virtual when where window with without
rowid integer int text blob real numeric varchar char float double boolean date datetime
""".split())
TOKEN_RE = re.compile(r"\"(?:[^\"]|\"\")*\"|'(?:[^']|'')*'|\[[^\]]*\]|`[^`]*`|\w+|\s+|.")


def normal(stmts):
    """The schema's shape: keywords and punctuation kept, names and numbers folded, so that
    schemas that differ only in what they call things count as one."""
    out = []
    for tok in TOKEN_RE.findall("\n".join(stmts)):
        low = tok.lower()
        if tok.isspace():
            continue
        if low in KEYWORDS:
            out.append(low)
        elif re.fullmatch(r"[0-9]\w*", tok):
            out.append("0")
        elif re.fullmatch(r"\w+", tok):
            out.append("n")
        elif tok[0] in "\"[`" and re.fullmatch(r".\w+.", tok):
            out.append(tok[0] + "n")
        elif tok[0] == "'" and len(tok) > 2:
            out.append("'s'")
        else:
            out.append(low)
    shape = " ".join(out)
    while True:  # a run of like items (columns, index elements, statements) counts as one
        folded = re.sub(r"([^,();]+?) ([,;]) \1(?= [,;)]|$)", r"\1", shape)
        if folded == shape:
            return shape
        shape = folded


def main():
    sqlite_git, test_dir = sys.argv[1].split(":", 1)
    sa_git, out_dir = sys.argv[2], Path(sys.argv[3])
    seen, covered, kept, harvested, rejected = set(), set(), {}, 0, {}
    history_by_file = {}
    sources = [(src, test, body) for src, test, body in sqlite_bodies(sqlite_git, "HEAD", test_dir)]
    sources += list(sqlalchemy_bodies(sa_git))
    for src, test, body in sources:
        stmts = schema_statements(body)
        if not stmts:
            continue
        history = history_by_file.setdefault(src, {})
        harvested += 1
        body_history = dict(history)
        full = complete(stmts, history)
        for st in stmts:
            n = table_name(st)
            if n and not st.upper().lstrip().startswith("CREATE TEMP"):
                history[n] = st
        candidates = [full] if full is not None else []
        if full is None:
            err = try_schema(stmts) or "needs a table it cannot find"
            key = re.sub(r":.*", "", err)
            rejected[key] = rejected.get(key, 0) + 1
            # The body as a whole fails (a statement meant to fail, a module it lacks ...):
            # each statement with the tables it needs is a schema of its own.
            for st in stmts:
                one = complete([st], body_history)
                if one is not None:
                    candidates.append(one)
                n = table_name(st)
                if n:
                    body_history[n] = st
        for full in candidates:
            key = normal(full)
            if key in seen:
                continue
            seen.add(key)
            # Kept when it brings a token trigram of its shape no schema before it had: the
            # corpus stays a few hundred schemas that each show something new.
            toks = key.split()
            grams = {tuple(toks[i:i + 3]) for i in range(len(toks) - 2)}
            if not grams - covered and not src.startswith("sqlalchemy"):
                continue
            if not cli_accepts(full):
                rejected["the sqlite3 shell fails or crashes"] = rejected.get(
                    "the sqlite3 shell fails or crashes", 0) + 1
                continue
            covered |= grams
            kept.setdefault(src, []).append((test, full))
    out_dir.mkdir(parents=True, exist_ok=True)
    total = 0
    groups = {}
    for src, items in kept.items():
        group = "sqlalchemy" if src.startswith("sqlalchemy") else "sqlite_" + (
            "e" if src.startswith("sqlite test/e_") else src[len("sqlite test/")][0].lower())
        groups.setdefault(group, []).append((src, items))
    for group, files in sorted(groups.items()):
        lines = ["-- Schemas harvested by scripts/harvest-roundtrip-corpus.py (see README.md).", ""]
        for src, items in files:
            for i, (test, stmts) in enumerate(items, 1):
                stem = src.split("/")[-1]
                ident = f"{stem.rsplit('.', 1)[0]}#{i}"
                lines.append(f"-- schema: {ident} ({src}{' ' + test if test else ''})")
                lines += [s if s.endswith(";") else s + ";" for s in stmts]
                lines.append("")
                total += 1
        (out_dir / f"{group}.sql").write_text("\n".join(lines))
    print(f"bodies with schema statements: {harvested}; accepted: {len(seen)} distinct; "
          f"kept: {total}")
    for k, v in sorted(rejected.items(), key=lambda kv: -kv[1])[:25]:
        print(f"  rejected {v:5d}: {k}")


if __name__ == "__main__":
    main()
