#!/usr/bin/env python3
"""Runs the bench programs and prints one markdown table, ready for docs/performance.md.

Usage: bench_table.py BUILD_DIR [REPETITIONS] [--json FILE]

BUILD_DIR is the release build (build/release): its bench/ programs, and installed/ (the
consumer of the installed package, bench/installed/) when it was built. Each program runs its
benchmarks REPETITIONS times (default 5) with Google Benchmark's random interleaving: in each
round every benchmark of the program runs once, in a shuffled order, so the raw C, sqlcore and
peer variants of a workload alternate in one process on the same data. A ratio is the median
of the per-round ratios (variant / baseline of the same round); the baseline column shows the
baseline's median time (CPU or wall, as the row says) or rate. --json FILE also writes every measured time there.
"""
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

PROGRAMS = ["bench/sqlcore_bench_expression", "installed/sqlcore_bench_installed",
            "bench/sqlcore_bench_join", "bench/sqlcore_bench_reflect", "bench/sqlcore_bench_pool",
            "bench/sqlcore_bench_backup", "bench/sqlcore_bench_migrate",
            "bench/sqlcore_bench_datetime", "bench/sqlcore_bench_ddl"]

# workload, baseline, sqlcore, SQLiteCpp, SOCI, target (ratio to the baseline, or None),
# whether the target also asks sqlcore to be below every peer measured, and the metric:
# "cpu" (the process's CPU time per iteration: the machine is shared, and CPU time is what
# another process's load disturbs least), "wall" (real time per iteration, for W4 whose cost is
# I/O) or "rate" (items per second of a manually timed, multi-threaded benchmark; the ratio is
# then baseline rate / variant rate, so that below 1 is still faster).
WORKLOADS = [
    ("W1 insert 1M structs, executemany / one reused INSERT", "BM_RawInsert1M",
     "BM_SqlcoreInsert1M", "BM_SQLiteCppInsert1M", "BM_SOCIInsert1M", 0.75, True, "cpu"),
    ("W1 insert 1M structs / raw 1,000-row INSERT batches (info)", "BM_RawInsert1MBatched",
     "BM_SqlcoreInsert1M", None, None, None, False, "cpu"),
    ("W1 insert 1M maps, execute_many / one reused INSERT", "BM_RawInsert1M",
     "BM_SqlcoreInsert1MMaps", None, None, 0.75, False, "cpu"),
    ("W1 insert 1M structs, installed package, -O2", "BM_InstalledRawInsert1M",
     "BM_InstalledSqlcoreInsert1M", None, None, 0.75, False, "cpu"),
    ("W2 select 1M rows into structs", "BM_RawSelect1M", "BM_SqlcoreSelect1M",
     "BM_SQLiteCppSelect1M", "BM_SOCISelect1M", 1.10, True, "cpu"),
    ("W2 select 1M rows into structs / raw opened NOMUTEX, as sqlcore (info)",
     "BM_RawSelect1MNoMutex", "BM_SqlcoreSelect1M", None, None, None, False, "cpu"),
    ("W2 select 1M rows into structs, installed package, -O2", "BM_InstalledRawSelect1M",
     "BM_InstalledSqlcoreSelect1M", None, None, 1.10, False, "cpu"),
    ("W3 reflect 500 tables / PRAGMA loop", "BM_Reflect500_RawPragmaLoop",
     "BM_Reflect500_MetaDataReflect", None, None, 1.5, False, "cpu"),
    ("W3 reflect 500 tables / PRAGMA loop in one transaction (info)",
     "BM_Reflect500_RawPragmaLoopInTransaction", "BM_Reflect500_MetaDataReflect", None, None,
     None, False, "cpu"),
    ("W4 save_as 200 MB / backup_step(-1)", "BM_SaveAs200MB_RawBackupStepAll",
     "BM_SaveAs200MB_Sqlcore", None, None, 1.1, False, "wall"),
    ("W4 save_as 200 MB / VACUUM INTO", "BM_SaveAs200MB_RawVacuumInto",
     "BM_SaveAs200MB_Sqlcore", None, None, 1.1, False, "wall"),
    ("W5 parse 10,000 DATETIMEs / RE2", "BM_ParseDateTime_RE2", "BM_ParseDateTime_Sqlcore", None,
     None, 0.1, False, "cpu"),
    ("W6 DDL script of 1,000 tables (no baseline)", None, "BM_DDLScript1000Tables", None, None,
     None, False, "cpu"),
    ("W7 QueuePool checkout+checkin / open+close", "BM_RawOpenClose",
     "BM_QueuePoolCheckoutCheckin", None, None, None, False, "cpu"),
    ("W9 execute(insert, params) per row, 100,000 rows / one reused INSERT",
     "BM_RawInsertEvents100k", "BM_SqlcoreInsertEvents100k", None, None, 1.15, False, "cpu"),
    ("W10 select by PK 1M times, bindparam / prepared", "BM_RawSelectById",
     "BM_SqlcoreSelectByIdBindparam", "BM_SQLiteCppSelectById", "BM_SOCISelectById", 1.10, True,
     "cpu"),
    ("W10 select by PK, bindparam / raw opened NOMUTEX, as sqlcore (info)",
     "BM_RawSelectByIdNoMutex", "BM_SqlcoreSelectByIdBindparam", None, None, None, False, "cpu"),
    ("W10 select by PK, built each time (info)", "BM_RawSelectById", "BM_SqlcoreSelectByIdBuilt",
     None, None, None, False, "cpu"),
    ("W10 select by PK, built each time, no compiled cache (info)", "BM_RawSelectById",
     "BM_SqlcoreSelectByIdBuiltUncached", None, None, None, False, "cpu"),
    ("W11 10-table join + GROUP BY, built per call / hand SQL prepared", "BM_Join10_HandPrepared",
     "BM_Join10_Sqlcore", None, None, 1.2, False, "cpu"),
    ("W11 the same, no compiled cache (compiled per call)", "BM_Join10_HandPrepared",
     "BM_Join10_SqlcoreUncached", None, None, 1.2, False, "cpu"),
    ("W11 building + compiling the statement alone (info)", "BM_Join10_HandPrepared",
     "BM_Join10_BuildAndCompile", None, None, None, False, "cpu"),
    ("W12 reads/s, 4 readers + 1 writer: WAL pool / raw connection per thread",
     "BM_ReadsWhileWriting_RawPerThread", "BM_ReadsWhileWriting_WALPool", None, None, None, False,
     "rate"),
    ("W12 the same: QueuePool / raw connection per thread (info)",
     "BM_ReadsWhileWriting_RawPerThread", "BM_ReadsWhileWriting_QueuePool", None, None, None,
     False, "rate"),
    ("W12 the same: WAL pool / QueuePool (info; baseline QueuePool)",
     "BM_ReadsWhileWriting_QueuePool", "BM_ReadsWhileWriting_WALPool", None, None, None, False,
     "rate"),
    ("Migrations: rebuild of a 1M-row table / the 12 steps by hand",
     "BM_Rebuild1M_HandWrittenSQL", "BM_Rebuild1M_BatchAlterTable", None, None, 1.2, False,
     "cpu"),
    ("Migrations: compare 500 tables / reflect them", "BM_Reflect500_MetaDataReflect",
     "BM_Compare500", None, None, 2.0, False, "cpu"),
]

UNIT = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}


def run(path, reps):
    """{benchmark name: [(repetition index, seconds per iteration, items/s, counters)]}.

    Each program runs with TMPDIR a directory of its own, removed when it ends: the
    databases the benchmarks make (up to 1 GB for a program) never outlive the run."""
    with tempfile.TemporaryDirectory(prefix="sqlcore_bench_") as tmp:
        out = subprocess.run(
            [path, f"--benchmark_repetitions={reps}", "--benchmark_enable_random_interleaving=true",
             "--benchmark_min_time=0.2", "--benchmark_format=json"], capture_output=True, text=True,
            check=True, env=dict(os.environ, TMPDIR=tmp))
    found = {}
    for b in json.loads(out.stdout)["benchmarks"]:
        if b.get("run_type") != "iteration":
            continue
        name = b["run_name"].split("/")[0]
        found.setdefault(name, []).append(b)
    return found


def seconds(b, metric="wall"):
    return b["cpu_time" if metric == "cpu" else "real_time"] * UNIT[b["time_unit"]]


def show(t):
    if t >= 1:
        return f"{t:.2f} s"
    if t >= 1e-3:
        return f"{t * 1e3:.1f} ms"
    if t >= 1e-6:
        return f"{t * 1e6:.2f} us"
    return f"{t * 1e9:.1f} ns"


def cost(b, metric):
    """Lower is better: seconds per iteration, or seconds per item for a rate."""
    return seconds(b, metric) if metric != "rate" else 1.0 / b["items_per_second"]


def paired_ratio(runs, base, variant, metric):
    """Median over the rounds of variant / baseline, and the range of those ratios."""
    a = {b["repetition_index"]: cost(b, metric) for b in runs[base]}
    v = {b["repetition_index"]: cost(b, metric) for b in runs[variant]}
    ratios = [v[i] / a[i] for i in sorted(a) if i in v]
    if not ratios:
        return None
    return statistics.median(ratios), min(ratios), max(ratios)


def fmt_ratio(r):
    return f"{r:.2f}x" if r >= 0.1 else f"{r:.4f}x"


def main():
    args = sys.argv[1:]
    json_out = None
    if "--json" in args:
        k = args.index("--json")
        json_out = args[k + 1]
        del args[k:k + 2]
    build = args[0]
    reps = int(args[1]) if len(args) > 1 else 5
    runs = {}
    failed = []
    started = time.monotonic()
    for p in PROGRAMS:
        path = f"{build}/{p}"
        try:
            open(path, "rb").close()
        except OSError:
            print(f"bench_table: {path} not built, its rows are '-'", file=sys.stderr)
            continue
        print(f"running {p} ({reps} repetitions, interleaved) ...", file=sys.stderr, flush=True)
        t0 = time.monotonic()
        try:
            runs.update(run(path, reps))
        except subprocess.CalledProcessError as e:
            # One program failing leaves its rows "not run"; the others are still measured.
            tail = "\n".join(e.stderr.strip().splitlines()[-5:]) if e.stderr else ""
            print(f"bench_table: {p} failed ({e.returncode}), its rows are 'not run':\n{tail}",
                  file=sys.stderr, flush=True)
            failed.append(p)
        print(f"  {time.monotonic() - t0:.0f} s", file=sys.stderr, flush=True)
    print(f"bench_table: programs ran in {time.monotonic() - started:.0f} s", file=sys.stderr)
    if json_out:
        with open(json_out, "w") as f:
            json.dump({n: [{"repetition": b["repetition_index"], "real_time_s": seconds(b), "cpu_time_s": seconds(b, "cpu"),
                            "items_per_second": b.get("items_per_second")} for b in bs]
                       for n, bs in runs.items()}, f, indent=1)

    header = ("workload", "raw C (baseline)", "sqlcore", "SQLiteCpp", "SOCI", "target")
    rows = [header]
    ranges = []
    for name, base, ours, cpp, soci, target, lead, metric in WORKLOADS:
        if ours not in runs or (base and base not in runs):
            rows.append((name, "-", "not run", "-", "-", "-"))
            continue
        if base is None:
            t = statistics.median(seconds(b, metric) for b in runs[ours])
            rows.append((name, "-", show(t) + " " + metric, "-", "-", "-"))
            continue
        if metric != "rate":
            absolute = show(statistics.median(seconds(b, metric) for b in runs[base])) + \
                " " + metric
        else:
            absolute = f"{statistics.median(b['items_per_second'] for b in runs[base]):,.0f}/s"
        cells = []
        ratios = {}
        for key, bench in (("sqlcore", ours), ("SQLiteCpp", cpp), ("SOCI", soci)):
            r = paired_ratio(runs, base, bench, metric) if bench and bench in runs else None
            if r is None:
                cells.append("-")
                continue
            ratios[key] = r[0]
            cells.append(fmt_ratio(r[0]))
            ranges.append(f"{name} / {key}: {fmt_ratio(r[1])}-{fmt_ratio(r[2])}")
        goal = "-"
        if target is not None and "sqlcore" in ratios:
            met = ratios["sqlcore"] <= target
            peers = [k for k in ("SQLiteCpp", "SOCI") if k in ratios]
            if lead and peers:
                met = met and all(ratios["sqlcore"] < ratios[k] for k in peers)
            goal = f"<= {target}x" + (", below the peers" if lead and peers else "") + \
                (" met" if met else " MISSED")
        rows.append((name, absolute, *cells, goal))
    rss = runs.get("BM_PeakRssSelect1M")
    if rss:
        raw_mb = statistics.median(b["raw_MB"] for b in rss)
        ours_mb = statistics.median(b["sqlcore_MB"] for b in rss)
        ratio = ours_mb / raw_mb
        rows.append(("W2 peak RSS, select 1M into structs", f"{raw_mb:.0f} MB", f"{ratio:.2f}x",
                     "-", "-", "<= 1.1x " + ("met" if ratio <= 1.1 else "MISSED")))
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    for k, r in enumerate(rows):
        print("| " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |")
        if k == 0:
            print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    print()
    print("Ratios are medians of the per-round ratios to the baseline of the same round (below 1:"
          " faster); the baseline column is its median CPU or wall time per run, or its rate. Range of"
          f" the per-round ratios over {reps} rounds:")
    for line in ranges:
        print(f"- {line}")
    if failed:
        print(f"bench_table: failed: {', '.join(failed)}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
