"""Batch checks on a real DuckDB built from the raw contract (flows/warehouse/schema.py)."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest

os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")

from flows.quality.batch_checks import SuiteResult, run_batch_checks, suite_table  # noqa: E402
from flows.rosters.id_numbers import check_digit, hash_value, mask_id  # noqa: E402
from flows.warehouse.schema import DDL, SCHEMAS  # noqa: E402

EXPECTATIONS = Path(__file__).resolve().parents[2] / "expectations"
SUITE = "raw__roster__assignments"
KEY = "test-key"


def _id_number(seq: int) -> str:
    first17 = f"14020219900101{seq % 1000:03d}"
    return first17 + check_digit(first17)


def _row(seq: int, **overrides: Any) -> dict[str, Any]:
    number = _id_number(seq)
    row: dict[str, Any] = {
        "file_id": "f" * 64,
        "source_file": "roster.xlsx",
        "sheet": "Sheet1",
        "row_number": seq + 2,
        "cadre_name": "张三",
        "sex": "男" if int(number[16]) % 2 else "女",
        "birth_date": dt.date(1990, 1, 1),
        "id_hash": hash_value(KEY, number),
        "id_masked": mask_id(number),
        "phone_hash": hash_value(KEY, "13812345678"),
        "phone_masked": "138****5678",
        "role_code": "team_member",
        "role_label": "队员",
        "village": "石门村",
        "start_date": dt.date(2021, 9, 1),
        "run_id": "run-1",
        "loaded_at": dt.datetime(2024, 1, 1, 2, 0),
    }
    row.update(overrides)
    return row


@pytest.fixture
def con(tmp_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    con = duckdb.connect(str(tmp_path / "warehouse.duckdb"))
    for schema in SCHEMAS:
        con.execute(f"create schema if not exists {schema}")
    for ddl in DDL:
        con.execute(ddl)
    yield con
    con.close()


def _insert(con: duckdb.DuckDBPyConnection, rows: list[dict[str, Any]]) -> None:
    columns = list(rows[0])
    sql = f"insert into raw.roster__assignments ({', '.join(columns)}) values ({', '.join('?' * len(columns))})"
    con.executemany(sql, [[r[c] for c in columns] for r in rows])


def _only(results: list[SuiteResult]) -> SuiteResult:
    """The roster suite's result; the other suites in expectations/ see empty tables and pass."""
    assert SUITE in [r.suite for r in results]
    others = [r for r in results if r.suite != SUITE]
    assert all(r.success for r in others)
    return next(r for r in results if r.suite == SUITE)


def _all_strings(result: SuiteResult) -> list[str]:
    """Every string anywhere in the result, so a leak cannot hide in a field we did not think of."""
    strings: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, str):
            strings.append(value)
        elif isinstance(value, dict):
            for k, v in value.items():
                walk(k)
                walk(v)
        elif isinstance(value, (list, tuple)):
            for v in value:
                walk(v)

    walk(dataclasses.asdict(result))
    return strings + [repr(result)]


def test_suite_name_splits_on_first_double_underscore() -> None:
    assert suite_table(SUITE) == ("raw", "roster__assignments")
    with pytest.raises(ValueError):
        suite_table('raw__x"; drop table y')


def test_good_rows_pass(con: duckdb.DuckDBPyConnection) -> None:
    _insert(con, [_row(i) for i in range(20)] + [_row(20, role_code="first_secretary", role_label="第一书记", sheet=None)])
    result = _only(run_batch_checks(con, EXPECTATIONS))
    assert result.failed == []
    assert result.success and result.rows == 21 and result.table == "raw.roster__assignments"
    assert result.evaluated == 19


def test_clear_id_in_masked_column_fails_without_showing_it(con: duckdb.DuckDBPyConnection, tmp_path: Path) -> None:
    clear = _id_number(7)
    _insert(con, [_row(i) for i in range(5)] + [_row(7, id_masked=clear)])
    # A file context too: nothing GX keeps under uncommitted/ may hold the clear number either.
    result = _only(run_batch_checks(con, EXPECTATIONS, gx_root=tmp_path / "gx_project"))
    assert not result.success
    leak = [f for f in result.failed if f.expectation == "expect_column_values_to_not_match_regex"]
    assert [(f.column, f.unexpected_count) for f in leak] == [("id_masked", 1)]
    assert "1 of 6 rows" in leak[0].description
    assert all(clear not in s and clear[6:14] not in s for s in _all_strings(result))
    stored = [p for p in (tmp_path / "gx_project").rglob("*") if p.is_file()]
    assert stored and all(clear not in p.read_text(encoding="utf-8", errors="ignore") for p in stored)


def test_unknown_role_fails(con: duckdb.DuckDBPyConnection) -> None:
    _insert(con, [_row(1), _row(2, role_code="boss")])
    result = _only(run_batch_checks(con, EXPECTATIONS))
    assert not result.success
    assert [(f.expectation, f.column, f.unexpected_count) for f in result.failed] == [
        ("expect_column_values_to_be_in_set", "role_code", 1)
    ]
    assert all("boss" not in s for s in _all_strings(result))


def test_empty_table_passes(con: duckdb.DuckDBPyConnection) -> None:
    result = _only(run_batch_checks(con, EXPECTATIONS))
    assert result.success and result.rows == 0 and result.evaluated == 19 and result.failed == []


def test_missing_table_is_not_an_error(tmp_path: Path) -> None:
    with duckdb.connect(str(tmp_path / "fresh.duckdb")) as fresh:
        result = _only(run_batch_checks(fresh, EXPECTATIONS))
    assert result.success and result.rows == 0 and result.evaluated == 0 and result.failed == []


def test_check_that_cannot_run_names_only_the_error_type(con: duckdb.DuckDBPyConnection, tmp_path: Path) -> None:
    _insert(con, [_row(1)])
    suite = {"name": SUITE, "expectations": [{"type": "expect_column_values_to_not_be_null", "kwargs": {"column": "nope"}}]}
    (tmp_path / f"{SUITE}.json").write_text(json.dumps(suite), encoding="utf-8")
    (failure,) = _only(run_batch_checks(con, tmp_path)).failed
    assert failure.column == "nope" and "could not run (MetricResolutionError)" in failure.description


def test_file_context_is_idempotent(con: duckdb.DuckDBPyConnection, tmp_path: Path) -> None:
    _insert(con, [_row(i) for i in range(3)])
    first = run_batch_checks(con, EXPECTATIONS, gx_root=tmp_path / "gx_project")
    second = run_batch_checks(con, EXPECTATIONS, gx_root=tmp_path / "gx_project")
    assert first == second and first[0].success
