"""dbt build alone on a warehouse `python -m bench --keep DIR` left, and the joins DuckDB plans as loops.

Copies DIR/home/warehouse.duckdb (the first night's, untouched) and runs the real `dbt build` on the
copy with the same arguments the nightly flow gives it (flows/warehouse/dbt_runner.py), so two
branches' dbt projects can be timed on the same data one after the other. Prints the dbt process's
wall and CPU seconds (parse and start included), dbt's own elapsed time, the slowest nodes from
run_results.json, and every nested-loop join (BLOCKWISE_NL_JOIN, NESTED_LOOP_JOIN, CROSS_PRODUCT)
in the plan of each compiled model: such a join compares every row with every row, so a model that
has one over roster-sized inputs grows with the square of the rows.

Run from the repository root: .venv/bin/python -m bench.dbt_models DIR [--project dbt_project]
Compare the marts of two copies with EXCEPT ALL both ways (the copy is kept as DIR/dbt_models.duckdb).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb

from bench.measure import dbt_times
from flows.warehouse.dbt_runner import run_dbt

LOOP_JOINS = ("BLOCKWISE_NL_JOIN", "NESTED_LOOP_JOIN", "CROSS_PRODUCT")


@dataclass(frozen=True)
class LoopJoin:
    model: str
    operator: str
    condition: str


def loop_joins(warehouse: Path, compiled_models: Path) -> list[LoopJoin]:
    """Nested-loop joins in the plans of the compiled models (views they read are planned inline)."""
    found = []
    with duckdb.connect(str(warehouse), read_only=True) as con:
        for path in sorted(compiled_models.rglob("*.sql")):
            if path.parent.name.endswith(".yml"):
                continue  # a generic test compiled under its properties file, not a model
            plan = json.loads(con.execute("explain (format json) " + path.read_text("utf-8")).fetchall()[0][1])
            found += [LoopJoin(path.stem, operator, condition) for operator, condition in _walk(plan)]
    return found


def _walk(node: object) -> list[tuple[str, str]]:
    if isinstance(node, list):
        return [found for child in node for found in _walk(child)]
    if not isinstance(node, dict):
        return []
    found = []
    if node.get("name") in LOOP_JOINS:
        extra = node.get("extra_info") or {}
        found.append((node["name"], str(extra.get("Condition", ""))[:110]))
    return found + _walk(node.get("children", []))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.dbt_models", description=__doc__.split("\n\n")[0])
    parser.add_argument("kept", type=Path, help="the --keep DIR of a `python -m bench` run")
    parser.add_argument("--project", type=Path, default=Path("dbt_project"), help="dbt project to build")
    parser.add_argument("--run-date", type=dt.date.fromisoformat, default=dt.date.today(),
                        help="the run date the marts count as today (default today, as the bench's night)")
    args = parser.parse_args(argv)

    source = args.kept / "home" / "warehouse.duckdb"
    if not source.exists():
        parser.error(f"{source} not found: run `python -m bench --roster-rows N --keep {args.kept}` first")
    warehouse, state_dir = args.kept / "dbt_models.duckdb", args.kept / "dbt_models"
    shutil.copyfile(source, warehouse)
    shutil.rmtree(state_dir, ignore_errors=True)  # a full parse each time, as after a --vars change

    started, cpu_before = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
    # The run date as the nightly flow gives it (flows/nightly.py dbt_build_task): in the environment.
    result = run_dbt(["build"], args.project.resolve(), warehouse, state_dir,
                     extra_env={"ZHUCUN_RUN_DATE": args.run_date.isoformat()})
    wall, cpu_after = time.perf_counter() - started, resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (cpu_after.ru_utime - cpu_before.ru_utime) + (cpu_after.ru_stime - cpu_before.ru_stime)
    peak_mb = cpu_after.ru_maxrss / 1024  # the largest child's peak RSS: dbt's, the only child

    times = dbt_times(state_dir / "target" / "run_results.json", top=8)
    print(f"dbt build ({args.project}): {wall:.1f} s wall, {cpu:.1f} s CPU, peak RSS {peak_mb:.0f} MB "
          f"(ZHUCUN_DBT_MEMORY {os.environ.get('ZHUCUN_DBT_MEMORY', 'default')}), ok {result.ok}, {dict(result.counts)}")
    if times is not None:
        kinds = ", ".join(f"{kind} {seconds:.1f}" for kind, seconds in sorted(times.by_kind.items()))
        print(f"  dbt elapsed {times.elapsed:.1f} s (the rest of the wall time is start and parse); node seconds: {kinds}")
        print("  slowest: " + ", ".join(f"{node.split('.')[-1]} {seconds:.1f}" for seconds, node in times.slowest))
    for failure in result.failures:
        print(f"  FAILED {failure.node}: {failure.message[:200]}")
    joins = [join for models in (state_dir / "target" / "compiled").glob("*/models")
             for join in loop_joins(warehouse, models)]
    by_condition: dict[tuple[str, str], list[str]] = {}
    for join in joins:
        by_condition.setdefault((join.operator, join.condition), []).append(join.model)
    print(f"nested-loop joins in model plans: {len(by_condition)} distinct")
    for (operator, condition), models in sorted(by_condition.items()):
        print(f"  {operator} on {condition}  [in {', '.join(sorted(set(models)))}]")
    return 0 if result.ok else 1


if __name__ == "__main__":
    sys.exit(main())
