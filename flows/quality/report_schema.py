"""Row checks on facts and people extracted from reports (pandera, lazy): vocabulary and plausibility.

A fact that fails goes to quarantine.report_items with its evidence, so a steward can judge it;
the rest of the report loads.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from flows.quality.reasons import reason
from flows.reports.catalog import BASES, KINDS, QUALIFIERS, UNITS  # one vocabulary for extractor and checks

ROLES = ("first_secretary", "team_leader", "team_member")

# Upper bounds a real statement stays under; above them it is an OCR or unit error (万 read twice).
_MAX_BY_UNIT = {
    "percent": 100.0,
    "yuan": 5e11,
    "person": 5e7,
    "person_time": 1e8,
    "household": 5e7,
    "team": 1e6,
    "village": 1e6,
    "item": 1e7,
    "km": 1e6,
    "mu": 1e9,
    "day": 366.0,
    "year": 120.0,
}


class ReportFactClean(pa.DataFrameModel):
    """One fact as it may enter raw.report__facts."""

    kind: Series[str] = pa.Field(isin=KINDS, nullable=False)
    unit: Series[str] = pa.Field(isin=UNITS, nullable=False)
    basis: Series[str] = pa.Field(isin=BASES, nullable=True)
    qualifier: Series[str] = pa.Field(isin=QUALIFIERS, nullable=False)
    value: Series[float] = pa.Field(ge=0, nullable=False, coerce=True)
    confidence: Series[float] = pa.Field(ge=0, le=1, nullable=False, coerce=True)
    evidence: Series[str] = pa.Field(str_length={"min_value": 1}, nullable=False)

    @pa.dataframe_check(name="value_implausible")
    def _plausible(cls, frame: pd.DataFrame) -> pd.Series:
        limit = frame["unit"].map(_MAX_BY_UNIT).fillna(float("inf"))
        return pd.to_numeric(frame["value"], errors="coerce").fillna(0) <= limit

    @pa.dataframe_check(name="basis_on_non_money")
    def _basis_only_on_money(cls, frame: pd.DataFrame) -> pd.Series:
        return frame["basis"].isna() | (frame["unit"] == "yuan")

    @pa.dataframe_check(name="year_implausible")
    def _year(cls, frame: pd.DataFrame) -> pd.Series:
        year = pd.to_numeric(frame["year"], errors="coerce")
        return year.isna() | year.between(2000, dt.date.today().year + 1)


class ReportPersonClean(pa.DataFrameModel):
    """One stationed cadre named by a report, as it may enter raw.report__people."""

    cadre_name: Series[str] = pa.Field(str_length={"min_value": 2, "max_value": 6}, nullable=False)
    role_code: Series[str] = pa.Field(isin=ROLES, nullable=True)
    confidence: Series[float] = pa.Field(ge=0, le=1, nullable=False, coerce=True)


# pandera names a failed built-in check after the check; map it, with the column, to our reasons.
_FACT_REASONS = {
    "kind": "fact_kind_unknown", "unit": "unit_unknown", "basis": "basis_unknown",
    "qualifier": "qualifier_unknown", "value": "value_negative", "confidence": "confidence_range",
    "evidence": "evidence_missing",
}
_PERSON_REASONS = {"cadre_name": "person_name_missing", "role_code": "person_role_unknown",
                   "confidence": "confidence_range"}
_FRAME_CHECK_COLUMNS = {"value_implausible": "value", "basis_on_non_money": "basis", "year_implausible": "year"}


def _failures(frame: pd.DataFrame, model: type[pa.DataFrameModel], by_column: dict[str, str],
              known_metrics: Iterable[str] | None = None) -> list[tuple[int, str, str]]:
    """(index, column, reason code) for every failed check; an empty frame has none."""
    if frame.empty:
        return []
    found: list[tuple[int, str, str]] = []
    try:
        model.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as errors:
        cases = errors.failure_cases
        for case in cases.itertuples(index=False):
            if pd.isna(case.index):
                continue
            check = str(case.check)
            if check in _FRAME_CHECK_COLUMNS:
                found.append((int(case.index), _FRAME_CHECK_COLUMNS[check], check))
            elif case.column in by_column:
                found.append((int(case.index), str(case.column), by_column[str(case.column)]))
    if known_metrics is not None and "metric" in frame:
        known = set(known_metrics)
        for index, metric in frame["metric"].items():
            if metric not in known:
                found.append((int(index), "metric", "metric_unknown"))
    return sorted(set(found))


def check_report_items(
    facts: pd.DataFrame, people: pd.DataFrame, known_metrics: Iterable[str]
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Split a report's facts and people into those that load and quarantine rows for the rest."""
    facts = facts.reset_index(drop=True)
    people = people.reset_index(drop=True)
    fact_failures = _failures(facts, ReportFactClean, _FACT_REASONS, known_metrics)
    person_failures = _failures(people, ReportPersonClean, _PERSON_REASONS)
    quarantine = [
        _quarantine_row("fact", facts, index, column, code, "fact_index") for index, column, code in fact_failures
    ] + [
        _quarantine_row("person", people, index, column, code, "person_index")
        for index, column, code in person_failures
    ]
    facts_ok = facts.drop(index=sorted({index for index, _, _ in fact_failures}))
    people_ok = people.drop(index=sorted({index for index, _, _ in person_failures}))
    columns = ["item_type", "item_index", "column_name", "reason_code", "reason_zh", "reason_en",
               "value_shown", "evidence"]
    return facts_ok, people_ok, pd.DataFrame(quarantine, columns=columns)


def _quarantine_row(item_type: str, frame: pd.DataFrame, index: int, column: str, code: str,
                    index_column: str) -> dict[str, object]:
    why = reason(code)
    value = frame.at[index, column] if column in frame else None
    return {
        "item_type": item_type,
        "item_index": int(frame.at[index, index_column]),
        "column_name": column,
        "reason_code": why.code,
        "reason_zh": why.zh,
        "reason_en": why.en,
        "value_shown": None if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)[:100],
        "evidence": str(frame.at[index, "evidence"])[:300] if "evidence" in frame else None,
    }
