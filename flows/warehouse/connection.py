"""Open the working DuckDB warehouse and make sure the tables the flows write exist."""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import duckdb

from flows.warehouse.schema import DDL, SCHEMAS


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    for schema in SCHEMAS:
        con.execute(f"create schema if not exists {schema}")
    for statement in DDL:
        con.execute(statement)


@contextmanager
def warehouse(path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection that is always closed, so dbt (a separate process) can open the file next."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        con = duckdb.connect(str(path))
    except duckdb.IOException as exc:
        raise RuntimeError(
            f"cannot open warehouse {path}: {exc}. Another process (a BI tool or a second run) holds it; "
            "BI tools should read the published copy under ZHUCUN_HOME/serve instead."
        ) from exc
    try:
        # Extensions are never downloaded at run time: the pipeline runs offline.
        con.execute("set autoinstall_known_extensions = false")
        ensure_schema(con)
        yield con
    finally:
        con.close()
