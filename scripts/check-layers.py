#!/usr/bin/env python3
# The layer check: every #include under src/, include/ and tools/ points the way DESIGN.md's
# "Which way the arrows point" matrix allows. Exit 0 when it does, 1 (one line per edge) when not.
# SPDX-License-Identifier: MIT
"""Usage: scripts/check-layers.py [ROOT]   (ROOT defaults to the directory above scripts/)

A file's layer: src/<layer>/... by folder (src/dialect/sqlite -> dialect), except src/sql/expr*,
which are the expression "elements"; include/sqlcore/X.hpp by PUBLIC_HEADERS below (the layer
that implements X); tools/... is "tools". Quoted includes are resolved as the compiler does
(beside the including file, then src/, then include/); <sqlcore/...> and angle includes that
name a file under src/ are checked too, other angle includes are system headers. Tests are not
checked."""

import os
import re
import sys

# include/sqlcore/<name> -> the layer that implements it. A new public header must be added
# here (an unknown one is an error), so that its layer is a decision, not an accident.
PUBLIC_HEADERS = {
    "types.hpp": "types",
    "value.hpp": "types",
    "expression.hpp": "elements",
    "schema.hpp": "ddl",
    "sql.hpp": "sql",
    "dialect.hpp": "dialect",
    "ddl.hpp": "dialect",
    "reflected.hpp": "dialect",  # what reflection reports: the dialect fills it
    "errors.hpp": "base",
    "export.hpp": "base",
    "version.hpp": "base",  # generated from cmake/version.hpp.in into the build tree
    "raw_connection.hpp": "driver",
    # sc::dqlite::Node and membership (src/driver/dqlite/); cluster_members(const Engine&) takes
    # a forward-declared Engine and is defined in the engine layer (src/engine/dqlite_members.cpp).
    "dqlite.hpp": "driver",
    "detail/function_abi.hpp": "driver",  # the driver-neutral SQL function the driver registers
    "detail/cell_view.hpp": "driver",  # a row's cells as the driver reads them (all<T>())
    "pool.hpp": "pool",
    "engine.hpp": "engine",
    "functions.hpp": "engine",
    "connection.hpp": "engine",
    "result.hpp": "engine",
    "url.hpp": "engine",
    "inspect.hpp": "engine",
    "backup.hpp": "engine",
    "cipher.hpp": "engine",
    "mapping.hpp": "engine",
    "pragmas.hpp": "engine",
    "retry.hpp": "engine",
    "documents.hpp": "engine",
    "sqlcore.hpp": "umbrella",  # includes every public header; nothing in src/ includes it
    "migrate.hpp": "migrate",
}

# Row may include column (DESIGN.md's matrix); base is allowed everywhere and includes only base.
ALLOWED = {
    "base": set(),
    "types": {"types"},
    "elements": {"types", "elements"},
    "ddl": {"types", "elements", "ddl"},
    "sql": {"types", "elements", "ddl", "sql"},
    "dialect": {"types", "elements", "ddl", "sql", "dialect"},
    "driver": {"driver"},
    "pool": {"driver", "pool"},
    "engine": {"types", "elements", "ddl", "sql", "dialect", "driver", "pool", "engine"},
    "migrate": {"types", "elements", "ddl", "sql", "dialect", "engine", "migrate"},
    # sqlcore.hpp: every layer's public header, for programs; a layer that included it would
    # include layers above it, which the rows above refuse.
    "umbrella": {"types", "elements", "ddl", "sql", "dialect", "driver", "pool", "engine",
                 "migrate", "umbrella"},
}
SRC_LAYERS = {"base", "types", "sql", "ddl", "dialect", "driver", "pool", "engine", "migrate"}
SOURCE_SUFFIXES = (".cpp", ".hpp", ".h", ".cc", ".hh", ".ipp", ".inl")
SQLITE_HEADERS = ("sqlite3.h", "sqlcipher/sqlite3.h")
INCLUDE_RE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')


class UnknownLayer(Exception):
    pass


def layer_of(root, path):
    """The layer of the file at `path` (relative to root, '/'-separated)."""
    parts = path.split("/")
    if parts[0] == "tools":
        return "tools"
    if parts[0] == "include":
        if len(parts) < 3 or parts[1] != "sqlcore":
            raise UnknownLayer(f"{path} is outside include/sqlcore/")
        name = "/".join(parts[2:])
        if name not in PUBLIC_HEADERS:
            raise UnknownLayer(f"public header sqlcore/{name} is not in PUBLIC_HEADERS of "
                               "scripts/check-layers.py: add it with the layer that implements it")
        return PUBLIC_HEADERS[name]
    if parts[0] == "src":
        if len(parts) < 3 or parts[1] not in SRC_LAYERS:
            raise UnknownLayer(f"{path} is in no layer folder ({', '.join(sorted(SRC_LAYERS))})")
        if parts[1] == "sql" and parts[-1].startswith("expr"):
            return "elements"
        return parts[1]
    raise UnknownLayer(f"{path} is outside src/, include/ and tools/")


def resolve(root, including, delim, name):
    """The included file relative to root, '/'-separated; None for a system header."""
    if name.startswith("sqlcore/"):
        return "include/" + name  # a public header (version.hpp is generated, so not on disk)
    candidates = ["src/" + name, "include/" + name]
    if delim == '"':
        candidates.insert(0, os.path.join(os.path.dirname(including), name))
    for c in candidates:
        c = os.path.normpath(c).replace(os.sep, "/")
        if os.path.isfile(os.path.join(root, c)):
            return c
    if delim == '"':
        raise UnknownLayer(f'cannot find "{name}" beside the file, under src/ or under include/')
    return None


def may_include(layer, target_path, target):
    if layer == "tools":
        return target == "tools" or target_path.startswith("include/")
    if target == "base":
        return True
    return target in ALLOWED[layer]


def sources(root):
    for top in ("src", "include", "tools"):
        for d, _, files in os.walk(os.path.join(root, top)):
            for f in sorted(files):
                if f.endswith(SOURCE_SUFFIXES):
                    yield os.path.relpath(os.path.join(d, f), root).replace(os.sep, "/")


def check(root):
    problems, files, edges = [], 0, 0
    for path in sorted(sources(root)):
        files += 1
        try:
            layer = layer_of(root, path)
        except UnknownLayer as e:
            problems.append(f"{path}:1: {e}")
            continue
        with open(os.path.join(root, path), encoding="utf-8", errors="replace") as f:
            lines = f.read().splitlines()
        for number, text in enumerate(lines, 1):
            m = INCLUDE_RE.match(text)
            if not m:
                continue
            delim, name = m.groups()
            where = f"{path}:{number}"
            if name in SQLITE_HEADERS:
                edges += 1
                if not path.startswith("src/driver/"):
                    problems.append(f"{where}: {layer} may not include <{name}> (driver; "
                                    "only src/driver/ includes the SQLite C API)")
                continue
            try:
                target_path = resolve(root, path, delim, name)
                if target_path is None:
                    continue
                target = layer_of(root, target_path)
            except UnknownLayer as e:
                problems.append(f"{where}: {e}")
                continue
            edges += 1
            if not may_include(layer, target_path, target):
                problems.append(f"{where}: {layer} may not include {name} ({target})")
    return problems, files, edges


def main(argv):
    if len(argv) > 2 or (len(argv) == 2 and argv[1].startswith("-")):
        print(__doc__, file=sys.stderr)
        return 2
    root = argv[1] if len(argv) == 2 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    if not os.path.isdir(os.path.join(root, "src")):
        print(f"check-layers: no src/ under {root}", file=sys.stderr)
        return 2
    problems, files, edges = check(root)
    for p in problems:
        print(p)
    if problems:
        print(f"check-layers: {len(problems)} include(s) against the layer matrix "
              f"(DESIGN.md, 'Which way the arrows point'); {files} files, {edges} includes read")
        return 1
    print(f"check-layers: ok, {files} files, {edges} includes, every one along the matrix")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
