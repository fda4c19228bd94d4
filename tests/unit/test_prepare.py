"""One roster file → accepted rows and quarantine rows, end to end on small files built here."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
import xlwt

from flows.ingest.readers import UnreadableFile, read_grids
from flows.rosters.headers import UnmappableHeader
from flows.rosters.id_numbers import check_digit, hash_value
from flows.rosters.prepare import QUARANTINE_COLUMNS, ROW_COLUMNS, prepare_roster

KEY = "test-key"
TODAY = dt.date(2024, 3, 1)


def make_id(seq: str, birth: str = "19850312", prefix: str = "140202") -> str:
    first17 = prefix + birth + seq
    return first17 + check_digit(first17)


def reasons(quarantine: pd.DataFrame, row: int) -> set[tuple[str, str | None]]:
    hits = quarantine[quarantine["row_number"] == row]
    return {(r.reason_code, r.column_name) for r in hits.itertuples()}


def assert_no_clear_values(frames: list[pd.DataFrame], clear: list[str]) -> None:
    text = "\n".join(frame.astype(str).to_csv(index=False) for frame in frames)
    for value in clear:
        assert value not in text


# --------------------------------------------------------------------------------------------
# A county roster as organisation departments send it: title, 填报单位 row, two-row merged header.

HEADER_TOP = ["序号", "姓名", "性别", "出生年月", "身份证号码", "联系电话", "派出单位", "派驻地点", None,
              "驻村职务", "任职时间", None, "备注"]
HEADER_BOTTOM = [None, None, None, None, None, None, None, "乡镇", "村", None, "开始", "结束", None]
MALE, FEMALE = make_id("011"), make_id("022")  # 17th digit odd / even


def roster_rows() -> list[list[object]]:
    return [
        # 5: a first secretary who also leads the team; phone with +86 and spaces
        [1, "张 三", "男", "1985.03", MALE, "+86 138 1234 5678", "县财政局", "凤城镇", "红旗村",
         "第一书记兼工作队长", "2021.08", "至今", None],
        # 6: an ordinary member, Excel date cell, no phone
        [2, "李四", "女", 1985.03, FEMALE, "—", "县教育局", "凤城镇", "红旗村", "队员",
         dt.datetime(2021, 8, 14), None, None],
        # 7: exact duplicate of row 6
        [2, "李四", "女", 1985.03, FEMALE, "—", "县教育局", "凤城镇", "红旗村", "队员",
         dt.datetime(2021, 8, 14), None, None],
        # 8: bad check digit, sex mismatch cannot be judged without a valid ID
        [3, "王五", "男", None, MALE[:17] + ("1" if MALE[17] != "1" else "2"), None, "县林业局", "凤城镇",
         "东风村", "队员", "2021.08", None, None],
        # 9: sex and birth month disagree with the ID; phone too short; unknown role
        [4, "赵六", "女", "1986.04", make_id("031"), "12345", "县林业局", "凤城镇", "东风村", "司机",
         "2021.08", None, None],
        # 10: future start, end before start
        [5, "孙七", None, None, make_id("041", "19900101"), None, "县林业局", "凤城镇", "东风村", "队员",
         "2030.01", "2021.01", None],
        # 11: start before the programme; missing village
        [6, "周八", None, None, make_id("051", "19900101"), None, "县林业局", "凤城镇", None, "队员",
         "2014.05", None, None],
        # 12: missing name and ID
        [7, None, None, None, None, None, "县林业局", "凤城镇", "东风村", "队员", "2021.08", None, None],
        # 13: unparseable date, and a formula typed as text in a note
        [8, "吴九", None, None, make_id("061", "19900101"), None, "县林业局", "凤城镇", "东风村", "队员",
         "明年三月", None, "=HYPERLINK(\"http://x\")"],
        # 14 + 15: one person, two units, two villages, overlapping periods → both quarantined
        [9, "郑十", None, None, make_id("071", "19800101"), None, "县交通局", "凤城镇", "南村", "第一书记",
         "2021.08", "2023.08", None],
        [10, "郑十", None, None, make_id("071", "19800101"), None, "县水利局", "龙山乡", "北村", "队员",
         "2022.01", None, None],
        # 16: same person later in another village by another unit, no overlap → accepted
        [11, "钱一", None, None, make_id("081", "19800101"), None, "县交通局", "凤城镇", "南村", "队员",
         "2019.01", "2020.12", None],
        [12, "钱一", None, None, make_id("081", "19800101"), None, "县水利局", "龙山乡", "北村", "队员",
         "2021.01", None, None],
    ]


def write_roster(path: Path, rows: list[list[object]] | None = None) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "花名册"
    sheet.append(["文水县驻村第一书记和工作队员花名册"])
    sheet.merge_cells("A1:M1")
    sheet.append(["填报单位：中共文水县委组织部", None, None, None, None, None, None, None, None, "填报日期：2024年3月1日"])
    sheet.append(HEADER_TOP)
    sheet.append(HEADER_BOTTOM)
    for column in "ABCDEFGJM":
        sheet.merge_cells(f"{column}3:{column}4")
    sheet.merge_cells("H3:I3")
    sheet.merge_cells("K3:L3")
    for row in roster_rows() if rows is None else rows:
        sheet.append(row)
    for cell in sheet["M"]:
        if isinstance(cell.value, str) and cell.value.startswith("="):
            cell.data_type = "s"  # text that looks like a formula, as a csv import leaves it
    sheet.append([])
    sheet.append(["注：本表身份证号须为18位"])
    sheet.append([99, "不是数据", "男"])
    book.save(path)
    return path


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory):
    path = write_roster(tmp_path_factory.mktemp("roster") / "文水县花名册.xlsx")
    return prepare_roster(path, KEY, today=TODAY)


def test_columns_follow_the_warehouse_contract(prepared) -> None:
    assert list(prepared.rows.columns) == [
        "sheet", "row_number", "cadre_name", "sex", "birth_date", "id_hash", "id_masked", "phone_hash",
        "phone_masked", "political_status", "dispatch_unit", "unit_post", "role_code", "role_label", "province",
        "city", "county", "township", "village", "start_date", "end_date",
    ]
    assert list(prepared.rows.columns) == list(ROW_COLUMNS)
    assert list(prepared.quarantine.columns) == list(QUARANTINE_COLUMNS) == [
        "sheet", "row_number", "column_name", "reason_code", "reason_zh", "reason_en", "value_masked", "cadre_name",
    ]


def test_accepted_rows(prepared) -> None:
    rows = prepared.rows
    assert sorted(set(rows["row_number"])) == [5, 6, 16, 17]
    assert prepared.sheets == ["花名册"]
    li = rows[rows["row_number"] == 6].iloc[0]
    assert li["cadre_name"] == "李四"
    assert li["sex"] == "女" and li["birth_date"] == dt.date(1985, 3, 12)  # from the ID
    assert li["start_date"] == dt.date(2021, 8, 14) and li["end_date"] is None
    assert li["phone_hash"] is None and li["phone_masked"] is None  # "—" is a placeholder
    assert li["id_hash"] == hash_value(KEY, FEMALE)
    assert li["id_masked"] == FEMALE[:6] + "*" * 11 + FEMALE[-1]
    assert (li["township"], li["village"], li["dispatch_unit"]) == ("凤城镇", "红旗村", "县教育局")


def test_county_default_comes_from_the_title_rows(prepared) -> None:
    assert set(prepared.rows["county"]) == {"文水县"}
    assert any("county 文水县" in p.message for p in prepared.problems)


def test_concurrent_role_becomes_two_rows(prepared) -> None:
    zhang = prepared.rows[prepared.rows["row_number"] == 5]
    assert list(zhang["role_code"]) == ["first_secretary", "team_leader"]
    assert set(zhang["role_label"]) == {"第一书记兼工作队长"}
    assert set(zhang["cadre_name"]) == {"张三"}  # inner space removed
    assert set(zhang["phone_masked"]) == {"138****5678"}  # +86 and spaces normalised, not a formula
    assert set(zhang["phone_hash"]) == {hash_value(KEY, "13812345678")}
    assert zhang["start_date"].iloc[0] == dt.date(2021, 8, 1) and zhang["end_date"].iloc[0] is None


def test_exact_duplicate_counts_once(prepared) -> None:
    assert prepared.duplicates_dropped == 1
    assert 7 not in set(prepared.rows["row_number"]) | set(prepared.quarantine["row_number"])


def test_every_failure_of_a_row_is_quarantined(prepared) -> None:
    q = prepared.quarantine
    assert reasons(q, 8) == {("id_check_digit", "id_number")}
    assert reasons(q, 9) == {("sex_mismatch", "sex"), ("birth_mismatch", "birth_date"),
                             ("phone_format", "phone"), ("role_unknown", "role")}
    assert reasons(q, 10) == {("date_future", "start_date"), ("end_before_start", "end_date")}
    assert reasons(q, 11) == {("date_too_early", "start_date"), ("village_missing", "village")}
    assert reasons(q, 12) == {("name_missing", "name"), ("id_missing", "id_number")}
    assert reasons(q, 13) == {("date_unparseable", "start_date"), ("formula_cell", "note")}
    assert not set(q["row_number"]) & set(prepared.rows["row_number"])


def test_conflicting_assignments_quarantine_both_rows(prepared) -> None:
    q = prepared.quarantine
    assert reasons(q, 14) == {("assignment_conflict", "village")}
    assert reasons(q, 15) == {("assignment_conflict", "village")}
    assert q[q["row_number"] == 14]["value_masked"].iloc[0] == "南村; overlaps row 15"
    # Same person, different units and villages, but one posting ended before the other began.
    assert {16, 17} <= set(prepared.rows["row_number"])


def test_quarantine_shows_steward_text_and_masked_values(prepared) -> None:
    q = prepared.quarantine
    bad_id = q[(q["row_number"] == 8) & (q["column_name"] == "id_number")].iloc[0]
    assert bad_id["reason_zh"] == "身份证号校验位错误"
    assert re.fullmatch(r"140202\*{11}[0-9X]", bad_id["value_masked"])
    assert bad_id["cadre_name"] == "王五"
    phone = q[(q["row_number"] == 9) & (q["column_name"] == "phone")].iloc[0]
    assert phone["value_masked"] == "*****"
    role = q[(q["row_number"] == 9) & (q["column_name"] == "role")].iloc[0]
    assert role["value_masked"] == "司机"


def test_clear_ids_and_phones_never_leave(prepared) -> None:
    clear = [r[4] for r in roster_rows() if r[4]] + ["13812345678", "12345"]
    assert_no_clear_values([prepared.rows, prepared.quarantine], clear)


def test_footnote_ends_the_data(prepared) -> None:
    assert "不是数据" not in set(prepared.rows["cadre_name"]) | set(prepared.quarantine["cadre_name"].dropna())
    assert any("footnote" in p.message for p in prepared.problems)


# --------------------------------------------------------------------------------------------
# csv in GBK and UTF-8, tab-separated, and text that looks like formulas.


def test_gbk_csv(tmp_path: Path) -> None:
    path = tmp_path / "名单.csv"
    text = (
        "姓名,性别,身份证号,联系电话,选派单位,所驻村,驻村身份,到村时间\n"
        f"王五,男,{MALE},138-1234-5678,县财政局,红旗村,队员,2021年8月\n"
        f"李四,女,{FEMALE},=1+1,@SUM(A1),红旗村,队员,2021/8/14\n"
        f"陈六,女,{make_id('032')},,-cmd,红旗村,队员,-\n"
    )
    path.write_bytes(text.encode("gbk"))
    result = prepare_roster(path, KEY, today=TODAY)
    assert result.sheets == [None]
    assert list(result.rows["row_number"]) == [2]
    assert result.rows["sheet"].iloc[0] is None
    assert result.rows["start_date"].iloc[0] == dt.date(2021, 8, 1)
    assert result.rows["phone_masked"].iloc[0] == "138****5678"
    assert reasons(result.quarantine, 3) == {("formula_cell", "phone"), ("phone_format", "phone"),
                                             ("formula_cell", "dispatch_unit")}
    assert reasons(result.quarantine, 4) == {("formula_cell", "dispatch_unit")}  # a lone "-" is a placeholder
    # Quarantined formulas stay inert when a steward exports them to a spreadsheet.
    shown = result.quarantine.loc[result.quarantine["reason_code"] == "formula_cell", "value_masked"]
    assert set(shown) == {"'@SUM(A1)", "'-cmd", "****"}  # the phone column is masked whatever it holds
    assert_no_clear_values([result.rows, result.quarantine], [MALE, FEMALE, "13812345678"])


def test_utf8_bom_tab_separated_csv_with_period_in_one_cell(tmp_path: Path) -> None:
    path = tmp_path / "roster.csv"
    lines = ["序号\t姓名\t公民身份号码\t担任职务\t村名\t任职时间", f"1\t王五\t{MALE}\t第一书记兼队长\t红旗村\t2021.08-2023.08"]
    path.write_bytes("\n".join(lines).encode("utf-8-sig"))
    result = prepare_roster(path, KEY, today=TODAY)
    assert list(result.rows["role_code"]) == ["first_secretary", "team_leader"]
    assert result.rows["start_date"].iloc[0] == dt.date(2021, 8, 1)
    assert result.rows["end_date"].iloc[0] == dt.date(2023, 8, 1)
    assert result.quarantine.empty


def test_gb18030_csv_with_full_width_digits(tmp_path: Path) -> None:
    wide = "".join(chr(0xFF10 + int(c)) if c.isdigit() else c for c in MALE)
    path = tmp_path / "r.csv"
    path.write_bytes(f"姓名,身份证号,驻村职务,村\n䶮王,{wide},队员,红旗村\n".encode("gb18030"))
    result = prepare_roster(path, KEY, today=TODAY)
    assert result.rows["id_hash"].iloc[0] == hash_value(KEY, MALE)
    assert result.rows["cadre_name"].iloc[0] == "䶮王"


# --------------------------------------------------------------------------------------------
# Workbooks: several sheets, old .xls, numeric ID cells.


def test_workbook_with_instructions_and_hidden_sheets(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "说明"
    notes.append(["填表说明：身份证号请以文本格式填写"])
    for title, village in (("凤城镇", "红旗村"), ("龙山乡", "北村")):
        sheet = book.create_sheet(title)
        sheet.append(["姓名", "身份证号", "驻村职务", "村"])
        sheet.append([f"{title}队员", make_id("011" if title == "凤城镇" else "021"), "队员", village])
    hidden = book.create_sheet("旧名单")
    hidden.append(["姓名", "身份证号", "驻村职务", "村"])
    hidden.append(["不该读", MALE, "队员", "旧村"])
    hidden.sheet_state = "hidden"
    path = tmp_path / "multi.xlsx"
    book.save(path)
    result = prepare_roster(path, KEY, today=TODAY)
    assert result.sheets == ["凤城镇", "龙山乡"]
    assert list(result.rows["sheet"]) == ["凤城镇", "龙山乡"]
    assert list(result.rows["row_number"]) == [2, 2]
    assert any(p.sheet == "说明" and "skipped" in p.message for p in result.problems)


def test_roster_sheet_missing_a_required_column_fails_the_file(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.append(["姓名", "性别", "身份证号", "派出单位", "所驻村"])
    book.active.append(["张三", "男", MALE, "县财政局", "红旗村"])
    path = tmp_path / "no_role.xlsx"
    book.save(path)
    with pytest.raises(UnmappableHeader) as caught:
        prepare_roster(path, KEY, today=TODAY)
    assert "role" in str(caught.value) and "no_role.xlsx" in str(caught.value)
    assert MALE not in str(caught.value)


def test_file_without_any_roster_sheet(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.append(["这是一份工作总结"])
    path = tmp_path / "summary.xlsx"
    book.save(path)
    with pytest.raises(UnmappableHeader, match="no sheet has a roster header"):
        prepare_roster(path, KEY, today=TODAY)
    csv_path = tmp_path / "funds.csv"
    csv_path.write_text("项目,金额,备注\n驻村工作经费,20000,按村拨付\n", encoding="utf-8")
    with pytest.raises(UnmappableHeader, match="funds.csv: no roster header found"):
        prepare_roster(csv_path, KEY, today=TODAY)


def test_numeric_id_cell_in_xlsx_is_reported_as_lost_digits(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.append(["姓名", "身份证号", "驻村职务", "村"])
    book.active.append(["张三", 1.10105194912319e17, "队员", "红旗村"])  # digits 1101051949123190xx lost
    path = tmp_path / "float.xlsx"
    book.save(path)
    result = prepare_roster(path, KEY, today=TODAY)
    assert result.rows.empty
    assert reasons(result.quarantine, 2) == {("id_scientific", "id_number")}


def test_old_xls_with_merged_header_and_date_cells(tmp_path: Path) -> None:
    book = xlwt.Workbook()
    sheet = book.add_sheet("名单")
    sheet.write_merge(0, 0, 0, 5, "大同市云冈区驻村干部花名册")
    for column, label in enumerate(["姓名", "身份证号", "驻村职务"]):
        sheet.write_merge(1, 2, column, column, label)
    sheet.write_merge(1, 1, 3, 4, "派驻地点")
    sheet.write(2, 3, "乡镇")
    sheet.write(2, 4, "村")
    sheet.write_merge(1, 2, 5, 5, "到村时间")
    sheet.write(3, 0, "张三")
    sheet.write(3, 1, MALE)
    sheet.write(3, 2, "第一书记")
    sheet.write(3, 3, "高山镇")
    sheet.write(3, 4, "南村")
    sheet.write(3, 5, dt.date(2021, 8, 14), xlwt.easyxf(num_format_str="yyyy-mm-dd"))
    hidden = book.add_sheet("隐藏")
    hidden.write(0, 0, "x")
    hidden.visibility = 1
    path = tmp_path / "old.xls"
    book.save(path)
    assert [g.sheet for g in read_grids(path)] == ["名单"]
    result = prepare_roster(path, KEY, today=TODAY)
    row = result.rows.iloc[0]
    assert row["row_number"] == 4
    assert (row["city"], row["county"], row["township"], row["village"]) == ("大同市", "云冈区", "高山镇", "南村")
    assert row["start_date"] == dt.date(2021, 8, 14)


@pytest.mark.parametrize(
    ("name", "content", "hint"),
    [
        ("broken.xlsx", b"PK\x03\x04 this is not really a zip", "re-save"),
        ("text.xlsx", b"name,id\n", "re-save"),
        ("empty.csv", b"", "empty"),
        ("export.xls", b"<html><table><tr><td>\xe5\xa7\x93\xe5\x90\x8d</td></tr></table></html>", "HTML page"),
        ("roster.pdf", b"%PDF-1.4", "unsupported"),
        ("utf16.csv", "姓名,身份证号".encode("utf-16"), "UTF-8"),
    ],
)
def test_unreadable_files_say_what_to_do(tmp_path: Path, name: str, content: bytes, hint: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(UnreadableFile, match=hint):
        prepare_roster(path, KEY, today=TODAY)


def test_five_thousand_rows_prepare_whole(tmp_path: Path) -> None:
    # how fast is bench/roster_bench.py's question (a timed test fails on a loaded machine, not on slow code)
    lines = ["序号,姓名,身份证号,联系电话,派出单位,驻村职务,乡镇,村,任职时间"]
    for i in range(5000):
        number = make_id(f"{i % 1000:03d}", birth=f"{1960 + i % 40}0{1 + i % 9}1{i % 9}")
        lines.append(f"{i + 1},干部{i},{number},138{i:08d},单位{i % 50},队员,凤城镇,村{i},2021.08")
    path = tmp_path / "big.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    result = prepare_roster(path, KEY, today=TODAY)
    assert len(result.rows) == 5000 and result.quarantine.empty
    assert result.rows["village"].nunique() == 5000 and result.rows["id_hash"].nunique() == 5000


def test_conflict_rules(tmp_path: Path) -> None:
    a, b, c, d = make_id("101"), make_id("201"), make_id("301"), make_id("401")
    path = tmp_path / "conflicts.csv"
    path.write_text(
        "姓名,身份证号,派出单位,驻村职务,县区,乡镇,村\n"
        # 2, 3: no dates at all: both current postings, so they overlap → conflict
        f"甲,{a},县财政局,队员,文水县,凤城镇,红旗村\n"
        f"甲,{a},县教育局,队员,文水县,龙山乡,北村\n"
        # 4, 5: same village, one row without its township → the same place, no conflict
        f"乙,{b},县财政局,第一书记,文水县,凤城镇,红旗村\n"
        f"乙,{b},县教育局,队员,文水县,,红旗村\n"
        # 6, 7: same village name in two counties → two villages → conflict
        f"丙,{c},县财政局,队员,文水县,凤城镇,新村\n"
        f"丙,{c},县教育局,队员,交城县,凤城镇,新村\n"
        # 8, 9: one unit not given → not shown to be two units, no conflict
        f"丁,{d},县财政局,队员,文水县,凤城镇,红旗村\n"
        f"丁,{d},,队员,文水县,龙山乡,北村\n",
        encoding="utf-8",
    )
    result = prepare_roster(path, KEY, today=TODAY)
    conflicted = set(result.quarantine.loc[result.quarantine["reason_code"] == "assignment_conflict", "row_number"])
    assert conflicted == {2, 3, 6, 7}
    assert set(result.rows["row_number"]) == {4, 5, 8, 9}


def test_implausible_years_are_unparseable_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "typo.csv"
    path.write_text(f"姓名,身份证号,驻村职务,村,任职时间\n甲,{MALE},队员,红旗村,2201.08\n", encoding="utf-8")
    result = prepare_roster(path, KEY, today=TODAY)
    assert reasons(result.quarantine, 2) == {("date_unparseable", "start_date")}
    assert result.quarantine["value_masked"].iloc[0] == "2201.08"


def test_numbers_inside_free_text_are_masked(tmp_path: Path) -> None:
    path = tmp_path / "stray.csv"
    path.write_text(
        f"姓名,身份证号,驻村职务,村,派出单位\n甲,{MALE},队员,红旗村,县财政局（联系人13812345678）\n", encoding="utf-8"
    )
    result = prepare_roster(path, KEY, today=TODAY)
    assert result.rows["dispatch_unit"].iloc[0] == "县财政局(联系人138****5678)"
    assert any("row 2" in p.message and "dispatch_unit" in p.message for p in result.problems)
    assert_no_clear_values([result.rows, result.quarantine], [MALE, "13812345678"])
