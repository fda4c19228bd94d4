"""Whether tonight's marts would equal the last published ones, so the dbt build can be skipped.

A build's inputs are summed up in one fingerprint, recorded in meta.builds when its marts were
published: the dbt project and seed files, dbt's version, every source table dbt reads (row count
and an order-free hash of its rows, in SQL — no table leaves DuckDB) and the part of the run date the
models use. A night whose fingerprint equals the last published build's does no dbt build and no
publish: the served files already hold what the build would make.

The run date reaches one model, fct_assignment (`run_date()`): a serving assignment's end date is
"planned" while it lies after the run date, and a cadre dropped by a roster ends no later than the run
date. Two nights build the same marts when the same serving assignments end after their run dates
and no removal lies after either run date; `_DATE_PARTS` counts exactly those rows, and
tests/unit/test_build_state.py fails if a model starts using the run date elsewhere. Keep the two in
step.

Hashing the sources reads every row of them (~1 s of CPU at a million roster rows, and it grows with
the warehouse), so a night first compares a **change stamp**, which reads no source table: the file
manifest (every load, replacement and conflict pass writes its rows there, in the transaction that
writes raw), the review decisions (a source in full: a small table), meta.source_edits (the journal of
in-place edits outside a load: scrub.py, place_backfill.py), the project files and dbt's version. A
stamp equal to the last published build's, on a run date inside the span its date part holds for
(from its run date up to the first planned end after it, recorded with it), means the sources are the
ones that build read: its fingerprint is tonight's. Anything else hashes the sources as before. A
source table edited by hand, outside zhucun, is not seen by the stamp: record it in meta.source_edits
(or delete the last meta.builds row) so the next night rebuilds.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import duckdb
import yaml

from flows.warehouse.schema import table_exists

# Files of the project that shape what dbt builds (not its target/ or logs).
_PROJECT_SUFFIXES = (".sql", ".yml", ".yaml", ".md", ".csv")
_SKIPPED_DIRS = {"target", "logs", "dbt_packages"}

# What of the run date the models use (see the module docstring): serving assignments that end after
# it, and removals dated after it (only a night replayed with a past date has any).
_DATE_PARTS = """
    select count(*) filter (where dbt_valid_to is null and end_date > $run_date) as planned_ends,
           count(*) filter (where dbt_valid_to is not null
                            and cast(dbt_valid_to as date) > $run_date) as removals_after
    from snapshots.snap_assignments
"""


@dataclass(frozen=True)
class BuildInputs:
    """What a dbt build reads, summed up; `fingerprint` is the digest of `parts`.

    `sources_read` False: taken from the last published build, whose change stamp tonight's equals
    (`parts` then holds only the stamp's parts)."""

    fingerprint: str
    parts: dict[str, str]
    change_stamp: str = ""
    sources_read: bool = True


def project_digest(project_dir: Path) -> str:
    """sha256 over the project's model, macro, test, snapshot and seed files, by path and content."""
    digest = hashlib.sha256()
    config = yaml.safe_load((project_dir / "dbt_project.yml").read_text(encoding="utf-8")) or {}
    roots = [project_dir, *((project_dir / seeds).resolve() for seeds in config.get("seed-paths", []))]
    for root in roots:
        for path in sorted(p for p in root.rglob("*") if p.is_file()):
            relative = path.relative_to(root)
            if set(relative.parts) & _SKIPPED_DIRS or path.suffix not in _PROJECT_SUFFIXES:
                continue
            digest.update(f"{root.name}/{relative.as_posix()}\0".encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def source_tables(project_dir: Path) -> list[str]:
    """`schema.table` of every dbt source, as the project's sources files declare them."""
    tables = []
    for path in sorted((project_dir / "models").rglob("*.yml")):
        document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for source in document.get("sources") or []:
            schema = source.get("schema") or source["name"]
            tables += [f"{schema}.{table.get('identifier') or table['name']}" for table in source.get("tables") or []]
    return sorted(tables)


def published_sources(manifest_path: Path) -> set[str] | None:
    """`schema.table` of the sources the published marts (or the snapshots) depend on, from the dbt
    manifest of the last build; None when there is no manifest (then every source counts).

    A source read only by views (the file manifest's staging model) changes the served marts in no way."""
    if not manifest_path.exists():
        return None
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    nodes, children = manifest.get("nodes") or {}, manifest.get("child_map") or {}

    def feeds_the_marts(unique_id: str, seen: set[str]) -> bool:
        for child in children.get(unique_id, []):
            if child in seen:
                continue
            seen.add(child)
            node = nodes.get(child) or {}
            if node.get("resource_type") == "snapshot" or (
                    node.get("resource_type") == "model" and node.get("schema") == "marts"):
                return True
            if feeds_the_marts(child, seen):
                return True
        return False

    return {f"{source['schema']}.{source.get('identifier') or source['name']}"
            for unique_id, source in (manifest.get("sources") or {}).items()
            if feeds_the_marts(unique_id, set())}


def _table_digest(con: duckdb.DuckDBPyConnection, table: str, where: str = "true") -> str:
    schema, name = table.split(".", 1)
    if not table_exists(con, schema, name):
        return "absent"
    rows, hashed = con.execute(
        f'select count(*), coalesce(bit_xor(hash(t)), 0) from "{schema}"."{name}" as t where {where}').fetchone()
    return f"{rows}:{hashed}"


def _date_part(con: duckdb.DuckDBPyConnection, run_date: dt.date) -> str:
    if not table_exists(con, "snapshots", "snap_assignments"):
        return "no snapshot yet"
    planned_ends, removals_after = con.execute(_DATE_PARTS, {"run_date": run_date}).fetchone()
    if removals_after:  # least(removal, run date) differs between any two such dates: only the same date matches
        return f"replayed {run_date.isoformat()}"
    return f"planned ends {planned_ends}"


def _digest_of(parts: dict[str, str]) -> str:
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


def _dbt_version() -> str:
    return metadata.version("dbt-core") + " / " + metadata.version("dbt-duckdb")


# Tables whose rows change whenever a source table does (see the module docstring), all small, and the
# rows that count. A rejected file's row is left out: rejecting writes nothing but that row (loader.py
# reject_file), and a file rejected for a reason that may pass is read and rejected again every night it
# stays in the inbox. A row turning rejected, or no longer, still changes the stamp.
_STAMP_TABLES = {
    "meta.file_manifest": "status <> 'rejected'",
    "meta.review_decisions": "true",
    "meta.source_edits": "true",
}


def change_stamp(con: duckdb.DuckDBPyConnection, project_dir: Path) -> tuple[str, dict[str, str]]:
    """The stamp (a digest) and its parts: what changes whenever a source table or the project does,
    read without reading any source table but the (small) review decisions."""
    parts = {
        "dbt project": project_digest(project_dir),
        "dbt version": _dbt_version(),
        **{f"stamp {table}": _table_digest(con, table, where) for table, where in _STAMP_TABLES.items()},
    }
    return _digest_of(parts), parts


def date_part_until(con: duckdb.DuckDBPyConnection, run_date: dt.date) -> dt.date | None:
    """The first run date after `run_date` whose date part differs from `run_date`'s (None: none does).

    A planned end is counted while it lies after the run date, so the count holds until the run date
    reaches the first planned end after it; a replayed date (a removal after it) holds only for itself."""
    if not table_exists(con, "snapshots", "snap_assignments"):
        return None
    first_end, removals_after = con.execute(
        "select min(end_date) filter (where dbt_valid_to is null and end_date > $run_date),"
        " count(*) filter (where dbt_valid_to is not null and cast(dbt_valid_to as date) > $run_date)"
        " from snapshots.snap_assignments", {"run_date": run_date}).fetchone()
    return run_date + dt.timedelta(days=1) if removals_after else first_end


def build_inputs(con: duckdb.DuckDBPyConnection, project_dir: Path, run_date: dt.date,
                 manifest_path: Path) -> BuildInputs:
    """Tonight's inputs; `manifest_path` is the last build's dbt manifest (which sources reach the marts)."""
    feeding = published_sources(manifest_path)
    tables = [table for table in source_tables(project_dir) if feeding is None or table in feeding]
    stamp, stamp_parts = change_stamp(con, project_dir)
    parts = {
        "dbt project": stamp_parts["dbt project"],
        "dbt version": stamp_parts["dbt version"],
        "run date": _date_part(con, run_date),
        **{f"source {table}": _table_digest(con, table) for table in tables},
    }
    return BuildInputs(_digest_of(parts), parts, stamp)


def tonight_inputs(con: duckdb.DuckDBPyConnection, project_dir: Path, run_date: dt.date, manifest_path: Path,
                   last: PublishedBuild | None) -> BuildInputs:
    """Tonight's inputs: the last published build's when its change stamp still holds (no source table
    is read), else summed up from the sources (build_inputs)."""
    if last is not None and last.change_stamp and last.run_date is not None and last.run_date <= run_date \
            and (last.date_part_until is None or run_date < last.date_part_until):
        stamp, parts = change_stamp(con, project_dir)
        if stamp == last.change_stamp:
            return BuildInputs(last.fingerprint, parts, stamp, sources_read=False)
    return build_inputs(con, project_dir, run_date, manifest_path)


@dataclass(frozen=True)
class PublishedBuild:
    run_id: str
    fingerprint: str
    postgres_published: bool
    run_date: dt.date | None = None
    change_stamp: str | None = None  # None: recorded before stamps were
    date_part_until: dt.date | None = None


def last_published_build(con: duckdb.DuckDBPyConnection) -> PublishedBuild | None:
    """The last build whose marts were published, if any."""
    row = con.execute("select run_id, fingerprint, postgres_published, run_date, change_stamp, date_part_until"
                      " from meta.builds order by published_at desc limit 1").fetchone()
    return PublishedBuild(*row) if row else None


def record_published_build(con: duckdb.DuckDBPyConnection, run_id: str, run_date: dt.date,
                           inputs: BuildInputs) -> None:
    con.execute("insert into meta.builds (run_id, run_date, fingerprint, inputs, published_at, change_stamp,"
                " date_part_until) values (?, ?, ?, ?, now(), ?, ?)",
                [run_id, run_date, inputs.fingerprint, json.dumps(inputs.parts, sort_keys=True),
                 inputs.change_stamp or None, date_part_until(con, run_date)])


def adopt_stamp(con: duckdb.DuckDBPyConnection, last: PublishedBuild, inputs: BuildInputs) -> None:
    """Tonight's sources, hashed, are `last`'s: its stamp becomes tonight's, so the nights after compare
    stamps again instead of hashing (after a write that changed no source: a rejected file, a conflict
    pass that moved nothing; and on a warehouse whose last build was recorded before stamps)."""
    if not inputs.sources_read or inputs.fingerprint != last.fingerprint or last.run_date is None:
        raise ValueError("only sources hashed equal to the last build's may take its place")
    con.execute("update meta.builds set change_stamp = ?, date_part_until = ? where run_id = ?",
                [inputs.change_stamp, date_part_until(con, last.run_date), last.run_id])


def record_postgres_published(con: duckdb.DuckDBPyConnection, run_id: str) -> None:
    """The marts of `run_id`'s build reached PostgreSQL too (a later unchanged night need not publish them)."""
    con.execute("update meta.builds set postgres_published = true where run_id = ?", [run_id])


# The parts of the inputs that change what the incremental models' SQL does, not only what it reads.
_PROJECT_PARTS = ("dbt project", "dbt version")


def full_refresh_reason(con: duckdb.DuckDBPyConnection, inputs: BuildInputs, forced: bool = False) -> str | None:
    """Why tonight's build must rebuild the incremental models from scratch (`dbt build --full-refresh`),
    or None when it may build on what the last build left.

    The incremental models (fct_assignment, int_*_deduplicated) keep rows the last build's SQL made;
    they equal a full build's only while the project and dbt are the ones that made them. Compared with
    the last build *started*, not the last published: a failed build under another project has already
    rewritten some of them."""
    if forced:
        return "a full build was asked for (ZHUCUN_FULL_BUILD)"
    row = con.execute("select project, dbt_version from meta.dbt_builds_started"
                      " order by started_at desc limit 1").fetchone()
    if row is None:
        return "no build of this warehouse is recorded"
    project, dbt_version = row
    if project != inputs.parts["dbt project"]:
        return "the dbt project or its seeds changed since the last build"
    if dbt_version != inputs.parts["dbt version"]:
        return "dbt changed since the last build"
    return None


def record_build_started(con: duckdb.DuckDBPyConnection, run_id: str, inputs: BuildInputs, full_refresh: bool) -> None:
    con.execute("insert into meta.dbt_builds_started (run_id, project, dbt_version, full_refresh, started_at)"
                " values (?, ?, ?, ?, now())",
                [run_id, *(inputs.parts[part] for part in _PROJECT_PARTS), full_refresh])
