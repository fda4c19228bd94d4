"""The aggregate suites' expectations judged on the aggregate's few rows in plain Python, without GX.

An aggregate batch (batch_checks.BATCHES) is one row per county or per raw table: a few thousand rows
at most. Judging it needs two expectation types, and importing Great Expectations to judge them costs
~3 s of CPU, which a night with no new rows would otherwise pay for these suites alone (the table
suites have nothing to validate then). The rules below follow GX's column-map semantics for the
kwargs they accept: missing values (None, NaN) are neither expected nor unexpected, `unexpected_percent`
is of the values present, `mostly` is the share of present values that must pass. A suite using any
other type or kwarg returns None from `judge` and is validated by GX as before.
tests/unit/test_aggregate_rules.py holds the outcomes equal to GX's on the same rows.
"""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

# The kwargs each type is judged with here; anything else goes to GX.
_KWARGS = {
    "expect_column_values_to_be_between": {"column", "min_value", "max_value", "strict_min", "strict_max", "mostly"},
    "expect_column_values_to_be_unique": {"column", "mostly"},
}


@dataclass(frozen=True)
class RuleConfig:
    """The parts of a GX ExpectationConfiguration that batch_checks reads from a result."""

    type: str
    kwargs: dict[str, Any]
    meta: dict[str, Any] = field(default_factory=dict)
    description: str | None = None


@dataclass(frozen=True)
class RuleResult:
    """The parts of a GX ExpectationValidationResult that batch_checks reads."""

    expectation_config: RuleConfig
    success: bool
    result: dict[str, Any]
    exception_info: dict[str, Any] | None = None


def judgeable(suite_dict: dict[str, Any]) -> bool:
    """Every expectation of the suite is of a type, with kwargs, that `judge` follows GX on."""
    for expectation in suite_dict.get("expectations", []):
        allowed = _KWARGS.get(expectation.get("type", ""))
        kwargs = expectation.get("kwargs") or {}
        if allowed is None or not set(kwargs) <= allowed or "column" not in kwargs:
            return False
        if expectation["type"].endswith("_between") and kwargs.get("min_value") is None \
                and kwargs.get("max_value") is None:
            return False  # GX refuses a range with no bound: let it say so
    return True


def judge(suite_dict: dict[str, Any], columns: Sequence[str], rows: Sequence[Sequence[Any]],
          identify_by: Sequence[str] = ()) -> list[RuleResult] | None:
    """Each expectation's result on `rows` (in suite order), or None when the suite is not judgeable here."""
    if not judgeable(suite_dict):
        return None
    index = {name: position for position, name in enumerate(columns)}
    results = []
    for expectation in suite_dict.get("expectations", []):
        kwargs = dict(expectation["kwargs"])
        if kwargs["column"] not in index:
            return None  # GX reports a missing column its own way
        values = [row[index[kwargs["column"]]] for row in rows]
        failing = _failing(expectation["type"], kwargs, values)
        present = sum(1 for value in values if not _missing(value))
        unexpected = [position for position, fails in enumerate(failing) if fails]
        mostly = float(kwargs.get("mostly", 1.0))
        details: dict[str, Any] = {
            "element_count": len(values),
            "missing_count": len(values) - present,
            "unexpected_count": len(unexpected),
            "unexpected_percent": 100.0 * len(unexpected) / present if present else None,
        }
        if identify_by and unexpected:  # as GX lists them: one entry, each column's values in row order
            details["unexpected_index_list"] = [
                {name: [rows[position][index[name]] for position in unexpected] for name in identify_by}]
        elif identify_by:
            details["unexpected_index_list"] = []
        success = present == 0 or (present - len(unexpected)) / present >= mostly
        config = RuleConfig(expectation["type"], kwargs, dict(expectation.get("meta") or {}),
                            expectation.get("description"))
        results.append(RuleResult(config, success, details))
    return results


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _failing(kind: str, kwargs: dict[str, Any], values: list[Any]) -> list[bool]:
    """Whether each value is unexpected; a missing value never is."""
    if kind == "expect_column_values_to_be_unique":
        counts = Counter(value for value in values if not _missing(value))
        return [not _missing(value) and counts[value] > 1 for value in values]
    low, high = kwargs.get("min_value"), kwargs.get("max_value")
    above: Callable[[Any], bool] = (lambda v: v > low) if kwargs.get("strict_min") else (lambda v: v >= low)
    below: Callable[[Any], bool] = (lambda v: v < high) if kwargs.get("strict_max") else (lambda v: v <= high)
    return [not _missing(value) and not ((low is None or above(value)) and (high is None or below(value)))
            for value in values]
