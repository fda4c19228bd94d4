"""A warehouse made before the place parts existed: opening it adds the columns and resolves its rows once."""
from __future__ import annotations

import datetime as dt

import duckdb

from flows.reports.place_parts import PART_COLUMNS
from flows.warehouse.connection import ensure_schema

TABLES = ("raw.report__documents", "raw.report__facts", "raw.report__people", "meta.review_decisions")


def _old_warehouse() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    ensure_schema(con)
    for table in TABLES:  # as the release before them left the tables
        for column in PART_COLUMNS:
            con.execute(f"alter table {table} drop column {column}")
    now = dt.datetime(2025, 1, 1)
    con.execute("insert into raw.report__documents (file_id, source_file, report_type, region, run_id, loaded_at) "
                "values ('d1', 'a.txt', 'narrative', '文水县', 'r1', ?)", [now])
    con.execute("insert into raw.report__facts (file_id, source_file, fact_index, kind, metric, value, unit, qualifier,"
                " region, evidence, confidence, run_id, loaded_at) values"
                " ('d1', 'a.txt', 0, 'outcome', 'road_km_built', 3, 'km', 'exact', '杏花岭镇北关村', '修路3公里', 0.9, 'r1', ?),"
                " ('d1', 'a.txt', 1, 'outcome', 'road_km_built', 4, 'km', 'exact', null, '修路4公里', 0.9, 'r1', ?)",
                [now, now])
    con.execute("insert into raw.report__people (file_id, source_file, person_index, cadre_name, village, evidence,"
                " confidence, run_id, loaded_at) values ('d1', 'a.txt', 0, '李明', '北关村', '李明驻村', 0.9, 'r1', ?)",
                [now])
    con.execute("insert into meta.review_decisions (record_id, decision_id, target_kind, file_id, item_index, action,"
                " field, value_after, reviewer, source, decided_at) values"
                " ('x1', 'abc', 'fact', 'd1', 1, 'correct', 'region', '梨园乡', '王丽', 'cli', ?)", [now])
    return con


def test_opening_an_old_warehouse_adds_the_parts_and_resolves_every_row_once() -> None:
    con = _old_warehouse()
    ensure_schema(con)
    assert con.execute("select place_county, place_adcode, place_level from raw.report__documents").fetchall() == [
        ("文水县", "141121", "county")]
    facts = con.execute("select fact_index, place_township, place_village, place_adcode, place_level"
                        " from raw.report__facts order by fact_index").fetchall()
    # a fact with no place of its own is about the report's place
    assert facts == [(0, "杏花岭镇", "北关村", "141121", "village"), (1, None, None, "141121", "county")]
    assert con.execute("select place_county, place_village from raw.report__people").fetchall() == [
        ("文水县", "北关村")]
    assert con.execute("select place_township, place_adcode, place_level from meta.review_decisions").fetchall() == [
        ("梨园乡", "141121", "township")]
    con.execute("update raw.report__facts set place_township = 'kept' where fact_index = 0")
    ensure_schema(con)  # resolved rows are never resolved again
    assert con.execute("select place_township from raw.report__facts where fact_index = 0").fetchone() == ("kept",)
