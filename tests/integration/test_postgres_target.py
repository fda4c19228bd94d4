"""The marts on PostgreSQL, as operators publish them: a real night with ZHUCUN_PG_DSN set (the nightly
flow publishes there itself), then `zhucun publish --target postgres` by hand while a BI reader queries.

Needs the PostgreSQL server on 127.0.0.1:5432 (trust auth, user postgres; CI starts it): these tests
fail, never skip, when it is down. Each session writes a throwaway database zhucun_test_<hex>, which
the publish creates and the fixture drops.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import duckdb
import psycopg2
import psycopg2.errors
import pytest

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]
ZHUCUN = Path(sys.executable).with_name("zhucun")
PG = {"host": "127.0.0.1", "port": 5432, "user": "postgres"}
NUMERIC_TYPES = {"TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "DOUBLE", "FLOAT"}


def zhucun(home: Path, *args: str, dsn: str | None) -> subprocess.CompletedProcess:
    env = {**os.environ, "ZHUCUN_HOME": str(home), "ZHUCUN_PII_KEY": "integration-test-key"}
    env.pop("ZHUCUN_PG_DSN", None)
    if dsn:
        env["ZHUCUN_PG_DSN"] = dsn
    return subprocess.run([str(ZHUCUN), *args], env=env, capture_output=True, text=True, timeout=600)


def pg_connect(dbname: str, user: str = "postgres"):  # noqa: ANN201
    con = psycopg2.connect(**{**PG, "user": user}, dbname=dbname, connect_timeout=10)
    con.autocommit = True
    return con


def pg_rows(dbname: str, query: str, user: str = "postgres") -> list[tuple]:
    con = pg_connect(dbname, user)
    try:
        with con.cursor() as cur:
            cur.execute(query)
            return cur.fetchall()
    finally:
        con.close()


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    """One night loaded with ZHUCUN_PG_DSN set: the flow published to DuckDB and to PostgreSQL."""
    # Fails (does not skip) when the server is down: PostgreSQL is part of what CI provides.
    pg_rows("postgres", "select 1")
    dbname = f"zhucun_test_{uuid.uuid4().hex[:10]}"
    dsn = f"postgresql://postgres@127.0.0.1:5432/{dbname}"
    root = tmp_path_factory.mktemp("postgres")
    inbox = root / "inbox"
    shutil.copytree(REPO / "samples" / "inbox", inbox)
    home = root / "home"
    try:
        night = zhucun(home, "run", "--inbox", str(inbox), dsn=dsn)
        assert night.returncode == 0, night.stdout[-3000:] + night.stderr[-3000:]
        yield {"home": home, "dsn": dsn, "dbname": dbname, "night": night,
               "served": home / "serve" / "zhucun.duckdb"}
    finally:
        maintenance = pg_connect("postgres")
        with maintenance.cursor() as cur:
            cur.execute(f'drop database if exists "{dbname}" with (force)')
        maintenance.close()


def mart_tables(served: Path) -> list[str]:
    con = duckdb.connect(str(served), read_only=True)
    try:
        return [name for (name,) in con.execute(
            "select table_name from information_schema.tables where table_schema = 'marts' order by 1").fetchall()]
    finally:
        con.close()


def mart_profile(served: Path, dbname: str) -> dict[str, tuple[list, list]]:
    """For every mart table, the same aggregates computed in the served DuckDB file and in PostgreSQL:
    row count, the sum of every numeric column, the trues of every boolean, the distinct values of
    every column, and a digest of every text column's sorted values."""
    duck = duckdb.connect(str(served), read_only=True)
    pg = pg_connect(dbname)
    profile = {}
    try:
        for table in mart_tables(served):
            columns = duck.execute(
                "select column_name, data_type from information_schema.columns "
                "where table_schema = 'marts' and table_name = ? order by ordinal_position", [table]).fetchall()
            aggregates = ["count(*)"]
            for name, data_type in columns:
                column = f'"{name}"'
                aggregates.append(f"count(distinct {column})")
                if data_type in NUMERIC_TYPES or data_type.startswith("DECIMAL"):
                    aggregates.append(f"sum({column})")
                elif data_type == "BOOLEAN":
                    aggregates.append(f"sum(case when {column} then 1 else 0 end)")
                elif data_type == "VARCHAR":
                    aggregates.append(f"md5(string_agg({column}, '|' order by {column}))")
            query = f"select {', '.join(aggregates)} from marts.{table}"
            with pg.cursor() as cur:
                cur.execute(query)
                in_postgres = list(cur.fetchone())
            profile[table] = (list(duck.execute(query).fetchone()), in_postgres, aggregates)
    finally:
        duck.close()
        pg.close()
    return profile


def _same(expected: object, found: object) -> bool:
    if isinstance(expected, float) or isinstance(found, float):
        return found == pytest.approx(expected, rel=1e-9)
    if expected is None or found is None or isinstance(expected, str):
        return expected == found
    return int(expected) == int(found)  # DuckDB's int128 sums, PostgreSQL's numeric ones


def assert_same_marts(served: Path, dbname: str) -> dict[str, int]:
    """The aggregates agree table by table; returns each table's row count."""
    counts = {}
    for table, (in_duckdb, in_postgres, aggregates) in mart_profile(served, dbname).items():
        for aggregate, expected, found in zip(aggregates, in_duckdb, in_postgres):
            assert _same(expected, found), f"{table}: {aggregate} is {found} in PostgreSQL, {expected} in DuckDB"
        counts[table] = int(in_duckdb[0])
    return counts


def test_the_night_publishes_the_same_marts_to_postgres(published) -> None:
    out = published["night"].stdout
    assert "SUCCEEDED" in out
    assert "publish postgres" in out  # the stage ran (its seconds are in the summary)
    log = (published["home"] / "logs" / "zhucun.log").read_text(encoding="utf-8")
    assert "swapped in by schema" in log  # the first publish to an empty database brings the schema in whole
    served_tables = mart_tables(published["served"])
    assert len(served_tables) >= 13
    in_postgres = [name for (name,) in pg_rows(
        published["dbname"],
        "select table_name from information_schema.tables where table_schema = 'marts' order by 1")]
    assert in_postgres == served_tables
    counts = assert_same_marts(published["served"], published["dbname"])
    assert counts["fct_assignment"] > 200 and counts["dim_region"] > 3000
    # The database the publish created compares text byte by byte, as DuckDB does.
    assert pg_rows(published["dbname"], "select datcollate from pg_database where datname = current_database()") == [("C",)]
    # Nothing is left half-way: no building or previous schema once the publish is done.
    assert pg_rows(published["dbname"],
                   "select count(*) from pg_namespace where nspname in ('marts__building', 'marts__previous')") == [(0,)]


def test_bi_role_reads_marts_and_nothing_else(published) -> None:
    dbname = published["dbname"]
    private = pg_rows(dbname, """
        select schemaname, tablename from pg_tables
        where schemaname not in ('marts', 'pg_catalog', 'information_schema') order by 1, 2
    """)
    schemas = {schema for schema, _ in private}
    assert {"raw", "meta", "seeds", "snapshots", "intermediate"} <= schemas
    # quarantine is not copied: no model reads it, so PostgreSQL never holds it.
    assert "quarantine" not in schemas
    bi = pg_connect(dbname, "zhucun_bi")
    try:
        with bi.cursor() as cur:
            for table in mart_tables(published["served"]):
                cur.execute(f"select count(*) from marts.{table}")
                assert cur.fetchone()[0] >= 0
            for schema, table in private:
                with pytest.raises(psycopg2.errors.InsufficientPrivilege):
                    cur.execute(f'select * from "{schema}"."{table}" limit 1')
            for statement in ("create table marts.bi_scratch (a integer)",
                              "create table public.bi_scratch (a integer)"):
                with pytest.raises((psycopg2.errors.ReadOnlySqlTransaction, psycopg2.errors.InsufficientPrivilege)):
                    cur.execute(statement)
            # Even after asking for a read-write transaction: no schema and not even temporary tables.
            bi.autocommit = False
            cur.execute("set transaction read write")
            with pytest.raises(psycopg2.errors.InsufficientPrivilege):
                cur.execute("create temporary table bi_scratch (a integer)")
            bi.rollback()
    finally:
        bi.close()
    # Staging views and the rest are refused as well (views are not in pg_tables).
    assert pg_rows(dbname, """
        select count(*) from pg_class as c join pg_namespace as n on n.oid = c.relnamespace
        where c.relkind in ('r', 'v', 'm', 'p') and n.nspname not in ('marts', 'pg_catalog', 'information_schema')
            and has_table_privilege('zhucun_bi', c.oid, 'select')
    """) == [(0,)]


def test_second_publish_is_idempotent_and_readers_never_see_an_empty_mart(published) -> None:
    dbname = published["dbname"]
    expected = assert_same_marts(published["served"], dbname)
    tables = sorted(expected)
    # Every table's rows, and the newest transaction that wrote fct_assignment's rows (a publish's).
    counting = "select " + ", ".join(f"(select count(*) from marts.{table})" for table in tables) + \
        ", (select max(xmin::text::bigint) from marts.fct_assignment)"
    seen: list[tuple] = []
    errors: list[str] = []
    done = threading.Event()

    def read_as_bi() -> None:
        # One connection kept open all through the publish, as a BI tool keeps one: each statement
        # (autocommit, read committed) must see whole marts, the old ones or the new.
        con = pg_connect(dbname, "zhucun_bi")
        try:
            with con.cursor() as cur:
                while not done.is_set():
                    try:
                        cur.execute(counting)
                        seen.append(cur.fetchone())
                    except psycopg2.Error as exc:
                        errors.append(f"{type(exc).__name__}: {exc}")
                    time.sleep(0.02)
        finally:
            con.close()

    # A report that holds one REPEATABLE READ transaction open across the publish.
    long_reader = pg_connect(dbname, "zhucun_bi")
    long_reader.set_session(isolation_level="REPEATABLE READ", autocommit=False)
    long_cursor = long_reader.cursor()
    long_cursor.execute(counting)
    before = long_cursor.fetchone()
    reader = threading.Thread(target=read_as_bi)
    reader.start()
    try:
        second = zhucun(published["home"], "publish", "--target", "postgres", dsn=published["dsn"])
    finally:
        time.sleep(0.3)  # a few reads after the swap
        done.set()
        reader.join(timeout=30)
    assert second.returncode == 0, second.stdout[-3000:] + second.stderr[-3000:]
    # Same tables and columns as the night's publish: the rows are swapped, the tables stay.
    assert f"published {len(tables)} marts tables" in second.stdout and "swapped in by rows" in second.stdout
    assert errors == []
    assert len(seen) > 50
    expected_counts = tuple(expected[table] for table in tables)
    assert {row[:-1] for row in seen} == {expected_counts}
    # The reader was there before and after the swap: it read the rows of both publishes.
    assert len({row[-1] for row in seen}) == 2
    # The open transaction still sees the night it began with, whole; its next one sees the new rows.
    long_cursor.execute(counting)
    assert long_cursor.fetchone() == before
    long_reader.commit()
    long_cursor.execute(counting)
    after = long_cursor.fetchone()
    long_reader.close()
    assert after[:-1] == before[:-1] == expected_counts and after[-1] != before[-1]
    # And the same marts as before, and as DuckDB serves.
    assert assert_same_marts(published["served"], dbname) == expected


@pytest.mark.parametrize(
    ("dsn", "status", "message"),
    [
        (None, 2, "ZHUCUN_PG_DSN is not set"),
        ("nonsense", 2, "ZHUCUN_PG_DSN is malformed"),
        ("postgresql://postgres@127.0.0.1:5432", 2, "names no database"),
        ("postgresql://postgres@127.0.0.1:1/zhucun", 1, "cannot reach PostgreSQL at 127.0.0.1:1"),
        # zhucun_bi exists (the night created it) and may not create databases.
        # A fixed name (xdist workers must collect the same tests); zhucun_bi may not create it, so it never exists.
        ("postgresql://zhucun_bi@127.0.0.1:5432/zhucun_missing_never_created", 1, "may not create it"),
    ],
)
def test_publish_says_what_to_fix(published, dsn: str | None, status: int, message: str) -> None:
    result = zhucun(published["home"], "publish", "--target", "postgres", dsn=dsn)
    assert result.returncode == status, result.stdout + result.stderr
    assert message in result.stderr
