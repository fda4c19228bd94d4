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

from flows.quality.batch_checks import (  # noqa: E402
    BATCHES,
    SuiteResult,
    load_suite,
    nanosecond_datetimes,
    record_roster_counts,
    run_batch_checks,
    suite_table,
)
from flows.quality.check_results import count_by_outcome, record_dbt_tests, record_expectations, run_checks  # noqa: E402
from flows.warehouse.dbt_runner import read_tests  # noqa: E402
from flows.rosters.id_numbers import check_digit, hash_value, mask_id  # noqa: E402
from flows.warehouse.schema import DDL, SCHEMAS  # noqa: E402

EXPECTATIONS = Path(__file__).resolve().parents[2] / "expectations"
SUITE = "raw__roster__assignments"
KEY = "test-key"
ROSTER_EXPECTATIONS = len(json.loads((EXPECTATIONS / f"{SUITE}.json").read_text("utf-8"))["expectations"])


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
        "county": "渭源县",
        "township": "会川镇",
        "dispatch_unit": "县财政局",
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
    """The roster suite's result; the other suites in expectations/ see empty tables and block nothing."""
    assert SUITE in [r.suite for r in results]
    others = [r for r in results if r.suite != SUITE]
    assert not [r.blocking_failed for r in others if r.blocking_failed]
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
    assert result.evaluated == ROSTER_EXPECTATIONS


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


def test_start_dates_out_of_range_fail_whatever_unit_pandas_holds_them_in(con: duckdb.DuckDBPyConnection) -> None:
    # One date before the programme, one past 2262 (beyond datetime64[ns]: that column keeps its unit).
    _insert(con, [_row(i) for i in range(5)] + [_row(5, start_date=dt.date(2014, 12, 31)),
                                                  _row(6, start_date=dt.date(2300, 1, 1))])
    result = _only(run_batch_checks(con, EXPECTATIONS))
    dates = [f for f in result.failed if f.column == "start_date"]
    assert [(f.expectation, f.unexpected_count) for f in dates] == [("expect_column_values_to_be_between", 2)]


def test_dates_reach_great_expectations_in_nanoseconds_where_they_fit() -> None:
    frame = duckdb.sql("select date '2021-09-01' as fits, date '2300-01-01' as far, 'x' as text").df()
    assert str(frame["fits"].dtype) == "datetime64[us]"  # what DuckDB hands over
    converted = nanosecond_datetimes(frame)
    assert [str(converted[c].dtype) for c in ("fits", "far", "text")] == ["datetime64[ns]", "datetime64[us]", "str"]
    assert converted["fits"][0] == dt.datetime(2021, 9, 1) and converted["far"][0] == dt.datetime(2300, 1, 1)


def test_a_night_with_no_new_rows_validates_nothing_and_passes(con: duckdb.DuckDBPyConnection) -> None:
    result = _only(run_batch_checks(con, EXPECTATIONS))
    assert result.success and result.rows == 0 and result.evaluated == 0 and result.failed == []
    _insert(con, [_row(1)])
    result = _only(run_batch_checks(con, EXPECTATIONS))
    assert result.success and result.rows == 1 and result.evaluated == ROSTER_EXPECTATIONS


def test_missing_table_is_not_an_error(tmp_path: Path) -> None:
    with duckdb.connect(str(tmp_path / "fresh.duckdb")) as fresh:
        result = _only(run_batch_checks(fresh, EXPECTATIONS))
    assert result.success and result.rows == 0 and result.evaluated == 0 and result.failed == []


def test_check_that_cannot_run_names_only_the_error_type(con: duckdb.DuckDBPyConnection, tmp_path: Path) -> None:
    _insert(con, [_row(1)])
    suite = {"name": SUITE, "expectations": [{"type": "expect_column_values_to_not_be_null", "kwargs": {"column": "nope"},
                                                 "meta": {"severity": "blocking"}}]}
    (tmp_path / f"{SUITE}.json").write_text(json.dumps(suite), encoding="utf-8")
    (failure,) = _only(run_batch_checks(con, tmp_path)).failed
    assert failure.column == "nope" and "could not run (MetricResolutionError)" in failure.description


def test_file_context_is_idempotent(con: duckdb.DuckDBPyConnection, tmp_path: Path) -> None:
    _insert(con, [_row(i) for i in range(3)])
    first = run_batch_checks(con, EXPECTATIONS, gx_root=tmp_path / "gx_project")
    second = run_batch_checks(con, EXPECTATIONS, gx_root=tmp_path / "gx_project")
    assert first == second and _only(first).success


# ---------------------------------------------------------------------------- severity, batches, results

TODAY = dt.date(2026, 12, 1)


def _fact(index: int, **overrides: Any) -> dict[str, Any]:
    fact: dict[str, Any] = {
        "file_id": "r" * 64, "source_file": "report.txt", "fact_index": index, "kind": "funding",
        "metric": "living_subsidy", "value": 80.0, "unit": "yuan", "basis": "per_person_day",
        "qualifier": "exact", "region": "渭源县", "year": 2025, "evidence": "每人每天补助80元。",
        "confidence": 0.9, "run_id": "run-1", "loaded_at": dt.datetime(2026, 12, 1, 2, 0),
    }
    fact.update(overrides)
    return fact


def _insert_into(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict[str, Any]]) -> None:
    columns = list(rows[0])
    con.executemany(f"insert into {table} ({', '.join(columns)}) values ({', '.join('?' * len(columns))})",
                    [[row[column] for column in columns] for row in rows])


def _suite(results: list[SuiteResult], name: str) -> SuiteResult:
    return next(result for result in results if result.suite == name)


def _failed(result: SuiteResult) -> list[tuple[str, str | None, str]]:
    return [(failure.expectation, failure.column, failure.severity) for failure in result.failed]


def _accept(con: duckdb.DuckDBPyConnection, run_id: str, blocking_failed: bool = False) -> None:
    """The run's checks as the flow records them: one expectation row, failed or not."""
    con.execute(
        "insert into meta.check_results (run_id, source, suite, check_name, severity, success, checked_at)"
        " values (?, 'expectation', 'raw__roster__assignments', 'x', 'blocking', ?, now())",
        [run_id, not blocking_failed],
    )


def test_a_living_subsidy_of_50000_yuan_a_day_is_a_warning_and_80_passes(con: duckdb.DuckDBPyConnection) -> None:
    _insert_into(con, "raw.report__facts", [_fact(0), _fact(1, value=120.0, basis="per_person_year")])
    good = _suite(run_batch_checks(con, EXPECTATIONS, today=TODAY), "raw__report__facts")
    assert good.failed == [] and good.success
    _insert_into(con, "raw.report__facts", [_fact(2, value=50000.0)])
    bad = _suite(run_batch_checks(con, EXPECTATIONS, today=TODAY), "raw__report__facts")
    assert _failed(bad) == [("expect_column_values_to_be_between", "value", "warning")]
    assert "1 of 2 rows fail" in bad.failed[0].description and "50000" not in bad.failed[0].description
    assert bad.blocking_failed == [] and not bad.success
    (check,) = [c for c in bad.checks if not c.success]
    assert check.check == 'expect_column_values_to_be_between where metric == "living_subsidy" and basis == "per_person_day"'


def test_an_unknown_unit_blocks(con: duckdb.DuckDBPyConnection) -> None:
    _insert_into(con, "raw.report__facts", [_fact(0), _fact(1, unit="斤")])
    result = _suite(run_batch_checks(con, EXPECTATIONS, today=TODAY), "raw__report__facts")
    assert _failed(result) == [("expect_column_values_to_be_in_set", "unit", "blocking")]
    assert all("斤" not in text for text in _all_strings(result))


def test_a_column_mostly_empty_is_a_warning(con: duckdb.DuckDBPyConnection) -> None:
    _insert(con, [_row(i) for i in range(19)] + [_row(19, county=None)])  # 5% empty: allowed
    assert _only(run_batch_checks(con, EXPECTATIONS, today=TODAY)).failed == []
    _insert(con, [_row(i, county=None, row_number=100 + i) for i in range(20, 30)])  # 11 of 30 empty
    result = _only(run_batch_checks(con, EXPECTATIONS, today=TODAY))
    assert _failed(result) == [("expect_column_values_to_not_be_null", "county", "warning")]
    assert "11 of 30 rows fail (36.7%; at most 5% allowed)" in result.failed[0].description


def test_keys_of_reports_and_people_must_be_unique(con: duckdb.DuckDBPyConnection) -> None:
    person = {"file_id": "r" * 64, "source_file": "report.txt", "person_index": 0, "cadre_name": "张三",
              "role_code": "first_secretary", "village": "石门村", "evidence": "第一书记张三",
              "confidence": 0.9, "run_id": "run-1", "loaded_at": dt.datetime(2026, 12, 1)}
    _insert_into(con, "raw.report__people", [person, {**person, "cadre_name": "李四"}])
    result = _suite(run_batch_checks(con, EXPECTATIONS, today=TODAY), "raw__report__people")
    assert _failed(result) == [("expect_compound_columns_to_be_unique", "file_id, person_index", "blocking")]
    assert all("张三" not in text and "李四" not in text for text in _all_strings(result))


def _county_check(con: duckdb.DuckDBPyConnection, column: str) -> tuple[bool, str]:
    result = _suite(run_batch_checks(con, EXPECTATIONS, today=TODAY), "aggregate__roster_counties")
    (check,) = [c for c in result.checks if c.column == column]
    assert check.severity == "warning"
    return check.success, check.observed


def test_a_county_roster_that_shrinks_by_half_is_named_in_a_warning(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("insert into meta.run_log (run_id, started_at, status, run_date) values"
                " ('run-0', now(), 'succeeded', ?), ('run-1', now(), 'running', ?)", [TODAY, TODAY])
    _insert(con, [_row(i, run_id="run-0") for i in range(20)] + [_row(50 + i, county="光山县", run_id="run-0") for i in range(4)])
    assert record_roster_counts(con, "run-0", TODAY) == 2
    assert record_roster_counts(con, "run-0", TODAY) == 0  # unchanged counts are not recorded again
    con.execute("delete from raw.roster__assignments where county = '渭源县' and row_number > 13")  # 12 of 20 left
    assert _county_check(con, "rows_ratio") == (True, "0 of 2 rows fail")
    con.execute("delete from raw.roster__assignments where county = '渭源县' and row_number > 10")  # 9 of 20 left
    assert _county_check(con, "rows_ratio") == (False, "1 of 2 rows fail: 渭源县")


def test_a_county_with_no_roster_for_90_days_is_named_in_a_warning(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("insert into meta.run_log (run_id, started_at, status, run_date) values"
                " ('old', now(), 'succeeded', ?), ('new', now(), 'succeeded', ?)",
                [TODAY - dt.timedelta(days=91), TODAY - dt.timedelta(days=90)])
    _insert(con, [_row(1, run_id="old", county="光山县"), _row(2, run_id="new")])
    assert _county_check(con, "days_since_last_roster") == (False, "1 of 2 rows fail: 光山县")
    con.execute("update meta.run_log set run_date = ? where run_id = 'old'", [TODAY - dt.timedelta(days=89)])
    assert _county_check(con, "days_since_last_roster") == (True, "0 of 2 rows fail")


def test_a_night_ten_times_the_largest_accepted_one_is_named_in_a_warning_and_the_first_night_has_no_limit(
        con: duckdb.DuckDBPyConnection) -> None:
    def sizes() -> tuple[bool, str, dict[str, tuple]]:
        result = _suite(run_batch_checks(con, EXPECTATIONS, today=TODAY), "aggregate__night_sizes")
        (check,) = [c for c in result.checks if c.column == "night_ratio"]
        assert check.severity == "warning"
        table = {row[0]: row[1:] for row in con.execute(BATCHES["night_sizes"]).fetchall()}
        return check.success, check.observed, table

    _insert(con, [_row(i, run_id="first") for i in range(30)])  # a first night of any size passes
    success, observed, table = sizes()
    assert (success, table["roster__assignments"]) == (True, (30, None, None))
    _accept(con, "first")
    _insert(con, [_row(100 + i, run_id="second") for i in range(3)])
    _accept(con, "second")
    _insert(con, [_row(200 + i, run_id="tonight") for i in range(300)])  # exactly ten times the largest night
    success, observed, table = sizes()
    assert (success, table["roster__assignments"]) == (True, (300, 30, 10.0))
    assert table["report__facts"] == (0, None, None)
    _insert(con, [_row(600, run_id="tonight")])
    assert sizes()[:2] == (False, "1 of 4 rows fail: roster__assignments")


def test_only_rows_no_accepted_run_checked_are_validated(con: duckdb.DuckDBPyConnection) -> None:
    _insert(con, [_row(1, run_id="accepted", role_code="boss"), _row(2, run_id="blocked", role_code="boss")])
    _accept(con, "accepted")
    _accept(con, "blocked", blocking_failed=True)  # its rows never reached the marts: checked again
    _insert(con, [_row(i, run_id="tonight") for i in range(3, 6)])
    result = _only(run_batch_checks(con, EXPECTATIONS, today=TODAY))
    assert result.rows == 4
    assert [(f.column, f.unexpected_count, f.severity) for f in result.blocking_failed] == [("role_code", 1, "blocking")]
    con.execute("update meta.check_results set success = true where run_id = 'blocked'")  # say it was fixed
    result = _only(run_batch_checks(con, EXPECTATIONS, today=TODAY))
    assert result.rows == 3 and result.failed == []


def test_the_column_checks_take_their_columns_from_the_raw_contract_and_a_dropped_column_blocks(
        con: duckdb.DuckDBPyConnection) -> None:
    from flows.warehouse.schema import table_columns

    for path in EXPECTATIONS.glob("raw__*.json"):
        (check,) = [e for e in load_suite(path)["expectations"] if e["type"] == "expect_table_columns_to_match_set"]
        assert check["kwargs"]["column_set"] == list(table_columns(".".join(suite_table(path.stem)))), path.name
    _insert(con, [_row(1)])
    con.execute("alter table raw.roster__assignments drop column dispatch_unit")
    result = _only(run_batch_checks(con, EXPECTATIONS, today=TODAY))
    assert ("expect_table_columns_to_match_set", None, "blocking") in _failed(result)


def test_every_expectation_declares_its_severity(tmp_path: Path) -> None:
    for path in EXPECTATIONS.glob("*.json"):
        load_suite(path)  # raises on a missing or unknown severity
    suite = {"name": SUITE, "expectations": [{"type": "expect_column_values_to_not_be_null",
                                              "kwargs": {"column": "village"}, "meta": {"severity": "fatal"}}]}
    (tmp_path / f"{SUITE}.json").write_text(json.dumps(suite), encoding="utf-8")
    with pytest.raises(ValueError, match="meta.severity"):
        load_suite(tmp_path / f"{SUITE}.json")


def test_results_land_in_meta_check_results_without_personal_values(con: duckdb.DuckDBPyConnection) -> None:
    clear = _id_number(7)
    _insert(con, [_row(i) for i in range(5)] + [_row(7, id_masked=clear, cadre_name="王小明", county=None)])
    results = run_batch_checks(con, EXPECTATIONS, today=TODAY)
    written = record_expectations(con, "run-1", results)
    assert written == sum(result.evaluated for result in results) > 25
    # only suites with new rows (and the aggregates) are validated: the report tables are empty tonight
    assert {r.suite for r in results if r.evaluated} == {SUITE, "aggregate__night_sizes", "aggregate__roster_counties"}
    rows = con.execute("select * from meta.check_results").df()
    assert set(rows["source"]) == {"expectation"} and set(rows["severity"]) == {"blocking", "warning"}
    leak = rows[(rows["check_name"] == "expect_column_values_to_not_match_regex") & ~rows["success"]]
    assert leak[["severity", "failed_count"]].values.tolist() == [["blocking", 1]]
    columns_rows = rows[rows["check_name"] == "expect_table_columns_to_match_set"]
    assert set(columns_rows["observed"]) == {"every column present"} and columns_rows["success"].all()
    text = rows.astype(str).to_csv()
    assert clear not in text and clear[6:14] not in text and "王小明" not in text
    # dbt's tests join them: error is blocking, warn is warning (run_results.json and manifest.json shapes).
    run_results = {"results": [
        {"unique_id": "test.zhucun.unique_dim_cadre_cadre_key.1", "status": "pass", "failures": 0, "message": None},
        {"unique_id": "test.zhucun.assert_reconciled.2", "status": "warn", "failures": 3,
         "message": f"Got 3 results, configured to warn if != 0 ({clear})"},
        {"unique_id": "model.zhucun.dim_cadre", "status": "success"},
    ]}
    manifest = {"nodes": {
        "test.zhucun.unique_dim_cadre_cadre_key.1": {"config": {"severity": "ERROR"}, "column_name": "cadre_key",
                                                     "attached_node": "model.zhucun.dim_cadre",
                                                     "test_metadata": {"name": "unique"}},
        "test.zhucun.assert_reconciled.2": {"config": {"severity": "warn"}, "name": "assert_reconciled"},
    }}
    assert record_dbt_tests(con, "run-1", read_tests(run_results, manifest)) == 2
    dbt_rows = con.execute("select check_name, column_name, severity, success, failed_count, observed"
                           " from meta.check_results where source = 'dbt' order by check_name").fetchall()
    assert [row[:5] for row in dbt_rows] == [("assert_reconciled", None, "warning", False, 3),
                                             ("unique", "cadre_key", "blocking", True, 0)]
    assert clear not in dbt_rows[0][5] and "Got 3 results" in dbt_rows[0][5]
    counts = count_by_outcome(run_checks(con, "run-1"))
    # id_masked clear and not masked; county empty, no roster since 2024 (loaded_at), the dbt warn.
    assert (counts["blocking failed"], counts["warning failed"]) == (2, 3)


def test_the_report_page_shows_blocking_and_warning_results_from_the_table(con: duckdb.DuckDBPyConnection) -> None:
    from flows.steward.report_page import gather_checks

    _insert(con, [_row(i) for i in range(5)] + [_row(9, role_code="boss", county=None, loaded_at=dt.datetime(2026, 11, 30))])
    record_expectations(con, "run-1", run_batch_checks(con, EXPECTATIONS, today=TODAY))
    checks = gather_checks(con, "run-1", {"batch_checks": [{"suite": "ignored once the table has rows"}]})
    failed = [(c.name, c.target, c.severity) for c in checks if not c.passed]
    assert failed[0] == (SUITE, "raw.roster__assignments · role_code", "blocking")  # blocking first
    assert (SUITE, "raw.roster__assignments · county", "warning") in failed[1:]
    assert "boss" not in "".join(c.detail for c in checks)
    passed = {c.name: c.detail for c in checks if c.passed}
    assert set(passed) == {SUITE, "aggregate__night_sizes", "aggregate__roster_counties"}  # one line per suite checked
    roster_failed = sum(name == SUITE for name, _, _ in failed)
    assert passed[SUITE].startswith(f"{ROSTER_EXPECTATIONS - roster_failed} expectations passed")


# ---------------------------------------------------------------------------- chunks of the batch

def _checks(result: SuiteResult) -> list[tuple]:
    return [(c.check, c.column, c.severity, c.success, c.observed, c.failed_count) for c in result.checks]


def test_a_blocking_failure_only_in_the_second_chunk_fails_the_run(con: duckdb.DuckDBPyConnection) -> None:
    _insert(con, [_row(0), _row(1), _row(2), _row(3, role_code="boss"), _row(4)])  # chunks: 0-1, 2-3, 4
    chunked = _only(run_batch_checks(con, EXPECTATIONS, today=TODAY, chunk_rows=2))
    assert not chunked.success and chunked.rows == 5
    assert [(f.expectation, f.column, f.unexpected_count, f.severity) for f in chunked.failed] == [
        ("expect_column_values_to_be_in_set", "role_code", 1, "blocking")]
    assert "1 of 5 rows fail" in chunked.failed[0].description
    whole = _only(run_batch_checks(con, EXPECTATIONS, today=TODAY))  # one chunk: the same results, check by check
    assert _checks(chunked) == _checks(whole) and chunked.evaluated == whole.evaluated == ROSTER_EXPECTATIONS


def test_a_duplicate_key_in_another_chunk_is_found(con: duckdb.DuckDBPyConnection) -> None:
    _insert(con, [_row(0), _row(1), _row(2), _row(3, row_number=2)])  # rows 0 and 3 share a key, chunks apart
    result = _only(run_batch_checks(con, EXPECTATIONS, today=TODAY, chunk_rows=2))
    (failure,) = result.failed
    assert (failure.expectation, failure.unexpected_count) == ("expect_compound_columns_to_be_unique", 2)
    assert "2 of 4 rows fail" in failure.description


def test_mostly_is_applied_to_the_whole_batch_not_to_each_chunk(con: duckdb.DuckDBPyConnection) -> None:
    # 1 of 20 counties empty (5%, allowed) but all in the last chunk of 5 rows, where it is 20%.
    _insert(con, [_row(i) for i in range(19)] + [_row(19, county=None)])
    result = _only(run_batch_checks(con, EXPECTATIONS, today=TODAY, chunk_rows=5))
    assert result.success and result.failed == []
    (county,) = [c for c in result.checks if c.column == "county"]
    assert county.observed == "1 of 20 rows fail (5.0%; at most 5% allowed)"


def test_a_whole_batch_expectation_is_not_judged_chunk_by_chunk(con: duckdb.DuckDBPyConnection, tmp_path: Path) -> None:
    # Three roles in the batch, at most two in any chunk of two rows.
    suite = {"name": SUITE, "expectations": [
        {"type": "expect_column_unique_value_count_to_be_between", "kwargs": {"column": "role_code", "min_value": 3},
         "meta": {"severity": "blocking"}}]}
    (tmp_path / f"{SUITE}.json").write_text(json.dumps(suite), encoding="utf-8")
    _insert(con, [_row(0, role_code="first_secretary"), _row(1, role_code="team_leader"), _row(2), _row(3)])
    assert _only(run_batch_checks(con, tmp_path, today=TODAY, chunk_rows=2)).success
    con.execute("update raw.roster__assignments set role_code = 'team_member'")
    assert not _only(run_batch_checks(con, tmp_path, today=TODAY, chunk_rows=2)).success


def test_facts_checked_one_row_at_a_time_give_the_same_results_as_one_chunk(con: duckdb.DuckDBPyConnection) -> None:
    # Row conditions leave most one-row chunks empty; a key repeats across chunks; one unit is unknown.
    _insert_into(con, "raw.report__facts", [
        _fact(0), _fact(1, value=120.0, basis="per_person_year"), _fact(2, value=50000.0),
        _fact(3, unit="斤", region=None), _fact(3, metric="work_funds", basis="total", year=None)])
    one = _suite(run_batch_checks(con, EXPECTATIONS, today=TODAY), "raw__report__facts")
    rows = _suite(run_batch_checks(con, EXPECTATIONS, today=TODAY, chunk_rows=1), "raw__report__facts")
    assert _checks(rows) == _checks(one)
    assert [(f.expectation, f.column, f.unexpected_count) for f in rows.blocking_failed] == [
        ("expect_compound_columns_to_be_unique", "file_id, fact_index", 2), ("expect_column_values_to_be_in_set", "unit", 1)]
    assert "1 of 3 rows fail" in rows.warnings[0].description  # 50,000 a day, among the 3 living subsidies per day
