"""The nightly flow: inbox → discover → prepare → load raw → batch checks → dbt build → publish.

Tasks wrap I/O and are per file or per stage, never per row. Bad data is never retried; a read
that fails for an I/O reason is.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import resource
import socket
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run
from prefect.states import Failed, State

from flows.ingest import archive as filing
from flows.ingest.discovery import InboxFile, discover
from flows.ingest.manifest import KnownFile, ManifestEntry, record, settled_files
from flows.fan_out import FanOutConfig, chunks, in_order
from flows.file_shaping import FileRejection, PrepareFailed, prepare_file, prepare_files_retrying
from flows.interrupt import stop_promptly_on_sigterm
from flows.quality.batch_checks import record_roster_counts, run_batch_checks
from flows.quality.check_results import count_by_outcome, record_dbt_tests, record_expectations, run_checks
from flows.quality.pii_scan import stored_mart_leaks
from flows.rosters.id_numbers import mask_personal_numbers
from flows.run_summary import FileOutcome, RunSummary
from flows.settings import Settings
from flows.shaping_pool import ShapingPool
from flows.steward.decisions import (
    StewardInput,
    apply_decisions_file,
    row_corrections,
    steward_input,
    vanished_decisions,
)
from flows.steward.report_html import write_report
from flows.steward.report_page import review_threshold
from flows.warehouse.build_state import (
    BuildInputs,
    PublishedBuild,
    adopt_stamp,
    build_inputs,
    full_refresh_reason,
    last_published_build,
    record_build_started,
    record_postgres_published,
    record_published_build,
    tonight_inputs,
)
from flows.warehouse.conflicts import ConflictPass, check_conflicts
from flows.warehouse.connection import is_lock_conflict, warehouse
from flows.warehouse.dbt_runner import manifest_path, run_dbt
from flows.warehouse.postgres_dsn import DSN_VARIABLE
from flows.warehouse.postgres_publish import describe_published, publish_postgres_configured
from flows.warehouse.publish import SERVED_FILE, publish_marts
from flows.warehouse.scrub import scrub_stored_names
from flows.warehouse.writer_lock import Holder, WarehouseBusy, single_writer

if TYPE_CHECKING:
    # Reading, shaping and loading files (pandas, pandera, the extractor and its dictionaries: ~3 s of
    # imports) is imported by the functions that do it, so a night with no new file never pays for it.
    from flows.warehouse.loader import LoadResult
    from flows.reports.prepare import PreparedReport
    from flows.rosters.prepare import PreparedRoster
    from flows.file_shaping import Prepared

# Set (to anything but 0) to rebuild every incremental model from scratch tonight.
FULL_BUILD_VARIABLE = "ZHUCUN_FULL_BUILD"


def _retry_only_on(*worth_a_retry: type[BaseException]):  # noqa: ANN202 - a Prefect retry_condition_fn
    """A task's retry condition: retry when it failed with one of these, never on anything else (bad data,
    a bug: fail now, loudly)."""

    def condition(task, task_run, state) -> bool:  # noqa: ANN001 - Prefect's callback signature
        try:
            state.result()
        except worth_a_retry:
            return True
        except Exception:  # noqa: BLE001
            return False
        return False

    return condition


# Reads that failed for I/O reasons (a network share hiccup).
_retry_on_io = _retry_only_on(OSError)


@task(name="discover-inbox", cache_policy=NO_CACHE)
def discover_task(inbox: Path) -> list[InboxFile]:
    # The key masks personal numbers in file names; read here, never passed as a parameter.
    return discover(inbox, Settings().pii_key)


@task(name="known-fingerprints", cache_policy=NO_CACHE)
def known_fingerprints_task(warehouse_path: Path) -> dict[str, KnownFile]:
    with warehouse(warehouse_path) as con:
        return settled_files(con)


# Reading files: retried with back-off on I/O errors only (never on bad data), never cached. One task
# per chunk of files (flows/fan_out.py), so thousands of small files do not pay a task each.
@task(name="prepare-files", task_run_name="prepare-{label}", cache_policy=NO_CACHE, retries=2,
      retry_delay_seconds=[1, 5], retry_condition_fn=_retry_on_io)
def prepare_files_task(files: list[InboxFile], today: dt.date, steward: StewardInput | None,
                       label: str) -> list[Prepared]:
    return [prepare_file(file, today, steward) for file in files]


def _loaded(file: InboxFile, result: LoadResult, duplicates_dropped: int, notes: list[str]) -> FileOutcome:
    return FileOutcome(
        name=file.name,
        kind=file.kind,
        status="loaded",
        rows_loaded=result.rows_loaded,
        rows_quarantined=result.rows_quarantined,
        duplicates_dropped=duplicates_dropped,
        # Notes quote sheet names and header cells: masked like any name before the run log keeps them.
        notes=[mask_personal_numbers(note) for note in notes],
    )


@task(name="load-report", task_run_name="load-{file.name}", cache_policy=NO_CACHE)
def load_report_task(warehouse_path: Path, file: InboxFile, prepared: PreparedReport, run_id: str) -> FileOutcome:
    from flows.warehouse.loader import load_report

    with warehouse(warehouse_path) as con:
        result = load_report(con, file, prepared.document, prepared.facts, prepared.people,
                             prepared.item_quarantine, run_id, row_quarantine=prepared.row_quarantine)
    return _loaded(file, result, prepared.duplicates_dropped, prepared.problems)


@task(name="load-roster", task_run_name="load-{file.name}", cache_policy=NO_CACHE)
def load_task(warehouse_path: Path, file: InboxFile, prepared: PreparedRoster, run_id: str) -> FileOutcome:
    from flows.warehouse.loader import load_roster

    with warehouse(warehouse_path) as con:
        # Conflicts with other files are found once, after the night's files (conflict_check_task).
        result = load_roster(con, file, prepared.rows, prepared.quarantine, run_id,
                             header_mappings=prepared.header_mappings, check_conflicts=False)
    notes = [f"sheet {problem.sheet}: {problem.message}" if problem.sheet else problem.message
             for problem in prepared.problems]
    return _loaded(file, result, prepared.duplicates_dropped, notes)


@task(name="conflict-check", cache_policy=NO_CACHE)
def conflict_check_task(warehouse_path: Path, run_id: str) -> ConflictPass:
    """Assignment conflicts between the rows of every roster file not yet checked (tonight's, and any an
    interrupted night left) and the warehouse, in one set-based pass."""
    with warehouse(warehouse_path) as con:
        return check_conflicts(con, run_id)


def _check_conflicts(settings: Settings, summary: RunSummary, logger) -> None:  # noqa: ANN001
    """The night's conflict pass; tonight's files that lost rows show their counts after it."""
    found = conflict_check_task(settings.warehouse_path, summary.run_id)
    counts = {changed.source_file: changed for changed in found.files}
    for outcome in summary.files:
        changed = counts.get(outcome.name)
        if changed is not None and outcome.status == "loaded" and outcome.kind == "roster":
            outcome.rows_loaded, outcome.rows_quarantined = changed.rows_loaded, changed.rows_quarantined
    if found.rows_moved:
        summary.quarantine_by_reason["assignment_conflict"] += found.rows_moved
    logger.info("conflict check: %d roster file(s) checked, %d row(s) of %d file(s) moved to quarantine"
                " (assignment_conflict across files)", found.files_checked, found.rows_moved, len(found.files))


@task(name="load-decisions", task_run_name="decisions-{file.name}", cache_policy=NO_CACHE)
def load_decisions_task(warehouse_path: Path, file: InboxFile, run_id: str) -> FileOutcome:
    """A steward's decisions file: good rows recorded in meta.review_decisions, bad ones quarantined."""
    with warehouse(warehouse_path) as con:
        result = apply_decisions_file(con, file.path.read_bytes(), file.file_id, file.name, run_id)
        record(con, ManifestEntry(file, "loaded", len(result.recorded), len(result.problems), None, run_id))
    notes = [f"line {problem.line}: {problem.message}" for problem in result.problems]
    return FileOutcome(name=file.name, kind="decisions", status="loaded", rows_loaded=len(result.recorded),
                       rows_quarantined=len(result.problems), notes=[mask_personal_numbers(n) for n in notes])


@task(name="review-state", cache_policy=NO_CACHE)
def review_state_task(warehouse_path: Path) -> tuple[StewardInput, list[str]]:
    """Stewards' header mappings and row corrections, and decisions about items a newer report version
    no longer has."""
    with warehouse(warehouse_path) as con:
        return steward_input(con), [vanished.describe() for vanished in vanished_decisions(con)]


@task(name="reject-file", task_run_name="reject-{file.name}", cache_policy=NO_CACHE)
def reject_task(warehouse_path: Path, file: InboxFile, error: str, run_id: str, retry: bool = True) -> FileOutcome:
    # The manifest files a table whose kind was never learnt as a roster (what most tables are).
    file = replace(file, kind={"table": "roster", "unsupported": "other"}.get(file.kind, file.kind))
    from flows.warehouse.loader import reject_file

    with warehouse(warehouse_path) as con:
        reject_file(con, file, error, run_id, retry)
    notes = [] if retry else ["not read again until the file changes"]
    return FileOutcome(name=file.name, kind=file.kind, status="rejected", error=error, notes=notes)


@task(name="batch-checks", cache_policy=NO_CACHE)
def batch_checks_task(warehouse_path: Path, expectations_dir: Path, run_id: str, today: dt.date) -> list[dict]:
    """The suites on the night's new rows; every result lands in meta.check_results. When no blocking
    check failed, the roster counts per county are kept for the next night to compare with."""
    with warehouse(warehouse_path) as con:
        results = run_batch_checks(con, expectations_dir, today=today)
        record_expectations(con, run_id, results)
        if not any(result.blocking_failed for result in results):
            record_roster_counts(con, run_id, today)
    return [
        {
            "suite": result.suite,
            "table": result.table,
            "success": not result.blocking_failed,  # warnings are reported, and the run goes on
            "evaluated": result.evaluated,
            "rows": result.rows,
            "failed": [failure.description for failure in result.blocking_failed],
            "warnings": [failure.description for failure in result.warnings],
        }
        for result in results
    ]


class DbtWarehouseLocked(RuntimeError):
    """dbt could not open the warehouse: another process held DuckDB's lock on it. Worth a retry."""


# dbt that never got the file; failed tests and models are not mended by a retry.
_retry_when_busy = _retry_only_on(DbtWarehouseLocked)


@task(name="dbt-build", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=[15, 45],
      retry_condition_fn=_retry_when_busy)
def dbt_build_task(project_dir: Path, warehouse_path: Path, state_dir: Path, today: dt.date,  # noqa: ANN201
                   run_id: str, full_refresh: bool = False):
    # The marts tell a planned end from a past one by the run date, so replays build the same marts.
    # Given in the environment, not --vars: a var changed every night makes dbt parse the whole
    # project again (dbt_project/macros/run_date.sql).
    result = run_dbt(["build", *(["--full-refresh"] if full_refresh else [])], project_dir, warehouse_path,
                     state_dir, extra_env={"ZHUCUN_RUN_DATE": today.isoformat()})
    if not result.ok and not result.failures and is_lock_conflict(result.log_tail):
        raise DbtWarehouseLocked(f"dbt could not open the warehouse {warehouse_path}: another process holds it"
                            " (a BI tool or `zhucun review`?). Close it and run `zhucun run` again.")
    # dbt has exited and released the file: its tests join the expectations in meta.check_results.
    with warehouse(warehouse_path) as con:
        record_dbt_tests(con, run_id, result.tests)
    return result


@task(name="build-inputs", cache_policy=NO_CACHE)
def build_inputs_task(warehouse_path: Path, project_dir: Path, state_dir: Path,
                      today: dt.date) -> tuple[BuildInputs, PublishedBuild | None]:
    """What tonight's dbt build would read, summed up, and the last build whose marts were published."""
    with warehouse(warehouse_path) as con:
        last = last_published_build(con)
        inputs = tonight_inputs(con, project_dir, today, manifest_path(state_dir), last)
        if inputs.sources_read and last is not None and inputs.fingerprint == last.fingerprint \
                and last.run_date is not None:
            adopt_stamp(con, last, inputs)
        return inputs, last


@task(name="record-build", cache_policy=NO_CACHE)
def record_build_task(warehouse_path: Path, project_dir: Path, state_dir: Path, today: dt.date, run_id: str) -> None:
    # Summed up after the build: its snapshots are what the next night's build would read.
    with warehouse(warehouse_path) as con:
        inputs = build_inputs(con, project_dir, today, manifest_path(state_dir))
        record_published_build(con, run_id, today, inputs)


@task(name="publish-marts", cache_policy=NO_CACHE)
def publish_task(warehouse_path: Path, serve_dir: Path) -> str:
    return str(publish_marts(warehouse_path, serve_dir).database)


@task(name="publish-postgres", cache_policy=NO_CACHE)
def publish_postgres_task(warehouse_path: Path, project_dir: Path, home: Path, today: dt.date) -> str:
    # The connection (and its password) is read from the environment here, never passed as a parameter.
    published = publish_postgres_configured(warehouse_path, project_dir, home, today, os.environ)
    return describe_published(published)


def _quarantine_reasons(prepared: PreparedRoster) -> dict[str, int]:
    if prepared.quarantine.empty:
        return {}
    return prepared.quarantine["reason_code"].value_counts().to_dict()


def _run_label() -> str:
    return f"nightly-{dt.datetime.now():%Y%m%d-%H%M}"


@flow(name="zhucun-nightly", flow_run_name=_run_label, log_prints=False)
def nightly(inbox: str | None = None, warehouse_path: str | None = None,
            run_date: str | None = None, wait_seconds: float | None = None,
            archive: bool = True) -> RunSummary | State:
    """One nightly load. Parameters override ZHUCUN_INBOX / ZHUCUN_WAREHOUSE / ZHUCUN_RUN_DATE (YYYY-MM-DD) /
    ZHUCUN_LOCK_WAIT_SECONDS; secrets come only from the environment. `archive` False leaves every file
    in the inbox (the demo reads the repository's samples in place)."""
    overrides: dict[str, object] = {
        key: Path(value) for key, value in (("inbox", inbox), ("warehouse", warehouse_path)) if value
    }
    if run_date:
        overrides["run_date"] = dt.date.fromisoformat(run_date)
    if wait_seconds is not None:
        overrides["lock_wait_seconds"] = wait_seconds
    settings = Settings(**overrides)
    stop_promptly_on_sigterm()  # after Prefect armed its own handler for this flow run
    logger = get_run_logger()
    run_id = flow_run.get_id() or uuid.uuid4().hex
    summary = RunSummary(
        run_id=str(run_id), inbox=str(settings.inbox_dir), warehouse=str(settings.warehouse_path),
        run_date=settings.today.isoformat(),
    )

    def waiting(holder: Holder | None, waited: float) -> None:
        logger.warning("waiting for the warehouse (%.0f s of %.0f s): %s is writing it", waited,
                       settings.lock_wait_seconds, holder.describe() if holder else "another process")

    try:
        with single_writer(settings.warehouse_path, f"zhucun run {run_id}", settings.lock_wait_seconds, waiting):
            _locked_run(settings, summary, logger, archive)
    except WarehouseBusy as exc:
        # Nothing was written, not even the run log: the writer that holds the warehouse owns it.
        summary.status = "busy"
        summary.problems.append(str(exc))
        logger.error("%s", exc)
        return Failed(message=str(exc), data=summary)
    create_markdown_artifact(markdown=summary.render_markdown(), key="zhucun-nightly-summary",
                             description="files, rows, quarantine and dbt results of this run")
    logger.info("\n%s", summary.render_text())
    if summary.status == "failed":
        # The flow run shows as Failed in Prefect, and still hands its summary to the caller.
        return Failed(message="; ".join(summary.problems)[:1000] or "run failed", data=summary)
    return summary


class _HeldOpen:
    """The warehouse held open by this process while no other process needs the file: each task's own
    connection is then served from the open database instead of opening the file, reading its catalog
    and checking the schema again (~0.08 s each, a dozen times a night). Released before dbt (its own
    process) or a publish (its own DuckDB settings) opens the file."""

    def __init__(self, path: Path) -> None:
        self._stack = contextlib.ExitStack()
        self._stack.enter_context(warehouse(path))

    def release(self) -> None:
        self._stack.close()


def _locked_run(settings: Settings, summary: RunSummary, logger, archive: bool) -> None:  # noqa: ANN001
    """The run proper, with the writer lock held."""
    held = _HeldOpen(settings.warehouse_path)
    try:
        _run_held(settings, summary, logger, archive, held)
    finally:
        held.release()


def _run_held(settings: Settings, summary: RunSummary, logger, archive: bool,  # noqa: ANN001
              held: _HeldOpen) -> None:
    interrupted = _start_run_log(settings.warehouse_path, summary, settings.today)
    if interrupted:
        logger.warning("%d earlier run(s) ended without finishing (killed or stopped): marked interrupted: %s",
                       len(interrupted), ", ".join(interrupted))
    if settings.using_demo_key:
        logger.warning("ZHUCUN_PII_KEY is not set: ID numbers are hashed with the demo key. Set it in production.")
    handled: list[Handled] = []
    try:
        with summary.timed("load files"):
            if archive:
                for name in files_for_stewards_task(settings.home, settings.inbox_dir, settings.warehouse_path):
                    logger.info("file %s back in the inbox: a steward's decision asks to read it again", name)
            handled = _load_files(settings, summary, logger)
        # After every roster file is in raw, before the batch checks read the night's rows.
        logger.info("stage: conflict check")
        with summary.timed("conflict check"):
            _check_conflicts(settings, summary, logger)
        _check_build_publish(settings, summary, logger, held.release)
    except Exception as exc:  # a failure is loud: recorded, logged, and the run fails
        summary.status = "failed"
        summary.problems.append(f"{type(exc).__name__}: {exc}")
        logger.exception("nightly run failed")
    else:
        summary.status = "failed" if summary.problems else "succeeded"
    if archive:
        # Loaded files are committed whatever the checks said: they leave the inbox even on a failed night.
        _file_away(settings, summary, handled, logger)
    _finish_run_log(settings.warehouse_path, summary)
    _write_steward_report(settings, summary, logger)


@dataclass(frozen=True)
class Handled:
    """A file of tonight's inbox, what became of it, and where it goes once the run is over."""

    file: InboxFile
    outcome: FileOutcome
    disposition: str  # archive (loaded now or before) / reject (to rejected/) / keep (for the next night)


def _disposition(outcome: FileOutcome) -> str:
    if outcome.status in ("loaded", "skipped", "duplicate"):
        return "archive"
    if outcome.status in ("rejected", "set aside"):
        return "reject"
    return "keep"


@dataclass(frozen=True)
class Queued:
    """A file of tonight's inbox to read and load, with its place in the inbox listing."""

    position: int
    file: InboxFile
    notes: list[str]


def _load_files(settings: Settings, summary: RunSummary, logger) -> list[Handled]:  # noqa: ANN001
    files = discover_task(settings.inbox_dir)
    known = known_fingerprints_task(settings.warehouse_path)
    logger.info("inbox %s: %d files, %d already loaded or set aside", settings.inbox_dir, len(files),
                sum(f.file_id in known for f in files))
    # The same bytes under two names (名单.csv and 名单(1).csv) are one delivery, read under the
    # shorter name: the copy suffix is what a second download or a re-send adds.
    primary: dict[str, str] = {}
    for file in files:
        primary[file.file_id] = min(primary.get(file.file_id, file.name), file.name, key=lambda n: (len(n), n))
    # Decisions files first: the header mappings they hold serve tonight's rosters.
    files = sorted(files, key=lambda f: f.kind != "decisions")
    steward: StewardInput | None = None
    handled: list[Handled] = []
    queue: list[Queued] = []
    for position, file in enumerate(files, start=1):
        notes = ["its name held a phone or ID number, masked here"] if file.name_masked else []
        if file.name != primary[file.file_id]:
            logger.info("file %d/%d: %s", position, len(files), file.name)
            outcome = FileOutcome(name=file.name, kind=file.kind, status="duplicate",
                                  notes=[f"same bytes as {primary[file.file_id]}: read once", *notes])
            summary.files.append(outcome)
            handled.append(Handled(file, outcome, "archive"))
            continue
        if steward is None and file.kind != "decisions":
            steward, _ = review_state_task(settings.warehouse_path)
        corrected = steward is not None and file.file_id in steward.pending_files
        if file.file_id in known and not (corrected and known[file.file_id].status == "loaded"):
            logger.info("file %d/%d: %s", position, len(files), file.name)
            outcome = _already_known(file, known[file.file_id], notes)
            summary.files.append(outcome)
            handled.append(Handled(file, outcome, _disposition(outcome)))
            continue
        if corrected:
            notes = [*notes, "read again: a steward corrected quarantined rows"]
        if file.kind == "decisions":  # loaded at once: the files after it read its mappings
            logger.info("file %d/%d: %s", position, len(files), file.name)
            _settle(settings, summary, handled, Queued(position, file, notes), logger,
                    lambda: load_decisions_task(settings.warehouse_path, file, summary.run_id))
        else:
            queue.append(Queued(position, file, notes))
    _prepare_and_load(settings, summary, handled, queue, steward, len(files), logger)
    summary.decisions_recorded = sum(f.rows_loaded for f in summary.files if f.kind == "decisions")
    _, summary.decisions_vanished = review_state_task(settings.warehouse_path)
    for vanished in summary.decisions_vanished:
        logger.warning("steward %s", vanished)
    return handled


def _prepare_and_load(settings: Settings, summary: RunSummary, handled: list[Handled], queue: list[Queued],  # noqa: PLR0913
                      steward: StewardInput | None, total: int, logger) -> None:  # noqa: ANN001
    """Files are read and shaped in chunks on the task runner or in a pool of shaping processes
    (flows/fan_out.py), chunks ahead of the load; each file is loaded in inbox order as its chunk comes back."""
    config = FanOutConfig.from_environment()
    groups = chunks(queue, lambda queued: queued.file.size_bytes)
    if not queue:
        return
    # CPU seconds of this process and of the shaping processes (waited-for children), to tell which one
    # the load waits for.
    before_self, before_children = (resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    if not config.shapes_in_processes(sum(queued.file.size_bytes for queued in queue)):
        def submit(group: list[Queued]):  # noqa: ANN202 - a PrefectFuture
            label = group[0].file.name + (f" and {len(group) - 1} more" if len(group) > 1 else "")
            return prepare_files_task.submit([queued.file for queued in group], settings.today, steward, label)

        logger.info("reading %d files in %d chunks on %s", len(queue), len(groups), config.describe())
        _load_chunks(settings, summary, handled, in_order(groups, submit, config.window), total, logger)
    else:
        # Not Prefect tasks: a worker process shapes without the flow's context; each file's load still is one.
        logger.info("reading %d files in %d chunks in %d shaping process(es) while this process loads",
                    len(queue), len(groups), config.shaping_processes)
        with ShapingPool(config.shaping_processes, prepare_files_retrying, (settings.today, steward)) as pool:
            def hand_out(group: list[Queued]):  # noqa: ANN202 - a chunk being shaped
                files = [queued.file for queued in group]
                # The first chunk is shaped here while the workers start; the others go to them.
                return pool.here(files) if group is groups[0] else pool.submit(files)

            submitted = in_order(groups, hand_out, config.process_window)
            _load_chunks(settings, summary, handled, submitted, total, logger)
        if pool.restarts:
            summary.problems.append("a shaping process died: the files it held were read again one by one; "
                                    "a file it died on again is kept in the inbox (internal error WorkerDied)")
    after_self, after_children = (resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    logger.info("files read and loaded with %.1f s of CPU in this process and %.1f s in shaping processes",
                _cpu(after_self) - _cpu(before_self), _cpu(after_children) - _cpu(before_children))


def _cpu(usage: resource.struct_rusage) -> float:
    return usage.ru_utime + usage.ru_stime


def _load_chunks(settings: Settings, summary: RunSummary, handled: list[Handled],  # noqa: PLR0913
                 submitted: Iterator[tuple[list[Queued], Any]], total: int, logger) -> None:  # noqa: ANN001
    # The warehouse stays open through the load: each file's task still opens and closes its own
    # connection, but DuckDB then serves it from this open database instead of opening the file and
    # checkpointing it on close, per file (22 s of a 70 s load of 100 files, measured with py-spy).
    with warehouse(settings.warehouse_path):
        for group, future in submitted:
            try:
                results: list[Prepared | Exception] = list(future.result())
            except Exception as exc:  # noqa: BLE001 - the chunk failed after its retries: each file says so below
                results = [exc] * len(group)
            for queued, prepared in zip(group, results, strict=True):
                logger.info("file %d/%d: %s", queued.position, total, queued.file.name)
                _settle(settings, summary, handled, queued, logger,
                        lambda: _load_prepared(settings, summary, queued.file, prepared, logger))


def _settle(settings: Settings, summary: RunSummary, handled: list[Handled], queued: Queued, logger,  # noqa: ANN001
            load: Callable[[], FileOutcome]) -> None:
    """Load one file and record what became of it; our own bug on one file must not stop the others,
    and must be loud."""
    file, disposition = queued.file, None
    try:
        outcome = load()
    except Exception as exc:  # noqa: BLE001
        error_type = exc.error_type if isinstance(exc, PreparationBug) else type(exc).__name__
        error = f"internal error ({error_type}) while loading this file; see the run log"
        logger.error("file %s: %s: %s", file.name, error, mask_personal_numbers(str(exc))[:300])
        summary.problems.append(f"{file.name}: {error}")
        outcome = reject_task(settings.warehouse_path, file, error, summary.run_id)
        disposition = "keep"  # our bug, not the file's: it stays in the inbox and is tried again
    outcome.notes[:0] = queued.notes
    summary.files.append(outcome)
    handled.append(Handled(file, outcome, disposition or _disposition(outcome)))


class PreparationBug(RuntimeError):
    """A file's reading or shaping raised (PrepareFailed), carried to where the file is settled."""

    def __init__(self, failed: PrepareFailed) -> None:
        super().__init__(failed.message)
        self.error_type = failed.error_type


@task(name="files-for-stewards", cache_policy=NO_CACHE)
def files_for_stewards_task(home: Path, inbox: Path, warehouse_path: Path) -> list[str]:
    """Filed-away files a steward's decision asks to read again go back to the inbox: a roster with a
    quarantined row corrected since it was loaded, and one rejected for its header when a steward
    has mapped a header cell since."""
    with warehouse(warehouse_path) as con:
        _, corrected = row_corrections(con)
        wanted = con.execute(
            """
            select manifest.file_id, manifest.source_file, run_log.run_date
            from meta.file_manifest as manifest
            left join meta.run_log as run_log on run_log.run_id = manifest.run_id
            where (manifest.status = 'loaded' and list_contains($corrected::varchar[], manifest.file_id))
                or (manifest.status = 'rejected' and coalesce(manifest.retry, true)
                    and manifest.error like '%header%'
                    and manifest.loaded_at < (select max(decided_at) from meta.review_decisions
                                              where target_kind = 'header' and action = 'correct'))
            """,
            {"corrected": sorted(corrected)},
        ).fetchall()
    returned = []
    for file_id, name, run_date in wanted:
        found = filing.locate(home, file_id, name, run_date)
        if found is not None and not (inbox / found[1]).exists():
            filing.put_back(found[0], inbox, found[1])
            returned.append(name)
    return returned


@task(name="file-away", cache_policy=NO_CACHE)
def file_away_task(home: Path, inbox: Path, run_date: dt.date, run_id: str,
                   handled: list[Handled]) -> tuple[list[filing.Moved], list[str]]:
    """Loaded files to archive/<run date>/, rejected ones to rejected/ with a .why.txt; a file that
    cannot be moved stays in the inbox (nothing is lost) and is a problem of the run."""
    moved: list[filing.Moved] = []
    problems: list[str] = []
    for item in handled:
        if item.disposition == "keep" or not item.file.path.exists():
            continue
        if item.file.changed_since_discovery():
            item.outcome.notes.append("changed while the run read it: left in the inbox for the next night")
            continue
        relative = item.file.path.relative_to(inbox)
        try:
            if item.disposition == "archive":
                to = filing.move_file(item.file.path, filing.archive_path(home, run_date, relative))
            else:
                to = filing.reject(item.file.path, home, relative, item.file.name,
                                   item.outcome.error or "rejected", run_id, run_date)
        except OSError as exc:
            problems.append(f"{item.file.name}: not moved out of the inbox ({type(exc).__name__}: "
                            f"{mask_personal_numbers(str(exc))}); it stays there")
            continue
        moved.append(filing.Moved(item.file.name, filing.shown(to, home)))
        item.outcome.notes.append(f"moved to {filing.shown(to, home)}")
    filing.remove_empty_folders(inbox)
    return moved, problems


def _file_away(settings: Settings, summary: RunSummary, handled: list[Handled], logger) -> None:  # noqa: ANN001
    try:
        moved, problems = file_away_task(settings.home, settings.inbox_dir, settings.today, summary.run_id, handled)
    except Exception as exc:  # noqa: BLE001 - the load is committed; what stays in the inbox is skipped next night
        moved, problems = [], [f"files not moved out of the inbox: {type(exc).__name__}: "
                                 f"{mask_personal_numbers(str(exc))}"]
    summary.files_archived = sum(1 for item in moved if item.to.startswith(filing.ARCHIVE + "/"))
    summary.files_moved_to_rejected = len(moved) - summary.files_archived
    summary.files_left = sum(1 for item in handled if item.file.path.exists())
    for problem in problems:
        logger.error("%s", problem)
    if problems:
        summary.problems.extend(problems)
        summary.status = "failed"
    logger.info("archive: %d file(s) to %s/%s, %d to %s/, %d left in the inbox", summary.files_archived,
                filing.ARCHIVE, settings.today.isoformat(), summary.files_moved_to_rejected, filing.REJECTED,
                summary.files_left)


def _already_known(file: InboxFile, known: KnownFile, notes: list[str]) -> FileOutcome:
    if known.status == "loaded":
        if known.source_file != file.name:
            notes = [f"same bytes as {known.source_file}, loaded earlier", *notes]
        return FileOutcome(name=file.name, kind=file.kind, status="skipped", notes=notes)
    return FileOutcome(name=file.name, kind=file.kind, status="set aside", error=known.error,
                       notes=["rejected earlier for its size or shape; not read again until the file changes",
                              *notes])


def _load_prepared(settings: Settings, summary: RunSummary, file: InboxFile,  # noqa: ANN001
                   prepared: Prepared | Exception, logger) -> FileOutcome:
    from flows.reports.prepare import PreparedReport
    from flows.rosters.prepare import PreparedRoster

    if isinstance(prepared, Exception):
        raise prepared
    if isinstance(prepared, PrepareFailed):
        raise PreparationBug(prepared)
    if file.changed_since_discovery():
        # Still being copied in, or replaced meanwhile: what was read may be neither version.
        logger.warning("file %s changed while it was read: left in the inbox for the next night", file.name)
        return FileOutcome(name=file.name, kind=file.kind, status="left",
                           notes=["changed while the run read it: left in the inbox for the next night"])
    # What the content turned out to be: a table may be a monthly report, a .txt a roster.
    if isinstance(prepared, PreparedReport):
        file = replace(file, kind="report")
    elif isinstance(prepared, PreparedRoster):
        file = replace(file, kind="roster")
    if isinstance(prepared, FileRejection):
        logger.warning("file %s set aside: %s", file.name, prepared.error)
        return reject_task(settings.warehouse_path, file, prepared.error, summary.run_id, prepared.retry)
    if isinstance(prepared, PreparedReport):
        outcome = load_report_task(settings.warehouse_path, file, prepared, summary.run_id)
        summary.quarantine_by_reason.update(prepared.quarantine_reasons())
    else:
        outcome = load_task(settings.warehouse_path, file, prepared, summary.run_id)
        summary.quarantine_by_reason.update(_quarantine_reasons(prepared))
    return outcome


def _check_build_publish(settings: Settings, summary: RunSummary, logger,  # noqa: ANN001
                         release: Callable[[], None] = lambda: None) -> None:
    try:
        _checked_build_and_publish(settings, summary, logger, release)
    finally:
        try:
            _summarise_checks(settings.warehouse_path, summary)
        except Exception as exc:  # noqa: BLE001 - never hide the failure that brought us here
            summary.problems.append(f"check results not read: {type(exc).__name__}: {mask_personal_numbers(str(exc))}")


def _checked_build_and_publish(settings: Settings, summary: RunSummary, logger,  # noqa: ANN001
                               release: Callable[[], None]) -> None:
    # One line per stage start: an operator (and the crash tests) can tell where a run stopped.
    logger.info("stage: batch checks")
    with summary.timed("batch checks"):
        summary.batch_checks = batch_checks_task(settings.warehouse_path, settings.expectations_dir,
                                                 summary.run_id, settings.today)
    for check in summary.batch_checks:
        for warning in check["warnings"]:
            logger.warning("batch check %s (warning): %s", check["suite"], warning)
    failed_suites = [check for check in summary.batch_checks if check["failed"]]
    if failed_suites:
        for check in failed_suites:
            summary.problems.append(f"batch check {check['suite']} failed: {'; '.join(check['failed'])}")
        logger.error("blocking batch checks failed: marts are not rebuilt and the published copy stays as it was")
        return
    with summary.timed("build inputs"):
        inputs, last = build_inputs_task(settings.warehouse_path, settings.dbt_project_dir, settings.home / "dbt",
                                         settings.today)
    if last and last.fingerprint == inputs.fingerprint and (settings.serve_dir / SERVED_FILE).exists():
        # Nothing dbt reads has changed, and the run date moves no planned end: the served marts are
        # what a build would make. Work in proportion to what changed: no build, no publish.
        summary.build_skipped = f"nothing dbt reads has changed since run {last.run_id}, whose marts are served" + (
            "" if inputs.sources_read else " (nothing has written to its sources since: they were not read again)")
        logger.info("marts unchanged: dbt build and publish skipped (%s)", summary.build_skipped)
        if os.environ.get(DSN_VARIABLE) and not last.postgres_published:
            release()
            _publish_postgres(settings, summary, logger, last.run_id)
        return
    with warehouse(settings.warehouse_path) as con:
        refresh = summary.dbt_full_refresh or full_refresh_reason(
            con, inputs, forced=os.environ.get(FULL_BUILD_VARIABLE, "") not in ("", "0"))
        record_build_started(con, summary.run_id, inputs, full_refresh=refresh is not None)
    summary.dbt_full_refresh = refresh
    release()  # dbt opens the file in its own process
    logger.info("stage: dbt build (%s)", f"full: {refresh}" if refresh else "incremental: models rebuild what changed")
    with summary.timed("dbt build"):
        result = dbt_build_task(settings.dbt_project_dir, settings.warehouse_path, settings.home / "dbt",
                                settings.today, summary.run_id, full_refresh=refresh is not None)
    summary.dbt_counts = dict(result.counts)
    summary.dbt_failures = [f"{failure.node} ({failure.status}): {failure.message}" for failure in result.failures]
    if not result.ok:
        summary.problems.append("dbt build failed: marts are not published")
        if any("assert_no_clear_personal_numbers" in failure.node for failure in result.failures):
            with warehouse(settings.warehouse_path) as con:
                summary.problems.extend(stored_mart_leaks(con))
        if not result.failures:
            summary.problems.append(result.log_tail)
        return
    logger.info("stage: publish")
    with summary.timed("publish"):
        summary.published = publish_task(settings.warehouse_path, settings.serve_dir)
        record_build_task(settings.warehouse_path, settings.dbt_project_dir, settings.home / "dbt", settings.today,
                          summary.run_id)
    if os.environ.get(DSN_VARIABLE):
        _publish_postgres(settings, summary, logger, summary.run_id)


def _publish_postgres(settings: Settings, summary: RunSummary, logger, build_run_id: str) -> None:  # noqa: ANN001
    """The served marts to ZHUCUN_PG_DSN too. The DuckDB publish stands whatever happens here; a failure
    fails the run loudly."""
    with summary.timed("publish postgres"):
        try:
            logger.info("%s", publish_postgres_task(settings.warehouse_path, settings.dbt_project_dir,
                                                    settings.home, settings.today))
        except Exception as exc:  # noqa: BLE001 - recorded as the run's problem, masked
            summary.problems.append(f"publish to PostgreSQL failed: {mask_personal_numbers(str(exc))}")
            return
    with warehouse(settings.warehouse_path) as con:
        record_postgres_published(con, build_run_id)


def _summarise_checks(warehouse_path: Path, summary: RunSummary) -> None:
    """The run's blocking and warning results, as meta.check_results holds them, into the summary."""
    with warehouse(warehouse_path) as con:
        lines = run_checks(con, summary.run_id)
    summary.checks = count_by_outcome(lines)
    summary.checks_failed = [
        f"{line.severity.upper()} {line.source} {line.suite}: {line.description} — {line.observed}"
        for line in lines if not line.success
    ]


def _pid_alive(pid: int | None) -> bool:
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's live process
    return True


def _start_run_log(warehouse_path: Path, summary: RunSummary, today: dt.date) -> list[str]:
    """Record this run as running; mark earlier runs whose process is gone as interrupted (returned)."""
    host = socket.gethostname()
    with warehouse(warehouse_path) as con:
        running = con.execute("select run_id, pid, host from meta.run_log where status = 'running'").fetchall()
        # A run on another host, or whose process lives, may still be going: leave it.
        gone = [run_id for run_id, pid, run_host in running
                if run_id != summary.run_id and (run_host in (None, host)) and not _pid_alive(pid)]
        for run_id in gone:
            con.execute("update meta.run_log set status = 'interrupted' where run_id = ?", [run_id])
        scrubbed = scrub_stored_names(con, Settings().pii_key)
        con.execute(
            "insert or replace into meta.run_log (run_id, started_at, status, pid, host, run_date)"
            " values (?, ?, 'running', ?, ?, ?)",
            [summary.run_id, dt.datetime.now(), os.getpid(), host, today],
        )
    summary.problems_fixed.extend(
        f"masked personal numbers in {item.values} stored name(s) in {item.table}.{item.column}" for item in scrubbed
    )
    if scrubbed:  # names rewritten in place, under the incremental models' notice: rebuild them all
        summary.dbt_full_refresh = "stored names were rewritten (personal numbers masked)"
    return gone


def _finish_run_log(warehouse_path: Path, summary: RunSummary) -> None:
    with warehouse(warehouse_path) as con:
        con.execute(
            "update meta.run_log set finished_at = ?, status = ?, summary = ? where run_id = ?",
            [dt.datetime.now(), summary.status, json.dumps(summary.to_dict(), ensure_ascii=False, default=str),
             summary.run_id],
        )


@task(name="steward-report", cache_policy=NO_CACHE)
def steward_report_task(warehouse_path: Path, run_id: str, reports_dir: Path, threshold: float) -> str:
    with warehouse(warehouse_path) as con:
        return str(write_report(con, run_id, reports_dir, threshold))


def _write_steward_report(settings: Settings, summary: RunSummary, logger,  # noqa: ANN001
                          write=steward_report_task) -> None:  # noqa: ANN001 - the task, or its .fn in tests
    """The steward's page for this run; a page that cannot be written is a problem, never a lost run."""
    try:
        summary.report = write(settings.warehouse_path, summary.run_id, settings.reports_dir,
                               review_threshold(settings.dbt_project_dir))
    except Exception as exc:  # noqa: BLE001 - the load is done and recorded; say loudly what is missing
        logger.exception("the steward report was not written")
        summary.status = "failed"
        summary.problems.append(f"steward report not written: {type(exc).__name__}: {mask_personal_numbers(str(exc))}")
        _finish_run_log(settings.warehouse_path, summary)
