"""Rows that reached raw before places were resolved once get their parts here, with the same resolver.

Warehouses made before the place_* columns existed (and rows written by hand) hold null parts; dbt
joins dim_region by the parts only, so each such row is resolved once, the first time the warehouse is
opened (flows.warehouse.connection.ensure_schema). Rows written since carry their parts: nothing to do.
"""
from __future__ import annotations

import duckdb

from flows.reports.place_parts import (
    PART_COLUMNS, PlaceContext, PlaceParts, parts_from_columns, person_place, resolve_place,
)

_PARTS = ", ".join(PART_COLUMNS)
_SET = ", ".join(f"{column} = ?" for column in PART_COLUMNS)


def document_context(con: duckdb.DuckDBPyConnection, file_id: str | None) -> PlaceContext:
    """The context a report's places are read in: its main place as loaded (resolved now if it never was)."""
    row = con.execute(f"select region, {_PARTS} from raw.report__documents where file_id = ?", [file_id]).fetchone()
    if row is None:
        return PlaceContext()
    home = parts_from_columns(row[1:]) or resolve_place(row[0])
    return PlaceContext(home=home)


def backfill_places(con: duckdb.DuckDBPyConnection) -> int:
    """Resolve the place of every report row and decision stored without parts; returns how many were."""
    count = 0
    documents = con.execute("select file_id, region from raw.report__documents where place_level is null").fetchall()
    for file_id, region in documents:
        _update(con, "raw.report__documents", "file_id = ?", [file_id], resolve_place(region))
    count += len(documents)
    contexts: dict[str, PlaceContext] = {}

    def context(file_id: str) -> PlaceContext:
        if file_id not in contexts:
            contexts[file_id] = document_context(con, file_id)
        return contexts[file_id]

    facts = con.execute("select file_id, fact_index, region from raw.report__facts where place_level is null").fetchall()
    for file_id, index, region in facts:
        home = context(file_id).home
        parts = resolve_place(region, context(file_id)) if region else (home or resolve_place(None))
        _update(con, "raw.report__facts", "file_id = ? and fact_index = ?", [file_id, index], parts)
    people = con.execute("select file_id, person_index, county, township, village from raw.report__people "
                         "where place_level is null").fetchall()
    for file_id, index, county, township, village in people:
        _update(con, "raw.report__people", "file_id = ? and person_index = ?", [file_id, index],
                person_place(county, township, village, context(file_id)))
    decisions = con.execute(
        "select record_id, target_kind, file_id, item_index, value_after from meta.review_decisions "
        "where place_level is null and action = 'correct' and ((target_kind = 'fact' and field = 'region') "
        "or (target_kind = 'person' and field = 'village'))").fetchall()
    for record_id, kind, file_id, index, value in decisions:
        _update(con, "meta.review_decisions", "record_id = ?", [record_id],
                corrected_place(con, kind, file_id, index, value))
    count += len(facts) + len(people) + len(decisions)
    if count:  # journalled: the next night's change stamp must see an edit that no load made (build_state.py)
        con.execute("insert into meta.source_edits values (now(), 'raw.report__* / meta.review_decisions',"
                    " 'place_*', ?)", [count])
    return count


def corrected_place(con: duckdb.DuckDBPyConnection, kind: str, file_id: str | None, index: int | None,
                    value: str) -> PlaceParts:
    """A steward's corrected region (a fact) or village (a person), resolved as the extractor would have."""
    page = document_context(con, file_id)
    if kind == "person":
        row = con.execute("select county, township from raw.report__people where file_id = ? and person_index = ?",
                          [file_id, index]).fetchone()
        county, township = row if row else (None, None)
        return person_place(county, township, value, page)
    return resolve_place(value, page)


def _update(con: duckdb.DuckDBPyConnection, table: str, where: str, key: list, parts: PlaceParts) -> None:
    con.execute(f"update {table} set {_SET} where {where}", [*parts.columns().values(), *key])

