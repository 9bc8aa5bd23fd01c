#!/usr/bin/env python3
# What a shared libsqlcore exports, against tests/package/exports.txt; run by CTest in shared
# builds (package.exported_symbols).
# SPDX-License-Identifier: MIT
"""Usage: check_exports.py NM LIBSQLCORE_SO LIBSQLCORE_INTERNAL_A EXPORTS_TXT

Fails, naming each symbol, when
  - a sqlcore:: definition outside sqlcore::detail is not exported (a public class or function
    without SQLCORE_EXPORT) unless exports.txt lists it as `hidden` (SQLCORE_NO_EXPORT);
  - the exported sqlcore::detail:: symbols differ from the `export` lines of exports.txt (a
    detail function public inline or template code calls is exported; no other one is);
  - anything outside namespace sqlcore is exported (cmake/sqlcore.map)."""

import re
import subprocess
import sys

SYMBOL = re.compile(r"^[0-9a-f]+ ([A-Za-z]) (.*)$")
SPECIAL = re.compile(r"^(vtable|typeinfo|typeinfo name|VTT) for ")


def defined(nm, path, dynamic):
    args = [nm, "-C", "--defined-only"] + (["-D"] if dynamic else []) + [path]
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    names = set()
    for line in out.splitlines():
        m = SYMBOL.match(line)
        # Global definitions only: lower-case kinds are local (anonymous namespaces, statics).
        if m and (dynamic or m.group(1) in "TDBR"):
            names.add(SPECIAL.sub("", m.group(2)))
    return names


def main(nm, so, archive, expected_file):
    expected = {"export": set(), "hidden": set()}
    with open(expected_file, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                kind, name = line.split(" ", 1)
                expected[kind].add(name)
    exported = defined(nm, so, dynamic=True)
    objects = defined(nm, archive, dynamic=False)
    problems = []
    for name in sorted(objects):
        if not name.startswith("sqlcore::") or name.startswith("sqlcore::detail::"):
            continue
        if name in expected["hidden"]:
            if name in exported:
                problems.append(f"exported but listed hidden (SQLCORE_NO_EXPORT): {name}")
        elif name not in exported:
            problems.append(f"not exported (SQLCORE_EXPORT missing?): {name}")
    for name in sorted(expected["hidden"] - objects):
        problems.append(f"listed hidden but not defined: {name}")
    detail = {n for n in exported if n.startswith("sqlcore::detail::")}
    for name in sorted(detail - expected["export"]):
        problems.append(f"detail symbol exported but not in exports.txt: {name}")
    for name in sorted(expected["export"] - detail):
        problems.append(f"detail symbol in exports.txt but not exported: {name}")
    for name in sorted(n for n in exported if not n.startswith("sqlcore::")):
        problems.append(f"exported outside namespace sqlcore: {name}")
    for p in problems:
        print(p)
    print(f"check_exports: {len(exported)} exported symbols, {len(detail)} of them in "
          f"sqlcore::detail, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) != 5:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(*sys.argv[1:]))
