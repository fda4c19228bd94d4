"""The nightly load at scale, measured: `python -m bench --roster-rows N [--monthly-rows M] [--reports K]`.

Generates a clean inbox (bench/inbox.py: county roster CSVs, monthly report CSVs, report pages) in
seconds, runs the real `zhucun run` on it twice with its own ZHUCUN_HOME (a fresh warehouse, then the
same inbox unchanged), printing each night's wall time, stage seconds, rows/s and peak memory
(bench/measure.py); then the baseline measured in the same run (bench/baseline.py: DuckDB read_csv of
the same roster files and the marts' SQL run directly), and last `end-to-end / baseline: X.XX`
(the first night's wall time over the baseline's). --xlsx-rows N also times our xlsx reader
and the openpyxl reader it falls back to (bench/xlsx_speed.py, alone: python -m bench.xlsx_speed N). Everything is written under a temporary folder, or --keep DIR.

Run from the repository root: .venv/bin/python -m bench --roster-rows 20000
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench import baseline, inbox, measure

PII_KEY = "bench-key-not-secret"


def _progress(started: float) -> Callable[[str], None]:
    def say(message: str) -> None:
        print(f"[{time.perf_counter() - started:7.1f} s] {message}", flush=True)
    return say


def _night_lines(night: measure.Night, roster_rows: int) -> list[str]:
    totals, stages = night.totals, night.stage_seconds
    rows = totals.get("rows_loaded", 0)
    lines = [
        f"{night.label}: {night.wall_seconds:.1f} s wall (whole zhucun process, Prefect start included), "
        f"{night.cpu_seconds:.1f} s CPU, status {night.status}",
        f"  files loaded {totals.get('files_loaded', 0)}, skipped {totals.get('files_skipped', 0)}, "
        f"rows loaded {rows}, quarantined {totals.get('rows_quarantined', 0)}",
        "  seconds    " + ", ".join(f"{stage} {seconds:.1f}" for stage, seconds in stages.items())
        + f"; outside the stages (imports, Prefect server start, run log, steward page) "
          f"{night.wall_seconds - sum(stages.values()):.1f}",
    ]
    if night.quarantine_by_reason:
        lines.append(f"  quarantine by reason: {night.quarantine_by_reason}")
    if rows and stages.get("load files"):
        lines.append(f"  rows/s     load files {rows / stages['load files']:.0f} rows/s "
                     f"({totals.get('files_loaded', 0) / stages['load files']:.1f} files/s), "
                     f"end to end {roster_rows / night.wall_seconds:.0f} roster rows/s")
    if night.dbt is not None:
        kinds = ", ".join(f"{kind} {seconds:.1f}" for kind, seconds in sorted(night.dbt.by_kind.items()))
        lines.append(f"  dbt        {night.dbt.nodes} nodes in {night.dbt.elapsed:.1f} s; node seconds by kind: {kinds}")
        lines.append("             slowest: " + ", ".join(f"{node.split('.')[-1]} {seconds:.1f}"
                                                       for seconds, node in night.dbt.slowest))
    memory = night.memory
    lines.append(f"  peak RSS   process tree {memory.tree_peak_mb:.0f} MB, largest process {memory.single_peak_mb:.0f} MB "
                 f"({memory.single_peak_name}), {memory.samples} samples")
    if memory.tree_peak_parts:
        lines.append("             at the tree's peak: " + ", ".join(f"{name} {mb} MB" for name, mb in memory.tree_peak_parts))
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--roster-rows", type=int, required=True, help="roster rows in all (one CSV per county)")
    parser.add_argument("--rows-per-file", type=int, default=2000, help="roster rows per county file (default 2000)")
    parser.add_argument("--monthly-rows", type=int, default=0, help="monthly report rows (team-months), default none")
    parser.add_argument("--reports", type=int, default=0, help="narrative report pages, default none")
    parser.add_argument("--xlsx-rows", type=int, default=0, help="also time the xlsx reader on this many rows")
    parser.add_argument("--keep", type=Path, help="write inbox, homes and logs here and keep them (default: a temp dir)")
    parser.add_argument("--nights", type=int, default=2, choices=(1, 2), help="2: first and unchanged night (default)")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    say = _progress(started)
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        work = args.keep
    else:
        work = Path(tempfile.mkdtemp(prefix="zhucun-bench-"))
    try:
        for stale in ("inbox", "home"):
            shutil.rmtree(work / stale, ignore_errors=True)
        say(f"generating {args.roster_rows} roster rows, {args.monthly_rows} monthly rows, {args.reports} pages "
            f"in {work / 'inbox'}…")
        generated_at = time.perf_counter()
        made = inbox.generate(work / "inbox", args.roster_rows, args.rows_per_file, args.monthly_rows,
                              reports=args.reports)
        say(f"inbox: {len(made.roster_files)} roster files ({made.roster_rows} rows, {made.assignment_rows} "
            f"assignments), {len(made.monthly_files)} monthly files, {len(made.report_files)} pages, "
            f"{made.megabytes:.1f} MiB, written in {time.perf_counter() - generated_at:.1f} s")

        nights = []
        for label in ("first night", "unchanged night")[:args.nights]:
            say(f"{label} running…")
            night = measure.run_night(label, work / "home", work / "inbox", PII_KEY, say,
                                      log=work / f"{label.replace(' ', '_')}.log")
            nights.append(night)
            for line in _night_lines(night, made.roster_rows):
                print(line, flush=True)
            if len(nights) == 1:
                raw, quarantined = measure.roster_counts(work / "home" / "warehouse.duckdb")
                verdict = "ok" if (raw, quarantined) == (made.assignment_rows, 0) else "GENERATOR OR LOAD WRONG"
                print(f"  check      raw.roster__assignments {raw} of {made.assignment_rows} generated assignments, "
                      f"{quarantined} quarantine rows: {verdict}", flush=True)

        say("baseline: DuckDB read_csv of the same roster files + the marts' SQL…")
        base = baseline.measure(made.roster_files, work / "baseline.duckdb")
        print(f"baseline: {base.seconds:.2f} s (read_csv {base.read_seconds:.2f} s of {base.rows_read} rows, "
              f"marts SQL {base.marts_seconds:.2f} s, {base.assignments} assignments; {base.cpu_seconds:.2f} s CPU); "
              f"read with the columns declared, no sniffing: {base.declared_read_seconds:.2f} s", flush=True)

        if args.xlsx_rows:
            say(f"xlsx: writing {args.xlsx_rows} rows and reading them with read_grids, then with openpyxl…")
            from bench import xlsx_speed  # imports flows (openpyxl): only when asked

            speed = xlsx_speed.measure(work / "bench.xlsx", args.xlsx_rows)
            for line in speed.lines():
                print(line, flush=True)

        if base.cpu_seconds:
            print(f"by CPU time (less inflated by other work on the machine): "
                  f"{nights[0].cpu_seconds / base.cpu_seconds:.2f}", flush=True)
        print(f"end-to-end / baseline: {nights[0].wall_seconds / base.seconds:.2f}", flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
