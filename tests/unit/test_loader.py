"""The raw loader on a real DuckDB file: replacement by file name, cross-file conflicts, manifest."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from flows.ingest.discovery import InboxFile
from flows.ingest.manifest import loaded_file_ids
from flows.warehouse.conflicts import check_conflicts
from flows.warehouse.connection import warehouse
from flows.warehouse.loader import load_roster, reject_file


def _row(row_number: int, person: str, unit: str, village: str, start: str, end: str | None = None) -> dict:
    return {
        "sheet": "Sheet1",
        "row_number": row_number,
        "cadre_name": f"干部{person}",
        "sex": "男",
        "birth_date": dt.date(1985, 3, 1),
        "id_hash": person * 64,
        "id_masked": "140202***********3",
        "phone_hash": None,
        "phone_masked": None,
        "political_status": "中共党员",
        "dispatch_unit": unit,
        "unit_post": "科员",
        "role_code": "team_member",
        "role_label": "队员",
        "province": "山西省",
        "city": "吕梁市",
        "county": "文水县",
        "township": "开栅镇",
        "village": village,
        "start_date": dt.date.fromisoformat(start),
        "end_date": dt.date.fromisoformat(end) if end else None,
    }


def _file(name: str, file_id: str) -> InboxFile:
    return InboxFile(path=Path(name), name=name, kind="roster", file_id=file_id * 64, size_bytes=10)


EMPTY_QUARANTINE = pd.DataFrame(
    columns=["sheet", "row_number", "column_name", "reason_code", "reason_zh", "reason_en", "value_masked", "cadre_name"]
)


@pytest.fixture
def db(tmp_path: Path):
    with warehouse(tmp_path / "w.duckdb") as con:
        yield con


def test_changed_file_under_same_name_replaces_its_rows(db) -> None:
    first = pd.DataFrame([_row(3, "a", "县财政局", "东街村", "2021-08-01"), _row(4, "b", "县财政局", "西街村", "2021-08-01")])
    load_roster(db, _file("文水县.csv", "1"), first, EMPTY_QUARANTINE, "run1")
    second = pd.DataFrame([_row(3, "a", "县财政局", "东街村", "2021-08-01")])
    result = load_roster(db, _file("文水县.csv", "2"), second, EMPTY_QUARANTINE, "run2")

    assert result.rows_loaded == 1
    assert db.execute("select count(*) from raw.roster__assignments").fetchone() == (1,)
    statuses = dict(db.execute("select file_id, status from meta.file_manifest").fetchall())
    assert statuses == {"1" * 64: "replaced", "2" * 64: "loaded"}
    assert loaded_file_ids(db) == {"2" * 64}


def test_conflict_across_files_quarantines_both_rows(db) -> None:
    load_roster(db, _file("a.csv", "1"), pd.DataFrame([_row(3, "a", "县财政局", "东街村", "2021-08-01")]),
                EMPTY_QUARANTINE, "run1")
    result = load_roster(
        db, _file("b.csv", "2"),
        pd.DataFrame([_row(5, "a", "县人民医院", "南庄村", "2022-01-01"), _row(6, "c", "县人民医院", "南庄村", "2022-01-01")]),
        EMPTY_QUARANTINE, "run2",
    )

    assert result.conflicts_with_other_files == 1
    remaining = db.execute("select cadre_name from raw.roster__assignments").fetchall()
    assert remaining == [("干部c",)]
    quarantined = db.execute(
        "select source_file, row_number, reason_code from quarantine.roster_rows order by source_file"
    ).fetchall()
    assert quarantined == [("a.csv", 3, "assignment_conflict"), ("b.csv", 5, "assignment_conflict")]


def test_same_unit_same_village_in_two_files_is_not_a_conflict(db) -> None:
    row = _row(3, "a", "县财政局", "东街村", "2021-08-01")
    load_roster(db, _file("county.csv", "1"), pd.DataFrame([row]), EMPTY_QUARANTINE, "run1")
    load_roster(db, _file("city.csv", "2"), pd.DataFrame([row]), EMPTY_QUARANTINE, "run2")
    assert db.execute("select count(*) from raw.roster__assignments").fetchone() == (2,)
    assert db.execute("select count(*) from quarantine.roster_rows").fetchone() == (0,)


def test_non_overlapping_periods_are_a_rotation_not_a_conflict(db) -> None:
    load_roster(db, _file("a.csv", "1"), pd.DataFrame([_row(3, "a", "县财政局", "东街村", "2019-08-01", "2021-07-31")]),
                EMPTY_QUARANTINE, "run1")
    load_roster(db, _file("b.csv", "2"), pd.DataFrame([_row(3, "a", "县人民医院", "南庄村", "2021-08-01")]),
                EMPTY_QUARANTINE, "run2")
    assert db.execute("select count(*) from quarantine.roster_rows").fetchone() == (0,)


def _manifest(db) -> dict[str, tuple]:
    rows = db.execute("select source_file, status, rows_loaded, rows_quarantined, conflicts_checked"
                      " from meta.file_manifest where status = 'loaded'").fetchall()
    return {name: tuple(rest) for name, *rest in rows}


def test_two_files_of_one_night_conflicting_meet_in_the_night_pass_with_true_manifest_counts(db) -> None:
    # a.csv: row 3 is one person as 第一书记 and 工作队长 (two raw rows), row 4 someone else, row 7
    # quarantined already by its own checks; b.csv, loaded the same night, stations row 3's person elsewhere.
    leader = _row(3, "a", "县财政局", "东街村", "2021-08-01") | {"role_code": "team_leader"}
    a_rows = pd.DataFrame([_row(3, "a", "县财政局", "东街村", "2021-08-01"), leader, _row(4, "b", "县财政局", "西街村", "2021-08-01")])
    a_quarantine = pd.DataFrame([{"sheet": "Sheet1", "row_number": 7, "column_name": "id_number",
                                  "reason_code": "id_length", "reason_zh": "身份证号位数不对",
                                  "reason_en": "ID number length", "value_masked": "1402**", "cadre_name": "干部x"}])
    first = load_roster(db, _file("a.csv", "1"), a_rows, a_quarantine, "night2", check_conflicts=False)
    second = load_roster(db, _file("b.csv", "2"), pd.DataFrame([_row(5, "a", "县人民医院", "南庄村", "2022-01-01")]),
                         EMPTY_QUARANTINE, "night2", check_conflicts=False)
    assert (first.rows_loaded, first.rows_quarantined, second.rows_loaded) == (3, 1, 1)
    assert db.execute("select count(*) from quarantine.roster_rows where reason_code = 'assignment_conflict'"
                      ).fetchone() == (0,)

    found = check_conflicts(db, "night2")

    assert (found.files_checked, found.rows_moved) == (2, 2)
    assert db.execute("select cadre_name, row_number from raw.roster__assignments").fetchall() == [("干部b", 4)]
    quarantined = db.execute("""
        select source_file, row_number, reason_code, run_id, value_masked from quarantine.roster_rows
        where reason_code = 'assignment_conflict' order by source_file
    """).fetchall()
    assert quarantined == [("a.csv", 3, "assignment_conflict", "night2", "县财政局 / 东街村"),
                           ("b.csv", 5, "assignment_conflict", "night2", "县人民医院 / 南庄村")]
    # Counts as a load that knew would have recorded them; both files now checked.
    assert _manifest(db) == {"a.csv": ("loaded", 1, 2, True), "b.csv": ("loaded", 0, 1, True)}
    assert {(f.source_file, f.rows_loaded, f.rows_quarantined, f.rows_moved) for f in found.files} == {
        ("a.csv", 1, 2, 1), ("b.csv", 0, 1, 1)}
    # Checked files are not checked again: a second pass finds nothing to do.
    assert check_conflicts(db, "night3").files_checked == 0


def test_rows_a_crashed_night_left_unchecked_are_checked_by_the_next_nights_pass(db) -> None:
    load_roster(db, _file("a.csv", "1"), pd.DataFrame([_row(3, "a", "县财政局", "东街村", "2021-08-01")]),
                EMPTY_QUARANTINE, "night1")
    # night 2 loads b.csv and stops before its conflict pass
    load_roster(db, _file("b.csv", "2"), pd.DataFrame([_row(5, "a", "县人民医院", "南庄村", "2022-01-01")]),
                EMPTY_QUARANTINE, "night2", check_conflicts=False)
    assert _manifest(db)["b.csv"] == ("loaded", 1, 0, False)

    found = check_conflicts(db, "night3")  # night 3 has no new file

    assert found.files_checked == 1
    assert db.execute("select count(*) from raw.roster__assignments").fetchone() == (0,)
    assert db.execute("select source_file, run_id from quarantine.roster_rows order by 1").fetchall() == [
        ("a.csv", "night3"), ("b.csv", "night3")]
    assert _manifest(db) == {"a.csv": ("loaded", 0, 1, True), "b.csv": ("loaded", 0, 1, True)}


def test_changed_file_resent_replaces_its_rows_and_its_conflicts_when_checked_at_night(db) -> None:
    load_roster(db, _file("b.csv", "9"), pd.DataFrame([_row(5, "a", "县人民医院", "南庄村", "2022-01-01")]),
                EMPTY_QUARANTINE, "night1", check_conflicts=False)
    first = pd.DataFrame([_row(3, "a", "县财政局", "东街村", "2021-08-01"), _row(4, "b", "县财政局", "西街村", "2021-08-01")])
    load_roster(db, _file("文水县.csv", "1"), first, EMPTY_QUARANTINE, "night1", check_conflicts=False)
    check_conflicts(db, "night1")
    assert db.execute("select count(*) from quarantine.roster_rows where source_file = '文水县.csv'").fetchone() == (1,)

    second = pd.DataFrame([_row(4, "b", "县财政局", "西街村", "2021-08-01"), _row(6, "d", "县财政局", "北街村", "2021-08-01")])
    load_roster(db, _file("文水县.csv", "2"), second, EMPTY_QUARANTINE, "night2", check_conflicts=False)
    check_conflicts(db, "night2")

    assert db.execute("select file_id, row_number from raw.roster__assignments where source_file = '文水县.csv'"
                      " order by row_number").fetchall() == [("2" * 64, 4), ("2" * 64, 6)]
    # The earlier version's quarantined row went with it.
    assert db.execute("select count(*) from quarantine.roster_rows where source_file = '文水县.csv'").fetchone() == (0,)
    statuses = {file_id: status for file_id, status in db.execute("select file_id, status from meta.file_manifest"
                                                                  " where source_file = '文水县.csv'").fetchall()}
    assert statuses == {"1" * 64: "replaced", "2" * 64: "loaded"}
    assert _manifest(db)["文水县.csv"] == ("loaded", 2, 0, True)


@pytest.mark.parametrize("night_order", [("b.csv", "c.csv"), ("c.csv", "b.csv")])
def test_night_pass_does_not_depend_on_the_order_files_arrive(tmp_path: Path, night_order: tuple[str, str]) -> None:
    # One person stationed by three units in three villages at once: every row is in a conflict,
    # whichever file of the night loads first (a load that checked file by file kept the last one).
    rows = {"b.csv": _row(5, "a", "县人民医院", "南庄村", "2022-01-01"), "c.csv": _row(8, "a", "县教育局", "北庄村", "2022-06-01")}
    with warehouse(tmp_path / "w.duckdb") as db:
        load_roster(db, _file("a.csv", "1"), pd.DataFrame([_row(3, "a", "县财政局", "东街村", "2021-08-01")]),
                    EMPTY_QUARANTINE, "night1")
        for number, name in enumerate(night_order, start=2):
            load_roster(db, _file(name, str(number)), pd.DataFrame([rows[name]]), EMPTY_QUARANTINE, "night2",
                        check_conflicts=False)
        check_conflicts(db, "night2")
        assert db.execute("select count(*) from raw.roster__assignments").fetchone() == (0,)
        assert db.execute("select source_file, row_number from quarantine.roster_rows order by 1").fetchall() == [
            ("a.csv", 3), ("b.csv", 5), ("c.csv", 8)]


def test_failed_load_leaves_nothing_behind(db) -> None:
    broken = pd.DataFrame([_row(3, "a", "县财政局", "东街村", "2021-08-01")]).assign(row_number="not a number")
    with pytest.raises(Exception):
        load_roster(db, _file("a.csv", "1"), broken, EMPTY_QUARANTINE, "run1")
    assert db.execute("select count(*) from raw.roster__assignments").fetchone() == (0,)
    assert db.execute("select count(*) from meta.file_manifest").fetchone() == (0,)


def test_rejected_file_is_recorded_with_its_reason_and_retried(db) -> None:
    reject_file(db, _file("坏.xlsx", "9"), "not a valid xlsx workbook", "run1")
    assert db.execute("select status, error from meta.file_manifest").fetchall() == [
        ("rejected", "not a valid xlsx workbook")
    ]
    assert loaded_file_ids(db) == set()


def test_report_reload_replaces_facts_people_and_quarantine(db) -> None:
    from flows.warehouse.loader import load_report

    document = {"report_type": "narrative", "title": "文水县选派驻村干部", "report_date": None, "region": "文水县",
                "text_chars": 100, "articles": 3, "articles_kept": 1}
    fact = {"fact_index": 0, "kind": "dispatch", "metric": "cadres_dispatched", "value": 344.0, "unit": "person",
            "basis": None, "qualifier": "exact", "region": "文水县", "year": None, "period": None,
            "evidence": "驻村干部344名", "char_start": 10, "char_end": 16, "confidence": 0.9}
    person = {"person_index": 0, "cadre_name": "王建国", "role_code": "first_secretary", "village": "东街村",
              "township": None, "county": "文水县", "dispatch_unit": None, "start_month": None,
              "evidence": "第一书记王建国", "char_start": 20, "char_end": 27, "confidence": 0.8}
    quarantine = pd.DataFrame([{"item_type": "fact", "item_index": 1, "column_name": "unit",
                                "reason_code": "unit_unknown", "reason_zh": "单位不在词表中",
                                "reason_en": "unit is not in the vocabulary", "value_shown": "斤",
                                "evidence": "收获1000斤"}])
    first = load_report(db, _file("page.txt", "1"), document, pd.DataFrame([fact, fact | {"fact_index": 2}]),
                        pd.DataFrame([person]), quarantine, "run1")
    assert (first.rows_loaded, first.rows_quarantined) == (3, 1)
    load_report(db, _file("page.txt", "2"), document, pd.DataFrame([fact]), pd.DataFrame([person]),
                quarantine.iloc[0:0], "run2")
    counts = db.execute("""
        select (select count(*) from raw.report__documents), (select count(*) from raw.report__facts),
               (select count(*) from raw.report__people), (select count(*) from quarantine.report_items)
    """).fetchone()
    assert counts == (1, 1, 1, 0)
