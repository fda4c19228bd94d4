"""Roster shaping speed: rows per second and CPU seconds of `prepare_roster` alone (file already read).

Writes two inputs: clean county CSVs of N rows in all from bench/inbox.py (the national-scale
shape, every row valid) and the six sample layouts of samples/make_rosters.py (--messy-rows each: every kind of
fault, so the quarantine paths run too; that generator is slow, hence few rows). Each code tree is
measured in its own child process on the same files, after one warm-up file (pandera builds its
schemas on first use), so `--baseline DIR` (e.g. a checkout of main) gives a before/after ratio
from one run. Rows are input data rows; the figure that matters is rows per CPU second.

Run: .venv/bin/python bench/roster_shaping.py [--rows 20000] [--baseline /work/main]
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
WARM_UP = REPO / "samples" / "inbox" / "rosters" / "渭源县驻村干部花名册.csv"


def measure(paths: list[Path]) -> dict[str, float]:
    """In the child: read each file, then time prepare_roster on the grids read."""
    from flows.ingest.readers import read_grids
    from flows.rosters.prepare import prepare_roster

    prepare_roster(WARM_UP, pii_key="bench-key")
    rows = cpu = wall = 0.0
    for path in paths:
        grids = read_grids(path)
        started, started_cpu = time.perf_counter(), time.process_time()
        prepared = prepare_roster(path, pii_key="bench-key", grids=grids)
        wall += time.perf_counter() - started
        cpu += time.process_time() - started_cpu
        # Input data rows: accepted (one per row, not per role), quarantined, and duplicates dropped.
        kept = prepared.rows[["sheet", "row_number"]].drop_duplicates()
        quarantined = prepared.quarantine[["sheet", "row_number"]].drop_duplicates()
        rows += len(kept.merge(quarantined, how="outer")) + prepared.duplicates_dropped
    return {"rows": rows, "cpu_s": cpu, "wall_s": wall}


def _child(code: Path, paths: list[Path]) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(code)}
    done = subprocess.run([sys.executable, __file__, "--measure", *map(str, paths)], cwd=code, env=env,
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _inputs(root: Path, rows: int, rows_per_file: int, messy_rows: int) -> dict[str, list[Path]]:
    sys.path.insert(0, str(REPO))
    from bench import inbox

    clean = inbox.generate(root / "inbox", rows, rows_per_file=rows_per_file).roster_files
    spec = importlib.util.spec_from_file_location("make_rosters", REPO / "samples" / "make_rosters.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_rosters"] = module  # its dataclasses look the module up by name
    spec.loader.exec_module(module)
    messy = module.generate(root / "messy", rows_per_file=messy_rows, broken_dir=root / "broken",
                            expected_path=root / "expected.json")
    return {"clean csvs": clean, "six layouts": sorted(messy.out_dir.iterdir())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=20000, help="clean csv rows in all")
    parser.add_argument("--rows-per-file", type=int, default=2000,
                        help="rows per county csv (default 2000, as python -m bench): each file costs a fixed part")
    parser.add_argument("--messy-rows", type=int, default=500, help="rows of each of the six sample layouts")
    parser.add_argument("--baseline", type=Path, help="another code tree (e.g. /work/main) measured on the same files")
    parser.add_argument("--measure", nargs="+", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure)))
        return
    trees = {"this tree": REPO} | ({"baseline": args.baseline.resolve()} if args.baseline else {})
    with tempfile.TemporaryDirectory() as tmp:
        inputs = _inputs(Path(tmp), args.rows, args.rows_per_file, args.messy_rows)
        print(f"{'input':<12} {'code':<10} {'rows':>7} {'CPU s':>7} {'wall s':>7} {'rows/CPU s':>11}")
        for name, paths in inputs.items():
            for label, code in trees.items():
                got = _child(code, paths)
                print(f"{name:<12} {label:<10} {got['rows']:>7.0f} {got['cpu_s']:>7.2f} {got['wall_s']:>7.2f}"
                      f" {got['rows'] / got['cpu_s']:>11.0f}")


if __name__ == "__main__":
    main()
