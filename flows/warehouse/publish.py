"""Publish the marts for BI readers: a fresh DuckDB file and Parquet files, swapped in atomically.

Readers open `serve/zhucun.duckdb` (or `serve/parquet/`), never the working warehouse, so they see
the last complete night and never hold a lock the nightly load needs.
"""
from __future__ import annotations

import ctypes
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import duckdb

SERVED_FILE = "zhucun.duckdb"


@dataclass(frozen=True)
class Published:
    database: Path
    parquet_dir: Path
    tables: list[str]


PUBLISH_MEMORY = "256MB"


def publish_marts(warehouse: Path, serve_dir: Path) -> Published:
    serve_dir.mkdir(parents=True, exist_ok=True)
    staging_db = serve_dir / f".{SERVED_FILE}.building"
    staging_parquet = serve_dir / ".parquet.building"
    staging_db.unlink(missing_ok=True)
    shutil.rmtree(staging_parquet, ignore_errors=True)
    staging_parquet.mkdir()

    # Write into the new file and read the warehouse through a read-only attachment.
    con = duckdb.connect(str(staging_db))
    try:
        # A copy streams; unbounded, DuckDB kept ~1 GB of the marts in the run's process at a million rows.
        con.execute(f"set memory_limit = '{PUBLISH_MEMORY}'")
        served = con.execute("select current_database()").fetchone()[0]
        con.execute(f"attach '{_sql_path(warehouse)}' as working (read_only)")
        tables = [
            name
            for (name,) in con.execute(
                "select table_name from information_schema.tables "
                "where table_catalog = 'working' and table_schema = 'marts' and table_type = 'BASE TABLE' order by table_name"
            ).fetchall()
        ]
        if not tables:
            raise RuntimeError(f"no tables in schema marts of {warehouse}: dbt build did not produce marts")
        con.execute(f'create schema "{served}".marts')
        for table in tables:
            con.execute(f'create table "{served}".marts.{table} as select * from working.marts.{table}')
            con.execute(
                f"copy working.marts.{table} to '{_sql_path(staging_parquet / (table + '.parquet'))}' (format parquet)"
            )
        _copy_comments(con, served, tables)
        con.execute("detach working")
    finally:
        con.close()

    # The Parquet folder goes in first: a reader that waits for the DuckDB file (the first night's
    # sign that something is served) then finds the folder there too.
    parquet_dir = serve_dir / "parquet"
    old = serve_dir / ".parquet.old"
    shutil.rmtree(old, ignore_errors=True)
    if parquet_dir.exists() and _exchange(staging_parquet, parquet_dir):
        shutil.rmtree(staging_parquet, ignore_errors=True)  # last night's files, now under the staging name
    else:
        if parquet_dir.exists():
            os.replace(parquet_dir, old)
        os.replace(staging_parquet, parquet_dir)
        shutil.rmtree(old, ignore_errors=True)
    served_db = serve_dir / SERVED_FILE
    os.replace(staging_db, served_db)
    return Published(database=served_db, parquet_dir=parquet_dir, tables=tables)


_RENAME_EXCHANGE = 2  # linux/fs.h
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders in one step (Linux renameat2 RENAME_EXCHANGE), so `serve/parquet` never goes
    missing, even for an instant or after a kill; False where the system or file system cannot."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    return renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0


def _copy_comments(con: duckdb.DuckDBPyConnection, served: str, tables: list[str]) -> None:
    """dbt's descriptions (persist_docs) travel with the tables, so BI tools show them."""
    table_comments = con.execute(
        "select table_name, comment from duckdb_tables() "
        "where database_name = 'working' and schema_name = 'marts' and comment is not null"
    ).fetchall()
    column_comments = con.execute(
        "select table_name, column_name, comment from duckdb_columns() "
        "where database_name = 'working' and schema_name = 'marts' and comment is not null"
    ).fetchall()
    for table, comment in table_comments:
        if table in tables:
            con.execute(f'comment on table "{served}".marts.{table} is {_sql_literal(comment)}')
    for table, column, comment in column_comments:
        if table in tables:
            con.execute(f'comment on column "{served}".marts.{table}."{column}" is {_sql_literal(comment)}')


def _sql_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")
