"""What decides that a night may skip the dbt build: the fingerprint of what the build reads, on a real
DuckDB warehouse built from the raw contract, and the dbt project's own files."""
from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from dataclasses import replace
from pathlib import Path

import duckdb
import pytest

from flows.warehouse.build_state import (
    BuildInputs,
    build_inputs,
    full_refresh_reason,
    project_digest,
    published_sources,
    record_build_started,
    source_tables,
)
from flows.warehouse.connection import ensure_schema
from flows.warehouse.schema import DDL

REPO = Path(__file__).resolve().parents[2]
PROJECT = REPO / "dbt_project"
NO_MANIFEST = Path("/nonexistent/manifest.json")
DAY = dt.date(2025, 10, 1)


@pytest.fixture
def con(tmp_path: Path):
    con = duckdb.connect(str(tmp_path / "warehouse.duckdb"))
    ensure_schema(con)  # as a run opens the warehouse
    yield con
    con.close()


def _fingerprint(con: duckdb.DuckDBPyConnection, day: dt.date = DAY, manifest: Path = NO_MANIFEST) -> str:
    return build_inputs(con, PROJECT, day, manifest).fingerprint


def _add_document(con: duckdb.DuckDBPyConnection, file_id: str, title: str = "工作简报") -> None:
    con.execute("insert into raw.report__documents (file_id, source_file, report_type, title, run_id, loaded_at)"
                " values (?, 'a.txt', 'narrative', ?, 'run-1', timestamp '2025-10-01 02:00:00')", [file_id, title])


def test_every_source_of_the_project_is_a_table_the_warehouse_contract_declares() -> None:
    declared = {match for ddl in DDL for match in re.findall(r"create table if not exists (\S+)", ddl)}
    assert set(source_tables(PROJECT)) <= declared
    assert "raw.roster__assignments" in source_tables(PROJECT)  # the identifier, not the source's short name


def test_a_row_added_or_changed_in_a_source_changes_the_fingerprint_and_row_order_does_not(con) -> None:
    empty = _fingerprint(con)
    _add_document(con, "a")
    _add_document(con, "b")
    two = _fingerprint(con)
    assert two != empty and _fingerprint(con) == two
    con.execute("update raw.report__documents set title = '工作月报' where file_id = 'b'")
    changed = _fingerprint(con)
    assert changed != two
    con.execute("create table reordered as select * from raw.report__documents order by file_id desc")
    con.execute("delete from raw.report__documents")
    con.execute("insert into raw.report__documents select * from reordered")
    assert _fingerprint(con) == changed


def test_a_table_outside_the_sources_does_not_change_it(con) -> None:
    before = _fingerprint(con)
    con.execute("insert into meta.run_log (run_id, started_at, status) values ('run-9', now(), 'succeeded')")
    assert _fingerprint(con) == before


def test_a_seed_or_model_edit_changes_the_project_digest(tmp_path: Path) -> None:
    project = tmp_path / "dbt_project"
    shutil.copytree(PROJECT, project, ignore=shutil.ignore_patterns("target", "logs"))
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    original = project_digest(project)
    assert original == project_digest(PROJECT)  # same files, same digest wherever they lie
    roles = tmp_path / "seeds" / "roles.csv"
    roles.write_text(roles.read_text("utf-8") + "\n", "utf-8")
    assert project_digest(project) != original
    (project / "target").mkdir()
    (project / "target" / "manifest.json").write_text("{}", "utf-8")  # dbt's own output is not an input
    roles.write_text(roles.read_text("utf-8").rstrip("\n") + "\n", "utf-8")
    before_model_edit = project_digest(project)
    model = project / "models" / "marts" / "dim_role.sql"
    model.write_text(model.read_text("utf-8") + "\n-- edited\n", "utf-8")
    assert project_digest(project) != before_model_edit


def test_only_sources_that_reach_the_marts_or_a_snapshot_count_when_dbt_has_a_manifest(tmp_path: Path) -> None:
    manifest = tmp_path / "manifest.json"
    manifest.write_text(json.dumps({
        "sources": {
            "source.z.roster.assignments": {"schema": "raw", "name": "assignments", "identifier": "roster__assignments"},
            "source.z.meta.file_manifest": {"schema": "meta", "name": "file_manifest", "identifier": "file_manifest"},
            "source.z.report.facts": {"schema": "raw", "name": "facts", "identifier": "report__facts"},
        },
        "nodes": {
            "model.z.stg_a": {"resource_type": "model", "schema": "staging"},
            "model.z.int_a": {"resource_type": "model", "schema": "intermediate"},
            "model.z.fct_a": {"resource_type": "model", "schema": "marts"},
            "model.z.stg_m": {"resource_type": "model", "schema": "staging"},
            "model.z.stg_f": {"resource_type": "model", "schema": "staging"},
            "snapshot.z.snap_f": {"resource_type": "snapshot", "schema": "snapshots"},
            "test.z.unique_m": {"resource_type": "test", "schema": "staging"},
        },
        "child_map": {
            "source.z.roster.assignments": ["model.z.stg_a"], "model.z.stg_a": ["model.z.int_a"],
            "model.z.int_a": ["model.z.fct_a"],
            "source.z.meta.file_manifest": ["model.z.stg_m"], "model.z.stg_m": ["test.z.unique_m"],
            "source.z.report.facts": ["model.z.stg_f"], "model.z.stg_f": ["snapshot.z.snap_f"],
        },
    }), "utf-8")
    assert published_sources(manifest) == {"raw.roster__assignments", "raw.report__facts"}
    assert published_sources(tmp_path / "missing.json") is None


def _snapshot(con: duckdb.DuckDBPyConnection, rows: list[tuple[str | None, str | None]]) -> None:
    """snap_assignments as dbt makes it, reduced to what the run date touches: (end_date, dbt_valid_to)."""
    con.execute("create schema if not exists snapshots")
    con.execute("create or replace table snapshots.snap_assignments (end_date date, dbt_valid_to timestamp)")
    con.executemany("insert into snapshots.snap_assignments values (?, ?)", rows)


def test_a_new_run_date_matches_unless_a_serving_assignment_ends_in_between_or_a_removal_lies_after_it(con) -> None:
    _snapshot(con, [("2025-10-10", None), ("2024-01-31", "2025-03-01 02:00:00")])
    assert _fingerprint(con, dt.date(2025, 10, 1)) == _fingerprint(con, dt.date(2025, 10, 9))
    assert _fingerprint(con, dt.date(2025, 10, 9)) != _fingerprint(con, dt.date(2025, 10, 10))  # no longer planned
    # a night replayed before a removal the snapshot recorded: only that same date builds the same marts
    assert _fingerprint(con, dt.date(2025, 2, 1)) != _fingerprint(con, dt.date(2025, 2, 2))
    assert _fingerprint(con, dt.date(2025, 2, 1)) == _fingerprint(con, dt.date(2025, 2, 1))


def test_the_run_date_reaches_the_models_only_where_build_state_accounts_for_it() -> None:
    """build_state.py reasons about fct_assignment's two uses of run_date(); a new use must be reasoned
    about there too before this test is changed."""
    uses = {}
    for path in (PROJECT / "models").rglob("*.sql"):
        text = path.read_text("utf-8")
        assert not re.search(r"current_date|current_timestamp|now\(\)", text, re.I), path.name
        # An incremental block only chooses which rows to recompute; the values come from the rest.
        text = re.sub(r"\{% if is_incremental\(\) %\}.*?\{% endif %\}", "", text, flags=re.S)
        if "run_date()" in text:
            uses[path.name] = text.count("run_date()")
    assert uses == {"fct_assignment.sql": 2}


# ---------------------------------------------------------------------------- the change stamp

from flows.ingest.discovery import InboxFile  # noqa: E402
from flows.ingest.manifest import ManifestEntry, record  # noqa: E402
from flows.warehouse.build_state import (  # noqa: E402
    change_stamp,
    last_published_build,
    record_published_build,
    tonight_inputs,
)
from flows.warehouse.scrub import scrub_stored_names  # noqa: E402

SOURCES = ("raw.roster__assignments", "raw.report__documents", "raw.report__facts", "raw.report__people")


def _publish(con: duckdb.DuckDBPyConnection, day: dt.date = DAY) -> None:
    """What a night records after its build was published."""
    record_published_build(con, "run-built", day, build_inputs(con, PROJECT, day, NO_MANIFEST))


def _tonight(con: duckdb.DuckDBPyConnection, day: dt.date = DAY):
    return tonight_inputs(con, PROJECT, day, NO_MANIFEST, last_published_build(con))


def _trap_sources(con: duckdb.DuckDBPyConnection) -> None:
    """Each raw source table becomes a view that fails when anything reads it."""
    for table in SOURCES:
        con.execute(f"drop table {table}")
        con.execute(f"create view {table} as select error('{table} was read') as file_id")


def test_an_unchanged_warehouse_takes_the_last_builds_fingerprint_without_reading_a_source_table(con) -> None:
    _add_document(con, "a")
    _snapshot(con, [("2025-10-10", None)])
    _publish(con)
    built = last_published_build(con)
    _trap_sources(con)
    with pytest.raises(duckdb.Error, match="was read"):
        build_inputs(con, PROJECT, DAY, NO_MANIFEST)  # the trap works: hashing reads the sources
    for night in (DAY, dt.date(2025, 10, 9)):  # the next nights, up to the first planned end
        tonight = _tonight(con, night)
        assert (tonight.fingerprint, tonight.sources_read) == (built.fingerprint, False)


def _stamp(con: duckdb.DuckDBPyConnection) -> str:
    return change_stamp(con, PROJECT)[0]


def test_every_way_zhucun_writes_a_source_changes_the_stamp(con, tmp_path: Path) -> None:
    seen = {_stamp(con)}

    def changed() -> bool:
        stamp = _stamp(con)
        new = stamp not in seen
        seen.add(stamp)
        return new

    # a file's load (its rows and its manifest row, one transaction), and its replacement
    inbox_file = tmp_path / "名单.csv"
    inbox_file.write_text("x", "utf-8")
    file = InboxFile(path=inbox_file, name="名单.csv", kind="roster", file_id="f1", size_bytes=1)
    record(con, ManifestEntry(file, "loaded", 1, 0, None, "run-1"))
    assert changed()
    # the conflict pass moving a row out of raw corrects the manifest's counts
    con.execute("update meta.file_manifest set rows_loaded = rows_loaded - 1, conflicts_checked = true")
    assert changed()
    # a steward's decision
    con.execute("insert into meta.review_decisions (record_id, decision_id, target_kind, file_id, action, reviewer,"
                " source, decided_at) values ('d1', 'x', 'fact', 'f1', 'accept', 'steward', 'cli', now())")
    assert changed()
    # an old file name masked in place
    _add_document(con, "b")
    con.execute("update raw.report__documents set source_file = '联系人13987654321.txt' where file_id = 'b'")
    assert scrub_stored_names(con, "key")
    assert changed()
    # an old report row's place resolved in place (as any open of the warehouse does)
    con.execute("update raw.report__documents set place_level = null, region = '渭源县'")
    ensure_schema(con)
    assert changed()
    # a file rejected (again) writes only its own manifest row: the same stamp
    rejected = InboxFile(path=inbox_file, name="坏文件.xlsx", kind="roster", file_id="f2", size_bytes=1)
    record(con, ManifestEntry(rejected, "rejected", 0, 0, "not a valid xlsx workbook", "run-2"))
    assert not changed()
    record(con, ManifestEntry(rejected, "rejected", 0, 0, "not a valid xlsx workbook", "run-3"))
    assert not changed()
    # ... but a rejected new version of a loaded file turns the loaded one 'replaced'
    record(con, ManifestEntry(replace(rejected, name="名单.csv", file_id="f3"), "rejected", 0, 0, "bad", "run-3"))
    assert changed()
    # nothing written: the same stamp
    assert not changed()


def test_a_changed_stamp_a_replayed_or_a_later_run_date_reads_the_sources_again(con) -> None:
    _add_document(con, "a")
    _snapshot(con, [("2025-10-10", None)])
    _publish(con)
    assert not _tonight(con).sources_read
    assert _tonight(con, dt.date(2025, 10, 10)).sources_read  # the planned end is reached: hash again
    assert _tonight(con, dt.date(2025, 9, 30)).sources_read  # a date before the build's
    con.execute("insert into meta.source_edits values (now(), 'raw.report__documents', 'title', 1)")
    assert _tonight(con).sources_read
    # a build recorded before stamps existed is compared by hashing, as before
    con.execute("update meta.builds set change_stamp = null")
    _publish(con)
    con.execute("update meta.builds set change_stamp = null")
    assert _tonight(con).sources_read


def _dbt_manifest(path: Path) -> Path:
    """A dbt manifest where every source but the file manifest reaches a mart (as the project's does)."""
    sources = {f"source.z.{table}": {"schema": table.split(".")[0], "name": table.split(".")[1]}
               for table in (*SOURCES, "meta.review_decisions", "meta.file_manifest")}
    child_map = {uid: ["model.z.fct"] for uid in sources if not uid.endswith("file_manifest")}
    child_map["source.z.meta.file_manifest"] = ["model.z.stg_manifest"]
    path.write_text(json.dumps({"sources": sources, "child_map": child_map, "nodes": {
        "model.z.fct": {"resource_type": "model", "schema": "marts"},
        "model.z.stg_manifest": {"resource_type": "model", "schema": "staging"}}}), "utf-8")
    return path


def test_sources_hashed_equal_to_the_last_build_take_over_its_stamp_so_the_next_night_reads_none(
        con, tmp_path: Path) -> None:
    from flows.warehouse.build_state import adopt_stamp

    manifest = _dbt_manifest(tmp_path / "manifest.json")
    _add_document(con, "a")
    _snapshot(con, [("2025-10-10", None)])
    record_published_build(con, "run-built", DAY, build_inputs(con, PROJECT, DAY, manifest))
    con.execute("update meta.builds set change_stamp = null")  # recorded by a release before stamps
    # a file rejected tonight writes the file manifest, which reaches no mart
    con.execute("insert into meta.file_manifest (file_id, source_file, kind, size_bytes, status, rows_loaded,"
                " rows_quarantined, error, run_id, loaded_at) values ('bad', 'x.pdf', 'report', 1, 'rejected',"
                " 0, 0, 'unreadable', 'run-2', now())")
    hashed = tonight_inputs(con, PROJECT, DAY, manifest, last_published_build(con))
    assert hashed.sources_read and hashed.fingerprint == last_published_build(con).fingerprint
    adopt_stamp(con, last_published_build(con), hashed)
    _trap_sources(con)
    tonight = tonight_inputs(con, PROJECT, dt.date(2025, 10, 5), manifest, last_published_build(con))
    assert (tonight.fingerprint, tonight.sources_read) == (hashed.fingerprint, False)
    with pytest.raises(ValueError):
        adopt_stamp(con, last_published_build(con), tonight)  # only what was hashed may be adopted

def test_the_incremental_models_are_rebuilt_from_scratch_unless_the_last_build_ran_this_project_and_dbt(con) -> None:
    """The incremental models hold what the last build's SQL made: only the same project and dbt may build
    on them. Compared with the last build started (a failed one has already rewritten some), not published."""
    tonight = build_inputs(con, PROJECT, DAY, NO_MANIFEST)
    assert "no build" in full_refresh_reason(con, tonight)
    record_build_started(con, "run-1", tonight, full_refresh=True)
    assert full_refresh_reason(con, tonight) is None
    assert "asked for" in full_refresh_reason(con, tonight, forced=True)

    edited = BuildInputs("x", {**tonight.parts, "dbt project": "another digest"})
    assert "project" in full_refresh_reason(con, edited)
    record_build_started(con, "run-2", edited, full_refresh=True)  # a build of the edited project started...
    assert "project" in full_refresh_reason(con, tonight)  # ...so going back to tonight's rebuilds too
    upgraded = BuildInputs("y", {**edited.parts, "dbt version": "1.99.0 / 1.99.0"})
    assert "dbt changed" in full_refresh_reason(con, upgraded)
