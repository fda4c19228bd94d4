"""The whole nightly flow at a larger size: where the time goes, first night and an unchanged re-run.

Builds an inbox of the six roster layouts at --rows rows each, the monthly samples, and --reports
narrative pages (bench/extract_bench.py's corpus), runs the real `zhucun run` twice on it (a fresh
warehouse, then the same inbox again), and prints each run's seconds per stage from meta.run_log.
The baseline, measured in the same run, is a bare read of the same files (read_grids / bytes), so
the load figure is a ratio rather than a wall-clock promise.
Run: .venv/bin/python bench/nightly_bench.py [--rows 500] [--reports 200]
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb

from flows.ingest.readers import read_grids

REPO = Path(__file__).resolve().parents[1]
ZHUCUN = Path(sys.executable).with_name("zhucun")


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses in the generators look their module up by name
    spec.loader.exec_module(module)
    return module


def build_inbox(inbox: Path, rows: int, reports: int) -> None:
    _load("make_rosters", REPO / "samples" / "make_rosters.py").generate(
        inbox / "rosters", rows_per_file=rows, broken_dir=inbox.parent / "unused", expected_path=inbox.parent / "x.json")
    shutil.copytree(REPO / "samples" / "inbox" / "monthly", inbox / "monthly")
    corpus = _load("extract_bench", REPO / "bench" / "extract_bench.py").build_corpus(reports, seed=11)
    (inbox / "reports").mkdir()
    for number, page in enumerate(corpus):
        (inbox / "reports" / f"page_{number:05d}.txt").write_text(page, encoding="utf-8")


def bare_read_seconds(inbox: Path) -> float:
    started = time.perf_counter()
    for path in sorted(inbox.rglob("*.*")):
        if path.suffix in (".xlsx", ".xls", ".csv"):
            read_grids(path)
        else:
            path.read_bytes()
    return time.perf_counter() - started


def run(home: Path, inbox: Path) -> tuple[float, dict]:
    env = {**os.environ, "ZHUCUN_HOME": str(home), "ZHUCUN_PII_KEY": "bench-key"}
    started = time.perf_counter()
    done = subprocess.run([str(ZHUCUN), "run", "--inbox", str(inbox)], env=env, capture_output=True, text=True)
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"zhucun run failed:\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
    con = duckdb.connect(str(home / "warehouse.duckdb"), read_only=True)
    try:
        (summary,) = con.execute("select summary from meta.run_log order by started_at desc limit 1").fetchone()
    finally:
        con.close()
    return wall, json.loads(summary)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=500, help="rows per roster file (six files)")
    parser.add_argument("--reports", type=int, default=200, help="narrative report pages")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        inbox, home = Path(tmp) / "inbox", Path(tmp) / "home"
        build_inbox(inbox, args.rows, args.reports)
        files = sum(1 for path in inbox.rglob("*.*"))
        megabytes = sum(path.stat().st_size for path in inbox.rglob("*.*")) / 2**20
        baseline = bare_read_seconds(inbox)
        print(f"inbox: {files} files, {megabytes:.1f} MiB; bare read of every file: {baseline:.2f} s")
        for night in ("first night", "unchanged re-run"):
            wall, summary = run(home, inbox)
            totals, stages = summary["totals"], summary["stage_seconds"]
            print(f"{night}: {wall:.1f} s wall, {totals['files_loaded']} files loaded, "
                  f"{totals['rows_loaded']} rows, {totals['rows_quarantined']} quarantined")
            print("   " + ", ".join(f"{stage} {seconds:.1f} s" for stage, seconds in stages.items()))
            if totals["files_loaded"]:
                load = stages["load files"]
                print(f"   load files: {totals['rows_loaded'] / load:.0f} rows/s, {files / load:.1f} files/s, "
                      f"{load / baseline:.1f}x the bare read")


if __name__ == "__main__":
    main()
