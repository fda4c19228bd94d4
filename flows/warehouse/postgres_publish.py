"""Publish the marts on PostgreSQL for BI tools that want a server (`zhucun publish --target postgres`).

The working DuckDB warehouse stays the warehouse of record. Its dbt sources (raw.*, the meta.* tables
the models read) and the snapshot history (snapshots.*, so PostgreSQL's marts keep the same history
even when it was first published long after the first night) are copied into PostgreSQL with COPY,
then `dbt build --target postgres` builds the same seeds, snapshots, models and tests there.

BI readers never see an empty or half-built mart: dbt builds the marts into the schema
`marts__building`, which no reader may use, and one short transaction makes them the marts BI read
(_swap_in says how). The read-only role `zhucun_bi` has USAGE on `marts` and SELECT on its tables,
and nothing on any other schema.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import re
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import psycopg2
import psycopg2.errors
import psycopg2.extensions
import yaml
from psycopg2 import sql

from flows.warehouse.dbt_runner import DbtResult, run_dbt
from flows.warehouse.postgres_dsn import DSN_VARIABLE, PostgresDsn, parse_dsn

logger = logging.getLogger(__name__)

MARTS = "marts"
BUILDING = "marts__building"  # dbt writes the night's marts here (var marts_schema)
PREVIOUS = "marts__previous"  # the marts BI read until the swap, dropped right after it
BI_ROLE = "zhucun_bi"
# Schemas zhucun writes besides marts: BI may use none of them.
PRIVATE_SCHEMAS = ("raw", "meta", "quarantine", "snapshots", "seeds", "staging", "intermediate", "audit",
                   BUILDING, PREVIOUS)
SNAPSHOTS = "snapshots"
# One publish at a time per database (the nightly flow and a hand-run publish must not interleave).
_ADVISORY_LOCK_KEY = 0x7A68_7563_756E  # "zhucun"

# DuckDB column types → PostgreSQL. Anything else fails loudly, naming the column.
_TYPES = {
    "VARCHAR": "text",
    "BOOLEAN": "boolean",
    "TINYINT": "smallint",
    "SMALLINT": "smallint",
    "INTEGER": "integer",
    "BIGINT": "bigint",
    "HUGEINT": "numeric(39, 0)",
    "UTINYINT": "smallint",
    "USMALLINT": "integer",
    "UINTEGER": "bigint",
    "UBIGINT": "numeric(20, 0)",
    "FLOAT": "real",
    "DOUBLE": "double precision",
    "DATE": "date",
    "TIME": "time",
    "TIMESTAMP": "timestamp",
    "TIMESTAMP WITH TIME ZONE": "timestamp with time zone",
    "INTERVAL": "interval",
    "UUID": "uuid",
    "JSON": "json",
    "BLOB": "bytea",
}


class PostgresPublishError(RuntimeError):
    """The publish could not finish; the marts BI read on PostgreSQL are the previous ones."""


@dataclass(frozen=True)
class SourceTable:
    schema: str
    table: str

    @property
    def qualified(self) -> str:
        return f"{self.schema}.{self.table}"


@dataclass
class PostgresPublished:
    database: str  # where, without the password
    tables: list[str]  # marts tables BI can read
    swap: str = ""  # "rows" (same tables and columns as before) or "schema" (first publish, or a release)
    rows_copied: dict[str, int] = field(default_factory=dict)  # source table → rows
    dbt: DbtResult | None = None
    notes: list[str] = field(default_factory=list)


def publish_postgres(
    warehouse: Path,
    dsn: PostgresDsn,
    project_dir: Path,
    state_dir: Path,
    run_date: dt.date,
    bi_password: str | None = None,
) -> PostgresPublished:
    """Copy the dbt sources from `warehouse`, build the marts on PostgreSQL, swap them in, grant BI."""
    if not warehouse.exists():
        raise PostgresPublishError(f"no warehouse at {warehouse}: run `zhucun run` first, or set ZHUCUN_WAREHOUSE")
    try:
        return _publish(warehouse, dsn, project_dir, state_dir, run_date, bi_password)
    except psycopg2.Error as exc:
        # Anything the server refused on the way (a dropped connection, a permission): the marts BI
        # read are the previous ones, since only the last transaction changes them.
        reason = " ".join(str(exc).split()) or type(exc).__name__
        raise PostgresPublishError(
            f"PostgreSQL {dsn.describe()} refused the publish ({reason}); the marts BI read stay as they were"
        ) from None


def _publish(warehouse: Path, dsn: PostgresDsn, project_dir: Path, state_dir: Path, run_date: dt.date,
             bi_password: str | None) -> PostgresPublished:
    ensure_database(dsn)
    published = PostgresPublished(database=dsn.describe(), tables=[])
    with _connection(dsn) as con:
        _take_publish_lock(con, dsn)
        ensure_bi_role(con, dsn, bi_password)
        sources = source_tables(project_dir) + snapshot_tables(project_dir)
        published.rows_copied = copy_sources(warehouse, con, sources)
        _prepare_building_schema(con, dsn)
        variables = {"run_date": run_date.isoformat(), "marts_schema": BUILDING}
        # --full-refresh: the sources were copied anew and the marts build into a new schema, so the
        # incremental models start over too (their state on the server may be another project's).
        result = run_dbt(["build", "--target", "postgres", "--full-refresh", "--vars", json.dumps(variables)],
                         project_dir, warehouse, state_dir, extra_env=dsn.dbt_env())
        published.dbt = result
        if not result.ok:
            raise PostgresPublishError(_dbt_failure_text(result, dsn))
        published.tables, published.swap = _swap_in(con)
        _revoke_private(con)
        note = _drop_previous(con)
        if note:
            published.notes.append(f"{note}: the next publish drops it")
    return published


# --- connection and database ---------------------------------------------------------------------


@contextmanager
def _connection(dsn: PostgresDsn, dbname: str | None = None) -> Iterator[psycopg2.extensions.connection]:
    try:
        con = psycopg2.connect(**dsn.connect_kwargs(dbname))
    except psycopg2.OperationalError as exc:
        raise PostgresPublishError(_connect_failure_text(exc, dsn, dbname)) from None
    con.autocommit = True
    try:
        yield con
    finally:
        con.close()


def _connect_failure_text(exc: psycopg2.OperationalError, dsn: PostgresDsn, dbname: str | None) -> str:
    reason = " ".join(str(exc).split())
    where = f"{dsn.host}:{dsn.port}"
    if "does not exist" in reason and "database" in reason:
        return f"PostgreSQL database {dbname or dsn.dbname!r} does not exist on {where}: {reason}"
    if "password authentication failed" in reason or "no password supplied" in reason:
        return (f"PostgreSQL at {where} refused user {dsn.user!r} ({reason}): put the password in "
                "ZHUCUN_PG_DSN (postgresql://USER:PASSWORD@HOST:PORT/DB) or fix the user")
    return (f"cannot reach PostgreSQL at {where} as {dsn.user!r} ({reason}): start the server "
            "(pg_ctlcluster VERSION main start) or fix ZHUCUN_PG_DSN")


def _database_exists(dsn: PostgresDsn) -> bool:
    try:
        psycopg2.connect(**dsn.connect_kwargs()).close()
    except psycopg2.OperationalError as exc:
        if f'database "{dsn.dbname}" does not exist' in str(exc):
            return False
        raise PostgresPublishError(_connect_failure_text(exc, dsn, None)) from None
    return True


def ensure_database(dsn: PostgresDsn) -> bool:
    """Create the DSN's database when it is missing and the DSN's user may; True if it was created.

    A created database compares text byte by byte (collation C), as DuckDB does, so orderings and
    tie-breaks in the models pick the same rows on both warehouses.
    """
    if _database_exists(dsn):
        return False
    last_error: PostgresPublishError | None = None
    for maintenance in ("postgres", "template1"):
        try:
            with _connection(dsn, maintenance) as con, con.cursor() as cur:
                cur.execute(sql.SQL("create database {} with template template0 encoding 'UTF8' lc_collate 'C'")
                            .format(sql.Identifier(dsn.dbname)))
            logger.info("created PostgreSQL database %s", dsn.dbname)
            return True
        except (psycopg2.errors.InsufficientPrivilege, psycopg2.errors.ReadOnlySqlTransaction):
            raise PostgresPublishError(
                f"PostgreSQL database {dsn.dbname!r} does not exist on {dsn.host}:{dsn.port} and user {dsn.user!r} "
                f"may not create it: create it (createdb -O {dsn.user} {dsn.dbname}) or name another in ZHUCUN_PG_DSN"
            ) from None
        except psycopg2.errors.DuplicateDatabase:
            return False  # created meanwhile by another publish
        except PostgresPublishError as exc:
            last_error = exc
    raise PostgresPublishError(
        f"PostgreSQL database {dsn.dbname!r} does not exist on {dsn.host}:{dsn.port}, and no maintenance "
        f"database (postgres, template1) let {dsn.user!r} in to create it: {last_error}"
    )


def _take_publish_lock(con: psycopg2.extensions.connection, dsn: PostgresDsn) -> None:
    """Held by this session until it closes."""
    with con.cursor() as cur:
        cur.execute("select pg_try_advisory_lock(%s)", (_ADVISORY_LOCK_KEY,))
        (locked,) = cur.fetchone()
    if not locked:
        raise PostgresPublishError(f"another zhucun publish is writing {dsn.describe()}: wait for it to finish, then retry")


# --- the BI role ---------------------------------------------------------------------------------------


def ensure_bi_role(con: psycopg2.extensions.connection, dsn: PostgresDsn, password: str | None) -> None:
    """zhucun_bi: may log in and connect, reads only (its transactions default to read only)."""
    with con.cursor() as cur:
        cur.execute("select 1 from pg_roles where rolname = %s", (BI_ROLE,))
        if cur.fetchone() is None:
            try:
                cur.execute(sql.SQL("create role {} login").format(sql.Identifier(BI_ROLE)))
            except psycopg2.errors.DuplicateObject:
                pass  # created meanwhile from another database of the same server
            except psycopg2.errors.InsufficientPrivilege:
                raise PostgresPublishError(
                    f"user {dsn.user!r} may not create the role {BI_ROLE}: create it once as a superuser "
                    f"(create role {BI_ROLE} login) or give {dsn.user} CREATEROLE"
                ) from None
        role = sql.Identifier(BI_ROLE)
        cur.execute(sql.SQL("alter role {} login nosuperuser nocreatedb nocreaterole noreplication").format(role))
        cur.execute(sql.SQL("alter role {} set default_transaction_read_only = on").format(role))
        if password:
            cur.execute(sql.SQL("alter role {} password %s").format(role), (password,))
        database = sql.Identifier(dsn.dbname)
        cur.execute(sql.SQL("grant connect on database {} to {}").format(database, role))
        # Not even temporary tables for BI (every role may create them by default): zhucun's user keeps them,
        # dbt's snapshots need them. A user who does not own the database only gets a warning here.
        cur.execute(sql.SQL("revoke temporary on database {} from public, {}").format(database, role))
        cur.execute(sql.SQL("grant temporary on database {} to {}").format(database, sql.Identifier(dsn.user)))


def _revoke_private(con: psycopg2.extensions.connection) -> None:
    """Nothing outside marts for BI, nor for PUBLIC (every role), whatever was granted by hand."""
    with con.cursor() as cur:
        cur.execute("select nspname from pg_namespace where nspname = any(%s)", (list(PRIVATE_SCHEMAS),))
        for (schema,) in cur.fetchall():
            cur.execute(sql.SQL("revoke all on schema {0} from public, {1}; "
                                "revoke all on all tables in schema {0} from public, {1}; "
                                "revoke all on all sequences in schema {0} from public, {1}")
                        .format(sql.Identifier(schema), sql.Identifier(BI_ROLE)))
        # PostgreSQL 15 no longer lets PUBLIC create in schema public; older servers did.
        cur.execute(sql.SQL("revoke create on schema public from public, {}").format(sql.Identifier(BI_ROLE)))


# --- copying the dbt sources ---------------------------------------------------------------------------


def source_tables(project_dir: Path) -> list[SourceTable]:
    """Every table the dbt project declares as a source (models/**/*.yml), as schema.identifier."""
    tables: dict[str, SourceTable] = {}
    for path in sorted((project_dir / "models").rglob("*.yml")):
        document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for source in document.get("sources") or []:
            schema = source.get("schema") or source["name"]
            for table in source.get("tables") or []:
                found = SourceTable(schema, table.get("identifier") or table["name"])
                tables[found.qualified] = found
    if not tables:
        raise PostgresPublishError(f"no dbt sources declared under {project_dir / 'models'}")
    return list(tables.values())


def snapshot_tables(project_dir: Path) -> list[SourceTable]:
    """The snapshot tables: history the DuckDB warehouse keeps, copied so PostgreSQL keeps the same."""
    names = []
    for path in sorted((project_dir / "snapshots").rglob("*.yml")):
        document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        names += [snapshot["name"] for snapshot in document.get("snapshots") or []]
    return [SourceTable(SNAPSHOTS, name) for name in names]


def copy_sources(warehouse: Path, pg: psycopg2.extensions.connection, tables: list[SourceTable]) -> dict[str, int]:
    """Replace each table in PostgreSQL by the warehouse's copy, all in one transaction (CSV + COPY).

    A snapshot table the warehouse does not have yet is left to dbt to create. The views dbt built on
    the old tables go with them (cascade); the build recreates them.
    """
    rows: dict[str, int] = {}
    try:
        duck = duckdb.connect(str(warehouse), read_only=True)
    except duckdb.IOException as exc:
        raise PostgresPublishError(
            f"cannot open warehouse {warehouse} to read: {exc}. Another process is writing it; "
            "publish after the nightly run finished"
        ) from None
    pg.autocommit = False
    try:
        duck.execute("set autoinstall_known_extensions = false")
        with tempfile.TemporaryDirectory(prefix="zhucun-pg-") as scratch, pg.cursor() as cur:
            for table in tables:
                columns = duck.execute(
                    "select column_name, data_type from information_schema.columns "
                    "where table_schema = ? and table_name = ? order by ordinal_position",
                    [table.schema, table.table],
                ).fetchall()
                if not columns:
                    if table.schema == SNAPSHOTS:
                        continue
                    raise PostgresPublishError(
                        f"the warehouse {warehouse} has no table {table.qualified}, which dbt reads: run `zhucun run` first"
                    )
                csv_path = Path(scratch) / f"{table.schema}.{table.table}.csv"
                duck.execute(
                    f'copy (select * from "{table.schema}"."{table.table}") to ? (format csv, header false)',
                    [str(csv_path)],
                )
                target = sql.Identifier(table.schema, table.table)
                cur.execute(sql.SQL("create schema if not exists {}").format(sql.Identifier(table.schema)))
                cur.execute(sql.SQL("drop table if exists {} cascade").format(target))
                cur.execute(sql.SQL("create table {} ({})").format(
                    target,
                    sql.SQL(", ").join(
                        sql.SQL("{} {}").format(sql.Identifier(name), sql.SQL(_pg_type(table, name, data_type)))
                        for name, data_type in columns
                    ),
                ))
                with csv_path.open("r", encoding="utf-8") as handle:
                    cur.copy_expert(sql.SQL("copy {} from stdin with (format csv)").format(target), handle)
                rows[table.qualified] = cur.rowcount
                cur.execute(sql.SQL("analyze {}").format(target))  # row counts for the planner of dbt's queries
        pg.commit()
    except BaseException:
        pg.rollback()
        raise
    finally:
        pg.autocommit = True
        duck.close()
    return rows


def _pg_type(table: SourceTable, column: str, duckdb_type: str) -> str:
    upper = duckdb_type.upper()
    if upper in _TYPES:
        return _TYPES[upper]
    decimal = re.fullmatch(r"DECIMAL\((\d+),\s*(\d+)\)", upper)
    if decimal:
        return f"numeric({decimal.group(1)}, {decimal.group(2)})"
    raise PostgresPublishError(
        f"column {table.qualified}.{column} has DuckDB type {duckdb_type}, which zhucun does not copy to "
        "PostgreSQL: add it to flows/warehouse/postgres_publish.py _TYPES"
    )


# --- building and swapping -----------------------------------------------------------------------------


def _prepare_building_schema(con: psycopg2.extensions.connection, dsn: PostgresDsn) -> None:
    """An empty marts__building whose tables BI will be able to select once it is renamed to marts.

    Default privileges belong to the schema, so they travel with it through the rename, and cover
    tables created in marts later too. USAGE is granted only after the rename: until then BI cannot
    reach the half-built tables.
    """
    still_read = _drop_previous(con)
    if still_read:
        raise PostgresPublishError(f"{still_read}; end that BI session's transaction and publish again")
    with con.cursor() as cur:
        cur.execute(sql.SQL("drop schema if exists {} cascade").format(sql.Identifier(BUILDING)))
        cur.execute(sql.SQL("create schema {}").format(sql.Identifier(BUILDING)))
        cur.execute(sql.SQL("alter default privileges for role {} in schema {} grant select on tables to {}").format(
            sql.Identifier(dsn.user), sql.Identifier(BUILDING), sql.Identifier(BI_ROLE)))


def _swap_in(con: psycopg2.extensions.connection) -> tuple[list[str], str]:
    """Make the night's marts the ones BI reads, in one transaction; returns the tables and how.

    - "rows": the marts have the same tables and columns as last time (every night but a release's):
      each table's rows are deleted and the new ones inserted. MVCC keeps this invisible to readers
      until the commit, in every isolation level: a statement or transaction begun before it goes on
      seeing the previous night whole; the next one sees the new night whole.
    - "schema": first publish, or a release changed the marts' shape: marts → marts__previous and
      marts__building → marts. A reader's next statement sees the new marts whole; a REPEATABLE READ
      or SERIALIZABLE transaction begun before the swap would see the new tables without rows until
      it ends (they were filled after its snapshot).

    Neither takes a lock that waits for readers; lock_timeout gives up rather than queue them.
    """
    con.autocommit = False
    try:
        with con.cursor() as cur:
            cur.execute("set local lock_timeout = '10s'")
            tables = _tables(cur, BUILDING)
            if not tables:
                raise PostgresPublishError(f"dbt built no tables in {BUILDING}: nothing to publish; the old marts stay")
            same_shape = _tables(cur, MARTS) == tables and all(
                _columns(cur, MARTS, table) == _columns(cur, BUILDING, table) for table in tables
            ) and _tables(cur, BUILDING, kinds=("r",)) == tables  # rows can be swapped in tables, not views
            if same_shape:
                for table in tables:
                    current, built = sql.Identifier(MARTS, table), sql.Identifier(BUILDING, table)
                    cur.execute(sql.SQL("delete from {}").format(current))
                    cur.execute(sql.SQL("insert into {} select * from {}").format(current, built))
                    _copy_comments(cur, table)
                how = "rows"
            else:
                cur.execute("select 1 from pg_namespace where nspname = %s", (MARTS,))
                if cur.fetchone() is not None:
                    cur.execute(sql.SQL("alter schema {} rename to {}").format(sql.Identifier(MARTS),
                                                                               sql.Identifier(PREVIOUS)))
                cur.execute(sql.SQL("alter schema {} rename to {}").format(sql.Identifier(BUILDING),
                                                                           sql.Identifier(MARTS)))
                how = "schema"
            role = sql.Identifier(BI_ROLE)
            cur.execute(sql.SQL("grant usage on schema {} to {}").format(sql.Identifier(MARTS), role))
            cur.execute(sql.SQL("grant select on all tables in schema {} to {}").format(sql.Identifier(MARTS), role))
        con.commit()
    except BaseException:
        con.rollback()
        raise
    finally:
        con.autocommit = True
    if how == "rows":
        with con.cursor() as cur:  # never readable by BI (no USAGE), so no reader holds it
            cur.execute(sql.SQL("drop schema {} cascade").format(sql.Identifier(BUILDING)))
    return tables, how


def _tables(cur: psycopg2.extensions.cursor, schema: str, kinds: tuple[str, ...] = ("r", "p", "v", "m")) -> list[str]:
    cur.execute(
        "select c.relname from pg_class as c join pg_namespace as n on n.oid = c.relnamespace "
        "where n.nspname = %s and c.relkind::text = any(%s) order by c.relname", (schema, list(kinds)))
    return [name for (name,) in cur.fetchall()]


def _columns(cur: psycopg2.extensions.cursor, schema: str, table: str) -> list[tuple[str, str]]:
    cur.execute(
        "select a.attname, format_type(a.atttypid, a.atttypmod) from pg_attribute as a "
        "where a.attrelid = %s::regclass and a.attnum > 0 and not a.attisdropped order by a.attnum",
        (sql.Identifier(schema, table).as_string(cur),))
    return cur.fetchall()


def _copy_comments(cur: psycopg2.extensions.cursor, table: str) -> None:
    """dbt's descriptions (persist_docs) of the new build, where they changed."""
    current, built = sql.Identifier(MARTS, table), sql.Identifier(BUILDING, table)
    cur.execute("select obj_description(%s::regclass, 'pg_class'), obj_description(%s::regclass, 'pg_class')",
                (current.as_string(cur), built.as_string(cur)))
    old, new = cur.fetchone()
    if old != new:
        cur.execute(sql.SQL("comment on table {} is %s").format(current), (new,))
    cur.execute(
        "select a.attname, col_description(%s::regclass, a.attnum), col_description(b.attrelid, b.attnum) "
        "from pg_attribute as a join pg_attribute as b on b.attrelid = %s::regclass and b.attname = a.attname "
        "where a.attrelid = %s::regclass and a.attnum > 0 and not a.attisdropped",
        (current.as_string(cur), built.as_string(cur), current.as_string(cur)))
    for column, old, new in cur.fetchall():
        if old != new:
            cur.execute(sql.SQL("comment on column {}.{} is %s").format(current, sql.Identifier(column)), (new,))


def _drop_previous(con: psycopg2.extensions.connection) -> str | None:
    """Drop the marts readers used before the swap; a transaction still reading them holds the drop back,
    so after a while the drop is left to the next publish (it changes nothing a reader sees)."""
    try:
        with con.cursor() as cur:
            cur.execute("set lock_timeout = '30s'")
            cur.execute(sql.SQL("drop schema if exists {} cascade").format(sql.Identifier(PREVIOUS)))
            cur.execute("reset lock_timeout")
    except psycopg2.errors.LockNotAvailable:
        return f"schema {PREVIOUS} (the marts before the swap) is still read by an open transaction"
    return None


def _dbt_failure_text(result: DbtResult, dsn: PostgresDsn) -> str:
    if result.failures:
        nodes = "; ".join(f"{failure.node} ({failure.status}): {' '.join(failure.message.split())[:300]}"
                          for failure in result.failures)
        return f"dbt build --target postgres failed on {dsn.describe()}, the marts BI read stay as they were: {nodes}"
    return (f"dbt build --target postgres failed on {dsn.describe()} before building anything (exit "
            f"{result.returncode}); the marts BI read stay as they were:\n{result.log_tail}")


def last_published_run_date(warehouse: Path) -> dt.date | None:
    """The run date of the night whose marts the served DuckDB file holds (so PostgreSQL builds the same)."""
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        row = con.execute(
            "select run_date from meta.run_log where run_date is not null "
            "and json_extract_string(summary, '$.published') is not null "
            "order by started_at desc limit 1"
        ).fetchone()
    except duckdb.CatalogException:
        return None
    finally:
        con.close()
    return row[0] if row else None


def publish_postgres_configured(
    warehouse: Path, project_dir: Path, home: Path, run_date: dt.date | None, environ: Mapping[str, str],
) -> PostgresPublished:
    """publish_postgres with the connection from ZHUCUN_PG_DSN and the BI password from
    ZHUCUN_BI_PASSWORD; without a run date, the one of the night the served DuckDB file holds."""
    dsn = parse_dsn(environ.get(DSN_VARIABLE))
    if run_date is None:
        run_date = (last_published_run_date(warehouse) if warehouse.exists() else None) or dt.date.today()
    return publish_postgres(warehouse, dsn, project_dir, home / "dbt-postgres", run_date,
                            bi_password=environ.get("ZHUCUN_BI_PASSWORD") or None)


def describe_published(published: PostgresPublished) -> str:
    """What the publish did, for the command line and the run log."""
    counts = published.dbt.counts if published.dbt else {}
    lines = [
        f"published {len(published.tables)} marts tables to {published.database} (schema {MARTS}; BI role {BI_ROLE};"
        f" swapped in by {published.swap})",
        "  copied   " + ", ".join(f"{table} {rows}" for table, rows in published.rows_copied.items()),
        f"  dbt      seeds {counts.get('seed:success', 0)}, snapshots {counts.get('snapshot:success', 0)}, "
        f"models {counts.get('model:success', 0)}, tests passed {counts.get('test:pass', 0)}",
    ]
    lines += [f"  note     {note}" for note in published.notes]
    return "\n".join(lines)
