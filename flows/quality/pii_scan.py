"""Find clear ID numbers or mobile phones anywhere in a warehouse: the guard on DESIGN's promise."""
from __future__ import annotations

from dataclasses import dataclass

import duckdb

# An 18-character ID number or an 11-digit mobile standing alone (not inside a 64-hex hash).
CLEAR_ID_PATTERN = r"(^|[^0-9A-Za-z])[1-9][0-9]{5}(19|20)[0-9]{2}[01][0-9][0-3][0-9][0-9]{3}[0-9Xx]([^0-9A-Za-z]|$)"
CLEAR_MOBILE_PATTERN = r"(^|[^0-9A-Za-z])1[3-9][0-9]{9}([^0-9A-Za-z]|$)"


@dataclass(frozen=True)
class PiiHit:
    table: str
    column: str
    rows: int
    kind: str  # id_number / mobile


def scan_for_clear_pii(con: duckdb.DuckDBPyConnection) -> list[PiiHit]:
    """Every text column of every table and view; reports counts only, never the values."""
    columns = con.execute(
        """
        select table_schema, table_name, column_name
        from information_schema.columns
        where data_type in ('VARCHAR', 'JSON') and table_schema not in ('information_schema', 'pg_catalog')
        order by all
        """
    ).fetchall()
    hits = []
    for schema, table, column in columns:
        qualified = f'"{schema}"."{table}"'
        for kind, pattern in (("id_number", CLEAR_ID_PATTERN), ("mobile", CLEAR_MOBILE_PATTERN)):
            (count,) = con.execute(
                f'select count(*) from {qualified} where regexp_matches(cast("{column}" as varchar), ?)',
                [pattern],
            ).fetchone()
            if count:
                hits.append(PiiHit(f"{schema}.{table}", column, count, kind))
    return hits
