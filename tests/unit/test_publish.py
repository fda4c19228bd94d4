"""Publishing the marts: the served folder of Parquet files is swapped in one step."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from flows.warehouse.publish import _exchange, publish_marts


def _warehouse(path: Path, rows: int) -> Path:
    con = duckdb.connect(str(path))
    try:
        con.execute("create schema if not exists marts")
        con.execute(f"create or replace table marts.fct_thing as select range as thing_id from range({rows})")
    finally:
        con.close()
    return path


def test_exchange_swaps_two_folders_in_one_step(tmp_path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "from_a").touch()
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "from_b").touch()
    if not _exchange(tmp_path / "a", tmp_path / "b"):
        pytest.skip("this file system cannot exchange folders; publishing falls back to two renames")
    assert [p.name for p in (tmp_path / "a").iterdir()] == ["from_b"]
    assert [p.name for p in (tmp_path / "b").iterdir()] == ["from_a"]


def test_a_second_publish_replaces_the_served_files_and_leaves_nothing_beside_them(tmp_path) -> None:
    warehouse, serve = tmp_path / "warehouse.duckdb", tmp_path / "serve"
    publish_marts(_warehouse(warehouse, 3), serve)
    first_folder = (serve / "parquet").stat().st_ino
    publish_marts(_warehouse(warehouse, 5), serve)
    assert (serve / "parquet").stat().st_ino != first_folder  # a new folder, not files rewritten in place
    assert duckdb.sql(f"select count(*) from read_parquet('{serve}/parquet/*.parquet')").fetchone() == (5,)
    con = duckdb.connect(str(serve / "zhucun.duckdb"), read_only=True)
    try:
        assert con.execute("select count(*) from marts.fct_thing").fetchone() == (5,)
    finally:
        con.close()
    assert sorted(p.name for p in serve.iterdir()) == ["parquet", "zhucun.duckdb"]
