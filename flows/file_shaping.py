"""Reading and shaping one inbox file into what the loader takes: a roster, a monthly or narrative report,
a rejection (bad in itself) or our own bug on it. Pure of Prefect and of the warehouse, so it runs the
same in the flow's threads, in a Dask worker or in a shaping process (flows/shaping_pool.py), which then
imports only this and its readers, not the flow.
"""
from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass
from pathlib import Path

from typing import TYPE_CHECKING

from flows.ingest.discovery import InboxFile
from flows.rosters.id_numbers import mask_personal_numbers
from flows.settings import Settings
from flows.steward.decisions import StewardInput

if TYPE_CHECKING:
    # The readers and shapers (pandas, pandera, the extractor and its dictionaries: ~3 s of imports) are
    # imported by the functions that use them: the flow imports this module, and a night with no new
    # file must not pay for them (tests/unit/test_night_imports.py).
    from flows.ingest.readers import SheetGrid
    from flows.reports.prepare import PreparedReport
    from flows.rosters.prepare import PreparedRoster

# Waits before reading a file again after an I/O error (a network share hiccup), as the flow's
# prepare task retries; bad data is never retried.
IO_RETRY_DELAYS = (1.0, 5.0)


@dataclass(frozen=True)
class FileRejection:
    """A file that is bad in itself (unreadable, unmappable header): set aside, never retried."""

    error: str
    retry: bool = True  # False when the bytes are the problem: not read again until the file changes


def _rejection(file: InboxFile, exc: Exception, retry: bool = True) -> FileRejection:
    """The reason a file is set aside, in its display name and with personal numbers masked."""
    message = str(exc).replace(file.path.name, Path(file.name).name)
    return FileRejection(mask_personal_numbers(message), retry)


def _prepare_grids(file: InboxFile, grids: list[SheetGrid], today: dt.date,
                   steward: StewardInput | None = None) -> PreparedRoster | PreparedReport:
    """Sheets already read, shaped as a monthly work report or as a roster (with the stewards' header
    mappings and corrected quarantined rows)."""
    from flows.reports.monthly import is_monthly_table
    from flows.reports.prepare import prepare_monthly_report
    from flows.rosters.prepare import prepare_roster

    steward = steward or StewardInput()
    if is_monthly_table(grids):
        return prepare_monthly_report(file.path, grids=grids, today=today)
    # The key is read here, not passed in: task and flow parameters may be recorded by Prefect.
    return prepare_roster(file.path, pii_key=Settings().pii_key, grids=grids, today=today,
                          extra_aliases=steward.aliases, corrections=steward.corrections.get(file.file_id))


def _prepare_table(file: InboxFile, today: dt.date, steward: StewardInput | None) -> Prepared:
    """A spreadsheet or csv is read once, then shaped as a roster or as a monthly work report."""
    from flows.ingest.readers import UnreadableFile, read_grids
    from flows.rosters.headers import UnmappableHeader

    try:
        return _prepare_grids(file, read_grids(file.path, Settings().read_limits), today, steward)
    except UnreadableFile as exc:
        return _rejection(file, exc, retry=exc.retry_when_unchanged)
    except UnmappableHeader as exc:
        return _rejection(file, exc)


def _prepare_narrative(file: InboxFile, today: dt.date, steward: StewardInput | None) -> Prepared:
    """A report, unless its content is a table with a roster or monthly header (a roster saved as .txt)."""
    from flows.ingest.text_tables import has_table_header, tables_in
    from flows.reports.prepare import prepare_narrative_report
    from flows.reports.text import UnreadableReport
    from flows.rosters.headers import UnmappableHeader

    limits = Settings().read_limits
    try:
        tables = tables_in(file.path, limits)
    except UnreadableReport as exc:
        return _rejection(file, exc, retry=exc.retry_when_unchanged)
    if tables.is_mostly_table and has_table_header(tables.grids):
        try:
            return _prepare_grids(file, tables.grids, today, steward)
        except UnmappableHeader as exc:
            return _rejection(file, UnmappableHeader(f"a table saved as {file.path.suffix}, read as one: {exc}"))
    try:
        return prepare_narrative_report(file.path, limits)
    except UnreadableReport as exc:
        return _rejection(file, exc, retry=exc.retry_when_unchanged)


@dataclass(frozen=True)
class PrepareFailed:
    """Our bug on one file while shaping it: that file is kept for the next night, the chunk goes on."""

    error_type: str
    message: str  # masked


if TYPE_CHECKING:
    Prepared = PreparedRoster | PreparedReport | FileRejection | PrepareFailed


def prepare_file(file: InboxFile, today: dt.date, steward: StewardInput | None) -> Prepared:
    """One file read and shaped; an OSError is raised (worth a retry), any other bug is this file's PrepareFailed."""
    try:
        if file.kind == "table":
            return _prepare_table(file, today, steward)
        if file.kind == "report":
            return _prepare_narrative(file, today, steward)
        return FileRejection(
            f"unsupported file type {file.path.suffix or '(none)'}: send .xlsx, .xls, .csv, .txt, .docx or .pdf"
        )
    except OSError:
        raise  # an I/O hiccup: the chunk is retried
    except Exception as exc:  # noqa: BLE001 - one file's bug must not take its chunk down
        return PrepareFailed(type(exc).__name__, mask_personal_numbers(str(exc))[:300])


def prepare_files_retrying(files: list[InboxFile], today: dt.date,
                           steward: StewardInput | None) -> list[Prepared | OSError]:
    """A chunk of files shaped outside Prefect (in a shaping process): each file read again after an I/O
    error, and one whose reads keep failing is returned as its last OSError, so the rest of the chunk
    still loads."""
    shaped: list[Prepared | OSError] = []
    for file in files:
        for delay in (*IO_RETRY_DELAYS, None):
            try:
                shaped.append(prepare_file(file, today, steward))
                break
            except OSError as exc:
                if delay is None:
                    shaped.append(exc)
                    break
                time.sleep(delay)
    return shaped
