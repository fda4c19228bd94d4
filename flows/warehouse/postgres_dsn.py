"""ZHUCUN_PG_DSN, read once: libpq parses it, and dbt's profile gets its parts as ZHUCUN_PG_* variables.

A dbt profile cannot parse a connection string, so the parts travel to the dbt child process as
environment variables (dbt_project/profiles.yml, output `postgres`).
"""
from __future__ import annotations

import getpass
from dataclasses import dataclass

import psycopg2
import psycopg2.extensions

DSN_VARIABLE = "ZHUCUN_PG_DSN"
DSN_EXAMPLE = "postgresql://postgres@127.0.0.1:5432/zhucun"


class PostgresConfigError(RuntimeError):
    """ZHUCUN_PG_DSN is missing or cannot be used; the message says how to write it."""


@dataclass(frozen=True)
class PostgresDsn:
    host: str
    port: int
    user: str
    password: str
    dbname: str
    sslmode: str

    def connect_kwargs(self, dbname: str | None = None) -> dict[str, object]:
        """psycopg2.connect keywords; `dbname` overrides the database (the maintenance one, to create ours)."""
        kwargs: dict[str, object] = {
            "host": self.host,
            "port": self.port,
            "user": self.user,
            "dbname": dbname or self.dbname,
            "sslmode": self.sslmode,
            "connect_timeout": 10,
            "application_name": "zhucun-publish",
        }
        if self.password:
            kwargs["password"] = self.password
        return kwargs

    def dbt_env(self) -> dict[str, str]:
        """The variables dbt_project/profiles.yml reads for its `postgres` output."""
        return {
            "ZHUCUN_PG_HOST": self.host,
            "ZHUCUN_PG_PORT": str(self.port),
            "ZHUCUN_PG_USER": self.user,
            "ZHUCUN_PG_PASSWORD": self.password,
            "ZHUCUN_PG_DATABASE": self.dbname,
            "ZHUCUN_PG_SSLMODE": self.sslmode,
            # libpq reads PGOPTIONS: no JIT in dbt's sessions. The models' nested CTEs look costly to the
            # planner, and compiling them took seconds per query for milliseconds of work.
            "PGOPTIONS": "-c jit=off",
        }

    def describe(self) -> str:
        """Where it points, without the password (safe for logs and error messages)."""
        return f"postgresql://{self.user}@{self.host}:{self.port}/{self.dbname}"


def parse_dsn(dsn: str | None) -> PostgresDsn:
    """A libpq connection URI or key=value string; host, port and user default as libpq's do, the
    database must be named (zhucun never guesses where to write)."""
    if not dsn or not dsn.strip():
        raise PostgresConfigError(f"{DSN_VARIABLE} is not set: set it to a libpq URI such as {DSN_EXAMPLE}")
    try:
        parts = psycopg2.extensions.parse_dsn(dsn.strip())
    except psycopg2.ProgrammingError as exc:
        # libpq's message may quote the string; the string may hold a password, so it is not repeated.
        reason = str(exc).splitlines()[0] if str(exc) else "not a connection string"
        raise PostgresConfigError(
            f"{DSN_VARIABLE} is malformed ({_without_secrets(reason, dsn)}): write it as {DSN_EXAMPLE}"
        ) from None
    dbname = parts.get("dbname")
    if not dbname:
        raise PostgresConfigError(f"{DSN_VARIABLE} names no database: write it as {DSN_EXAMPLE}")
    host = parts.get("host") or "127.0.0.1"
    if "," in host:
        raise PostgresConfigError(f"{DSN_VARIABLE} names several hosts ({host}): name one, as in {DSN_EXAMPLE}")
    port_text = parts.get("port") or "5432"
    try:
        port = int(port_text)
    except ValueError:
        raise PostgresConfigError(f"{DSN_VARIABLE} has port {port_text!r}, not a number: write it as {DSN_EXAMPLE}") from None
    return PostgresDsn(
        host=host,
        port=port,
        user=parts.get("user") or getpass.getuser(),
        password=parts.get("password") or "",
        dbname=dbname,
        sslmode=parts.get("sslmode") or "prefer",
    )


def _without_secrets(reason: str, dsn: str) -> str:
    parts = dsn.split("@", 1)
    if len(parts) == 2 and ":" in parts[0].split("//", 1)[-1]:
        secret = parts[0].split("//", 1)[-1].split(":", 1)[1]
        if secret:
            reason = reason.replace(secret, "***")
    return reason
