"""The aggregate suites judged without GX give the outcomes GX gives on the same rows (batch_checks
records these outcomes in meta.check_results and the run summary, so they must not differ)."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")

from flows.quality.aggregate_rules import judge, judgeable  # noqa: E402
from flows.quality.batch_checks import _make_context, _outcome, _validate, load_suite  # noqa: E402

EXPECTATIONS = Path(__file__).resolve().parents[2] / "expectations"
COUNTIES = ["county", "rows_now", "rows_before", "rows_ratio", "days_since_last_roster"]
SIZES = ["table_name", "rows_tonight", "largest_night_before", "night_ratio"]

# Rules beyond what the shipped suites use today, so a suite edited later is still judged as GX would.
EDGE_SUITE: dict[str, Any] = {
    "name": "aggregate__edges",
    "expectations": [
        {"type": "expect_column_values_to_be_between", "kwargs": {"column": "x", "min_value": 1, "max_value": 3,
                                                                  "strict_min": True, "strict_max": True},
         "description": "strictly between", "meta": {"severity": "warning"}},
        {"type": "expect_column_values_to_be_between", "kwargs": {"column": "x", "max_value": 2, "mostly": 0.5},
         "description": "mostly at most two", "meta": {"severity": "warning"}},
        {"type": "expect_column_values_to_be_between", "kwargs": {"column": "x", "max_value": 2, "mostly": 0.9},
         "description": "nearly all at most two", "meta": {"severity": "blocking"}},
        {"type": "expect_column_values_to_be_unique", "kwargs": {"column": "name"},
         "description": "one row per name", "meta": {"severity": "blocking"}},
    ],
    "meta": {"identify_by": ["name"]},
}

CASES = {
    "counties pass": ("aggregate__roster_counties", COUNTIES, [
        ("渭源县", 20, 20, 1.0, 3), ("光山县", 4, None, None, 0)]),
    "counties shrink, go stale and repeat": ("aggregate__roster_counties", COUNTIES, [
        ("渭源县", 9, 20, 0.45, 91), ("光山县", 4, 4, 1.0, 120), ("光山县", 4, 4, 1.0, None),
        ("(未填县 no county)", 0, 3, 0.0, None)]),
    "sizes, first night (no ratio)": ("aggregate__night_sizes", SIZES, [
        ("report__facts", 0, None, None), ("roster__assignments", 30, None, None)]),
    "sizes, a night too large": ("aggregate__night_sizes", SIZES, [
        ("report__facts", 0, 5, 0.0), ("roster__assignments", 301, 30, 10.033), ("roster__assignments", 1, 1, 10.0)]),
    "no rows": ("aggregate__night_sizes", SIZES, []),
    "edges": (EDGE_SUITE, ["name", "x"], [
        ("a", 1.0), ("b", 2.0), ("c", 3.0), ("d", float("nan")), ("b", None), ("e", 2.5), ("f", None)]),
    "edges, nothing present": (EDGE_SUITE, ["name", "x"], [("a", None), (None, None)]),
}


@pytest.fixture(scope="module")
def context():
    return _make_context(None)


def _suite(name_or_suite: str | dict[str, Any]) -> dict[str, Any]:
    return load_suite(EXPECTATIONS / f"{name_or_suite}.json") if isinstance(name_or_suite, str) else name_or_suite


@pytest.mark.parametrize("case", sorted(CASES))
def test_outcomes_equal_great_expectations_on_the_same_rows(case: str, context) -> None:
    suite_name, columns, rows = CASES[case]
    suite = _suite(suite_name)
    identify_by = list((suite.get("meta") or {}).get("identify_by") or [])
    frame = pd.DataFrame(rows, columns=columns) if rows else pd.DataFrame({c: [] for c in columns})
    validated = _validate(context, suite, f"aggregate {case}", [frame], identify_by)
    by_gx = [_outcome(validated[position][0], identify_by) for position in sorted(validated)]
    ours = judge(suite, columns, rows, identify_by)
    assert ours is not None
    assert [_outcome(result, identify_by) for result in ours] == by_gx
    assert [result.success for result in ours] == [check.success for check in by_gx]


def test_the_shipped_aggregate_suites_are_judged_without_gx() -> None:
    for path in sorted(EXPECTATIONS.glob("aggregate__*.json")):
        assert judgeable(load_suite(path)), f"{path.name} would import GX on a night with no new rows"


def test_a_rule_it_does_not_follow_is_left_to_gx() -> None:
    regex = {"expectations": [{"type": "expect_column_values_to_match_regex",
                               "kwargs": {"column": "name", "regex": "县$"}, "meta": {"severity": "warning"}}]}
    conditioned = {"expectations": [{"type": "expect_column_values_to_be_between",
                                     "kwargs": {"column": "x", "min_value": 0, "row_condition": "x > 1"},
                                     "meta": {"severity": "warning"}}]}
    unbounded = {"expectations": [{"type": "expect_column_values_to_be_between", "kwargs": {"column": "x"},
                                   "meta": {"severity": "warning"}}]}
    for suite in (regex, conditioned, unbounded):
        assert judge(suite, ["name", "x"], [("a", 1)]) is None
    assert judge(EDGE_SUITE, ["name", "y"], [("a", 1)]) is None  # a column the rows lack: GX says so its way
