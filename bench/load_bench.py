"""The roster load stage alone: per-file load time from the first file to the last, and the conflict pass.

Loads `--files` prepared frames of `--rows-per-file` rows each into a fresh warehouse with
`load_roster` (as the nightly flow does, conflicts left for the night), then runs the night's
conflict pass once. Every file shares `--conflicts` people with the file before it, stationed by
another unit in another village, so the pass has real work. Prints per-file wall and CPU seconds
for the first and last files, the pass, a digest of what ended in quarantine (to compare two
versions of the loader), and the baseline measured in the same run: DuckDB inserting the same
frames with no checks at all.

Run from the repository root: .venv/bin/python -m bench.load_bench --files 50
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd

from flows.ingest.discovery import InboxFile
from flows.rosters.prepare import QUARANTINE_COLUMNS, ROW_COLUMNS
from flows.warehouse.conflicts import check_conflicts
from flows.warehouse.connection import ensure_schema
from flows.warehouse.loader import load_roster


@dataclass(frozen=True)
class Timing:
    wall: float
    cpu: float  # this process, DuckDB's threads included


def _timed(work) -> Timing:  # noqa: ANN001 - any callable
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    return Timing(time.perf_counter() - wall, time.process_time() - cpu)


def _frame(number: int, rows: int, shared: int, rng: np.random.Generator) -> pd.DataFrame:
    """One county file; its first `shared` people are the previous file's last ones, posted elsewhere."""
    people = [f"{number:05d}-{i:06d}" for i in range(rows)]
    if number and shared:
        people[:shared] = [f"{number - 1:05d}-{i:06d}" for i in range(rows - shared, rows)]
    frame = pd.DataFrame({column: None for column in ROW_COLUMNS}, index=range(rows)).astype(object)
    frame["sheet"] = None
    frame["row_number"] = np.arange(2, rows + 2, dtype="int64")
    frame["cadre_name"] = [f"干部{i}" for i in range(rows)]
    frame["sex"] = "男"
    frame["birth_date"] = dt.date(1985, 3, 1)
    frame["id_hash"] = [hashlib.sha256(person.encode()).hexdigest() for person in people]
    frame["id_masked"] = "140202***********3"
    frame["dispatch_unit"] = f"单位{number}"
    frame["role_code"] = "team_member"
    frame["role_label"] = "队员"
    frame["county"] = f"县{number}"
    frame["village"] = [f"村{number}-{i % 50}" for i in range(rows)]
    starts = rng.integers(0, 700, rows)
    frame["start_date"] = [dt.date(2021, 8, 1) + dt.timedelta(days=int(days)) for days in starts]
    return frame


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=50)
    parser.add_argument("--rows-per-file", type=int, default=2000)
    parser.add_argument("--conflicts", type=int, default=5, help="people each file shares with the one before")
    parser.add_argument("--edge", type=int, default=5, help="files averaged at the first and at the last")
    args = parser.parse_args()
    rng = np.random.default_rng(10)
    frames = [_frame(n, args.rows_per_file, args.conflicts, rng) for n in range(args.files)]
    empty = pd.DataFrame(columns=list(QUARANTINE_COLUMNS))
    with tempfile.TemporaryDirectory() as tmp:
        con = duckdb.connect(str(Path(tmp) / "load.duckdb"))
        ensure_schema(con)
        per_file = []
        for number, frame in enumerate(frames):
            file = InboxFile(path=Path(f"county{number}.csv"), name=f"county{number}.csv", kind="roster",
                             file_id=hashlib.sha256(str(number).encode()).hexdigest(), size_bytes=1)
            per_file.append(_timed(lambda: load_roster(con, file, frame, empty, "bench", check_conflicts=False)))
        conflict_pass = _timed(lambda: check_conflicts(con, "bench"))
        raw, quarantined, digest = con.execute("""
            select (select count(*) from raw.roster__assignments), count(*),
                   md5(string_agg(source_file || ':' || row_number, ',' order by source_file, row_number))
            from quarantine.roster_rows
        """).fetchone()
        con.close()

        base = duckdb.connect(str(Path(tmp) / "baseline.duckdb"))
        ensure_schema(base)
        bare = []
        for number, frame in enumerate(frames):
            stamped = frame.assign(file_id=str(number), source_file=f"county{number}.csv", run_id="bench",
                                   loaded_at=dt.datetime.now())
            base.register("stamped", stamped)
            bare.append(_timed(lambda: base.execute("insert into raw.roster__assignments by name select * from stamped")))
            base.unregister("stamped")
        base.close()

    def mean(items: list[Timing]) -> Timing:
        return Timing(sum(t.wall for t in items) / len(items), sum(t.cpu for t in items) / len(items))

    edge = args.edge
    first, last = mean(per_file[:edge]), mean(per_file[-edge:])
    bare_first, bare_last = mean(bare[:edge]), mean(bare[-edge:])
    total = sum(t.wall for t in per_file) + conflict_pass.wall
    print(f"{args.files} files x {args.rows_per_file} rows ({args.files * args.rows_per_file} rows), "
          f"{args.conflicts} people shared with the file before")
    print(f"per-file load, first {edge}: {first.wall:.3f} s wall, {first.cpu:.3f} s CPU; "
          f"last {edge}: {last.wall:.3f} s wall, {last.cpu:.3f} s CPU; last/first {last.wall / first.wall:.2f}")
    print(f"conflict pass: {conflict_pass.wall:.3f} s wall, {conflict_pass.cpu:.3f} s CPU")
    print(f"load stage: {total:.1f} s wall, {sum(t.cpu for t in per_file) + conflict_pass.cpu:.1f} s CPU")
    print(f"result: {raw} raw rows, {quarantined} quarantine rows, digest {digest}")
    print(f"baseline (bare insert of the same frames): first {edge} {bare_first.wall:.3f} s, last {edge} "
          f"{bare_last.wall:.3f} s per file; {sum(t.wall for t in bare):.1f} s in all")
    print(f"load stage / baseline: {total / sum(t.wall for t in bare):.2f}")


if __name__ == "__main__":
    main()
