"""Batch checks: run the Great Expectations suites in expectations/ against the warehouse tables.

A suite file `<schema>__<table>.json` checks the table `<schema>.<table>` (the first `__` splits
schema from table: `raw__roster__assignments` checks `raw.roster__assignments`). GX 1.x cannot
validate DuckDB through SQLAlchemy, so each table is read into pandas and validated as a
dataframe. Results carry counts, never values: an unexpected value may be an ID number or a phone.
"""
from __future__ import annotations

import json
import logging
import os
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb

if TYPE_CHECKING:  # importing great_expectations takes ~2 s: only runs that validate pay for it
    import pandas as pd
    from great_expectations.core import ExpectationSuiteValidationResult, ExpectationValidationResult
    from great_expectations.data_context import AbstractDataContext

log = logging.getLogger(__name__)

DATA_SOURCE = "zhucun_warehouse"
BATCH_DEFINITION = "whole_table"
# Counts only: `exclude_unexpected_values` keeps GX from collecting offending values at all, so
# they reach neither our results nor GX's validation store (uncommitted/ of a file context).
RESULT_FORMAT: dict[str, Any] = {
    "result_format": "BASIC",
    "partial_unexpected_count": 0,
    "exclude_unexpected_values": True,
    "include_unexpected_rows": False,
}
_IDENTIFIER = re.compile(r"[a-z][a-z0-9_]*")


@dataclass(frozen=True)
class FailedExpectation:
    expectation: str  # GX type, e.g. expect_column_values_to_not_match_regex
    column: str | None  # None for table-level checks; "a, b" for compound ones
    unexpected_count: int
    description: str  # for a steward; never holds a data value


@dataclass(frozen=True)
class SuiteResult:
    suite: str
    table: str
    success: bool
    evaluated: int  # expectations evaluated (0 when the table does not exist yet)
    failed: list[FailedExpectation]
    rows: int = 0


def suite_table(suite_name: str) -> tuple[str, str]:
    """`raw__roster__assignments` -> ("raw", "roster__assignments"); names become SQL, so check them."""
    schema, sep, table = suite_name.partition("__")
    if not (sep and _IDENTIFIER.fullmatch(schema) and _IDENTIFIER.fullmatch(table)):
        raise ValueError(f"suite name {suite_name!r} is not <schema>__<table> in lower-case identifiers")
    return schema, table


def run_batch_checks(
    con: duckdb.DuckDBPyConnection, expectations_dir: Path, gx_root: Path | None = None
) -> list[SuiteResult]:
    """Validate every table that has a suite in `expectations_dir`, one GX context for the whole run."""
    context: AbstractDataContext | None = None  # built on first use: a run with no tables skips GX
    results: list[SuiteResult] = []
    for path in sorted(expectations_dir.glob("*.json")):
        suite_dict = json.loads(path.read_text(encoding="utf-8"))
        name = suite_dict.get("name")
        if name != path.stem:
            raise ValueError(f"{path.name}: suite name {name!r} must equal the file name")
        schema, table = suite_table(name)
        qualified = f"{schema}.{table}"
        if not _table_exists(con, schema, table):
            log.info("batch checks: %s does not exist yet; suite %s skipped", qualified, name)
            results.append(SuiteResult(name, qualified, success=True, evaluated=0, failed=[]))
            continue
        frame = con.sql(f'select * from "{schema}"."{table}"').df()
        if context is None:
            context = _make_context(gx_root)
        started = time.perf_counter()
        outcome = _validate(context, suite_dict, qualified, frame)
        failed = [_failure(r) for r in outcome.results if not r.success]
        result = SuiteResult(
            suite=name,
            table=qualified,
            success=bool(outcome.success),
            evaluated=int(outcome.statistics["evaluated_expectations"]),
            failed=failed,
            rows=len(frame),
        )
        log.info(
            "batch checks: %s, %d rows, %d checks, %d failed, %.2f s",
            name, result.rows, result.evaluated, len(failed), time.perf_counter() - started,
        )
        results.append(result)
    return results


def _table_exists(con: duckdb.DuckDBPyConnection, schema: str, table: str) -> bool:
    row = con.execute(
        "select count(*) from information_schema.tables where table_schema = ? and table_name = ?",
        [schema, table],
    ).fetchone()
    return bool(row and row[0])


def _make_context(gx_root: Path | None) -> AbstractDataContext:
    """Ephemeral by default; a file context under gx_root keeps GX's config and result history."""
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")  # offline: no telemetry
    gx_log = logging.getLogger("great_expectations")
    if gx_log.level == logging.NOTSET:  # GX logs hundreds of INFO lines per run; keep its warnings
        gx_log.setLevel(logging.WARNING)
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    if gx_root is None:
        context: AbstractDataContext = gx.get_context(mode="ephemeral")
    else:
        # GX writes gx/.gitignore with uncommitted/ itself; the repo .gitignore covers it too.
        context = gx.get_context(mode="file", project_root_dir=gx_root)
    # tqdm "Calculating Metrics" bars would print on every validation; this is the GX 1.x switch
    # (the validator reads it from the context; TQDM_DISABLE cannot win over GX's explicit disable=).
    context.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
    # Once per run: add_or_update replaces the data source, dropping assets of earlier runs; each
    # suite adds its own asset again below, so the stored config always matches the suites.
    context.data_sources.add_or_update_pandas(name=DATA_SOURCE)
    return context


def _validate(
    context: AbstractDataContext, suite_dict: dict[str, Any], asset_name: str, frame: pd.DataFrame
) -> ExpectationSuiteValidationResult:
    import great_expectations as gx

    suite = gx.ExpectationSuite(**suite_dict)
    # GX logs and drops an expectation it cannot parse; a silently missing check is worse than a crash.
    if len(suite.expectations) != len(suite_dict.get("expectations", [])):
        raise ValueError(f"suite {suite.name}: some expectations are invalid (see the GX log above)")
    suite = context.suites.add_or_update(suite)

    source = context.data_sources.get(DATA_SOURCE)
    try:
        asset = source.get_asset(asset_name)
    except LookupError:
        asset = source.add_dataframe_asset(name=asset_name)
    try:
        batch_definition = asset.get_batch_definition(BATCH_DEFINITION)
    except KeyError:
        batch_definition = asset.add_batch_definition_whole_dataframe(BATCH_DEFINITION)

    validation = context.validation_definitions.add_or_update(
        gx.ValidationDefinition(name=suite.name, data=batch_definition, suite=suite)
    )
    # No actions: the default Data Docs action would pull CSS/JS from CDNs, and we report ourselves.
    checkpoint = context.checkpoints.add_or_update(
        gx.Checkpoint(name=suite.name, validation_definitions=[validation], actions=[], result_format=RESULT_FORMAT)
    )
    run = checkpoint.run(batch_parameters={"dataframe": frame})
    (outcome,) = run.run_results.values()
    return outcome


def _failure(result: ExpectationValidationResult) -> FailedExpectation:
    """Describe one failed expectation from its configuration and counts only, never its values."""
    config = result.expectation_config
    assert config is not None
    kwargs = config.kwargs
    column = kwargs.get("column") or (", ".join(kwargs["column_list"]) if "column_list" in kwargs else None)
    what = config.description or f"{config.type} on {column or 'the table'}"
    details: dict[str, Any] = result.result or {}
    count = int(details.get("unexpected_count") or 0)

    if result.exception_info and _raised(result.exception_info):
        # The message may quote data (e.g. a value that failed to parse), so name only its type.
        error = _exception_type(result.exception_info)
        description = f"{what} — the check could not run ({error}); fix the suite or the table."
    elif "unexpected_count" in details:
        description = f"{what} — {count:,} of {int(details.get('element_count') or 0):,} rows fail."
    elif config.type == "expect_table_row_count_to_be_between":
        description = f"{what} — the table has {int(details.get('observed_value') or 0):,} rows."
    elif config.type in ("expect_table_columns_to_match_set", "expect_table_columns_to_match_ordered_list"):
        missing = details.get("details", {}).get("mismatched", {}).get("missing") or []
        description = f"{what} — missing columns: {', '.join(map(str, missing)) or 'none (order or extra columns)'}."
    else:
        description = f"{what} — failed."  # an aggregate whose observed value might be personal
    return FailedExpectation(config.type, column, count, description)


def _raised(exception_info: dict[str, Any]) -> bool:
    # Flat {"raised_exception": ...} or, when a metric failed, {metric_id: {"raised_exception": ...}}.
    if "raised_exception" in exception_info:
        return bool(exception_info["raised_exception"])
    return any(isinstance(v, dict) and v.get("raised_exception") for v in exception_info.values())


def _exception_type(exception_info: dict[str, Any]) -> str:
    infos = [exception_info] if "raised_exception" in exception_info else list(exception_info.values())
    for info in infos:
        traceback = (info or {}).get("exception_traceback") or ""
        last = traceback.strip().splitlines()[-1] if traceback.strip() else ""
        name = last.split(":", 1)[0].rsplit(".", 1)[-1]
        if name.isidentifier():  # a wrapped message line is not a type name
            return name
    return "error"
