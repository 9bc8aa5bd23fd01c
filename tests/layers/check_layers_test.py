#!/usr/bin/env python3
# Tests of scripts/check-layers.py on copies of the tree and on small made-up trees; run by CTest.
# SPDX-License-Identifier: MIT
"""Usage: check_layers_test.py CASE SOURCE_DIR WORK_DIR

CASE is one of:
  upward_include   the real src/, include/, tools/ and the script copied, one upward include
                   added to a types/ file: exit 1, that file and line named
  allowed          a small tree whose every include is allowed: exit 0
  other_rules      <sqlite3.h> outside src/driver/, tools/ reaching into src/, an unknown public
                   header, an include that finds no file: exit 1, each one named"""

import os
import shutil
import subprocess
import sys


def fail(message, output=""):
    print(f"FAIL: {message}\n--- check-layers output ---\n{output}")
    sys.exit(1)


def run_check(root):
    script = os.path.join(root, "scripts", "check-layers.py")
    p = subprocess.run([sys.executable, script], capture_output=True, text=True)
    return p.returncode, p.stdout + p.stderr


def fresh(work):
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(os.path.join(work, "scripts"))
    return work


def write(root, path, text):
    full = os.path.join(root, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8") as f:
        f.write(text)


def expect(code, output, want_code, lines):
    if code != want_code:
        fail(f"exit {code}, expected {want_code}", output)
    for line in lines:
        if line not in output.splitlines():
            fail(f"no line {line!r}", output)


def upward_include(source, work):
    root = fresh(work)
    for d in ("src", "include", "tools"):
        shutil.copytree(os.path.join(source, d), os.path.join(root, d))
    shutil.copy(os.path.join(source, "scripts", "check-layers.py"), os.path.join(root, "scripts"))
    victim = "src/types/value.cpp"
    with open(os.path.join(root, victim), encoding="utf-8") as f:
        lines = f.read().splitlines()
    lines.append('#include "engine/engine_state.hpp"')
    write(root, victim, "\n".join(lines) + "\n")
    code, output = run_check(root)
    expect(code, output, 1,
           [f"{victim}:{len(lines)}: types may not include engine/engine_state.hpp (engine)"])


def small_tree(source, work):
    root = fresh(work)
    shutil.copy(os.path.join(source, "scripts", "check-layers.py"), os.path.join(root, "scripts"))
    write(root, "include/sqlcore/export.hpp", "#pragma once\n")
    write(root, "include/sqlcore/types.hpp", '#include "sqlcore/export.hpp"\n')
    write(root, "include/sqlcore/expression.hpp", '#include "sqlcore/types.hpp"\n')
    write(root, "include/sqlcore/engine.hpp",
          '#include "sqlcore/expression.hpp"\n#include "sqlcore/version.hpp"\n')
    write(root, "src/base/text.hpp", "#include <string>\n")
    write(root, "src/types/type.cpp",
          '#include "sqlcore/types.hpp"\n#include "base/text.hpp"\n#include <vector>\n')
    write(root, "src/sql/expr_node.hpp", '#include "sqlcore/expression.hpp"\n')
    write(root, "src/sql/select.cpp", '#include "sql/expr_node.hpp"\n')
    write(root, "src/driver/statement.cpp", "#include <sqlite3.h>\n")
    write(root, "src/driver/statement.hpp", "struct sqlite3_stmt;\n")
    write(root, "src/pool/pool.cpp", '#include "driver/statement.hpp"\n')
    write(root, "src/engine/engine.cpp",
          '#include "sqlcore/engine.hpp"\n#include "pool/../driver/statement.hpp"\n')
    write(root, "tools/t/main.cpp", '#include <sqlcore/engine.hpp>\n#include "helper.hpp"\n')
    write(root, "tools/t/helper.hpp", '#include "sqlcore/types.hpp"\n')
    return root


def allowed(source, work):
    code, output = run_check(small_tree(source, work))
    expect(code, output, 0, [])


def other_rules(source, work):
    root = small_tree(source, work)
    write(root, "src/engine/raw.cpp", "#include <string>\n#include <sqlite3.h>\n")
    write(root, "tools/t/peek.cpp", '#include "driver/statement.hpp"\n')
    write(root, "include/sqlcore/gadget.hpp", "#pragma once\n")
    write(root, "src/ddl/schema.cpp", '#include "sqlcore/gadget.hpp"\n#include "nowhere.hpp"\n')
    write(root, "src/base/lru.hpp", '#include "sqlcore/types.hpp"\n')
    code, output = run_check(root)
    expect(code, output, 1, [
        "src/engine/raw.cpp:2: engine may not include <sqlite3.h> (driver; only src/driver/ "
        "includes the SQLite C API)",
        "tools/t/peek.cpp:1: tools may not include driver/statement.hpp (driver)",
        "include/sqlcore/gadget.hpp:1: public header sqlcore/gadget.hpp is not in "
        "PUBLIC_HEADERS of scripts/check-layers.py: add it with the layer that implements it",
        "src/ddl/schema.cpp:1: public header sqlcore/gadget.hpp is not in PUBLIC_HEADERS of "
        "scripts/check-layers.py: add it with the layer that implements it",
        'src/ddl/schema.cpp:2: cannot find "nowhere.hpp" beside the file, under src/ or under '
        "include/",
        "src/base/lru.hpp:1: base may not include sqlcore/types.hpp (types)",
    ])


CASES = {"upward_include": upward_include, "allowed": allowed, "other_rules": other_rules}

if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] not in CASES:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    CASES[sys.argv[1]](sys.argv[2], sys.argv[3])
    print(f"check-layers {sys.argv[1]}: as expected")
