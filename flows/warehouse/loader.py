"""Load one prepared file into raw and quarantine, in one transaction, replacing its earlier version."""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import duckdb
import pandas as pd

from flows.ingest.discovery import InboxFile
from flows.ingest.manifest import ManifestEntry, loaded_under, record
from flows.rosters.id_numbers import mask_personal_numbers
from flows.warehouse.conflicts import quarantine_unchecked_conflicts


@dataclass(frozen=True)
class LoadResult:
    rows_loaded: int
    rows_quarantined: int  # distinct source rows of this file now in quarantine
    conflicts_with_other_files: int  # source rows of other files moved to quarantine (when checked at load)


def _insert_frame(con: duckdb.DuckDBPyConnection, table: str, frame: pd.DataFrame) -> None:
    if frame.empty:
        return
    if "sheet" in frame.columns:
        # Sheet names are data too: a sheet named after a contact's phone must not reach a table.
        frame = frame.assign(sheet=frame["sheet"].map(lambda v: mask_personal_numbers(v) if isinstance(v, str) else v))
    con.register("incoming_frame", frame)
    try:
        con.execute(f"insert into {table} by name select * from incoming_frame")
    finally:
        con.unregister("incoming_frame")


def _mapping_frame(mappings: Sequence[object]) -> pd.DataFrame:
    """Header mappings (flows.rosters.headers.HeaderMapping) in the shape of meta.header_mappings."""
    return pd.DataFrame(
        [
            {
                "sheet": mapping.sheet,
                "column_index": mapping.position,
                "column_letter": mapping.letter,
                "header_label": mask_personal_numbers(mapping.label) if mapping.label else mapping.label,
                "mapped_to": mapping.mapped_to,
                "matched_by": mapping.matched_by,
                "note": mapping.note,
            }
            for mapping in mappings
        ],
        columns=["sheet", "column_index", "column_letter", "header_label", "mapped_to", "matched_by", "note"],
    )


def load_roster(
    con: duckdb.DuckDBPyConnection,
    file: InboxFile,
    rows: pd.DataFrame,
    quarantine: pd.DataFrame,
    run_id: str,
    header_mappings: Sequence[object] = (),
    check_conflicts: bool = True,
) -> LoadResult:
    """All or nothing: the file's rows, its quarantine, how its headers were read and its manifest
    entry commit together.

    `check_conflicts` False leaves the file's rows for the night's conflict pass
    (flows/warehouse/conflicts.py), which the nightly flow runs once after all its files: the load
    then does work in proportion to the file (a new name deletes nothing; counts come from the
    frames). True runs that pass now, in this transaction (a file loaded on its own), and the counts
    returned are after it.
    """
    now = dt.datetime.now()
    provenance = {"file_id": file.file_id, "source_file": file.name, "run_id": run_id}
    con.execute("begin transaction")
    try:
        if loaded_under(con, file.name):
            # A changed file under the same name replaces everything its earlier version loaded.
            con.execute("delete from raw.roster__assignments where source_file = ?", [file.name])
            con.execute("delete from quarantine.roster_rows where source_file = ?", [file.name])
        _insert_frame(con, "raw.roster__assignments", rows.assign(**provenance, loaded_at=now))
        _insert_frame(con, "quarantine.roster_rows", quarantine.assign(**provenance, quarantined_at=now))
        _insert_frame(con, "meta.header_mappings", _mapping_frame(header_mappings).assign(**provenance, recorded_at=now))
        loaded, quarantined = len(rows), _distinct(quarantine, ["sheet", "row_number"])
        record(con, ManifestEntry(file, "loaded", loaded, quarantined, None, run_id, conflicts_checked=False))
        moved = 0
        if check_conflicts:
            found = quarantine_unchecked_conflicts(con, run_id, now)
            for changed in found.files:
                if changed.file_id == file.file_id:
                    loaded, quarantined = changed.rows_loaded, changed.rows_quarantined
                else:
                    moved += changed.rows_moved
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise
    return LoadResult(rows_loaded=loaded, rows_quarantined=quarantined, conflicts_with_other_files=moved)


def load_report(
    con: duckdb.DuckDBPyConnection,
    file: InboxFile,
    document: dict[str, object],
    facts: pd.DataFrame,
    people: pd.DataFrame,
    quarantine: pd.DataFrame,
    run_id: str,
    row_quarantine: pd.DataFrame | None = None,
) -> LoadResult:
    """A report's document row, facts, people and quarantine commit together, replacing its earlier version.

    `quarantine` holds failed facts and people (quarantine.report_items); a monthly work report
    also has failed table rows (`row_quarantine`, quarantine.monthly_rows).
    """
    now = dt.datetime.now()
    provenance = {"file_id": file.file_id, "source_file": file.name, "run_id": run_id}
    con.execute("begin transaction")
    try:
        for table in ("raw.report__documents", "raw.report__facts", "raw.report__people",
                      "quarantine.report_items", "quarantine.monthly_rows"):
            con.execute(f"delete from {table} where source_file = ?", [file.name])
        _insert_frame(con, "raw.report__documents", pd.DataFrame([document]).assign(**provenance, loaded_at=now))
        _insert_frame(con, "raw.report__facts", facts.assign(**provenance, loaded_at=now))
        _insert_frame(con, "raw.report__people", people.assign(**provenance, loaded_at=now))
        _insert_frame(con, "quarantine.report_items", quarantine.assign(**provenance, quarantined_at=now))
        if row_quarantine is not None:
            _insert_frame(con, "quarantine.monthly_rows", row_quarantine.assign(**provenance, quarantined_at=now))
        loaded = len(facts) + len(people)
        # Distinct failed items and rows: one failing two checks counts once.
        quarantined = _distinct(quarantine, ["item_type", "item_index"]) + _distinct(
            row_quarantine, ["sheet", "row_number", "column_name"])
        record(con, ManifestEntry(file, "loaded", loaded, quarantined, None, run_id))
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise
    return LoadResult(rows_loaded=loaded, rows_quarantined=quarantined, conflicts_with_other_files=0)


def _distinct(frame: pd.DataFrame | None, keys: list[str]) -> int:
    if frame is None or frame.empty:
        return 0
    return int(frame[keys].drop_duplicates().shape[0])


def reject_file(con: duckdb.DuckDBPyConnection, file: InboxFile, error: str, run_id: str, retry: bool = True) -> None:
    """Set a file aside: the manifest says why; nothing it held reaches raw.

    `retry` False: the bytes themselves are the problem (too large), so the file is not read
    again until it changes.
    """
    con.execute("begin transaction")
    try:
        record(con, ManifestEntry(file, "rejected", 0, 0, error, run_id, retry))
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise
