"""Roster preparation speed: rows per second through read → map → normalise → check → hash.

Generates the six sample layouts at a larger size (samples/make_rosters.py, --rows N per file),
times `prepare_roster` on each, and compares with a bare read of the same files measured in the
same run (openpyxl / xlrd / csv through `read_grids`), so the figure is a ratio, not a wall-clock
promise. Run: .venv/bin/python bench/roster_bench.py [--rows 2000]
"""
from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from flows.ingest.readers import read_grids
from flows.rosters.prepare import prepare_roster

REPO = Path(__file__).resolve().parents[1]


def _generator():
    spec = importlib.util.spec_from_file_location("make_rosters", REPO / "samples" / "make_rosters.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_rosters"] = module  # its dataclasses look the module up by name
    spec.loader.exec_module(module)
    return module


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=2000, help="rows per generated file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        generated = _generator().generate(out / "rosters", rows_per_file=args.rows, broken_dir=out / "broken",
                                          expected_path=out / "expected.json")
        files = sorted(generated.out_dir.iterdir())
        print(f"{'file':<44} {'rows':>6} {'read s':>8} {'prepare s':>10} {'rows/s':>9} {'x read':>7}")
        total_rows = total_read = total_prepare = 0.0
        for path in files:
            started = time.perf_counter()
            read_grids(path)
            read_s = time.perf_counter() - started
            started = time.perf_counter()
            prepared = prepare_roster(path, pii_key="bench-key")
            prepare_s = time.perf_counter() - started
            rows = len(prepared.rows) + prepared.quarantine[["sheet", "row_number"]].drop_duplicates().shape[0]
            total_rows, total_read, total_prepare = total_rows + rows, total_read + read_s, total_prepare + prepare_s
            print(f"{path.name[:44]:<44} {rows:>6} {read_s:>8.3f} {prepare_s:>10.3f} "
                  f"{rows / prepare_s:>9.0f} {prepare_s / read_s:>7.1f}")
        print(f"{'total':<44} {int(total_rows):>6} {total_read:>8.3f} {total_prepare:>10.3f} "
              f"{total_rows / total_prepare:>9.0f} {total_prepare / total_read:>7.1f}")
        tracemalloc.start()
        prepare_roster(files[0], pii_key="bench-key")
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"peak Python memory preparing {files[0].name}: {peak / 2**20:.1f} MiB")


if __name__ == "__main__":
    main()
