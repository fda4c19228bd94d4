"""xlsx parse speed: the generator's roster rows written as one .xlsx sheet, read by flows/ingest/readers.read_grids.

The workbook is written with openpyxl (a dependency already) in its normal mode, which like Excel and
WPS writes shared strings and a <dimension>: openpyxl's write-only mode writes inline strings and no
dimension, which reads more slowly (openpyxl parses such a sheet once more to size it, and builds a
rich-text object per inline string: 7.4 s against 6.2 s CPU for 10,000 rows), so it would overstate
what counties' files cost. One
header row (the first roster layout), N rows of text cells. Only the read is timed: rows/s = N /
seconds of read_grids (zip checks, the streaming limits pass, openpyxl read-only rows).
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import duckdb
from openpyxl import Workbook

from bench.inbox import ROSTER_CELLS, ROSTER_LAYOUTS, counties, roster_table
from flows.ingest.readers import read_grids


@dataclass(frozen=True)
class XlsxSpeed:
    rows: int
    megabytes: float
    write_seconds: float
    read_seconds: float

    @property
    def rows_per_second(self) -> float:
        return self.rows / self.read_seconds if self.read_seconds else 0.0


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
    started = time.perf_counter()
    grids = read_grids(path)
    read = time.perf_counter() - started
    got = sum(len(grid.rows) for grid in grids) - 1  # less the header row
    if got != rows:
        raise SystemExit(f"read_grids returned {got} data rows of {path.name}, expected {rows}")
    return XlsxSpeed(rows, round(path.stat().st_size / 2**20, 1), round(written, 2), round(read, 2))
