"""Dates with their meaning (planned ends are kept), and names of things masked like cells.

Rosters here are written for these tests in the shape of a current round: terms that started in
the past and are planned to end after the run date.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pytest

from flows.ingest.discovery import discover, display_name
from flows.ingest.readers import SheetGrid
from flows.rosters.id_numbers import check_digit, mask_personal_numbers, may_hold_personal_numbers
from flows.rosters.prepare import prepare_roster
from flows.warehouse.connection import ensure_schema
from flows.warehouse.scrub import scrub_stored_names

KEY = "test-key"
RUN_DATE = dt.date(2025, 9, 1)


def make_id(seq: str, birth: str = "19880716", prefix: str = "632123") -> str:
    first17 = prefix + birth + seq
    return first17 + check_digit(first17)


def current_round_grid() -> SheetGrid:
    header = ["姓名", "身份证号", "派出单位", "乡镇", "村", "驻村职务", "任职时间", "结束时间"]
    rows = [
        ["马海龙", make_id("013"), "州林草局", "城关镇", "上庄村", "第一书记", "2024-12-15", "2026-12-15"],
        ["韩英", make_id("024"), "州林草局", "城关镇", "上庄村", "队员", dt.datetime(2024, 12, 15),
         dt.datetime(2027, 6, 30)],
        ["冶成", make_id("035"), "县农业局", "城关镇", "下庄村", "队员", "2025.10", "2027.10"],  # starts after run date
        ["沙玉", make_id("046"), "县农业局", "城关镇", "下庄村", "队员", "2025.03", "2024.03"],  # ends before start
        ["马进", make_id("057"), "县农业局", "城关镇", "下庄村", "队员", "2025.03", "2037.03"],  # a typed 2027
        ["祁明", make_id("068"), "县水利局", "城关镇", "中庄村", "队员", "2023.05", "2025.05"],  # ended
    ]
    return SheetGrid("名单", [header, *rows])


def reasons_by_name(prepared) -> dict[str, set[str]]:
    q = prepared.quarantine
    return {name: set(q.loc[q["cadre_name"] == name, "reason_code"]) for name in q["cadre_name"].unique()}


def test_planned_ends_after_the_run_date_are_kept() -> None:
    prepared = prepare_roster(Path("round.xlsx"), KEY, today=RUN_DATE, grids=[current_round_grid()])
    loaded = prepared.rows.set_index("cadre_name")
    assert {"马海龙", "韩英", "祁明"} <= set(loaded.index)
    assert loaded.at["马海龙", "end_date"] == dt.date(2026, 12, 15)
    assert loaded.at["韩英", "end_date"] == dt.date(2027, 6, 30)


def test_future_start_end_before_start_and_far_end_are_quarantined_with_reasons() -> None:
    prepared = prepare_roster(Path("round.xlsx"), KEY, today=RUN_DATE, grids=[current_round_grid()])
    by_name = reasons_by_name(prepared)
    assert by_name["冶成"] == {"date_future"}
    assert by_name["沙玉"] == {"end_before_start"}
    assert by_name["马进"] == {"end_too_far"}
    assert not {"马海龙", "韩英", "祁明"} & set(by_name)
    column = prepared.quarantine.set_index("cadre_name").at["冶成", "column_name"]
    assert column == "start_date"


def test_the_run_date_decides_what_is_future() -> None:
    """Replaying a night with its own run date gives that night's answer, whatever the calendar says."""
    early = prepare_roster(Path("round.xlsx"), KEY, today=dt.date(2024, 12, 1), grids=[current_round_grid()])
    assert "date_future" in reasons_by_name(early)["马海龙"]
    late = prepare_roster(Path("round.xlsx"), KEY, today=dt.date(2025, 12, 1), grids=[current_round_grid()])
    assert "冶成" in set(late.rows["cadre_name"])


@pytest.mark.parametrize(
    ("text", "clear"),
    [
        ("花名册_联系人13987654321.csv", "13987654321"),
        ("联系人 139 8765 4321", "139 8765 4321"),
        ("联系人139-8765-4321", "139-8765-4321"),
        ("632123 19880716 013x", "632123 19880716 013x"),
        ("身份证632123198807160134", "632123198807160134"),
    ],
)
def test_personal_numbers_are_masked_however_they_are_typed(text: str, clear: str) -> None:
    masked = mask_personal_numbers(text)
    assert clear not in masked
    assert "*" in masked
    # the extractor masks a page's sentences only when the page passes this cheaper test
    assert may_hold_personal_numbers(text) and may_hold_personal_numbers(f"工作经费5000元，{text}。")


def test_dates_and_ordinary_numbers_are_not_masked() -> None:
    for text in ("2025-08-01至2027-07-31", "2025.08", "第3组 12345", "0971-8123456"):
        assert mask_personal_numbers(text) == text
        assert not may_hold_personal_numbers(text)


def test_file_names_with_a_phone_are_masked_and_stay_distinct() -> None:
    first, masked = display_name("县乡/花名册_联系人13987654321.csv", KEY)
    second, _ = display_name("县乡/花名册_联系人13911114321.csv", KEY)  # same prefix and last four digits
    assert masked and "13987654321" not in first and first.endswith(".csv")
    assert first != second  # a keyed tag keeps them apart, so one never replaces the other
    assert display_name("县乡/花名册.csv", KEY) == ("县乡/花名册.csv", False)
    assert display_name("县乡/花名册_联系人13987654321.csv", KEY)[0] == first  # stable across runs


def test_discovery_masks_names_and_fingerprints_by_bytes(tmp_path: Path) -> None:
    (tmp_path / "名单.csv").write_text("姓名,身份证号\n", encoding="utf-8")
    (tmp_path / "名单(1).csv").write_text("姓名,身份证号\n", encoding="utf-8")
    (tmp_path / "联系人13987654321.csv").write_text("other\n", encoding="utf-8")
    files = {f.name: f for f in discover(tmp_path, KEY)}
    assert files["名单.csv"].file_id == files["名单(1).csv"].file_id
    [masked] = [f for f in files.values() if f.name_masked]
    assert "13987654321" not in masked.name and masked.path.name == "联系人13987654321.csv"


def test_names_stored_by_older_runs_are_scrubbed(tmp_path: Path) -> None:
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    ensure_schema(con)
    con.execute(
        "insert into meta.file_manifest (file_id, source_file, kind, size_bytes, status, rows_loaded,"
        " rows_quarantined, run_id, loaded_at) values ('f1', '花名册_联系人13987654321.csv', 'roster', 1, 'loaded',"
        " 1, 0, 'r', now()), ('f2', '花名册.csv', 'roster', 1, 'loaded', 1, 0, 'r', now())"
    )
    con.execute("create schema snapshots")
    con.execute("create table snapshots.snap_assignments as select 'f1' as file_id,"
                " '花名册_联系人13987654321.csv' as source_file, '表13987654321' as sheet_name")
    changed = scrub_stored_names(con, KEY)
    assert {(c.table, c.column) for c in changed} == {
        ("meta.file_manifest", "source_file"), ("snapshots.snap_assignments", "source_file"),
        ("snapshots.snap_assignments", "sheet_name"),
    }
    names = dict(con.execute("select file_id, source_file from meta.file_manifest").fetchall())
    assert names["f1"] == display_name("花名册_联系人13987654321.csv", KEY)[0]
    assert names["f2"] == "花名册.csv"
    assert "13987654321" not in str(con.execute("select * from snapshots.snap_assignments").fetchall())
    assert scrub_stored_names(con, KEY) == []  # a second run has nothing left to do
    con.close()


def test_pii_scan_names_the_file() -> None:
    from flows.quality.pii_scan import scan_for_clear_pii

    con = duckdb.connect()
    con.execute("create schema raw")
    con.execute("create table raw.t as select '县局 13987654321' as note, '联系人13911112222.csv' as source_file")
    hits = scan_for_clear_pii(con)
    assert {hit.column for hit in hits} == {"note", "source_file"}
    described = " ".join(hit.describe() for hit in hits)
    assert "联系人139****2222.csv" in described and "13911112222" not in described


def test_a_run_id_in_a_log_line_is_not_taken_for_a_phone_but_a_number_after_it_still_is() -> None:
    line = "View at /runs/flow-run/8288db50-ab90-4fc5-9588-358812347114 for 13987654321"
    assert mask_personal_numbers(line) == "View at /runs/flow-run/8288db50-ab90-4fc5-9588-358812347114 for 139****4321"
    longer = "8288db50-ab90-4fc5-9588-3588123471141234"  # no UUID has 16 digits in its last group
    assert "3588123471141234" not in mask_personal_numbers(longer)
    # eleven digits and a hex letter, or a hex letter and eleven digits, close a UUID by chance too (a run id
    # masked in a stored summary made the next night rebuild everything)
    for run_id in ("b2a72d82-20a5-4ed4-8e6e-22336267999f", "b2a72d82-20a5-4ed4-8e6e-f22336267999"):
        assert mask_personal_numbers(f"since run {run_id}, 13987654321") == f"since run {run_id}, 139****4321"
