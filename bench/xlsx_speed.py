"""xlsx parse speed: the generator's roster rows written as one .xlsx sheet, read by flows/ingest/readers.read_grids
(python-calamine when the workbook allows it) and by the openpyxl reader it falls back to, in the same run.

The workbook is written with openpyxl in its normal mode, which writes a <dimension> as Excel and WPS
do (write-only mode writes none, which sends a file to the openpyxl reader); it writes its strings
inline, where Excel writes a shared-strings part. One header row (the first roster layout), N rows of
text cells and a number. `python -m bench.xlsx_speed N` runs this alone; `python -m bench --xlsx-rows N`
runs it after the nights. Only the reads are timed: rows/s = N / seconds of the read (zip and size
checks included), with the CPU seconds of this process alongside, as the machine is shared.
"""
from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import duckdb
from openpyxl import Workbook

from bench.inbox import ROSTER_CELLS, ROSTER_LAYOUTS, counties, roster_table
from flows.ingest import readers
from flows.ingest.limits import ReadLimits
from flows.ingest.readers import SheetGrid


@dataclass(frozen=True)
class ReadTime:
    seconds: float  # wall clock
    cpu_seconds: float  # this process, user + system

    def rows_per_second(self, rows: int) -> float:
        return rows / self.seconds if self.seconds else 0.0

    def rows_per_cpu_second(self, rows: int) -> float:
        return rows / self.cpu_seconds if self.cpu_seconds else 0.0


@dataclass(frozen=True)
class XlsxSpeed:
    rows: int
    megabytes: float
    write_seconds: float
    read_grids: ReadTime  # the reader a night uses
    openpyxl: ReadTime  # the openpyxl reader alone (the reader before python-calamine)

    def lines(self) -> list[str]:
        n = self.rows
        return [f"xlsx parse: {n} rows ({self.megabytes} MiB, written in {self.write_seconds:.1f} s)"] + [
            f"  {label:<10} {t.seconds:6.2f} s ({t.cpu_seconds:.2f} s CPU): {t.rows_per_second(n):,.0f} rows/s, "
            f"{t.rows_per_cpu_second(n):,.0f} rows per CPU second"
            for label, t in (("read_grids", self.read_grids), ("openpyxl", self.openpyxl))
        ] + [f"  openpyxl / read_grids: {self.openpyxl.cpu_seconds / max(self.read_grids.cpu_seconds, 1e-9):.1f}x "
             "by CPU time"]


def write_xlsx(path: Path, rows: int) -> None:
    con = duckdb.connect()
    try:
        roster_table(con, counties()[:1], rows, rows)
        records = con.execute(f"select {', '.join(ROSTER_CELLS)} from roster order by seq").fetchall()
    finally:
        con.close()
    book = Workbook()
    sheet = book.active
    sheet.title = "花名册"
    sheet.append(list(ROSTER_LAYOUTS[0]))
    for record in records:
        sheet.append(list(record))
    book.save(path)


def measure(path: Path, rows: int) -> XlsxSpeed:
    started = time.perf_counter()
    write_xlsx(path, rows)
    written = time.perf_counter() - started
    fast, fast_grids = _timed(lambda: readers.read_grids(path))
    # The fallback reader, called directly: the same limits and output, openpyxl's speed.
    slow, slow_grids = _timed(lambda: readers._read_openpyxl(path, ReadLimits()))
    got = sum(len(grid.rows) for grid in fast_grids) - 1  # less the header row
    if got != rows:
        raise SystemExit(f"read_grids returned {got} data rows of {path.name}, expected {rows}")
    if [(g.sheet, g.rows) for g in fast_grids] != [(g.sheet, g.rows) for g in slow_grids]:
        raise SystemExit(f"read_grids and the openpyxl reader disagree on {path.name}")
    return XlsxSpeed(rows, round(path.stat().st_size / 2**20, 1), round(written, 2), fast, slow)


def _timed(read: Callable[[], list[SheetGrid]]) -> tuple[ReadTime, list[SheetGrid]]:
    cpu, wall = _cpu_seconds(), time.perf_counter()
    out = read()
    return ReadTime(round(time.perf_counter() - wall, 2), round(_cpu_seconds() - cpu, 2)), out


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.xlsx_speed", description=__doc__.split("\n\n")[0])
    parser.add_argument("rows", type=int, help="data rows in the sheet (keep it at 200,000 or fewer here)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="zhucun-xlsx-") as work:
        for line in measure(Path(work) / "bench.xlsx", args.rows).lines():
            print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
