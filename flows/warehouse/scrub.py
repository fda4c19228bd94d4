"""Mask personal numbers that older runs stored in file and sheet names.

Before names were masked at discovery, a file named after a contact's phone put the number into
source_file of raw, quarantine, meta and the snapshots; a snapshot keeps it after the file is gone,
so the marts' personal-number test failed every night. Each run rewrites such names to the name
discovery gives the same file today, so history and new loads agree and publication goes on.
"""
from __future__ import annotations

from dataclasses import dataclass

import duckdb

from flows.ingest.discovery import display_name
from flows.rosters.id_numbers import has_personal_numbers, mask_personal_numbers

# Where names live: every table of these schemas with one of these columns.
SCHEMAS = ("raw", "quarantine", "meta", "snapshots")
NAME_COLUMNS = {"source_file": "file", "latest_source_file": "file", "sheet": "sheet", "sheet_name": "sheet"}
# A cheap pre-filter in SQL; Python decides with the same rule discovery uses.
_CANDIDATE = r"[0-9][0-9 \-]{9,}[0-9]"


@dataclass(frozen=True)
class ScrubbedColumn:
    table: str
    column: str
    values: int  # distinct names rewritten


def scrub_stored_names(con: duckdb.DuckDBPyConnection, pii_key: str) -> list[ScrubbedColumn]:
    """Rewrite every stored file or sheet name that holds a personal number; returns what changed."""
    columns = con.execute(
        f"""
        select table_schema, table_name, column_name from information_schema.columns
        where table_schema in {SCHEMAS!r} and column_name in {tuple(NAME_COLUMNS)!r}
            and data_type = 'VARCHAR'
        order by all
        """
    ).fetchall()
    changed = []
    for schema, table, column in columns:
        qualified = f'"{schema}"."{table}"'
        values = [value for (value,) in con.execute(
            # Distinct names first, then the pattern: a few hundred names, not a regex per row of the table.
            f'select name from (select distinct "{column}" as name from {qualified}) where regexp_matches(name, ?)',
            [_CANDIDATE]
        ).fetchall() if has_personal_numbers(value)]
        for value in values:
            masked = display_name(value, pii_key)[0] if NAME_COLUMNS[column] == "file" else mask_personal_numbers(value)
            con.execute(f'update {qualified} set "{column}" = ? where "{column}" = ?', [masked, value])
        if values:
            changed.append(ScrubbedColumn(f"{schema}.{table}", column, len(values)))
            # Journalled: the next night's change stamp must see an edit that no load made (build_state.py).
            con.execute("insert into meta.source_edits values (now(), ?, ?, ?)", [f"{schema}.{table}", column, len(values)])
    # Earlier run summaries name the files too.
    summaries = [(run_id, text) for run_id, text in con.execute(
        "select run_id, cast(summary as varchar) from meta.run_log where regexp_matches(cast(summary as varchar), ?)",
        [_CANDIDATE],
    ).fetchall() if has_personal_numbers(text)]
    for run_id, text in summaries:
        con.execute("update meta.run_log set summary = ? where run_id = ?", [mask_personal_numbers(text), run_id])
    if summaries:
        changed.append(ScrubbedColumn("meta.run_log", "summary", len(summaries)))
    return changed
