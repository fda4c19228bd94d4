"""Load one prepared file into raw and quarantine, in one transaction, replacing its earlier version."""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import duckdb
import pandas as pd

from flows.ingest.discovery import InboxFile
from flows.ingest.manifest import ManifestEntry, record
from flows.quality.reasons import reason
from flows.rosters.id_numbers import mask_personal_numbers


@dataclass(frozen=True)
class LoadResult:
    rows_loaded: int
    rows_quarantined: int  # distinct source rows of this file now in quarantine
    conflicts_with_other_files: int  # rows of earlier files moved to quarantine by this file


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


# Same person (id_hash), different dispatching units, different villages, overlapping periods,
# and one side in the file just loaded: both rows leave raw for quarantine.
_CONFLICT_ROWS = """
    with this_file as (
        select * from raw.roster__assignments where file_id = $file_id
    ),
    pairs as (
        select
            this_file.file_id as new_file_id, this_file.sheet as new_sheet,
            this_file.row_number as new_row, other.file_id as old_file_id,
            other.sheet as old_sheet, other.row_number as old_row
        from this_file
        inner join raw.roster__assignments as other
            on other.id_hash = this_file.id_hash
            and other.file_id <> this_file.file_id
            -- the same rule as within a file (flows/rosters/prepare.py): both units named and
            -- different; a different village name, or the same name in another county or township
            and other.dispatch_unit <> this_file.dispatch_unit
            and (
                other.village <> this_file.village
                or coalesce(other.county <> this_file.county, false)
                or coalesce(other.township <> this_file.township, false)
            )
            and coalesce(other.start_date, date '1900-01-01') <= coalesce(this_file.end_date, date '9999-12-31')
            and coalesce(this_file.start_date, date '1900-01-01') <= coalesce(other.end_date, date '9999-12-31')
    ),
    sides as (
        select new_file_id as file_id, new_sheet as sheet, new_row as row_number from pairs
        union
        select old_file_id, old_sheet, old_row from pairs
    )
    select raw_rows.*
    from raw.roster__assignments as raw_rows
    inner join sides
        on raw_rows.file_id = sides.file_id
        and raw_rows.sheet is not distinct from sides.sheet
        and raw_rows.row_number = sides.row_number
"""


def _quarantine_conflicts(con: duckdb.DuckDBPyConnection, file: InboxFile, run_id: str, now: dt.datetime) -> int:
    conflicting = con.execute(_CONFLICT_ROWS, {"file_id": file.file_id}).df()
    if conflicting.empty:
        return 0
    why = reason("assignment_conflict")
    source_rows = conflicting.drop_duplicates(["file_id", "sheet", "row_number"])
    quarantine = pd.DataFrame(
        {
            "run_id": run_id,
            "file_id": source_rows["file_id"],
            "source_file": source_rows["source_file"],
            "sheet": source_rows["sheet"],
            "row_number": source_rows["row_number"],
            "column_name": "village",
            "reason_code": why.code,
            "reason_zh": why.zh,
            "reason_en": why.en,
            "value_masked": source_rows["dispatch_unit"].fillna("") + " / " + source_rows["village"].fillna(""),
            "cadre_name": source_rows["cadre_name"],
            "quarantined_at": now,
        }
    )
    _insert_frame(con, "quarantine.roster_rows", quarantine)
    con.register("conflict_rows", source_rows[["file_id", "sheet", "row_number"]])
    try:
        con.execute(
            """
            delete from raw.roster__assignments as raw_rows
            using conflict_rows
            where raw_rows.file_id = conflict_rows.file_id
                and raw_rows.sheet is not distinct from conflict_rows.sheet
                and raw_rows.row_number = conflict_rows.row_number
            """
        )
    finally:
        con.unregister("conflict_rows")
    return int((source_rows["file_id"] != file.file_id).sum())


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
) -> LoadResult:
    """All or nothing: the file's rows, its quarantine, how its headers were read and its manifest
    entry commit together."""
    now = dt.datetime.now()
    provenance = {"file_id": file.file_id, "source_file": file.name, "run_id": run_id}
    con.execute("begin transaction")
    try:
        # A changed file under the same name replaces everything its earlier version loaded.
        con.execute("delete from raw.roster__assignments where source_file = ?", [file.name])
        con.execute("delete from quarantine.roster_rows where source_file = ?", [file.name])
        _insert_frame(con, "raw.roster__assignments", rows.assign(**provenance, loaded_at=now))
        _insert_frame(con, "quarantine.roster_rows", quarantine.assign(**provenance, quarantined_at=now))
        _insert_frame(con, "meta.header_mappings", _mapping_frame(header_mappings).assign(**provenance, recorded_at=now))
        moved = _quarantine_conflicts(con, file, run_id, now)
        loaded, quarantined = con.execute(
            """
            select
                (select count(*) from raw.roster__assignments where file_id = $file_id),
                (select count(distinct (sheet, row_number)) from quarantine.roster_rows where file_id = $file_id)
            """,
            {"file_id": file.file_id},
        ).fetchone()
        record(con, ManifestEntry(file, "loaded", loaded, quarantined, None, run_id))
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
