"""Assignment conflicts across files, found once a night for every roster file not yet checked.

A roster file's rows are loaded with its manifest entry saying `conflicts_checked = false`; this
pass takes the rows of every such file (tonight's, and any a crashed night left unchecked), joins
them on id_hash with the warehouse rows of the same people only, and moves both sides of each
conflict (flows/rosters/conflict_rule.py) from raw to quarantine. The same transaction corrects
the manifest counts of every file that lost rows and marks the files checked, so a crash before
the commit leaves them unchecked for the next pass.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import duckdb

from flows.quality.reasons import reason
from flows.rosters.conflict_rule import CONFLICT_CONDITION


@dataclass(frozen=True)
class FileConflicts:
    """A file that lost rows to quarantine in this pass, with its manifest counts after it."""

    file_id: str
    source_file: str
    rows_loaded: int  # raw rows left
    rows_quarantined: int  # distinct source rows in quarantine
    rows_moved: int  # source rows this pass moved to quarantine


@dataclass(frozen=True)
class ConflictPass:
    files_checked: int
    files: list[FileConflicts]

    @property
    def rows_moved(self) -> int:
        return sum(file.rows_moved for file in self.files)


# Temp tables live with the connection; each pass replaces them and drops them when done.
_TEMP_TABLES = ("conflict_unchecked", "conflict_candidates", "conflict_sides", "conflict_moved")

_UNCHECKED = """
    create or replace temp table conflict_unchecked as
    select file_id from meta.file_manifest
    where kind = 'roster' and status = 'loaded' and not conflicts_checked
"""

# Only the people the unchecked rows name, and of them only those a conflict is possible for: rows in
# two files under two units (on a first night that is a few people, not the whole table in memory).
_CANDIDATES = """
    create or replace temp table conflict_candidates as
    select * from raw.roster__assignments
    where id_hash in (
        select id_hash from raw.roster__assignments
        where id_hash in (
            select id_hash from raw.roster__assignments
            where file_id in (select file_id from conflict_unchecked)
        )
        group by id_hash
        having count(distinct file_id) > 1 and count(distinct dispatch_unit) > 1
    )
"""

# Both rows of every conflicting pair in which at least one row is unchecked; a pair of two unchecked
# files (two files of one night) is found from both sides and kept once.
_SIDES = f"""
    create or replace temp table conflict_sides as
    with pairs as (
        select
            assignment.file_id,
            assignment.sheet,
            assignment.row_number,
            other.file_id as other_file_id,
            other.sheet as other_sheet,
            other.row_number as other_row_number,
        from conflict_candidates as assignment
        inner join conflict_candidates as other
            on other.file_id <> assignment.file_id
            and {CONFLICT_CONDITION}
        where assignment.file_id in (select file_id from conflict_unchecked)
    )

    select file_id, sheet, row_number from pairs
    union
    select other_file_id, other_sheet, other_row_number from pairs
"""

_SIDE_ROWS = """
    from conflict_candidates as candidate
    inner join conflict_sides as side
        on candidate.file_id = side.file_id
        and candidate.sheet is not distinct from side.sheet
        and candidate.row_number = side.row_number
"""

# One quarantine row per source row (a 第一书记兼工作队长 row is two raw rows).
_QUARANTINE = f"""
    insert into quarantine.roster_rows by name
    select distinct on (candidate.file_id, candidate.sheet, candidate.row_number)
        $run_id as run_id,
        candidate.file_id,
        candidate.source_file,
        candidate.sheet,
        candidate.row_number,
        'village' as column_name,
        $code as reason_code,
        $zh as reason_zh,
        $en as reason_en,
        coalesce(candidate.dispatch_unit, '') || ' / ' || coalesce(candidate.village, '') as value_masked,
        candidate.cadre_name,
        $now as quarantined_at,
    {_SIDE_ROWS}
    order by candidate.file_id, candidate.sheet, candidate.row_number, candidate.role_code
"""

_MOVED = f"""
    create or replace temp table conflict_moved as
    select
        candidate.file_id,
        count(*) as raw_rows,
        count(distinct (candidate.sheet, candidate.row_number)) as source_rows,
    {_SIDE_ROWS}
    group by candidate.file_id
"""

# The counts stay what the load would have recorded had it known: raw rows less the ones moved out,
# quarantined source rows as quarantine now holds them.
_MANIFEST_COUNTS = """
    update meta.file_manifest as manifest
    set
        rows_loaded = manifest.rows_loaded - moved.raw_rows,
        rows_quarantined = (
            select count(distinct (quarantined.sheet, quarantined.row_number))
            from quarantine.roster_rows as quarantined
            where quarantined.file_id = manifest.file_id
        )
    from conflict_moved as moved
    where manifest.file_id = moved.file_id
"""

_DELETE = """
    delete from raw.roster__assignments as raw_rows
    using conflict_sides as side
    where raw_rows.file_id = side.file_id
        and raw_rows.sheet is not distinct from side.sheet
        and raw_rows.row_number = side.row_number
"""

_AFFECTED = """
    select manifest.file_id, manifest.source_file, manifest.rows_loaded, manifest.rows_quarantined, moved.source_rows
    from conflict_moved as moved
    inner join meta.file_manifest as manifest on manifest.file_id = moved.file_id
    order by manifest.source_file
"""


def quarantine_unchecked_conflicts(con: duckdb.DuckDBPyConnection, run_id: str,
                                   now: dt.datetime | None = None) -> ConflictPass:
    """The pass, in the caller's transaction (a file loaded alone, or the night's pass)."""
    con.execute(_UNCHECKED)
    (unchecked,) = con.execute("select count(*) from conflict_unchecked").fetchone()
    affected: list[FileConflicts] = []
    if unchecked:
        con.execute(_CANDIDATES)
        con.execute(_SIDES)
        con.execute(_MOVED)
        why = reason("assignment_conflict")
        con.execute(_QUARANTINE, {"run_id": run_id, "code": why.code, "zh": why.zh, "en": why.en,
                                  "now": now or dt.datetime.now()})
        con.execute(_MANIFEST_COUNTS)
        con.execute(_DELETE)
        con.execute("update meta.file_manifest set conflicts_checked = true"
                    " where file_id in (select file_id from conflict_unchecked)")
        affected = [FileConflicts(*row) for row in con.execute(_AFFECTED).fetchall()]
    for table in _TEMP_TABLES:
        con.execute(f"drop table if exists {table}")
    return ConflictPass(unchecked, affected)


def check_conflicts(con: duckdb.DuckDBPyConnection, run_id: str) -> ConflictPass:
    """The night's pass, all or nothing: what a crash interrupts stays unchecked for the next night."""
    con.execute("begin transaction")
    try:
        result = quarantine_unchecked_conflicts(con, run_id)
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise
    return result
