"""Batch checks alone, measured: `python -m bench.batch_checks_bench --rows N [--compare REPO]`.

Builds a warehouse from the raw contract holding one night of N new roster rows (synthetic, valid,
no personal value: hashes and masked numbers only), then runs run_batch_checks on it in a child
process per variant and prints wall seconds, CPU seconds and the child's peak RSS (ru_maxrss).
--compare REPO also runs the checks as REPO's code has them (e.g. /work/main), in the same run, on
the same warehouse, and prints the ratios and whether both gave the same check results.

Run from the repository root: .venv/bin/python -m bench.batch_checks_bench --rows 200000 --compare ../main
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import duckdb

REPO = Path(__file__).resolve().parents[1]

# One expression per roster column; a county file holds 2,000 rows, as the loader bench's do.
_ROSTER_ROWS = """
    insert into raw.roster__assignments by name
    select sha256('file' || (i // 2000)) as file_id,
           'county_' || (i // 2000) || '.csv' as source_file,
           null as sheet,
           (i % 2000 + 2)::integer as row_number,
           '干部' || i as cadre_name,
           case when i % 2 = 0 then '男' else '女' end as sex,
           date '1980-01-01' + (i % 9000)::integer as birth_date,
           sha256('id' || i) as id_hash,
           '140202***********' || (i % 10) as id_masked,
           sha256('phone' || i) as phone_hash,
           '138****' || lpad((i % 10000)::varchar, 4, '0') as phone_masked,
           '中共党员' as political_status,
           '县直单位' || (i % 50) as dispatch_unit,
           '科员' as unit_post,
           case i % 3 when 0 then 'first_secretary' when 1 then 'team_leader' else 'team_member' end as role_code,
           case i % 3 when 0 then '第一书记' when 1 then '工作队长' else '队员' end as role_label,
           '某省' as province,
           '市' || (i // 20000) as city,
           '县' || (i // 2000) as county,
           '镇' || (i // 200) as township,
           '村' || (i // 3) as village,
           date '2021-09-01' + (i % 700)::integer as start_date,
           null as end_date,
           'bench-night' as run_id,
           now()::timestamp as loaded_at
    from range($rows) as t(i)
"""

# The child: imports the variant's flows (PYTHONPATH), runs the checks once, prints JSON.
_CHILD = """
import json, logging, resource, sys, time
from pathlib import Path
import duckdb
from flows.quality.batch_checks import run_batch_checks
warehouse, expectations = sys.argv[1], Path(sys.argv[2])
options = {"chunk_rows": int(sys.argv[3])} if len(sys.argv) > 3 else {}
con = duckdb.connect(warehouse, read_only=True)
started, cpu = time.perf_counter(), time.process_time()
results = run_batch_checks(con, expectations, **options)
wall, cpu = time.perf_counter() - started, time.process_time() - cpu
checks = sorted([r.suite, c.check, c.column, c.severity, c.success, c.observed, c.failed_count]
                for r in results for c in r.checks)
print(json.dumps({"wall": wall, "cpu": cpu, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "rows": {r.suite: r.rows for r in results}, "checks": checks}))
"""


@dataclass(frozen=True)
class Run:
    label: str
    wall: float
    cpu: float
    rss_mb: float
    rows: dict[str, int]
    checks: list[list]


def build_warehouse(path: Path, rows: int) -> None:
    from flows.warehouse.schema import DDL, SCHEMAS

    with duckdb.connect(str(path)) as con:
        for schema in SCHEMAS:
            con.execute(f"create schema if not exists {schema}")
        for ddl in DDL:
            con.execute(ddl)
        con.execute(_ROSTER_ROWS, {"rows": rows})


def run_checks(label: str, repo: Path, warehouse: Path, chunk_rows: int | None = None) -> Run:
    env = {**os.environ, "PYTHONPATH": str(repo), "GX_ANALYTICS_ENABLED": "false"}
    child = subprocess.run([sys.executable, "-c", _CHILD, str(warehouse), str(REPO / "expectations"),
                            *([str(chunk_rows)] if chunk_rows else [])],
                           cwd=repo, env=env, capture_output=True, text=True)
    if child.returncode != 0:
        raise SystemExit(f"{label}: the checks failed in {repo}:\n{child.stderr[-3000:]}")
    out = json.loads(child.stdout.strip().splitlines()[-1])
    return Run(label, out["wall"], out["cpu"], out["rss_mb"], out["rows"], out["checks"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.batch_checks_bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, required=True, help="new roster rows in the night's batch")
    parser.add_argument("--compare", type=Path, help="also run the checks as this repository has them")
    parser.add_argument("--chunk-rows", type=int, help="rows per chunk for this tree (default: its CHUNK_ROWS)")
    parser.add_argument("--warehouse", type=Path, help="use (or build) this warehouse file instead of a temporary one")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="zhucun-checks-bench-") as tmp:
        warehouse = args.warehouse or Path(tmp) / "warehouse.duckdb"
        if not warehouse.exists():
            build_warehouse(warehouse, args.rows)
        runs = [run_checks("this tree", REPO, warehouse, args.chunk_rows)]
        if args.compare:
            runs.insert(0, run_checks(f"compare ({args.compare})", args.compare.resolve(), warehouse))
    for run in runs:
        print(f"{run.label}: {run.wall:.1f} s wall, {run.cpu:.1f} s CPU, peak RSS {run.rss_mb:.0f} MB; "
              f"rows {run.rows.get('raw__roster__assignments', 0):,}")
    if args.compare:
        before, after = runs
        print(f"this tree / compare: wall {after.wall / before.wall:.2f}, CPU {after.cpu / before.cpu:.2f}, "
              f"peak RSS {after.rss_mb / before.rss_mb:.2f}")
        same = before.checks == after.checks
        print("check results: " + ("identical" if same else "DIFFERENT"))
        if not same:
            for row in sorted(map(tuple, before.checks)) :
                if list(row) not in after.checks:
                    print("  only in compare:", row)
            for row in sorted(map(tuple, after.checks)):
                if list(row) not in before.checks:
                    print("  only in this tree:", row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
