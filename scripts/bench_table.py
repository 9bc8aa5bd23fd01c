#!/usr/bin/env python3
"""Runs every bench/ program and prints one table: workload, raw C API, sqlcore, ratio, rows/s.

Usage: bench_table.py BENCH_DIR [REPETITIONS]

Each program runs its benchmarks REPETITIONS times (default 5) with Google Benchmark's random
interleaving, so the raw and the sqlcore variant of a workload alternate in one process on the
same data; the table shows medians. Targets are issue 9's, as ratios sqlcore / raw.
"""
import json
import subprocess
import sys

PROGRAMS = ["sqlcore_bench_expression", "sqlcore_bench_reflect", "sqlcore_bench_backup",
            "sqlcore_bench_datetime", "sqlcore_bench_ddl", "sqlcore_bench_pool"]

# workload, raw benchmark, sqlcore benchmark, rows per iteration (None: not rows), target ratio
WORKLOADS = [
    ("W1 insert 1M structs, executemany / one reused INSERT", "BM_RawInsert1M",
     "BM_SqlcoreInsert1M", 1_000_000, 0.75),
    ("W1 insert 1M structs / raw 1,000-row INSERT batches (info)", "BM_RawInsert1MBatched",
     "BM_SqlcoreInsert1M", 1_000_000, None),
    ("W1 insert 1M maps, execute_many / one reused INSERT", "BM_RawInsert1M",
     "BM_SqlcoreInsert1MMaps", 1_000_000, 0.75),
    ("W2 select 1M rows into structs", "BM_RawSelect1M", "BM_SqlcoreSelect1M", 1_000_000, 1.15),
    ("W3 reflect 500 tables / PRAGMA loop", "BM_Reflect500_RawPragmaLoop",
     "BM_Reflect500_MetaDataReflect", 500, 1.5),
    ("W3 reflect 500 tables / PRAGMA loop in one transaction (info)",
     "BM_Reflect500_RawPragmaLoopInTransaction", "BM_Reflect500_MetaDataReflect", 500, None),
    ("W4 save_as 200 MB / backup_step(-1)", "BM_SaveAs200MB_RawBackupStepAll",
     "BM_SaveAs200MB_Sqlcore", None, 1.1),
    ("W4 save_as 200 MB / VACUUM INTO", "BM_SaveAs200MB_RawVacuumInto",
     "BM_SaveAs200MB_Sqlcore", None, 1.1),
    ("W5 parse 10,000 DATETIMEs / RE2", "BM_ParseDateTime_RE2", "BM_ParseDateTime_Sqlcore", 10_000,
     0.1),
    ("W6 DDL script of 1,000 tables", None, "BM_DDLScript1000Tables", 1000, None),
    ("W7 QueuePool checkout+checkin / open+close", "BM_RawOpenClose",
     "BM_QueuePoolCheckoutCheckin", 1, None),
    ("W8 select by id, bindparam / prepared", "BM_RawSelectById",
     "BM_SqlcoreSelectByIdBindparam", 1, 1.2),
    ("W8 select by id, built each time / prepared (info)", "BM_RawSelectById",
     "BM_SqlcoreSelectByIdBuilt", 1, None),
    ("W8 select by id, built each time, no compiled cache (info)", "BM_RawSelectById",
     "BM_SqlcoreSelectByIdBuiltUncached", 1, None),
]

UNIT = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}


def run(path, reps):
    out = subprocess.run(
        [path, f"--benchmark_repetitions={reps}", "--benchmark_enable_random_interleaving=true",
         "--benchmark_report_aggregates_only=true", "--benchmark_format=json"],
        capture_output=True, text=True, check=True)
    found = {}
    for b in json.loads(out.stdout)["benchmarks"]:
        if b.get("aggregate_name") == "median":
            found[b["run_name"].split("/")[0]] = b
    return found


def seconds(b):
    return b["real_time"] * UNIT[b["time_unit"]]


def show(t):
    if t >= 1:
        return f"{t:.2f} s"
    if t >= 1e-3:
        return f"{t * 1e3:.1f} ms"
    if t >= 1e-6:
        return f"{t * 1e6:.2f} us"
    return f"{t * 1e9:.1f} ns"


def main():
    bench_dir = sys.argv[1]
    reps = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    medians = {}
    for p in PROGRAMS:
        print(f"running {p} ({reps} repetitions, interleaved) ...", file=sys.stderr, flush=True)
        medians.update(run(f"{bench_dir}/{p}", reps))
    rows = [("workload", "raw C API", "sqlcore", "ratio", "target", "rows/s")]
    for name, raw, ours, n, target in WORKLOADS:
        if ours not in medians or (raw and raw not in medians):
            rows.append((name, "-", "missing", "-", "-", "-"))
            continue
        t = seconds(medians[ours])
        r = seconds(medians[raw]) if raw else None
        ratio = "-" if not r else (f"{t / r:.2f}x" if t / r >= 0.1 else f"{t / r:.4f}x")
        goal = "-" if target is None else (
            f"<= {target}x " + ("met" if r and t / r <= target else "MISSED"))
        rate = f"{n / t:,.0f}" if n else "-"
        rows.append((name, show(r) if r else "-", show(t), ratio, goal, rate))
    rss = medians.get("BM_PeakRssSelect1M")
    if rss:
        ratio = rss["sqlcore_MB"] / rss["raw_MB"]
        rows.append(("W2 peak RSS, select 1M into structs", f"{rss['raw_MB']:.0f} MB",
                     f"{rss['sqlcore_MB']:.0f} MB", f"{ratio:.2f}x",
                     "<= 1.2x " + ("met" if ratio <= 1.2 else "MISSED"), "-"))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for k, r in enumerate(rows):
        print("| " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |")
        if k == 0:
            print("|" + "|".join("-" * (w + 2) for w in widths) + "|")


if __name__ == "__main__":
    main()
