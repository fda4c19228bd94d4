"""Open the working DuckDB warehouse and make sure the tables the flows write exist."""
from __future__ import annotations

import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import duckdb

from flows.warehouse.place_backfill import backfill_places
from flows.warehouse.schema import DDL, SCHEMAS


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    for schema in SCHEMAS:
        con.execute(f"create schema if not exists {schema}")
    for statement in DDL:
        con.execute(statement)
    backfill_places(con)  # rows loaded before places were resolved once get their parts, once


# DuckDB's words when another process holds the file (its write lock is per file, per process).
LOCK_CONFLICT = "Could not set lock on file"


def is_lock_conflict(text: str) -> bool:
    """Whether an error (DuckDB's, or dbt's log quoting it) says another process holds the file."""
    return LOCK_CONFLICT.lower() in text.lower()


def connect_waiting(path: Path, busy_seconds: float) -> duckdb.DuckDBPyConnection:
    """Open `path`, waiting with back-off up to `busy_seconds` while another process holds its lock.

    Only the lock is waited for: it goes away when the holder (`zhucun review`, a second load, dbt)
    closes the file. Any other error is raised at once; retrying cannot mend it.
    """
    deadline = time.monotonic() + busy_seconds
    pause = 0.1
    while True:
        try:
            return duckdb.connect(str(path))
        except duckdb.IOException as exc:
            left = deadline - time.monotonic()
            if not is_lock_conflict(str(exc)) or left <= 0:
                raise
            time.sleep(min(pause, left))
            pause = min(pause * 2, 2.0)


@contextmanager
def warehouse(path: Path, busy_seconds: float | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection that is always closed, so dbt (a separate process) can open the file next.

    While another process holds the file, waits up to `busy_seconds` (default:
    ZHUCUN_WAREHOUSE_BUSY_SECONDS) for it before failing.
    """
    if busy_seconds is None:
        from flows.settings import Settings

        busy_seconds = Settings().warehouse_busy_seconds
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        con = connect_waiting(path, busy_seconds)
    except duckdb.IOException as exc:
        waited = f" (waited {busy_seconds:g} s; ZHUCUN_WAREHOUSE_BUSY_SECONDS sets how long)" if is_lock_conflict(
            str(exc)) else ""
        raise RuntimeError(
            f"cannot open warehouse {path}: {exc}{waited}. Another process (a BI tool or a second run) holds it; "
            "BI tools should read the published copy under ZHUCUN_HOME/serve instead."
        ) from exc
    try:
        # Extensions are never downloaded at run time: the pipeline runs offline.
        con.execute("set autoinstall_known_extensions = false")
        ensure_schema(con)
        yield con
    finally:
        con.close()
