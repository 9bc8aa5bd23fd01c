#!/usr/bin/env python3
"""`sqlcore insert` of a CSV file against the sqlite3 shell's `.import` of the same file.

Usage: cli_insert_bench.py SQLCORE [ROWS] [REPETITIONS]

Writes a ROWS-line CSV (default 1,000,000: id, name, qty, price, created) and loads it into a
typed table (INTEGER PRIMARY KEY, TEXT, INTEGER, REAL, DATETIME) of a new database, once with
`sqlite3 DB '.import --csv --skip 1 FILE items'` and once with `SQLCORE insert DB items FILE`,
alternating, REPETITIONS times (default 3). Prints the median wall and CPU (user + sys) times
and the ratio sqlcore / sqlite3 (issue 22's target: under 1.5). `.import` stores the text as
SQLite's column affinity converts it; `sqlcore insert` parses every value by its column's type
and binds it through that type (the DATETIME values in sqlcore's DateTime format).
"""
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

DDL = ("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL, qty INTEGER, "
       "price REAL, created DATETIME);")
TARGET = 1.5


def write_csv(path, rows):
    rnd = random.Random(22)
    with open(path, "w") as f:
        f.write("id,name,qty,price,created\n")
        for i in range(1, rows + 1):
            f.write(f"{i},name {i},{rnd.randint(0, 1000)},{rnd.random() * 100:.2f},"
                    f"2024-{1 + i % 12:02d}-{1 + i % 28:02d} {i % 24:02d}:{i % 60:02d}:"
                    f"{(i * 7) % 60:02d}.{i % 1000000:06d}\n")


def timed(cmd):
    """Wall and CPU seconds of one run of cmd (which must succeed)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def fresh_db(path):
    if os.path.exists(path):
        os.remove(path)
    subprocess.run(["sqlite3", path, DDL], check=True)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    sqlcore = sys.argv[1]
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
    reps = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    if shutil.which("sqlite3") is None:
        sys.exit("cli_insert_bench: the sqlite3 shell is missing (scripts/install-deps.sh)")
    work = tempfile.mkdtemp(prefix="sqlcore_cli_bench_")
    try:
        csv = os.path.join(work, "items.csv")
        write_csv(csv, rows)
        db = os.path.join(work, "items.db")
        runs = {"sqlite3 .import": [], "sqlcore insert": []}
        for _ in range(reps):
            fresh_db(db)
            runs["sqlite3 .import"].append(
                timed(["sqlite3", db, f".import --csv --skip 1 {csv} items"]))
            fresh_db(db)
            runs["sqlcore insert"].append(timed([sqlcore, "insert", db, "items", csv]))
            out = subprocess.run(["sqlite3", db, "SELECT count(*) FROM items"], check=True,
                                 capture_output=True, text=True).stdout.strip()
            if out != str(rows):
                sys.exit(f"cli_insert_bench: sqlcore inserted {out} rows, not {rows}")
        med = {k: (statistics.median(w for w, _ in v), statistics.median(c for _, c in v))
               for k, v in runs.items()}
        print(f"sqlcore insert vs .import: a {rows:,}-line CSV into a typed table, {reps} runs (medians)")
        print(f"  {'':18}{'wall s':>9}{'cpu s':>9}")
        for k, (w, c) in med.items():
            print(f"  {k:18}{w:9.2f}{c:9.2f}")
        wall_ratio = med["sqlcore insert"][0] / med["sqlite3 .import"][0]
        cpu_ratio = med["sqlcore insert"][1] / med["sqlite3 .import"][1]
        verdict = "ok" if wall_ratio < TARGET else "over"
        print(f"  ratio sqlcore / sqlite3: wall {wall_ratio:.2f}x, cpu {cpu_ratio:.2f}x "
              f"(target < {TARGET}x: {verdict})")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
