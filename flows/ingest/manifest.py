"""The file manifest (meta.file_manifest): which fingerprints are loaded, rejected or replaced."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import duckdb

from flows.ingest.discovery import InboxFile


@dataclass(frozen=True)
class ManifestEntry:
    file: InboxFile
    status: str  # loaded / rejected
    rows_loaded: int
    rows_quarantined: int
    error: str | None
    run_id: str
    retry: bool = True  # a rejected file is read again next night unless its bytes are the problem
    conflicts_checked: bool = True  # False: a roster whose rows await the conflict pass (flows/warehouse/conflicts.py)


@dataclass(frozen=True)
class KnownFile:
    """What the manifest already holds for a fingerprint, so the flow need not read the file again."""

    source_file: str
    status: str  # loaded / rejected
    error: str | None


def settled_files(con: duckdb.DuckDBPyConnection) -> dict[str, KnownFile]:
    """Fingerprints not to read again: loaded ones, and ones rejected for their bytes (too large).

    Any other rejected file is retried, since a seed may now map it; so is one an operator asked
    to reload (`zhucun reload`).
    """
    rows = con.execute(
        """
        select file_id, source_file, status, error from meta.file_manifest
        where (status = 'loaded' or (status = 'rejected' and not coalesce(retry, true)))
            and file_id not in (select file_id from meta.reload_requests where done_run_id is null)
        """
    ).fetchall()
    return {file_id: KnownFile(name, status, error) for file_id, name, status, error in rows}


def loaded_under(con: duckdb.DuckDBPyConnection, source_file: str) -> bool:
    """Whether any file was ever recorded under this name: only then can raw or quarantine hold rows of it."""
    (count,) = con.execute("select count(*) from meta.file_manifest where source_file = ?", [source_file]).fetchone()
    return count > 0


def loaded_file_ids(con: duckdb.DuckDBPyConnection) -> set[str]:
    """Fingerprints whose rows are in the warehouse."""
    rows = con.execute("select file_id from meta.file_manifest where status = 'loaded'").fetchall()
    return {file_id for (file_id,) in rows}


def request_reload(con: duckdb.DuckDBPyConnection, file_id: str, source_file: str, requested_by: str) -> None:
    """The next run reads this fingerprint again, whatever the manifest says of it."""
    pending = con.execute("select count(*) from meta.reload_requests where file_id = ? and done_run_id is null",
                          [file_id]).fetchone()[0]
    if not pending:
        con.execute("insert into meta.reload_requests values (?, ?, ?, ?, null)",
                    [file_id, source_file, requested_by, dt.datetime.now()])


def record(con: duckdb.DuckDBPyConnection, entry: ManifestEntry) -> None:
    """Upsert this file's row; an earlier version under the same name becomes 'replaced'. A pending
    reload of it is done (in the caller's transaction, with its rows)."""
    con.execute("update meta.reload_requests set done_run_id = ? where file_id = ? and done_run_id is null",
                [entry.run_id, entry.file.file_id])
    con.execute(
        """
        update meta.file_manifest set status = 'replaced'
        where source_file = ? and file_id <> ? and status = 'loaded'
        """,
        [entry.file.name, entry.file.file_id],
    )
    con.execute(
        """
        insert or replace into meta.file_manifest
            (file_id, source_file, kind, size_bytes, status, rows_loaded, rows_quarantined, error, run_id, loaded_at,
             retry, conflicts_checked)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        [
            entry.file.file_id,
            entry.file.name,
            entry.file.kind,
            entry.file.size_bytes,
            entry.status,
            entry.rows_loaded,
            entry.rows_quarantined,
            entry.error,
            entry.run_id,
            dt.datetime.now(),
            entry.retry,
            entry.conflicts_checked,
        ],
    )
