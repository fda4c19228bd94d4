"""meta.check_results: every batch expectation and every dbt test of a run, blocking or warning.

One table for both, so the run summary and the steward's page read one place. Rows hold counts
and descriptions only; every text passes through mask_personal_numbers on its way in.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

import duckdb
import pandas as pd

from flows.quality.batch_checks import SuiteResult
from flows.rosters.id_numbers import mask_personal_numbers
from flows.warehouse.dbt_runner import DbtTestResult
from flows.warehouse.schema import table_columns

# dbt's severity config, in the words of the expectation suites.
DBT_SEVERITY = {"error": "blocking", "warn": "warning"}


@dataclass(frozen=True)
class CheckLine:
    """A row of meta.check_results as the summary and the report read it."""

    source: str  # expectation / dbt
    suite: str
    target: str
    check_name: str
    column_name: str
    severity: str
    success: bool
    observed: str
    failed_count: int | None
    description: str


def _masked(text: object) -> object:
    return mask_personal_numbers(text) if isinstance(text, str) else text


def _insert(con: duckdb.DuckDBPyConnection, rows: list[dict[str, object]]) -> int:
    if not rows:
        return 0
    columns = table_columns("meta.check_results")
    frame = pd.DataFrame([{column: _masked(row.get(column)) for column in columns} for row in rows], columns=columns)
    con.register("check_rows", frame)
    try:
        con.execute(f"insert into meta.check_results ({', '.join(columns)}) select {', '.join(columns)} from check_rows")
    finally:
        con.unregister("check_rows")
    return len(rows)


def record_expectations(con: duckdb.DuckDBPyConnection, run_id: str, results: Iterable[SuiteResult]) -> int:
    """One row per expectation of each suite that ran (a suite whose table does not exist yet: none)."""
    now = dt.datetime.now()
    return _insert(con, [
        {
            "run_id": run_id, "source": "expectation", "suite": result.suite, "target": result.table,
            "check_name": check.check, "column_name": check.column, "severity": check.severity,
            "success": check.success, "observed": check.observed, "failed_count": check.failed_count,
            "description": check.description, "checked_at": now,
        }
        for result in results
        for check in result.checks
    ])


def record_dbt_tests(con: duckdb.DuckDBPyConnection, run_id: str, tests: Iterable[DbtTestResult]) -> int:
    """One row per dbt test of the build; dbt's severity error is blocking, warn is warning."""
    now = dt.datetime.now()
    return _insert(con, [
        {
            "run_id": run_id, "source": "dbt", "suite": test.unique_id, "target": test.attached_node,
            "check_name": test.name, "column_name": test.column, "severity": DBT_SEVERITY.get(test.severity, "blocking"),
            "success": test.status == "pass",
            # dbt's message says how many rows failed ("Got 3 results, configured to fail if != 0").
            "observed": test.status if test.status == "pass" else f"{test.status}: {test.message}"[:500],
            "failed_count": test.failures, "description": test.description, "checked_at": now,
        }
        for test in tests
    ])


def run_checks(con: duckdb.DuckDBPyConnection, run_id: str) -> list[CheckLine]:
    """The run's checks, failed blocking ones first, then failed warnings, then the rest."""
    rows = con.execute(
        """
        select source, suite, coalesce(target, ''), check_name, coalesce(column_name, ''), severity, success,
               coalesce(observed, ''), failed_count, coalesce(description, '')
        from meta.check_results
        where run_id = ?
        order by success, severity, source desc, suite, check_name, column_name
        """,
        [run_id],
    ).fetchall()
    return [CheckLine(*row) for row in rows]


def count_by_outcome(lines: Iterable[CheckLine]) -> dict[str, int]:
    """e.g. {'blocking passed': 180, 'blocking failed': 0, 'warning passed': 12, 'warning failed': 1}."""
    counts = {f"{severity} {verdict}": 0 for severity in ("blocking", "warning") for verdict in ("passed", "failed")}
    for line in lines:
        counts[f"{line.severity} {'passed' if line.success else 'failed'}"] += 1
    return counts
