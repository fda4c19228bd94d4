"""Steward decisions (flows/steward/decisions.py): decisions files read from bytes written here (UTF-8
with BOM, GBK), each bad row refused with its reason, decisions kept in meta.review_decisions, the
`zhucun review` commands through flows.cli.main, and the real dbt project applying them to the marts.

One small warehouse (the rows of test_dbt_reports) per module; one dbt build after the decisions.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pytest
import yaml

from flows.cli import main
from flows.ingest.discovery import classify
from flows.rosters.headers import UnmappableHeader
from flows.rosters.id_numbers import check_digit
from flows.rosters.prepare import prepare_roster
from flows.steward.decisions import (
    Decision,
    DecisionError,
    apply_decisions_file,
    export_gold,
    header_aliases,
    looks_like_decisions,
    parse_decisions,
    record_decision,
    vanished_decisions,
)
from flows.steward.report_page import decision_id
from flows.warehouse.connection import ensure_schema
from flows.warehouse.dbt_runner import run_dbt
from test_dbt_reports import _fill, query  # the same small warehouse the report marts are tested on

REPO = Path(__file__).resolve().parents[2]
PHONE = "13912345678"

FUNDS = decision_id("d1", "fact", 6)  # matching_funds 24500000 yuan
SUBSIDY = decision_id("d1", "fact", 5)  # living_subsidy 50 yuan per day, confidence 0.4
DONATION = decision_id("d1", "fact", 7)
ROAD = decision_id("d3", "fact", 0)  # road_km_built 12.5 km
QIAN = decision_id("d3", "person", 0)  # 钱七, no role, confidence 0.3
GONE = decision_id("d3", "fact", 1)  # people_trained: deleted below, as a newer report version would
PROBLEMS = decision_id("d3", "fact", 4)  # problems_solved, region 大同 (the report is about 大同市)


def _csv(rows: list[list[str]], header: str = "decision_id,action,field,new_value,reviewer,reason") -> str:
    return "\r\n".join([header, *(",".join(row) for row in rows)]) + "\r\n"


# ---------------------------------------------------------------------------- parsing


def test_a_utf8_file_with_bom_and_chinese_headings_parses() -> None:
    text = _csv([[FUNDS, "接受", "", "", "王丽", "与原文一致"], [ROAD, "更正", "数值", "15", "王丽", ""]],
                header="决定编号,操作,字段,新值,复核人,理由")
    decisions, problems = parse_decisions(text.encode("utf-8-sig"))
    assert problems == []
    assert [(d.decision_id, d.action, d.field, d.new_value, d.reviewer, d.line) for d in decisions] == [
        (FUNDS, "accept", None, None, "王丽", 2), (ROAD, "correct", "value", "15", "王丽", 3)]


def test_a_gbk_file_parses_like_utf8() -> None:
    text = _csv([[QIAN, "correct", "role", "第一书记", "李强", "原文称第一书记"]])
    decisions, problems = parse_decisions(text.encode("gbk"))
    assert problems == [] and decisions[0].new_value == "第一书记" and decisions[0].reviewer == "李强"


def test_each_bad_row_gets_its_own_reason_and_the_good_rows_stay() -> None:
    text = _csv([
        [FUNDS, "accept", "", "", "王丽", ""],
        [ROAD, "approve", "", "", "王丽", ""],
        [ROAD, "reject", "", "", "", ""],
        [ROAD, "correct", "value", "", "王丽", ""],
        [ROAD, "correct", "value", "15", "王丽", f"电话{PHONE}"],
        ["", "accept", "", "", "王丽", ""],
    ])
    decisions, problems = parse_decisions(text.encode("utf-8"))
    assert [d.line for d in decisions] == [2]
    assert [(p.line, p.code, p.column) for p in problems] == [
        (3, "decision_action_unknown", "action"),
        (4, "decision_reviewer_missing", "reviewer"),
        (5, "decision_correction_incomplete", "new_value"),
        (6, "decision_personal_number", "reason"),
        (7, "decision_id_missing", "decision_id"),
    ]
    assert all(PHONE not in (p.value or "") + p.message for p in problems)


def test_a_file_without_the_required_columns_is_refused_whole() -> None:
    with pytest.raises(DecisionError, match="decision_id"):
        parse_decisions("编号X,操作\r\nabc,accept\r\n".encode())


def test_a_decisions_file_is_recognised_by_name_or_header_not_loaded_as_a_roster(tmp_path: Path) -> None:
    by_name = tmp_path / "decisions_2025-10-02.csv"
    by_name.write_bytes(b"anything\r\n")
    by_header = tmp_path / "王丽的复核.csv"
    by_header.write_bytes(_csv([[FUNDS, "accept", "", "", "王丽", ""]], "决定编号,操作,复核人").encode("gbk"))
    roster = tmp_path / "花名册.csv"
    roster.write_bytes("姓名,身份证号,村,职务\r\n".encode("utf-8-sig"))
    assert [classify(path) for path in (by_name, by_header, roster)] == ["decisions", "decisions", "table"]
    assert not looks_like_decisions("decisions.xlsx", b"")


# ---------------------------------------------------------------------------- the warehouse


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """A small warehouse, decisions from a file and from the command line, then one dbt build."""
    home = tmp_path_factory.mktemp("review")
    path = home / "warehouse.duckdb"
    con = duckdb.connect(str(path))
    try:
        ensure_schema(con)
        _fill(con)
        text = _csv([
            [FUNDS, "accept", "", "", "王丽", "与原文一致"],
            [SUBSIDY, "reject", "", "", "王丽", "另一篇文章的数字"],
            [ROAD, "correct", "value", "15", "王丽", "原文为15公里"],
            [ROAD, "correct", "region", "文水县", "王丽", ""],
            [GONE, "accept", "", "", "王丽", ""],
            ["0000000000", "accept", "", "", "王丽", ""],
            [DONATION, "correct", "metric", "no_such_metric", "王丽", ""],
            [DONATION, "correct", "value", PHONE, "王丽", ""],
        ])
        result = apply_decisions_file(con, text.encode("gbk"), "f-dec", "decisions.csv", "run3")
        # the report's newer version no longer has fact 1 of d3
        con.execute("delete from raw.report__facts where file_id = 'd3' and fact_index = 1")
    finally:
        con.close()
    argv = ["review", "--warehouse", str(path)]
    cli = [
        main([*argv, "correct", QIAN, "--field", "role", "--value", "第一书记", "--reviewer", "李强"]),
        main([*argv, "correct", QIAN, "--field", "name", "--value", "钱七七", "--reviewer", "李强"]),
        main([*argv, "correct", QIAN, "--field", "village", "--value", PHONE, "--reviewer", "李强"]),
        main([*argv, "reject", "ffffffffff", "--reviewer", "李强"]),
        main([*argv, "correct", "header:驻点村庄", "--field", "column", "--value", "village", "--reviewer", "李强"]),
        main([*argv, "correct", PROBLEMS, "--field", "region", "--value", "西韩岭乡谢店村", "--reviewer", "李强"]),
    ]
    build = run_dbt(["build"], REPO / "dbt_project", path, home / "dbt")
    assert build.ok, (build.failures, build.log_tail)
    return {"path": path, "home": home, "file": result, "cli": cli}


def test_a_file_records_its_good_rows_and_quarantines_the_rest(reviewed: dict) -> None:
    assert len(reviewed["file"].recorded) == 5
    rows = query(reviewed["path"], "select row_number, reason_code, value_masked from quarantine.decision_rows "
                                   "order by row_number")
    assert [(line, code) for line, code, _ in rows] == [
        (7, "decision_target_unknown"), (8, "decision_value_invalid"), (9, "decision_personal_number")]
    assert all(PHONE not in (value or "") for _, _, value in rows)


def test_every_decision_is_kept_with_who_when_why_and_before_after(reviewed: dict) -> None:
    rows = query(reviewed["path"], f"""
        select action, field, value_before, value_after, reviewer, reason, source, source_detail
        from meta.review_decisions where decision_id = '{ROAD}' order by source_detail""")
    assert rows == [
        ("correct", "value", "12.5", "15", "王丽", "原文为15公里", "file", "decisions.csv:4"),
        ("correct", "region", "西韩岭乡谢店村", "文水县", "王丽", None, "file", "decisions.csv:5"),
    ]


def test_the_cli_records_and_refuses_with_a_clear_status(reviewed: dict, capsys: pytest.CaptureFixture) -> None:
    assert reviewed["cli"] == [0, 0, 2, 2, 0, 0]
    rows = query(reviewed["path"], "select source, value_after from meta.review_decisions where source = 'cli'"
                                   " order by decided_at")
    assert rows == [("cli", "first_secretary"), ("cli", "钱七七"), ("cli", "village"), ("cli", "西韩岭乡谢店村")]
    assert main(["review", "--warehouse", str(reviewed["path"]), "show", ROAD]) == 0
    out = capsys.readouterr().out
    assert "value: 12.5 -> 15 by 王丽" in out and "region: 西韩岭乡谢店村 -> 文水县" in out
    assert main(["review", "--warehouse", str(reviewed["path"]), "list", "--all"]) == 0
    listed = capsys.readouterr().out
    assert f"{SUBSIDY}  fact   reject" in listed and f"{QIAN}  person correct" in listed


def test_the_marts_carry_the_status_and_the_corrected_values(reviewed: dict) -> None:
    path = reviewed["path"]
    funding = dict(query(path, "select metric_code, review_status from marts.fct_funding where file_id = 'd1'"))
    assert funding["matching_funds"] == "accepted"
    assert funding["living_subsidy"] == "rejected"
    assert funding["work_funds"] == "auto_accepted"
    road = query(path, """
        select outcome.value, outcome.review_status, outcome.needs_review, region.region_name
        from marts.fct_outcome as outcome
        left join marts.dim_region as region on outcome.region_key = region.region_key
        where outcome.metric_code = 'road_km_built'""")
    assert road == [(15.0, "corrected", False, "文水县")]
    person = query(path, """
        select role.role_code, assignment.review_status
        from marts.fct_assignment as assignment
        left join marts.dim_role as role on assignment.role_key = role.role_key
        where assignment.source = 'report' and assignment.evidence = '钱七驻村'""")
    assert person == [("first_secretary", "corrected")]
    assert query(path, "select cadre_name from intermediate.int_report_assignments_matched"
                       " where evidence = '钱七驻村'") == [("钱七七",)]


def test_a_corrected_region_is_resolved_once_when_recorded_and_lands_on_its_member(reviewed: dict) -> None:
    # resolved in the report's context (大同市) by the extractor's resolver, kept with the decision
    parts = query(reviewed["path"], f"""
        select place_city, place_township, place_village, place_adcode, place_level
        from meta.review_decisions where decision_id = '{PROBLEMS}'""")
    assert parts == [("大同市", "西韩岭乡", "谢店村", "140200", "village")]
    landed = query(reviewed["path"], """
        select region.level, region.full_name
        from marts.fct_outcome as outcome
        inner join marts.dim_region as region on outcome.region_key = region.region_key
        where outcome.metric_code = 'problems_solved'""")
    assert landed == [("village", "山西省大同市云冈区西韩岭乡谢店村")]
    # the region corrected from a 大同市 page to 文水县 lands on 文水县's adcode, not on a name match
    road = query(reviewed["path"], """
        select region.adcode from marts.fct_outcome as outcome
        inner join marts.dim_region as region on outcome.region_key = region.region_key
        where outcome.metric_code = 'road_km_built'""")
    assert road == [("141121",)]


def test_fct_review_decision_holds_the_history_and_marks_a_vanished_item(reviewed: dict) -> None:
    path = reviewed["path"]
    rows = query(path, """
        select decision_id, decision_action, is_in_effect, is_item_loaded, decision_source
        from marts.fct_review_decision order by decided_at""")
    assert len(rows) == 9  # 5 from the file, 4 from the command line
    assert [row for row in rows if row[0] == ROAD] == [
        (ROAD, "correct", False, True, "file"), (ROAD, "correct", True, True, "file")]
    assert (GONE, "accept", True, False, "file") in rows
    con = duckdb.connect(str(path), read_only=True)
    try:
        vanished = vanished_decisions(con)
        assert [(v.decision_id, v.item_index) for v in vanished] == [(GONE, 1)]
        assert "no longer has it" in vanished[0].describe()
    finally:
        con.close()


def test_export_gold_writes_reviewed_reports_as_the_stewards_left_them(reviewed: dict, tmp_path: Path) -> None:
    con = duckdb.connect(str(reviewed["path"]), read_only=True)
    try:
        written = export_gold(con, tmp_path)
    finally:
        con.close()
    assert sorted(path.name for path in written) == sorted(["文水县报道.yaml", "大同市报道.yaml"])
    d1 = yaml.safe_load((tmp_path / "文水县报道.yaml").read_text("utf-8"))
    metrics = {fact["metric"]: fact for fact in d1["facts"]}
    assert "living_subsidy" not in metrics  # rejected
    assert metrics["matching_funds"]["required"] is True
    assert metrics["work_funds"]["required"] is False  # nobody reviewed it
    d3 = yaml.safe_load((tmp_path / "大同市报道.yaml").read_text("utf-8"))
    road = next(fact for fact in d3["facts"] if fact["metric"] == "road_km_built")
    assert (road["value"], road["region"], road["review_status"]) == (15, "文水县", "corrected")
    assert d3["people"][0]["name"] == "钱七七" and d3["people"][0]["role"] == "first_secretary"


def test_a_header_mapping_decision_maps_the_cell_on_the_next_read(reviewed: dict, tmp_path: Path) -> None:
    con = duckdb.connect(str(reviewed["path"]), read_only=True)
    try:
        aliases = header_aliases(con)
    finally:
        con.close()
    first17 = "14020219900101123"
    roster = tmp_path / "花名册.csv"
    roster.write_text("姓名,身份证号,驻点村庄,驻村职务\r\n"
                      f"张三,{first17}{check_digit(first17)},东街村,第一书记\r\n", "utf-8-sig")
    with pytest.raises(UnmappableHeader):
        prepare_roster(roster, "k", today=dt.date(2025, 1, 1))
    prepared = prepare_roster(roster, "k", today=dt.date(2025, 1, 1), extra_aliases=aliases)
    assert prepared.rows["village"].tolist() == ["东街村"]


def test_a_decision_for_an_unknown_id_or_a_wrong_field_is_refused(tmp_path: Path) -> None:
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    try:
        ensure_schema(con)
        _fill(con)
        with pytest.raises(DecisionError, match="no fact or person"):
            record_decision(con, Decision("abcdefabcd", "accept", "王丽"), "cli")
        with pytest.raises(DecisionError, match="has no field"):
            record_decision(con, Decision(QIAN, "correct", "王丽", "value", "3"), "cli")
        with pytest.raises(DecisionError, match="not 第一书记"):
            record_decision(con, Decision(QIAN, "correct", "王丽", "role", "书记"), "cli")
        assert con.execute("select count(*) from meta.review_decisions").fetchone() == (0,)
    finally:
        con.close()


def test_a_corrected_quarantined_row_loads_when_its_file_is_read_again(tmp_path: Path) -> None:
    from flows.ingest.discovery import InboxFile
    from flows.steward.decisions import quarantine_row_id, row_corrections
    from flows.warehouse.loader import load_roster

    first17 = ["14020219900101123", "14020219850203456"]
    roster = tmp_path / "花名册.csv"
    roster.write_text("姓名,身份证号,派驻村,驻村职务\r\n"
                      f"张三,{first17[0]}{check_digit(first17[0])},东街村,第一书记\r\n"
                      f"李四,{first17[1]}{check_digit(first17[1])},东街村,联络员\r\n", "utf-8-sig")
    file = InboxFile(path=roster, name="花名册.csv", kind="roster", file_id="r-file", size_bytes=1)
    today = dt.date(2025, 1, 1)
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    try:
        ensure_schema(con)
        prepared = prepare_roster(roster, "k", today=today)
        assert prepared.quarantine["reason_code"].tolist() == ["role_unknown"]
        load_roster(con, file, prepared.rows, prepared.quarantine, "run1")
        assert row_corrections(con) == ({}, frozenset())
        row_id = quarantine_row_id("r-file", None, 3)
        with pytest.raises(DecisionError, match="action correct"):
            record_decision(con, Decision(row_id, "accept", "王丽"), "cli")
        with pytest.raises(DecisionError, match="has no field"):
            record_decision(con, Decision(row_id, "correct", "王丽", "id_number", "x"), "cli")
        target = record_decision(con, Decision(row_id, "correct", "王丽", "role", "team_member"), "cli")
        assert (target.kind, target.index, target.values["reasons"]) == ("row", 3, "role_unknown")
        corrections, pending = row_corrections(con)
        assert corrections == {"r-file": {(None, 3): {"role": "队员"}}} and pending == {"r-file"}
        again = prepare_roster(roster, "k", today=today, corrections=corrections["r-file"])
        assert again.quarantine.empty and len(again.rows) == 2
        load_roster(con, file, again.rows, again.quarantine, "run2")
        assert row_corrections(con)[1] == frozenset()  # loaded after the decision: not read again
        assert con.execute("select count(*) from quarantine.roster_rows").fetchone() == (0,)
    finally:
        con.close()
