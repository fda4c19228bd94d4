"""Reading speed and peak memory: the bounded read_grids against the old full-workbook load.

Writes an xlsx of N rows x 15 columns (openpyxl write-only: text, numbers, date cells), and the
same workbook re-saved by openpyxl's normal mode, which like Excel writes a <dimension> and shared
strings (write-only writes neither, so openpyxl read-only parses such a sheet once more just to
size it). Each file is read in fresh child processes, so each figure has its own peak resident
memory (VmHWM) and CPU time:

  old  openpyxl.load_workbook(path, data_only=True) (not read-only), every visible sheet's rows
       as lists: the reader before bounded reading, measured in the same run as the baseline
  new  flows.ingest.readers.read_grids(path): zip and dimension checks, a streaming pass for
       merged ranges and counts, then openpyxl read-only rows

Run: .venv/bin/python bench/read_bench.py [--rows 20000] [--repeat 3]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
COLUMNS = 15


def write_workbook(path: Path, rows: int) -> None:
    import openpyxl
    from openpyxl.cell import WriteOnlyCell

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("花名册")
    sheet.append([f"列{c}" for c in range(COLUMNS)])
    for r in range(rows):
        start = WriteOnlyCell(sheet, value=dt.date(2021, 1, 1) + dt.timedelta(days=r % 1000))
        start.number_format = "yyyy-mm-dd"
        sheet.append([r + 1, f"姓名{r}", f"1402111985{r % 10000:04d}123X", "第一书记", f"县财政局{r % 37}",
                      f"镇{r % 11}", f"村{r % 101}", start, None, 13800000000 + r, "男" if r % 2 else "女",
                      r * 1.5, "备注", f"单位{r % 7}", None])
    book.save(path)


def read_old(path: Path) -> int:
    import openpyxl

    book = openpyxl.load_workbook(path, data_only=True)
    rows = [[list(row) for row in sheet.iter_rows(values_only=True)]
            for sheet in book.worksheets if sheet.sheet_state == "visible"]
    return sum(len(sheet) for sheet in rows)


def read_new(path: Path) -> int:
    from flows.ingest.readers import read_grids

    return sum(len(grid.rows) for grid in read_grids(path))


def prescan_only(path: Path) -> None:
    """The checks and merged-range pass that read_grids runs before openpyxl (timed separately)."""
    import zipfile

    from flows.ingest.limits import ReadLimits
    from flows.ingest.readers import _check_xlsx

    with zipfile.ZipFile(path) as archive:
        _check_xlsx(archive, ReadLimits())


def peak_kb() -> int:
    """This process's peak resident memory. VmHWM is reset by exec; ru_maxrss (the fallback) also
    keeps the peak of the process this one was forked from."""
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def child(mode: str, path: Path) -> None:
    """One measured read in this (fresh) process; prints JSON."""
    import openpyxl  # noqa: F401  imported before the baseline so both modes pay for it equally

    import flows.ingest.readers  # noqa: F401

    before = peak_kb()
    # CPU time, not wall time: other work on the machine then skews the comparison much less.
    started = time.process_time()
    rows = {"old": read_old, "new": read_new, "prescan": lambda p: prescan_only(p) or 0}[mode](path)
    seconds = time.process_time() - started
    after = peak_kb()
    print(json.dumps({"rows": rows, "seconds": seconds, "peak_mb": after / 1024, "grew_mb": (after - before) / 1024}))


def measure(modes: tuple[str, ...], path: Path, repeat: int) -> dict[str, dict]:
    """Run the modes in turn, `repeat` rounds, so drift in machine load hits them alike."""
    runs: dict[str, list[dict]] = {mode: [] for mode in modes}
    for _ in range(repeat):
        for mode in modes:
            done = subprocess.run([sys.executable, __file__, "--child", mode, str(path)], cwd=REPO,
                                  capture_output=True, text=True, check=True)
            runs[mode].append(json.loads(done.stdout))
    return {mode: {"rows": got[0]["rows"], "seconds": statistics.median(r["seconds"] for r in got),
                   "peak_mb": max(r["peak_mb"] for r in got), "grew_mb": max(r["grew_mb"] for r in got)}
            for mode, got in runs.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=20_000, help="data rows in the generated sheet")
    parser.add_argument("--repeat", type=int, default=3, help="runs per reader (median time, max memory)")
    parser.add_argument("--child", nargs=2, metavar=("MODE", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]))
        return
    with tempfile.TemporaryDirectory() as tmp:
        written = Path(tmp) / "write_only.xlsx"
        write_workbook(written, args.rows)
        resaved = Path(tmp) / "resaved.xlsx"
        resave(written, resaved)
        print(f"{args.rows:,} rows x {COLUMNS} columns, {args.repeat} runs per reader (median CPU time, highest peak)")
        for path, label in ((written, "write-only file, no <dimension>"), (resaved, "re-saved file, as Excel writes")):
            report(path, label, args.repeat)


def resave(source: Path, target: Path) -> None:
    import openpyxl

    openpyxl.load_workbook(source).save(target)


def report(path: Path, label: str, repeat: int) -> None:
    print(f"\n{label} ({path.stat().st_size / 2**20:.1f} MiB)")
    print(f"{'reader':<34} {'CPU s':>8} {'rows/s':>9} {'peak RSS MB':>12} {'read grew MB':>13}")
    names = {"old": "old: load_workbook (baseline)", "new": "new: read_grids (bounded)",
             "prescan": "  of which checks + merge pass"}
    results = measure(tuple(names), path, repeat)
    for mode, name in names.items():
        result = results[mode]
        rate = f"{result['rows'] / result['seconds']:>9,.0f}" if result["rows"] else f"{'':>9}"
        print(f"{name:<34} {result['seconds']:>8.2f} {rate} {result['peak_mb']:>12.0f} {result['grew_mb']:>13.0f}")
    old, new = results["old"], results["new"]
    print(f"new/old: time x{new['seconds'] / old['seconds']:.2f}, peak RSS x{new['peak_mb'] / old['peak_mb']:.2f},"
          f" memory grown by the read x{new['grew_mb'] / max(old['grew_mb'], 1e-9):.2f}")

if __name__ == "__main__":
    main()
