"""Find clear ID numbers or mobile phones anywhere in a warehouse: the guard on DESIGN's promise."""
from __future__ import annotations

import re
from dataclasses import dataclass

import duckdb

from flows.rosters.id_numbers import mask_personal_numbers

# An 18-character ID number or an 11-digit mobile standing alone (not inside a 64-hex hash).
CLEAR_ID_PATTERN = r"(^|[^0-9A-Za-z])[1-9][0-9]{5}(19|20)[0-9]{2}[01][0-9][0-3][0-9][0-9]{3}[0-9Xx]([^0-9A-Za-z]|$)"
CLEAR_MOBILE_PATTERN = r"(^|[^0-9A-Za-z])1[3-9][0-9]{9}([^0-9A-Za-z]|$)"


# In a page or text for people, stricter: any 18-character run shaped like an ID number, valid or
# not, and any mobile, also written in groups (139 8765 4321); counted, never returned.
_TEXT_PATTERNS = {
    "id_number": re.compile(r"(?<![0-9A-Za-z])\d{17}[0-9Xx](?![0-9A-Za-z])"),
    "mobile": re.compile(r"(?<![0-9A-Za-z])1[3-9]\d(?:\d{8}|[ -]\d{4}[ -]\d{4})(?![0-9A-Za-z])"),
}


def clear_numbers_in_text(text: str) -> dict[str, int]:
    """How many clear ID numbers and mobiles a text shows, by kind (kinds with none are left out)."""
    found = {kind: len(pattern.findall(text)) for kind, pattern in _TEXT_PATTERNS.items()}
    return {kind: count for kind, count in found.items() if count}


@dataclass(frozen=True)
class PiiHit:
    table: str
    column: str
    rows: int
    kind: str  # id_number / mobile
    files: tuple[str, ...] = ()  # the source files of the offending rows (names masked), where the table says

    def describe(self) -> str:
        where = f" from {', '.join(self.files)}" if self.files else ""
        return f"{self.rows} clear {self.kind} value(s) in {self.table}.{self.column}{where}"


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
    with_source = {(schema, table) for schema, table, column in columns if column == "source_file"}
    hits = []
    for schema, table, column in columns:
        qualified = f'"{schema}"."{table}"'
        for kind, pattern in (("id_number", CLEAR_ID_PATTERN), ("mobile", CLEAR_MOBILE_PATTERN)):
            where = f'regexp_matches(cast("{column}" as varchar), ?)'
            (count,) = con.execute(f"select count(*) from {qualified} where {where}", [pattern]).fetchone()
            if not count:
                continue
            files: tuple[str, ...] = ()
            if (schema, table) in with_source:
                names = con.execute(
                    f"select distinct source_file from {qualified} where {where} order by 1 limit 5", [pattern]
                ).fetchall()
                files = tuple(mask_personal_numbers(str(name)) for (name,) in names)
            hits.append(PiiHit(f"{schema}.{table}", column, count, kind, files))
    return hits


def stored_mart_leaks(con: duckdb.DuckDBPyConnection) -> list[str]:
    """What dbt's personal-number test on the marts stored when it failed: table, column and file."""
    try:
        rows = con.execute(
            """
            select leaks.model_name, leaks.column_name, count(*), any_value(manifest.source_file), leaks.file_id
            from audit.assert_no_clear_personal_numbers_in_marts as leaks
            left join meta.file_manifest as manifest on leaks.file_id = manifest.file_id
            group by all order by all
            """
        ).fetchall()
    except duckdb.CatalogException:
        return []  # the test has not stored failures (it passed, or never ran)
    return [
        f"clear personal number in marts.{model}.{column} ({count} row(s)) from file "
        f"{mask_personal_numbers(name) if name else 'unknown'} (file_id {(file_id or '-')[:12]})"
        for model, column, count, name, file_id in rows
    ]
