"""Batch checks: run the Great Expectations suites in expectations/ against the night's new rows.

A suite file `<schema>__<table>.json` checks the table `<schema>.<table>` (the first `__` splits
schema from table: `raw__roster__assignments` checks `raw.roster__assignments`). Only the rows no
accepted run has checked yet are validated: tonight's, and those of an earlier run whose blocking
checks failed (they are still in raw, and must not reach the marts unchecked). A suite whose meta
names a `batch` checks an aggregate instead (BATCHES below: SQL in DuckDB, a few rows per county).
GX 1.x cannot validate DuckDB through SQLAlchemy, so a batch is validated as pandas dataframes: row
checks on chunks of CHUNK_ROWS rows holding only the columns they read, uniqueness counted in DuckDB,
the rest as flows/quality/batch_plan.py routes them; memory follows the chunk, not the night's size.

Every expectation declares its severity in its meta: `blocking` (a failure fails the run and the
published marts stay as they were) or `warning` (reported, the run goes on). Results carry counts,
never values: an unexpected value may be an ID number or a phone. Only an aggregate suite may name
the rows that failed (`identify_by`, e.g. the county), since its rows hold no personal column.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import os
import re
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb

from flows.quality.aggregate_rules import RuleResult, judge
from flows.quality.batch_plan import columns_named, combine, quoted, route_of, uniqueness_in_sql
from flows.rosters.id_numbers import mask_personal_numbers
from flows.warehouse.schema import table_columns, table_exists

if TYPE_CHECKING:  # importing great_expectations takes ~2 s: only runs that validate pay for it
    import pandas as pd
    from great_expectations.core import ExpectationSuiteValidationResult, ExpectationValidationResult
    from great_expectations.data_context import AbstractDataContext

log = logging.getLogger(__name__)

DATA_SOURCE = "zhucun_warehouse"
BATCH_DEFINITION = "whole_table"
SEVERITIES = ("blocking", "warning")
# Rows of a batch validated at a time: the batch checks' memory follows this, not the night's size.
CHUNK_ROWS = 50_000
IDENTIFIED_ROWS = 10  # rows an aggregate check names (e.g. counties); the rest are counted
# Counts only: `exclude_unexpected_values` keeps GX from collecting offending values at all, so
# they reach neither our results nor GX's validation store (uncommitted/ of a file context).
RESULT_FORMAT: dict[str, Any] = {
    "result_format": "BASIC",
    "partial_unexpected_count": 0,
    "exclude_unexpected_values": True,
    "include_unexpected_rows": False,
}
_IDENTIFIER = re.compile(r"[a-z][a-z0-9_]*")
# meta.column_set of an expect_table_columns_to_match_set that takes its columns from flows/warehouse/schema.py
CONTRACT_COLUMNS = "from the raw contract"

# Runs whose rows were checked and accepted: every blocking expectation passed (or, before
# meta.check_results existed, the run succeeded). Rows of any other run are the night's batch.
_ACCEPTED_RUNS = """
    select run_id from meta.check_results where source = 'expectation'
    group by run_id having not bool_or(severity = 'blocking' and not success)
    union
    select run_id from meta.run_log where status = 'succeeded'
"""

# Roster rows per county now, and the run date that last brought rows for it (its freshness).
_COUNTY_ROWS = """
    select coalesce(roster.county, roster.city, '(未填县 no county)') as county,
           count(*) as rows_now,
           max(coalesce(run_log.run_date, cast(roster.loaded_at as date))) as last_roster_date
    from raw.roster__assignments as roster
    left join meta.run_log as run_log on roster.run_id = run_log.run_id
    group by all
"""

# The raw tables a night adds rows to, whose batch size is held against the nights before.
NIGHT_SIZE_TABLES = ("roster__assignments", "report__documents", "report__facts", "report__people")

# Aggregate batches a suite may name in its meta ("batch"): SQL aggregates, never whole tables.
BATCHES: dict[str, str] = {
    # One row per county: its roster rows now beside the count the last accepted run recorded,
    # and the days since a run last brought it a roster (counted from the run date).
    "roster_counties": f"""
        with now_rows as ({_COUNTY_ROWS}),
        recorded as (
            select county, rows as rows_before
            from meta.roster_county_counts
            qualify row_number() over (partition by county order by recorded_at desc) = 1
        )
        select coalesce(now_rows.county, recorded.county) as county,
               coalesce(now_rows.rows_now, 0) as rows_now,
               recorded.rows_before,
               case when recorded.rows_before > 0
                   then coalesce(now_rows.rows_now, 0) / recorded.rows_before end as rows_ratio,
               now_rows.last_roster_date,
               date_diff('day', now_rows.last_roster_date, $today) as days_since_last_roster
        from now_rows
        full outer join recorded on now_rows.county = recorded.county
        order by county
    """,
    # One row per raw table: tonight's batch beside the largest night accepted before it. The limit
    # on a night's size is relative (a fixed ceiling fails every night of a national warehouse);
    # there is no ratio before the first accepted night.
    "night_sizes": f"""
        with accepted as ({_ACCEPTED_RUNS}),
        per_run as (
            {" union all ".join(
                f"select '{table}' as table_name, run_id, count(*) as rows from raw.{table} group by run_id"
                for table in NIGHT_SIZE_TABLES)}
        ),
        sizes as (
            select table_name,
                   sum(rows) filter (where run_id not in (select run_id from accepted)) as rows_tonight,
                   max(rows) filter (where run_id in (select run_id from accepted)) as largest_night_before
            from per_run
            group by table_name
        )
        select tables.table_name,
               coalesce(sizes.rows_tonight, 0) as rows_tonight,
               sizes.largest_night_before,
               case when sizes.largest_night_before > 0
                   then coalesce(sizes.rows_tonight, 0) / sizes.largest_night_before end as night_ratio
        from (select unnest([{", ".join(f"'{table}'" for table in NIGHT_SIZE_TABLES)}]) as table_name) as tables
        left join sizes on tables.table_name = sizes.table_name
        order by tables.table_name
    """,
}


@dataclass(frozen=True)
class FailedExpectation:
    expectation: str  # GX type, e.g. expect_column_values_to_not_match_regex
    column: str | None  # None for table-level checks; "a, b" for compound ones
    unexpected_count: int
    description: str  # for a steward; never holds a data value
    severity: str = "blocking"


@dataclass(frozen=True)
class CheckOutcome:
    """One expectation of one suite, passed or not: a row of meta.check_results."""

    check: str  # GX type, with its row condition when it has one
    column: str | None
    severity: str  # blocking / warning
    success: bool
    observed: str  # counts (and, for aggregates, the groups that failed); never a personal value
    failed_count: int | None
    description: str


@dataclass(frozen=True)
class SuiteResult:
    suite: str
    table: str
    success: bool  # every expectation passed
    evaluated: int  # expectations evaluated (0 when the table does not exist yet)
    failed: list[FailedExpectation]
    rows: int = 0  # rows in the batch validated
    checks: tuple[CheckOutcome, ...] = field(default=())

    @property
    def blocking_failed(self) -> list[FailedExpectation]:
        return [failure for failure in self.failed if failure.severity == "blocking"]

    @property
    def warnings(self) -> list[FailedExpectation]:
        return [failure for failure in self.failed if failure.severity == "warning"]


def suite_table(suite_name: str) -> tuple[str, str]:
    """`raw__roster__assignments` -> ("raw", "roster__assignments"); names become SQL, so check them."""
    schema, sep, table = suite_name.partition("__")
    if not (sep and _IDENTIFIER.fullmatch(schema) and _IDENTIFIER.fullmatch(table)):
        raise ValueError(f"suite name {suite_name!r} is not <schema>__<table> in lower-case identifiers")
    return schema, table


def severity_of(suite_name: str, position: int, expectation: dict[str, Any]) -> str:
    """The declared severity of one expectation; a suite that does not say is an error, not a default."""
    severity = (expectation.get("meta") or {}).get("severity")
    if severity not in SEVERITIES:
        raise ValueError(f"suite {suite_name}: expectation {position} ({expectation.get('type')}) must declare "
                         f"meta.severity as one of {', '.join(SEVERITIES)}, not {severity!r}")
    return severity


def load_suite(path: Path) -> dict[str, Any]:
    suite_dict = json.loads(path.read_text(encoding="utf-8"))
    name = suite_dict.get("name")
    if name != path.stem:
        raise ValueError(f"{path.name}: suite name {name!r} must equal the file name")
    for position, expectation in enumerate(suite_dict.get("expectations", [])):
        severity_of(name, position, expectation)
    for expectation in suite_dict.get("expectations", []):
        if (expectation.get("meta") or {}).get("column_set") == CONTRACT_COLUMNS:
            # The columns are declared once, in the raw contract that also makes the tables.
            expectation["kwargs"]["column_set"] = list(table_columns(".".join(suite_table(name))))
    batch = (suite_dict.get("meta") or {}).get("batch")
    if batch is not None and batch not in BATCHES:
        raise ValueError(f"{path.name}: meta.batch {batch!r} is not one of {', '.join(BATCHES)}")
    if (suite_dict.get("meta") or {}).get("identify_by") and batch is None:
        raise ValueError(f"{path.name}: only an aggregate batch may name failing rows (identify_by)")
    return suite_dict


def _aggregate_result(con: duckdb.DuckDBPyConnection, batch: str, today: dt.date) -> duckdb.DuckDBPyConnection | None:
    """The aggregate's few rows (one per county or table), queried; None before the roster table exists."""
    if not table_exists(con, "raw", "roster__assignments"):
        return None
    sql = BATCHES[batch]
    return con.execute(sql, {"today": today} if "$today" in sql else None)


def _batch_sql(schema: str, table: str, columns: str = "*") -> str:
    return f'select {columns} from "{schema}"."{table}" where run_id not in ({_ACCEPTED_RUNS})'


def run_batch_checks(
    con: duckdb.DuckDBPyConnection, expectations_dir: Path, gx_root: Path | None = None,
    today: dt.date | None = None, chunk_rows: int = CHUNK_ROWS,
) -> list[SuiteResult]:
    """Validate the night's batch against every suite in `expectations_dir`, one GX context for the run.

    `today` is the run date (Settings.today): freshness is counted from it. Row checks read the
    batch `chunk_rows` rows at a time (see flows/quality/batch_plan.py), so memory does not grow
    with the batch.
    """
    if chunk_rows < 1:
        raise ValueError(f"chunk_rows must be a positive number of rows, not {chunk_rows}")
    today = today or dt.date.today()
    context: AbstractDataContext | None = None  # built on first use: a run with no tables skips GX
    results: list[SuiteResult] = []
    for path in sorted(expectations_dir.glob("*.json")):
        suite_dict = load_suite(path)
        name = suite_dict["name"]
        batch = (suite_dict.get("meta") or {}).get("batch")
        aggregate: tuple[list[str], list[tuple[Any, ...]]] | None = None
        if batch is not None:
            target = f"aggregate {batch}"
            queried = _aggregate_result(con, batch, today)
            if queried is not None:
                aggregate = ([column[0] for column in queried.description], queried.fetchall())
            exists, rows = aggregate is not None, 0 if aggregate is None else len(aggregate[1])
        else:
            schema, table = suite_table(name)
            target = f"{schema}.{table}"
            exists = table_exists(con, schema, table)
            rows = con.execute(_batch_sql(schema, table, "count(*)")).fetchone()[0] if exists else 0
        if not exists:
            log.info("batch checks: %s does not exist yet; suite %s skipped", target, name)
            results.append(SuiteResult(name, target, success=True, evaluated=0, failed=[]))
            continue
        if rows == 0 and batch is None:
            # No new rows: nothing to validate (a night with nothing new should end in seconds).
            log.info("batch checks: %s has no new rows; suite %s skipped", target, name)
            results.append(SuiteResult(name, target, success=True, evaluated=0, failed=[]))
            continue
        started = time.perf_counter()
        identify_by = list((suite_dict.get("meta") or {}).get("identify_by") or [])
        # An aggregate's few rows are judged without GX when its rules allow (aggregate_rules.py): a
        # night with no new rows then never imports GX.
        outcomes = None if aggregate is None else judge(suite_dict, *aggregate, identify_by)
        if outcomes is None:
            if context is None:
                context = _make_context(gx_root)
            if aggregate is not None:
                frame = _aggregate_result(con, batch, today).df()
                validated = _validate(context, suite_dict, target, [frame], identify_by)
                outcomes = [validated[position][0] for position in sorted(validated)]
            else:
                outcomes = _validate_table(context, con, suite_dict, target, chunk_rows)
        checks = tuple(_outcome(r, identify_by) for r in outcomes)
        failed = [_failure(r, check) for r, check in zip(outcomes, checks) if not r.success]
        result = SuiteResult(
            suite=name,
            table=target,
            success=all(r.success for r in outcomes),
            evaluated=len(outcomes),
            failed=failed,
            rows=int(rows),
            checks=checks,
        )
        log.info(
            "batch checks: %s, %d rows, %d checks, %d blocking and %d warning failed, %.2f s",
            name, result.rows, result.evaluated, len(result.blocking_failed), len(result.warnings),
            time.perf_counter() - started,
        )
        results.append(result)
    return results


def _validate_table(context: AbstractDataContext, con: duckdb.DuckDBPyConnection, suite_dict: dict[str, Any],
                    target: str, chunk_rows: int) -> list[ExpectationValidationResult]:
    """One table suite on the night's batch, route by route (batch_plan.py); results in suite order."""
    import great_expectations as gx

    schema, table = suite_table(suite_dict["name"])
    columns = [row[0] for row in con.execute(f'select * from "{schema}"."{table}" limit 0').description]
    expectations = suite_dict.get("expectations", [])
    routes = [route_of(expectation, columns) for expectation in expectations]
    outcomes: dict[int, ExpectationValidationResult] = {}

    for route in ("schema", "whole", "rows"):
        positions = [position for position, r in enumerate(routes) if r == route]
        if not positions:
            continue
        part = {**suite_dict, "name": f"{suite_dict['name']}.{route}",
                "expectations": [expectations[p] for p in positions]}
        if route == "schema":
            frames: Iterable[pd.DataFrame] = [con.execute(f'select * from "{schema}"."{table}" limit 0').df()]
        else:
            needed = [c for c in columns if any(c in columns_named(expectations[p], columns) for p in positions)]
            # No column named (a table-level check): the run_id column still carries the batch's rows.
            select = ", ".join(quoted(c) for c in needed or ["run_id"])
            sql = _batch_sql(schema, table, select)
            frames = _chunks(con, sql, chunk_rows) if route == "rows" else [con.execute(sql).df()]
            frames = map(nanosecond_datetimes, frames)
        validated = _validate(context, part, target, frames)
        for index, position in enumerate(positions):
            outcomes[position] = combine(validated[index])

    sql_positions = [position for position, route in enumerate(routes) if route == "sql"]
    if sql_positions:
        configs = gx.ExpectationSuite(name=suite_dict["name"],
                                      expectations=[expectations[p] for p in sql_positions]).expectations
        for position, expectation in zip(sql_positions, configs):
            outcomes[position] = uniqueness_in_sql(con, _batch_sql(schema, table), expectation.configuration)
    return [outcomes[position] for position in range(len(expectations))]


def nanosecond_datetimes(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with its naive date and timestamp columns as datetime64[ns], where every value fits.

    DuckDB hands dates to pandas as datetime64[us]; Great Expectations compares only datetime64[ns]
    columns as whole arrays and calls Python once per value for any other (a third of the batch
    checks' time at 200,000 rows). A column with a value past 2262 keeps its unit: slower, same result.
    """
    import pandas as pd

    for name in frame.columns:
        dtype = frame[name].dtype
        if pd.api.types.is_datetime64_dtype(dtype) and not pd.api.types.is_datetime64_ns_dtype(dtype):
            try:
                frame[name] = frame[name].astype("datetime64[ns]")
            except (OverflowError, pd.errors.OutOfBoundsDatetime):
                continue
    return frame


def _chunks(con: duckdb.DuckDBPyConnection, sql: str, chunk_rows: int) -> Iterator[pd.DataFrame]:
    """The query's rows as frames of at most `chunk_rows` rows, streamed: one chunk in memory at a time.

    DuckDB hands out whole vectors (2,048 rows); a smaller chunk size splits them."""
    result = con.execute(sql)
    vectors = max(1, chunk_rows // 2048)
    while True:
        frame = result.fetch_df_chunk(vectors)
        if frame.empty:
            return
        for start in range(0, len(frame), chunk_rows):
            yield frame.iloc[start:start + chunk_rows]


def record_roster_counts(con: duckdb.DuckDBPyConnection, run_id: str, today: dt.date) -> int:
    """Keep each county's roster rows as accepted tonight, where they changed; returns counties recorded.

    Called only when the night's blocking checks passed, so the next night compares with an
    accepted count, never with the batch that failed."""
    if not table_exists(con, "raw", "roster__assignments"):
        return 0
    recorded = con.execute(
        f"""
        insert into meta.roster_county_counts
        select $run_id, $today, county, rows_now, now()
        from ({BATCHES["roster_counties"]})
        where rows_before is distinct from rows_now
        returning county
        """,
        {"run_id": run_id, "today": today},
    ).fetchall()
    return len(recorded)


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
    context: AbstractDataContext, suite_dict: dict[str, Any], asset_name: str, frames: Iterable[pd.DataFrame],
    identify_by: list[str] | None = None,
) -> dict[int, list[ExpectationValidationResult]]:
    """Each expectation's results (by position in the suite), one per frame validated."""
    import great_expectations as gx

    suite = gx.ExpectationSuite(**suite_dict)
    # GX logs and drops an expectation it cannot parse; a silently missing check is worse than a crash.
    if len(suite.expectations) != len(suite_dict.get("expectations", [])):
        raise ValueError(f"suite {suite.name}: some expectations are invalid (see the GX log above)")
    suite = context.suites.add_or_update(suite)
    position_of = {expectation.id: position for position, expectation in enumerate(suite.expectations)}

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
    # An aggregate suite names its failing rows by a column that holds no personal value (county).
    result_format = (RESULT_FORMAT if not identify_by else
                     {**RESULT_FORMAT, "result_format": "COMPLETE", "unexpected_index_column_names": identify_by})
    checkpoint = context.checkpoints.add_or_update(
        gx.Checkpoint(name=suite.name, validation_definitions=[validation], actions=[], result_format=result_format)
    )
    validated: dict[int, list[ExpectationValidationResult]] = {position: [] for position in position_of.values()}
    for frame in frames:
        run = checkpoint.run(batch_parameters={"dataframe": frame})
        (outcome,) = run.run_results.values()
        for result in outcome.results:
            validated[position_of[result.expectation_config.id]].append(result)
    return validated


def _check_name(config: Any) -> str:
    """The expectation type, with the suite's own row condition (GX wraps it in a PassThrough)."""
    condition = config.kwargs.get("row_condition")
    if isinstance(condition, dict):
        condition = condition.get("pass_through_filter") or json.dumps(condition, ensure_ascii=False)
    elif condition is not None and not isinstance(condition, str):
        condition = getattr(condition, "pass_through_filter", None) or str(condition)
    return f"{config.type} where {condition}" if condition else config.type


def _outcome(result: ExpectationValidationResult | RuleResult, identify_by: list[str]) -> CheckOutcome:
    """One expectation's result from its configuration and counts only, never its values."""
    config = result.expectation_config
    assert config is not None
    kwargs = config.kwargs
    column = kwargs.get("column") or (", ".join(kwargs["column_list"]) if "column_list" in kwargs else None)
    details: dict[str, Any] = result.result or {}
    count: int | None = None

    if result.exception_info and _raised(result.exception_info):
        # The message may quote data (e.g. a value that failed to parse), so name only its type.
        observed = f"the check could not run ({_exception_type(result.exception_info)}); fix the suite or the table"
    elif "unexpected_count" in details:
        count = int(details.get("unexpected_count") or 0)
        observed = f"{count:,} of {int(details.get('element_count') or 0):,} rows fail"
        if kwargs.get("mostly") is not None and float(kwargs["mostly"]) < 1:
            observed += f" ({float(details.get('unexpected_percent') or 0):.1f}%; at most {100 * (1 - float(kwargs['mostly'])):.0f}% allowed)"
        named = _identified(details, identify_by)
        if named:
            observed += f": {named}"
    elif config.type == "expect_table_row_count_to_be_between":
        observed = f"the batch has {int(details.get('observed_value') or 0):,} rows"
    elif config.type in ("expect_table_columns_to_match_set", "expect_table_columns_to_match_ordered_list"):
        missing = details.get("details", {}).get("mismatched", {}).get("missing") or []
        observed = ("every column present" if result.success else
                    f"missing columns: {', '.join(map(str, missing)) or 'none (order or extra columns)'}")
    else:
        observed = "passed" if result.success else "failed"  # an aggregate whose observed value might be personal
    severity = (config.meta or {}).get("severity") or "blocking"
    return CheckOutcome(check=_check_name(config), column=column, severity=severity, success=bool(result.success),
                        observed=mask_personal_numbers(observed), failed_count=count,
                        description=config.description or f"{config.type} on {column or 'the table'}")


def _identified(details: dict[str, Any], identify_by: list[str]) -> str:
    """The groups (counties) an aggregate check failed on, at most IDENTIFIED_ROWS of them."""
    if not identify_by:
        return ""
    names = []
    for item in details.get("unexpected_index_list") or ():
        if isinstance(item, dict):
            names.append(" / ".join(str((item.get(column) or [""])[0] if isinstance(item.get(column), list)
                                        else item.get(column)) for column in identify_by))
    shown = ", ".join(names[:IDENTIFIED_ROWS])
    return shown + (f" and {len(names) - IDENTIFIED_ROWS} more" if len(names) > IDENTIFIED_ROWS else "")


def _failure(result: ExpectationValidationResult | RuleResult, check: CheckOutcome) -> FailedExpectation:
    return FailedExpectation(result.expectation_config.type, check.column, check.failed_count or 0,
                             f"{check.description} — {check.observed}.", check.severity)


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
