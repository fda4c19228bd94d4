"""Finding and mapping roster headers, the rows above them and the rows below."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from flows.ingest.readers import SheetGrid
from flows.rosters.headers import (
    ALIASES_PATH,
    CANONICAL_COLUMNS,
    REQUIRED_COLUMNS,
    FileContext,
    UnmappableHeader,
    data_rows,
    file_context,
    find_header,
    load_aliases,
    normalise_header,
)

TITLE = "文水县驻村第一书记和工作队员花名册"
UNIT_ROW = "填报单位：中共文水县委组织部      填报日期：2024年3月1日"
ID = "140202198503120110"  # stands in for an ID cell; headers never validate it


def test_normalise_header() -> None:
    assert normalise_header(" 身份证号码\n（必填） ") == "身份证号码"
    assert normalise_header("姓　名") == "姓名"
    assert normalise_header("县（市、区）") == "县"
    assert normalise_header("联系电话*") == "联系电话"
    assert normalise_header(None) == ""


@pytest.mark.parametrize(
    ("alias", "column"),
    [
        ("身份证号", "id_number"), ("身份证号码", "id_number"), ("公民身份号码", "id_number"), ("身份证", "id_number"),
        ("所驻村", "village"), ("派驻村", "village"), ("村名", "village"), ("驻村名称", "village"), ("村", "village"),
        ("出生年月", "birth_date"), ("出生日期", "birth_date"), ("手机号码", "phone"), ("电话", "phone"),
        ("选派单位", "dispatch_unit"), ("原单位", "dispatch_unit"), ("工作单位", "dispatch_unit"),
        ("现任职务", "unit_post"), ("原单位职务", "unit_post"), ("驻村职务", "role"), ("担任职务", "role"),
        ("驻村身份", "role"), ("身份", "role"), ("乡镇", "township"), ("乡（镇）", "township"),
        ("县（市、区）", "county"), ("县区", "county"), ("地市", "city"), ("省", "province"),
        ("任职时间", "start_date"), ("到村时间", "start_date"), ("离村时间", "end_date"), ("期满时间", "end_date"),
        ("序号", "ignored"), ("编号", "ignored"), ("备注", "note"),
    ],
)
def test_seed_aliases(alias: str, column: str) -> None:
    assert load_aliases()[normalise_header(alias)] == column


def test_seed_covers_every_column_and_is_valid() -> None:
    aliases = load_aliases()
    assert set(aliases.values()) == set(CANONICAL_COLUMNS) | {"ignored"}
    with ALIASES_PATH.open(encoding="utf-8") as handle:
        assert next(csv.reader(handle)) == ["alias", "column"]


def test_bad_seed_fails_loudly(tmp_path: Path) -> None:
    seed = tmp_path / "aliases.csv"
    seed.write_text("alias,column\n姓名,full_name\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown column 'full_name'"):
        load_aliases(seed)
    seed.write_text("alias,column\n职务,unit_post\n职务（必填）,role\n", encoding="utf-8")
    with pytest.raises(ValueError, match="maps to both"):
        load_aliases(seed)


def test_single_row_header_below_title_rows() -> None:
    grid = SheetGrid("花名册", [
        [TITLE] * 6,
        [UNIT_ROW, None, None, None, None, None],
        ["序号", "姓名", "身份证号码", "驻村职务", "所驻村", "联系电话"],
        [1, "张三", ID, "第一书记", "红旗村", "13812345678"],
    ])
    header = find_header(grid)
    assert header is not None
    assert header.header_rows == (3,)
    assert dict(header.columns) == {"name": 1, "id_number": 2, "role": 3, "village": 4, "phone": 5}
    assert header.context == FileContext(county="文水县")
    assert [n for n, _ in data_rows(grid, header).rows] == [4]


def test_two_row_merged_header_combines() -> None:
    # As the reader fills merged ranges: 姓名 over two rows repeats, 派驻地点 spans 乡镇 / 村.
    grid = SheetGrid("Sheet1", [
        [TITLE] * 9,
        [UNIT_ROW] + [None] * 8,
        ["序号", "姓名", "身份证号", "派驻地点", "派驻地点", "驻村职务", "任职时间", "任职时间", "备注"],
        ["序号", "姓名", "身份证号", "乡镇", "村", "驻村职务", "开始", "结束", "备注"],
        [1, "张三", ID, "凤城镇", "红旗村", "队员", "2021.08", "至今", None],
    ])
    header = find_header(grid)
    assert header is not None
    assert header.header_rows == (3, 4)
    assert dict(header.columns) == {
        "name": 1, "id_number": 2, "township": 3, "village": 4, "role": 5, "start_date": 6, "end_date": 7, "note": 8,
    }
    assert header.labels[4] == "派驻地点/村"
    assert header.first_data_index == 4


def test_two_row_header_without_merge_fill() -> None:
    # Upper labels only where they span; the lower row names the columns.
    grid = SheetGrid("Sheet1", [
        [None, None, None, "派驻地点", None, "派出单位", None],
        ["姓名", "身份证号", "身份", "乡镇", "村", "名称", "职务"],
        ["张三", ID, "队员", "凤城镇", "红旗村", "县财政局", "科员"],
    ])
    header = find_header(grid)
    assert header is not None
    assert header.header_rows == (1, 2)
    assert header.columns["dispatch_unit"] == 5  # 派出单位/名称
    assert header.columns["unit_post"] == 6


def test_first_data_row_is_not_taken_for_a_second_header_row() -> None:
    grid = SheetGrid(None, [
        ["姓名", "身份证号", "驻村职务", "村"],
        ["张三", ID, "队员", "红旗村"],
    ])
    header = find_header(grid)
    assert header is not None and header.header_rows == (1,)


def test_missing_required_column_raises_with_guidance() -> None:
    grid = SheetGrid("花名册", [["姓名", "性别", "身份证号", "派出单位", "所驻村"], ["张三", "男", ID, "县财政局", "红旗村"]])
    with pytest.raises(UnmappableHeader) as caught:
        find_header(grid)
    message = str(caught.value)
    assert "role" in message and "花名册" in message and "roster_header_aliases.csv" in message
    assert caught.value.missing == ("role",)
    assert "派出单位" in caught.value.found


def test_header_cells_in_messages_are_redacted() -> None:
    # A data row that looks like a header (3 mapped cells) but carries an ID in an unmapped cell.
    grid = SheetGrid("x", [["姓名", "性别", "出生年月", ID]])
    with pytest.raises(UnmappableHeader) as caught:
        find_header(grid)
    assert ID not in str(caught.value)


def test_sheet_without_header_is_not_a_roster() -> None:
    grid = SheetGrid("说明", [["填表说明"], ["1. 身份证号请按文本格式填写"], ["2. 驻村职务填第一书记、工作队长或队员"]])
    assert find_header(grid) is None


def test_data_rows_skip_blanks_repeated_header_numbering_totals_and_stop_at_footnote() -> None:
    header_cells = ["序号", "姓名", "身份证号", "驻村职务", "村"]
    grid = SheetGrid("花名册", [
        header_cells,
        [1, 2, 3, 4, 5],  # column numbering printed under the header
        [1, "张三", ID, "队员", "红旗村"],
        [None, None, None, None, None],
        header_cells,  # repeated on a new page
        [2, "李四", ID, "队长", "红旗村"],
        ["合计", "2人", None, None, None],
        ["注：身份证号须为18位", None, None, None, None],
        [3, "王五", ID, "队员", "红旗村"],
        ["填表人：赵六", None, None, None, None],
    ])
    header = find_header(grid)
    assert header is not None
    body = data_rows(grid, header)
    assert [n for n, _ in body.rows] == [3, 6]
    assert any("row 2: column numbering" in s for s in body.skipped)
    assert any("row 5: repeated header" in s for s in body.skipped)
    assert any("row 7: totals" in s for s in body.skipped)
    assert any("row 8: footnote" in s for s in body.skipped)


@pytest.mark.parametrize("footnote", ["注：", "注:本表", "备注：", "填表人：", "审核人：张三", "注 1. 说明"])
def test_footnote_prefixes(footnote: str) -> None:
    grid = SheetGrid(None, [["姓名", "身份证号", "驻村职务", "村"], ["张三", ID, "队员", "红旗村"], [footnote, None, None, None],
                            ["李四", ID, "队员", "红旗村"]])
    header = find_header(grid)
    assert header is not None
    assert [n for n, _ in data_rows(grid, header).rows] == [2]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["中共文水县委组织部"], FileContext(county="文水县")),
        (["大同市云冈区驻村第一书记花名册"], FileContext(city="大同市", county="云冈区")),
        (["山西省吕梁市孝义市驻村干部名单"], FileContext(province="山西省", city="吕梁市", county="孝义市")),
        (["2024年文水县驻村第一书记和工作队员花名册", UNIT_ROW], FileContext(county="文水县")),
        (["内蒙古自治区锡林郭勒盟正蓝旗"], FileContext(province="内蒙古自治区", city="锡林郭勒盟", county="正蓝旗")),
        (["全县驻村第一书记花名册"], FileContext()),
        (["驻村第一书记和工作队员花名册", "填报日期：2024年3月1日"], FileContext()),
    ],
)
def test_file_context(texts: list[str], expected: FileContext) -> None:
    context, note = file_context(texts)
    assert context == expected
    assert note is None


def test_file_context_with_two_counties_is_not_guessed() -> None:
    context, note = file_context(["文水县花名册", "填报单位：中共交城县委组织部"])
    assert context.county is None
    assert note is not None and "文水县" in note and "交城县" in note


def test_required_columns_are_canonical() -> None:
    assert set(REQUIRED_COLUMNS) <= set(CANONICAL_COLUMNS)
