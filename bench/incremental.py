"""A night with one new county file: incremental dbt build against a full one, and whether they agree.

    python -m bench.incremental DIR [--work WORK]

DIR is what `python -m bench --roster-rows N --keep DIR` left (DIR/home/warehouse.duckdb built by its
first night, DIR/inbox). Nothing under DIR is written. Under WORK (default DIR/../incremental-WORK):

1. base: a copy of the warehouse, built once with this project (`dbt build --full-refresh`, the night
   the project changed), so the incremental models exist;
2. one new county roster file (2,000 rows, a county the inbox does not have, new cadres), loaded into a
   copy of base by the nightly's own prepare, load and conflict-pass functions (no Prefect);
3. two copies of that loaded warehouse: `dbt build` (incremental) on one, `dbt build --full-refresh`
   on the other, one after the other, each timed (wall and the dbt process's CPU);
4. the incremental warehouse copied once more and rebuilt with --full-refresh for the same run date:
   its snapshots see nothing new, so every mart must equal the incremental one (EXCEPT ALL both ways).

The two builds of step 3 cannot be compared row by row: each snapshot stamps tonight's versions with
its own clock. Step 4 is the comparison that can.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import shutil
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path

import duckdb

from bench import inbox as bench_inbox
from bench.__main__ import PII_KEY
from flows.warehouse.dbt_runner import DbtResult, run_dbt

REPO = Path(__file__).resolve().parents[1]
PROJECT = REPO / "dbt_project"
NEW_FILE_ROWS = 2000


@dataclass(frozen=True)
class Timed:
    label: str
    wall: float
    cpu: float
    result: DbtResult

    def line(self) -> str:
        counts = ", ".join(f"{key} {value}" for key, value in sorted(self.result.counts.items()))
        return f"{self.label}: {self.wall:.1f} s wall, {self.cpu:.1f} s CPU (dbt process), ok={self.result.ok}; {counts}"


def timed_dbt(label: str, args: list[str], warehouse: Path, state_dir: Path, run_date: dt.date,
              project: Path = PROJECT, must_pass: bool = True) -> Timed:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = run_dbt(args, project, warehouse, state_dir, extra_env={"ZHUCUN_RUN_DATE": run_date.isoformat()})
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    timing = Timed(label, wall, cpu, result)
    print(timing.line(), flush=True)
    if not result.ok:
        if must_pass:
            raise SystemExit(f"{label} failed:\n{result.log_tail}")
        print(f"{label} failed (timed to its failure): " + "; ".join(
            f"{failure.node}: {(failure.message.splitlines() or [''])[0]}" for failure in result.failures))
    return timing


def write_new_county_file(out: Path, known_files: int) -> Path:
    """One roster CSV for a county the bench inbox does not hold, its row numbers (and so its cadre
    ids) after the inbox's last: new people, as a county joining the programme sends them."""
    counties = bench_inbox.counties()
    places = bench_inbox._spread(counties, known_files)
    used = {place.adcode for place in places}
    extra = next(county for county in counties if county.adcode not in used)
    con = duckdb.connect()
    try:
        bench_inbox.roster_table(con, [*places, extra], (known_files + 1) * NEW_FILE_ROWS, NEW_FILE_ROWS)
        layout = bench_inbox.ROSTER_LAYOUTS[known_files % len(bench_inbox.ROSTER_LAYOUTS)]
        select = ", ".join(f'{cell} as "{title}"' for cell, title in zip(bench_inbox.ROSTER_CELLS, layout))
        out.mkdir(parents=True, exist_ok=True)
        path = out / f"{extra.city}{extra.name}驻村第一书记和工作队员花名册.csv"
        con.execute(f"copy (select {select} from roster where k = {known_files} order by seq) to '{path}' (header)")
    finally:
        con.close()
    return path


def load_files(warehouse: Path, inbox: Path, run_date: dt.date) -> None:
    """The nightly's prepare, load and conflict pass, called directly (flows/nightly.py)."""
    from flows.nightly import _prepare, conflict_check_task, discover_task, load_task
    from flows.rosters.prepare import PreparedRoster

    run_id = f"bench-incremental-{int(time.time())}"
    for file in discover_task.fn(inbox):
        prepared = _prepare(file, run_date, None)
        if not isinstance(prepared, PreparedRoster):
            raise SystemExit(f"{file.name} did not read as a roster: {prepared}")
        # what the nightly does once the content is known (flows/nightly.py _load_prepared)
        outcome = load_task.fn(warehouse, replace(file, kind="roster"), prepared, run_id)
        print(f"  loaded {file.name}: {outcome.rows_loaded} rows, {outcome.rows_quarantined} quarantined")
    conflicts = conflict_check_task.fn(warehouse, run_id)
    print(f"  conflict pass: {conflicts.files_checked} file(s) checked, {conflicts.rows_moved} row(s) moved")


def compare_marts(left: Path, right: Path) -> list[str]:
    """Tables of schema marts (and the incremental intermediates) whose rows differ, with counts."""
    con = duckdb.connect()
    try:
        con.execute(f"attach '{left}' as lhs (read_only)")
        con.execute(f"attach '{right}' as rhs (read_only)")
        tables = con.execute(
            "select table_schema || '.' || table_name from information_schema.tables"
            " where table_catalog = 'rhs' and table_type = 'BASE TABLE'"
            " and (table_schema in ('marts', 'snapshots') or table_name like 'int\\_%' escape '\\')"
            " order by 1").fetchall()
        lines = []
        for (table,) in tables:
            only_left = con.execute(f"select count(*) from (from lhs.{table} except all from rhs.{table})").fetchone()[0]
            only_right = con.execute(f"select count(*) from (from rhs.{table} except all from lhs.{table})").fetchone()[0]
            rows = con.execute(f"select count(*) from rhs.{table}").fetchone()[0]
            verdict = "same" if not (only_left or only_right) else f"DIFFERENT ({only_left} / {only_right} rows)"
            lines.append(f"{table}: {rows} rows, {verdict}")
        return lines
    finally:
        con.close()


def check_against_full_rebuild(work: Path, incremental: Path, state: Path, run_date: dt.date) -> list[str]:
    """Step 4: the incremental warehouse copied and rebuilt with --full-refresh; tables that differ."""
    check, check_state = work / "check.duckdb", work / "dbt-state-check"
    shutil.copy(incremental, check)
    if not check_state.exists():
        shutil.copytree(state, check_state)
    timed_dbt("check: the incremental warehouse rebuilt in full", ["build", "--full-refresh"], check,
              check_state, run_date)
    differences = compare_marts(incremental, check)
    print("\n".join(differences))
    return [line for line in differences if "DIFFERENT" in line]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.incremental", description=__doc__.split("\n\n")[0])
    parser.add_argument("kept", type=Path, help="a DIR `python -m bench --keep DIR` left")
    parser.add_argument("--work", type=Path, help="where to write the copies (default: DIR's sibling incremental-work)")
    parser.add_argument("--compare-project", type=Path,
                        help="also time a full `dbt build` of this dbt project (e.g. main's) on the same loaded copy")
    args = parser.parse_args(argv)
    source = args.kept / "home" / "warehouse.duckdb"
    if not source.exists():
        raise SystemExit(f"no warehouse at {source}: run `python -m bench --roster-rows N --keep {args.kept}` first")
    work = args.work or args.kept.parent / f"{args.kept.name}-incremental-work"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    os.environ.setdefault("ZHUCUN_PII_KEY", PII_KEY)
    run_date = dt.date.today()
    known_files = len(list((args.kept / "inbox" / "rosters").glob("*")))

    base, state = work / "base.duckdb", work / "dbt-state"
    shutil.copy(source, base)
    if (args.kept / "home" / "dbt").exists():
        shutil.copytree(args.kept / "home" / "dbt", state)
    upgrade = timed_dbt("base: first build with this project (--full-refresh)", ["build", "--full-refresh"],
                        base, state, run_date)

    new_inbox = work / "inbox"
    path = write_new_county_file(new_inbox / "rosters", known_files)
    print(f"new county file: {path.name}, {NEW_FILE_ROWS} rows")
    loaded = work / "loaded.duckdb"
    shutil.copy(base, loaded)
    load_files(loaded, new_inbox, run_date)

    incremental, full = work / "incremental.duckdb", work / "full.duckdb"
    shutil.copy(loaded, incremental)
    shutil.copy(loaded, full)
    states = {name: work / f"dbt-state-{name}" for name in ("incremental", "full", "check")}
    for state_dir in states.values():
        shutil.copytree(state, state_dir)  # the same saved parse for every build
    timings = [
        timed_dbt("one new file, incremental (dbt build)", ["build"], incremental, states["incremental"], run_date),
        timed_dbt("one new file, full (dbt build --full-refresh)", ["build", "--full-refresh"], full,
                  states["full"], run_date),
    ]
    if args.compare_project:
        other, other_state = work / "compare.duckdb", work / "dbt-state-compare"
        shutil.copy(loaded, other)
        shutil.copytree(state, other_state)
        timings.append(timed_dbt(f"one new file, full build of {args.compare_project}", ["build"], other, other_state,
                                 run_date, project=args.compare_project.resolve(), must_pass=False))
    different = check_against_full_rebuild(work, incremental, state, run_date)
    print(f"\nsummary: upgrade build {upgrade.wall:.1f} s wall / {upgrade.cpu:.1f} s CPU; "
          + "; ".join(f"{t.label}: {t.wall:.1f} s wall / {t.cpu:.1f} s CPU" for t in timings)
          + f"; incremental / full CPU {timings[0].cpu / timings[1].cpu:.2f}; "
          + (f"{len(different)} table(s) differ from a full rebuild" if different else "every mart equals a full rebuild"))
    return 1 if different else 0


if __name__ == "__main__":
    sys.exit(main())
