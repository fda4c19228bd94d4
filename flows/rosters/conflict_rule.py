"""The assignment-conflict rule, written once: one person stationed by two units in two places at once.

It is a DuckDB join condition between two roster rows aliased `assignment` and `other`, so the
same text finds conflicts within a file (flows/rosters/prepare.py, on the prepared frame in an
in-memory DuckDB) and across files (flows/warehouse/conflicts.py, on raw.roster__assignments).
"""
from __future__ import annotations

import duckdb
import pandas as pd

CONFLICT_CONDITION = """
    other.id_hash = assignment.id_hash
    -- both units given, and different
    and other.dispatch_unit <> assignment.dispatch_unit
    -- a different village name, or the same name in another county or township (given on both rows)
    and (
        other.village is distinct from assignment.village
        or coalesce(other.county <> assignment.county, false)
        or coalesce(other.township <> assignment.township, false)
    )
    -- overlapping periods; a missing start or end is open (a roster without dates lists current postings)
    and (assignment.start_date is null or other.end_date is null or assignment.start_date <= other.end_date)
    and (other.start_date is null or assignment.end_date is null or other.start_date <= assignment.end_date)
"""

RULE_COLUMNS = ("id_hash", "dispatch_unit", "village", "county", "township", "start_date", "end_date")

_FIRST_PARTNER = f"""
    select
        assignment.row_position,
        min(other.row_position) as partner_position,
    from rule_rows as assignment
    inner join rule_rows as other
        on other.row_position <> assignment.row_position
        and {CONFLICT_CONDITION}
    group by assignment.row_position
"""


def first_partners(rows: pd.DataFrame) -> dict[int, int]:
    """Position (0-based, frame order) of each row in a conflict → position of the first row it conflicts with.

    DuckDB in memory is only the join engine here: nothing is written anywhere.
    """
    if rows.empty:
        return {}
    # Missing text as None (never NaN), so "not given" means the same here as in the warehouse.
    frame = rows[list(RULE_COLUMNS)].astype(object).where(rows[list(RULE_COLUMNS)].notna(), None)
    frame = frame.assign(row_position=range(len(frame)),
                         start_date=pd.to_datetime(rows["start_date"]).to_numpy(),
                         end_date=pd.to_datetime(rows["end_date"]).to_numpy())
    with duckdb.connect() as con:
        con.register("rule_rows", frame)
        return {int(position): int(partner) for position, partner in con.execute(_FIRST_PARTNER).fetchall()}
