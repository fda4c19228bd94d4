"""The nightly flow: inbox → discover → prepare → load raw → batch checks → dbt build → publish.

Tasks wrap I/O and are per file or per stage, never per row. Bad data is never retried; a read
that fails for an I/O reason is.
"""
from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass, replace
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run
from prefect.states import Failed, State

from flows.ingest.discovery import InboxFile, discover
from flows.ingest.manifest import loaded_file_ids
from flows.ingest.readers import UnreadableFile, read_grids
from flows.quality.batch_checks import run_batch_checks
from flows.reports.monthly import is_monthly_table
from flows.reports.prepare import PreparedReport, prepare_monthly_report, prepare_narrative_report
from flows.reports.text import UnreadableReport
from flows.rosters.headers import UnmappableHeader
from flows.rosters.id_numbers import mask_personal_numbers
from flows.rosters.prepare import PreparedRoster, prepare_roster
from flows.run_summary import FileOutcome, RunSummary
from flows.settings import Settings
from flows.warehouse.connection import warehouse
from flows.warehouse.dbt_runner import run_dbt
from flows.warehouse.loader import LoadResult, load_report, load_roster, reject_file
from flows.warehouse.publish import publish_marts


@dataclass(frozen=True)
class FileRejection:
    """A file that is bad in itself (unreadable, unmappable header): set aside, never retried."""

    error: str


def _retry_on_io(task, task_run, state) -> bool:  # noqa: ANN001 - Prefect's callback signature
    """Retry reads that failed for I/O reasons (a network share hiccup); anything else is a bug."""
    try:
        state.result()
    except OSError:
        return True
    except Exception:  # noqa: BLE001 - fail now, loudly
        return False
    return False


@task(name="discover-inbox", cache_policy=NO_CACHE)
def discover_task(inbox: Path) -> list[InboxFile]:
    return discover(inbox)


@task(name="known-fingerprints", cache_policy=NO_CACHE)
def known_fingerprints_task(warehouse_path: Path) -> set[str]:
    with warehouse(warehouse_path) as con:
        return loaded_file_ids(con)


# Reading a file: retried with back-off on I/O errors only (never on bad data), never cached.
_READ_TASK = {
    "task_run_name": "prepare-{file.name}",
    "cache_policy": NO_CACHE,
    "retries": 2,
    "retry_delay_seconds": [1, 5],
    "retry_condition_fn": _retry_on_io,
}


@task(name="prepare-table", **_READ_TASK)
def prepare_table_task(file: InboxFile) -> PreparedRoster | PreparedReport | FileRejection:
    """A spreadsheet or csv is read once, then shaped as a roster or as a monthly work report."""
    try:
        grids = read_grids(file.path)
        if is_monthly_table(grids):
            return prepare_monthly_report(file.path, grids=grids)
        # The key is read here, not passed in: task and flow parameters may be recorded by Prefect.
        return prepare_roster(file.path, pii_key=Settings().pii_key, grids=grids)
    except (UnreadableFile, UnmappableHeader) as exc:
        return FileRejection(str(exc))


@task(name="prepare-narrative-report", **_READ_TASK)
def prepare_narrative_task(file: InboxFile) -> PreparedReport | FileRejection:
    try:
        return prepare_narrative_report(file.path)
    except UnreadableReport as exc:
        return FileRejection(str(exc))


def _loaded(file: InboxFile, result: LoadResult, duplicates_dropped: int, notes: list[str]) -> FileOutcome:
    return FileOutcome(
        name=file.name,
        kind=file.kind,
        status="loaded",
        rows_loaded=result.rows_loaded,
        rows_quarantined=result.rows_quarantined,
        duplicates_dropped=duplicates_dropped,
        notes=notes,
    )


@task(name="load-report", task_run_name="load-{file.name}", cache_policy=NO_CACHE)
def load_report_task(warehouse_path: Path, file: InboxFile, prepared: PreparedReport, run_id: str) -> FileOutcome:
    with warehouse(warehouse_path) as con:
        result = load_report(con, file, prepared.document, prepared.facts, prepared.people,
                             prepared.item_quarantine, run_id, row_quarantine=prepared.row_quarantine)
    return _loaded(file, result, prepared.duplicates_dropped, prepared.problems)


@task(name="load-roster", task_run_name="load-{file.name}", cache_policy=NO_CACHE)
def load_task(warehouse_path: Path, file: InboxFile, prepared: PreparedRoster, run_id: str) -> FileOutcome:
    with warehouse(warehouse_path) as con:
        result = load_roster(con, file, prepared.rows, prepared.quarantine, run_id)
    notes = [f"sheet {problem.sheet}: {problem.message}" if problem.sheet else problem.message
             for problem in prepared.problems]
    return _loaded(file, result, prepared.duplicates_dropped, notes)


@task(name="reject-file", task_run_name="reject-{file.name}", cache_policy=NO_CACHE)
def reject_task(warehouse_path: Path, file: InboxFile, error: str, run_id: str) -> FileOutcome:
    with warehouse(warehouse_path) as con:
        reject_file(con, file, error, run_id)
    return FileOutcome(name=file.name, kind=file.kind, status="rejected", error=error)


@task(name="batch-checks", cache_policy=NO_CACHE)
def batch_checks_task(warehouse_path: Path, expectations_dir: Path) -> list[dict]:
    with warehouse(warehouse_path) as con:
        results = run_batch_checks(con, expectations_dir)
    return [
        {
            "suite": result.suite,
            "table": result.table,
            "success": result.success,
            "evaluated": result.evaluated,
            "failed": [failure.description for failure in result.failed],
        }
        for result in results
    ]


@task(name="dbt-build", cache_policy=NO_CACHE)
def dbt_build_task(project_dir: Path, warehouse_path: Path, state_dir: Path):  # noqa: ANN201
    return run_dbt(["build"], project_dir, warehouse_path, state_dir)


@task(name="publish-marts", cache_policy=NO_CACHE)
def publish_task(warehouse_path: Path, serve_dir: Path) -> str:
    return str(publish_marts(warehouse_path, serve_dir).database)


def _quarantine_reasons(prepared: PreparedRoster) -> dict[str, int]:
    if prepared.quarantine.empty:
        return {}
    return prepared.quarantine["reason_code"].value_counts().to_dict()


def _run_label() -> str:
    return f"nightly-{dt.datetime.now():%Y%m%d-%H%M}"


@flow(name="zhucun-nightly", flow_run_name=_run_label, log_prints=False)
def nightly(inbox: str | None = None, warehouse_path: str | None = None) -> RunSummary | State:
    """One nightly load. Parameters override ZHUCUN_INBOX / ZHUCUN_WAREHOUSE; secrets come only from the environment."""
    overrides = {key: Path(value) for key, value in (("inbox", inbox), ("warehouse", warehouse_path)) if value}
    settings = Settings(**overrides)
    logger = get_run_logger()
    run_id = flow_run.get_id() or uuid.uuid4().hex
    summary = RunSummary(
        run_id=str(run_id), inbox=str(settings.inbox_dir), warehouse=str(settings.warehouse_path)
    )
    _start_run_log(settings.warehouse_path, summary)
    if settings.using_demo_key:
        logger.warning("ZHUCUN_PII_KEY is not set: ID numbers are hashed with the demo key. Set it in production.")
    try:
        with summary.timed("load files"):
            _load_files(settings, summary, logger)
        _check_build_publish(settings, summary, logger)
    except Exception as exc:  # a failure is loud: recorded, logged, and the run fails
        summary.status = "failed"
        summary.problems.append(f"{type(exc).__name__}: {exc}")
        logger.exception("nightly run failed")
    else:
        summary.status = "failed" if summary.problems else "succeeded"
    _finish_run_log(settings.warehouse_path, summary)
    create_markdown_artifact(markdown=summary.render_markdown(), key="zhucun-nightly-summary",
                             description="files, rows, quarantine and dbt results of this run")
    logger.info("\n%s", summary.render_text())
    if summary.status == "failed":
        # The flow run shows as Failed in Prefect, and still hands its summary to the caller.
        return Failed(message="; ".join(summary.problems)[:1000] or "run failed", data=summary)
    return summary


def _load_files(settings: Settings, summary: RunSummary, logger) -> None:  # noqa: ANN001
    files = discover_task(settings.inbox_dir)
    known = known_fingerprints_task(settings.warehouse_path)
    logger.info("inbox %s: %d files, %d already loaded", settings.inbox_dir, len(files),
                sum(f.file_id in known for f in files))
    for position, file in enumerate(files, start=1):
        logger.info("file %d/%d: %s", position, len(files), file.name)
        if file.file_id in known:
            summary.files.append(FileOutcome(name=file.name, kind=file.kind, status="skipped"))
            continue
        try:
            summary.files.append(_load_one(settings, summary, file, logger))
        except Exception as exc:  # a bug on one file must not stop the others, and must be loud
            error = f"internal error ({type(exc).__name__}) while loading this file; see the run log"
            logger.error("file %s: %s: %s", file.name, error, mask_personal_numbers(str(exc))[:300])
            summary.problems.append(f"{file.name}: {error}")
            summary.files.append(reject_task(settings.warehouse_path, file, error, summary.run_id))


def _load_one(settings: Settings, summary: RunSummary, file: InboxFile, logger) -> FileOutcome:  # noqa: ANN001
    if file.kind == "table":
        prepared = prepare_table_task(file)
        file = replace(file, kind="report" if isinstance(prepared, PreparedReport) else "roster")
    elif file.kind == "report":
        prepared = prepare_narrative_task(file)
    else:
        prepared = FileRejection(
            f"unsupported file type {file.path.suffix or '(none)'}: send .xlsx, .xls, .csv, .txt, .docx or .pdf"
        )
    if isinstance(prepared, FileRejection):
        logger.warning("file %s set aside: %s", file.name, prepared.error)
        return reject_task(settings.warehouse_path, file, prepared.error, summary.run_id)
    if isinstance(prepared, PreparedReport):
        outcome = load_report_task(settings.warehouse_path, file, prepared, summary.run_id)
        summary.quarantine_by_reason.update(prepared.quarantine_reasons())
    else:
        outcome = load_task(settings.warehouse_path, file, prepared, summary.run_id)
        summary.quarantine_by_reason.update(_quarantine_reasons(prepared))
    return outcome


def _check_build_publish(settings: Settings, summary: RunSummary, logger) -> None:  # noqa: ANN001
    with summary.timed("batch checks"):
        summary.batch_checks = batch_checks_task(settings.warehouse_path, settings.expectations_dir)
    failed_suites = [check for check in summary.batch_checks if not check["success"]]
    if failed_suites:
        for check in failed_suites:
            summary.problems.append(f"batch check {check['suite']} failed: {'; '.join(check['failed'])}")
        logger.error("batch checks failed: marts are not rebuilt and the published copy stays as it was")
        return
    with summary.timed("dbt build"):
        result = dbt_build_task(settings.dbt_project_dir, settings.warehouse_path, settings.home / "dbt")
    summary.dbt_counts = dict(result.counts)
    summary.dbt_failures = [f"{failure.node} ({failure.status}): {failure.message}" for failure in result.failures]
    if not result.ok:
        summary.problems.append("dbt build failed: marts are not published")
        if not result.failures:
            summary.problems.append(result.log_tail)
        return
    with summary.timed("publish"):
        summary.published = publish_task(settings.warehouse_path, settings.serve_dir)


def _start_run_log(warehouse_path: Path, summary: RunSummary) -> None:
    with warehouse(warehouse_path) as con:
        con.execute(
            "insert or replace into meta.run_log (run_id, started_at, status) values (?, ?, 'running')",
            [summary.run_id, dt.datetime.now()],
        )


def _finish_run_log(warehouse_path: Path, summary: RunSummary) -> None:
    with warehouse(warehouse_path) as con:
        con.execute(
            "update meta.run_log set finished_at = ?, status = ?, summary = ? where run_id = ?",
            [dt.datetime.now(), summary.status, json.dumps(summary.to_dict(), ensure_ascii=False, default=str),
             summary.run_id],
        )
