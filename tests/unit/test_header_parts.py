"""Header cells the seed does not know, read by their parts; and every unused column named.

The spellings here are written for these tests (none is copied from the sample rosters), so a rule
that only learnt the samples fails them.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from flows.ingest.readers import SheetGrid
from flows.reports.monthly import load_monthly_aliases
from flows.rosters.headers import (
    CANONICAL_COLUMNS,
    IGNORED,
    ROSTER_PART_RULES,
    column_letter,
    data_rows,
    find_header,
    load_aliases,
    match_parts,
    normalise_header,
)
from flows.rosters.id_numbers import check_digit
from flows.rosters.prepare import prepare_roster

KEY = "test-key"
TODAY = dt.date(2025, 10, 1)


def make_id(birth: str, seq: str, prefix: str = "140521") -> str:
    first17 = prefix + birth + seq
    return first17 + check_digit(first17)


def id_ending_in_x(birth: str, prefix: str = "140521") -> str:
    """A valid GB 11643 number whose check character is X, written lower-case as clerks type it."""
    for n in range(1000):
        first17 = f"{prefix}{birth}{n:03d}"
        if check_digit(first17) == "X":
            return first17 + "x"
    raise AssertionError("no sequence number gives check character X")


# --- single cells ------------------------------------------------------------------------------

# Spellings whose normalised form is not in the seed: only the part rules can read them.
BY_PARTS = [
    ("进村时间", "start_date"),
    ("进\u3000村\u3000时\u3000间", "start_date"),  # full-width spaces inside the label
    ("驻村起始日期", "start_date"),
    ("到村年月", "start_date"),
    ("进驻日期", "start_date"),
    ("派驻开始日期", "start_date"),
    ("实际到岗日期", "start_date"),
    ("入村时间\n（年.月）", "start_date"),
    ("开始日期（YYYY.MM）", "start_date"),
    ("计划离村日期", "end_date"),
    ("任期届满时间", "end_date"),
    ("驻村期满日期", "end_date"),
    ("预计结束日期：", "end_date"),
    ("驻村起止时间", "start_date"),  # a period in one cell: read as the start, split later
    ("任职期限", "start_date"),
    ("驻村时间段", "start_date"),
    ("身份证件号", "id_number"),
    ("证件号码*", "id_number"),
    ("居民身份证件号码", "id_number"),
    ("本人联系电话", "phone"),
    ("联系手机", "phone"),
    ("移动电话号码", "phone"),
    ("工作队成员姓名", "name"),
    ("驻村第一书记\n姓名", "name"),
    ("本人出生年月（YYYY.MM）", "birth_date"),
    ("派出部门", "dispatch_unit"),
    ("后盾单位名称", "dispatch_unit"),
    ("工作单位及职务", "dispatch_unit"),
    ("现任职级", "unit_post"),
    ("驻村工作队职务", "role"),
    ("驻村岗位", "role"),
    ("人员类型", "role"),
    ("帮扶村名称", "village"),
    ("所驻村(社区)名称", "village"),
    ("行政村", "village"),
    ("所属乡镇", "township"),
    ("所在区县", "county"),
    ("政治面目", "political_status"),
]

# Spellings the normalisation alone brings back to a seeded alias: the seed reads them.
BY_NORMALISATION = [
    ("公民身份号码（18位）", "id_number"),
    ("联系方式\n(手机)", "phone"),
    ("派驻村（社区）", "village"),
    ("开始时间（YYYY.MM）", "start_date"),
    ("姓\u3000\u3000名", "name"),
    ("出生年月\r\n（YYYY.MM）", "birth_date"),
    ("联系电话：", "phone"),
    ("  身份证号 *", "id_number"),
    ("身份证号码（必填，18位）", "id_number"),
    ("派出单位（盖章）", "dispatch_unit"),
    ("驻村职务\u200b", "role"),
]

# Cells that must stay unmapped, with the reason they are not what they resemble.
NOT_MAPPED = [
    "籍贯", "学历", "民族", "备注2", "家庭住址", "办公地点",
    "工作时间",  # hours or years of work, not the posting: not start_date
    "参加工作时间", "入党时间", "任现职时间",  # dates of something else
    "办公电话", "单位电话", "座机",  # the office's line, shared by colleagues: not the cadre's phone
    "紧急联系人电话", "联系人姓名", "村支书姓名", "帮扶责任人姓名", "联系人身份证号",  # another person's details
    "身份证地址", "出生地",
    "任期", "期限",  # may hold a length (2年) rather than dates
    "驻村", "驻村天数", "驻村工作队", "填报月份",  # monthly-report words
    "红旗村", "凤城镇", "第一书记", "县财政局", "张三",  # data values
]


def test_enough_unseeded_spellings_are_exercised() -> None:
    aliases = load_aliases()
    unseeded = {normalise_header(s) for s, _ in BY_PARTS}
    assert len(unseeded) >= 25
    assert not unseeded & set(aliases), "a spelling meant for the part rules is in the seed"


@pytest.mark.parametrize(("spelling", "column"), BY_PARTS, ids=[s for s, _ in BY_PARTS])
def test_unseeded_spelling_is_read_by_its_parts(spelling: str, column: str) -> None:
    rule, why = match_parts(normalise_header(spelling))
    assert why is None
    assert rule is not None and rule.column == column
    # The same cell between two seeded ones: the row is a header (3 columns) only if the cell maps.
    grid = SheetGrid("花名册", [["性别", spelling, "备注"]])
    header = find_header(grid, required=())
    assert header is not None
    assert header.columns[column] == 1
    assert header.matched_by[column] == "parts"
    assert (1, spelling.strip()) not in header.unused


@pytest.mark.parametrize(("spelling", "column"), BY_NORMALISATION, ids=[s for s, _ in BY_NORMALISATION])
def test_normalisation_brings_spelling_to_the_seed(spelling: str, column: str) -> None:
    assert load_aliases()[normalise_header(spelling)] == column
    grid = SheetGrid(None, [["性别", spelling, "备注"]])
    header = find_header(grid, required=())
    assert header is not None and header.columns[column] == 1
    assert header.matched_by[column] == "alias"  # the seed wins over the rules


@pytest.mark.parametrize("spelling", NOT_MAPPED)
def test_cell_that_must_not_map(spelling: str) -> None:
    assert normalise_header(spelling) not in load_aliases()
    rule, _ = match_parts(normalise_header(spelling))
    assert rule is None, f"{spelling!r} read as {rule.column if rule else None}"


def test_work_time_is_left_unused_and_named() -> None:
    grid = SheetGrid("花名册", [["姓名", "身份证号", "驻村职务", "村", "工作时间"],
                             ["张三", make_id("19850312", "011"), "队员", "红旗村", "2010.07"]])
    header = find_header(grid)
    assert header is not None
    assert "start_date" not in header.columns
    assert header.unused == ((4, "工作时间"),)


def test_label_fitting_two_columns_is_not_mapped_and_says_why() -> None:
    rule, why = match_parts(normalise_header("身份证/手机号"))
    assert rule is None and why is not None and "id_number" in why and "phone" in why
    grid = SheetGrid(None, [["姓名", "身份证号", "驻村职务", "村", "身份证/手机号"]])
    header = find_header(grid)
    assert header is not None and header.columns["id_number"] == 1
    cell = next(c for c in header.cells if c.position == 4)
    assert cell.column is None and not cell.used and "fits both" in (cell.note or "")


def test_rules_agree_with_the_seed_wherever_both_read_a_label() -> None:
    # A rule that contradicted the seed would change a sheet's mapping the day an alias is removed.
    for key, column in load_aliases().items():
        rule, why = match_parts(key)
        assert why is None, key
        assert rule is None or rule.column == column, f"{key}: seed {column}, rule {rule.name} {rule.column}"


def test_rule_table_is_well_formed() -> None:
    names = [r.name for r in ROSTER_PART_RULES]
    assert len(names) == len(set(names))
    assert {r.column for r in ROSTER_PART_RULES} <= set(CANONICAL_COLUMNS)
    assert IGNORED not in {r.column for r in ROSTER_PART_RULES}
    assert [r.name for r in ROSTER_PART_RULES if r.holds_period] == ["posting_period"]


def test_places_from_the_title_are_marked_title_context() -> None:
    grid = SheetGrid(None, [["文水县驻村干部花名册"] * 5, ["工作队成员姓名", "身份证件号", "驻村工作队职务", "帮扶村名称", "乡镇"]])
    header = find_header(grid)
    assert header is not None
    assert dict(header.matched_by) == {"name": "parts", "id_number": "parts", "role": "parts", "village": "parts",
                                       "township": "alias", "county": "title-context"}
    assert next(c for c in header.cells if c.position == 3).note == "rule posted_village"


def test_seed_alias_beats_a_cell_read_by_parts_for_the_same_column() -> None:
    # 联系手机 (parts) comes first, 手机号码 (seed) later: the seed's cell is used.
    grid = SheetGrid(None, [["姓名", "联系手机", "身份证号", "驻村职务", "村", "手机号码"]])
    header = find_header(grid)
    assert header is not None
    assert header.columns["phone"] == 5 and header.matched_by["phone"] == "alias"
    assert header.unused == ((1, "联系手机"),)
    assert any("联系手机" in w and "phone" in w for w in header.warnings)


# --- false headers -------------------------------------------------------------------------------


def test_data_rows_are_not_taken_for_a_header() -> None:
    rows = [
        ["张三", make_id("19850312", "011"), "第一书记", "凤城镇", "红旗村", "县财政局", "13812345678", "2021.08"],
        ["李四", make_id("19900101", "022"), "驻村工作队队员", "凤城镇", "东风村", "县教育局", "手机停机", "2022.03"],
        ["说明：身份证号、手机号码、进村时间请按实际填写", None, None, None, None, None, None, None],
    ]
    assert find_header(SheetGrid(None, rows)) is None


def test_data_row_with_header_words_does_not_join_a_parts_header() -> None:
    # The note 手机停机 reads as a phone label, yet the row below stays data.
    grid = SheetGrid(None, [
        ["工作队成员姓名", "身份证件号", "驻村工作队职务", "帮扶村名称", "进村时间", "备注"],
        ["阿依古丽·买买提", make_id("19880416", "022"), "队员", "东风村", "2024.03", "手机停机"],
    ])
    header = find_header(grid)
    assert header is not None
    assert header.header_rows == (1,) and header.first_data_index == 1
    assert [n for n, _ in data_rows(grid, header).rows] == [2]


def test_sentences_above_the_header_are_not_labels() -> None:
    # Every cell here contains a rule's words, but each is an instruction, not a label.
    cells = ["本表身份证号码一律按文本格式填写", "进村时间按实际到村日期填写", "联系电话填本人手机号码"]
    assert all(match_parts(normalise_header(c))[0] is None for c in cells)
    assert find_header(SheetGrid(None, [cells, cells, cells])) is None


def test_repeated_header_in_parts_wording_is_skipped() -> None:
    header_cells = ["工作队成员姓名", "身份证件号", "驻村工作队职务", "帮扶村名称"]
    grid = SheetGrid(None, [header_cells, ["张三", make_id("19850312", "011"), "队员", "红旗村"], header_cells,
                            ["李四", make_id("19900101", "022"), "队员", "红旗村"]])
    header = find_header(grid)
    assert header is not None
    body = data_rows(grid, header)
    assert [n for n, _ in body.rows] == [2, 4]
    assert any("row 3: repeated header" in s for s in body.skipped)


def test_lower_cell_borrows_the_date_word_of_the_upper_cell() -> None:
    grid = SheetGrid(None, [
        ["姓名", "身份证号", "驻村职务", "村", "驻村日期", "驻村日期"],
        ["姓名", "身份证号", "驻村职务", "村", "起始", "截止"],
        ["张三", make_id("19850312", "011"), "队员", "红旗村", "2024.03", "2026.03"],
    ])
    header = find_header(grid)
    assert header is not None and header.header_rows == (1, 2)
    assert header.columns["start_date"] == 4 and header.columns["end_date"] == 5
    assert header.labels[5] == "驻村日期/截止"


# --- another template keeps its own vocabulary ---------------------------------------------------


def test_monthly_aliases_get_no_roster_rules() -> None:
    grid = SheetGrid(None, [["帮扶村名称", "所属乡镇", "村", "月份", "在村天数", "入户走访（户）"],
                            ["东风村", "凤城镇", "东风村", "2024-03", 20, 30]])
    header = find_header(grid, load_monthly_aliases(), required=("month",))
    assert header is not None
    assert header.part_rules == ()
    assert header.columns["village"] == 2  # from the monthly seed's 村, not from a roster rule
    assert "township" not in header.columns
    assert {p for p, _ in header.unused} == {0, 1}


def test_roster_rules_are_the_default_only_with_the_roster_seed() -> None:
    grid = SheetGrid(None, [["工作队成员姓名", "身份证件号", "驻村工作队职务", "帮扶村名称"]])
    header = find_header(grid)
    assert header is not None and header.part_rules == ROSTER_PART_RULES
    assert find_header(grid, load_aliases()) is None  # own aliases, no rules asked for: nothing maps
    assert find_header(grid, load_aliases(), part_rules=ROSTER_PART_RULES) is not None


# --- whole rosters through prepare_roster -------------------------------------------------------

WIDTH = 15
TITLE = "某某县2025年选派驻村干部信息汇总表"


def _row(*cells: object) -> list[object]:
    return list(cells) + [None] * (WIDTH - len(cells))


def _two_row_roster(people: list[tuple[str, str, str, str]]) -> SheetGrid:
    """Title, 填报单位, a two-row header in wordings the seed lacks, data, and a footnote."""
    top = ["序号", "工作队成员姓名", "身份证件号", "籍贯", "民族", "本人联系电话", "派出部门", "现任职级",
           "驻点位置", "驻点位置", "驻村工作队职务", "驻村安排", "驻村安排", "备注2", None]
    bottom = ["序号", "工作队成员姓名", "身份证件号", "籍贯", "民族", "本人联系电话", "派出部门", "现任职级",
              "所属乡镇", "帮扶村名称", "驻村工作队职务", "进村时间", "计划离村日期", "备注2", None]
    rows = [[TITLE] * WIDTH, _row("填报单位：中共某某县委组织部"), top, bottom]
    for n, (name, number, role, phone) in enumerate(people, start=1):
        rows.append([n, name, number, "山西文水", "汉族", phone, "县农业农村局", "四级主任科员", "凤城镇", "东风村",
                     role, "2025-08-01", "2027-07-31", None, "借调" if n == 2 else None])
    rows.append(_row("填表人：王五"))
    return SheetGrid("花名册", rows)


PEOPLE = [
    ("阿依古丽·买买提", make_id("19880416", "022"), "第一书记", "13912345678"),
    ("张三", id_ending_in_x("19850312"), "工作队长", "13812345678"),
    ("李四", make_id("19900101", "031"), "队员", "0358-6021234"),
]


def test_two_row_roster_in_unseeded_wordings_loads_dates_and_names_unused_columns() -> None:
    assert PEOPLE[1][1].endswith("x")
    result = prepare_roster(Path("某某县花名册.xlsx"), pii_key=KEY, grids=[_two_row_roster(PEOPLE)], today=TODAY)

    assert result.quarantine.empty, result.quarantine.to_dict("records")
    rows = result.rows
    assert sorted(rows["cadre_name"]) == sorted(p[0] for p in PEOPLE)
    assert sorted(rows["role_code"]) == ["first_secretary", "team_leader", "team_member"]
    assert list(rows["start_date"]) == [dt.date(2025, 8, 1)] * 3
    assert list(rows["end_date"]) == [dt.date(2027, 7, 31)] * 3
    assert set(rows["village"]) == {"东风村"} and set(rows["township"]) == {"凤城镇"}
    assert set(rows["dispatch_unit"]) == {"县农业农村局"} and set(rows["unit_post"]) == {"四级主任科员"}
    assert rows["phone_hash"].notna().all()
    assert rows.loc[rows["cadre_name"] == "张三", "id_masked"].iloc[0].endswith("X")

    messages = [p.message for p in result.problems]
    assert "columns not used: 'D 籍贯', 'E 民族', 'N 备注2', 'O (no header)'" in messages
    assert ("column '驻村安排/进村时间' read as start_date by its wording; add '进村时间' to"
            " seeds/roster_header_aliases.csv to make it explicit") in messages
    assert any(m.startswith("column '驻村安排/计划离村日期' read as end_date by its wording; add '计划离村日期'")
               for m in messages)
    assert not any("序号" in m for m in messages)  # the seed ignores it on purpose

    mappings = {m.letter: m for m in result.header_mappings}
    assert list(mappings) == [column_letter(p) for p in range(WIDTH)]
    assert (mappings["L"].mapped_to, mappings["L"].matched_by) == ("start_date", "parts")
    assert (mappings["M"].mapped_to, mappings["M"].matched_by) == ("end_date", "parts")
    assert (mappings["J"].label, mappings["J"].mapped_to) == ("驻点位置/帮扶村名称", "village")
    assert mappings["A"].mapped_to is None and mappings["A"].matched_by == "alias"  # 序号: ignored by the seed
    for letter in ("D", "E", "N", "O"):
        assert mappings[letter].mapped_to is None and mappings[letter].matched_by is None
    assert mappings["D"].note == "no alias or part rule matches"
    assert mappings["O"].label == "" and mappings["O"].note == "no header text above data"
    assert all(m.sheet == "花名册" for m in result.header_mappings)


def test_period_in_one_cell_is_split_end_to_end() -> None:
    grid = SheetGrid("Sheet1", [
        ["序号", "姓名", "身份证号码", "驻村职务", "所驻村", "驻村起止时间"],
        [1, "阿依古丽·买买提", make_id("19880416", "022"), "第一书记", "东风村", "2025-08-01至2027-07-31"],
        [2, "张三", id_ending_in_x("19850312"), "队员", "东风村", "2025.09—2027.08"],
    ])
    result = prepare_roster(Path("x.xlsx"), pii_key=KEY, grids=[grid], today=TODAY)
    assert result.quarantine.empty, result.quarantine.to_dict("records")
    assert list(result.rows["start_date"]) == [dt.date(2025, 8, 1), dt.date(2025, 9, 1)]
    assert list(result.rows["end_date"]) == [dt.date(2027, 7, 31), dt.date(2027, 8, 1)]
    mapping = next(m for m in result.header_mappings if m.position == 5)
    assert (mapping.mapped_to, mapping.matched_by, mapping.letter) == ("start_date", "parts", "F")
    assert "period" in (mapping.note or "")
    assert any("'驻村起止时间' read as start_date by its wording (a period" in p.message for p in result.problems)


def test_fully_seeded_roster_reports_nothing_unused() -> None:
    grid = SheetGrid(None, [
        ["序号", "姓名", "身份证号码", "驻村职务", "所驻村", "任职时间", "结束时间"],
        [1, "张三", make_id("19850312", "011"), "队员", "东风村", "2025.08", "2027.07"],
    ])
    result = prepare_roster(Path("x.csv"), pii_key=KEY, grids=[grid], today=TODAY)
    assert not any("not used" in p.message or "by its wording" in p.message for p in result.problems)
    assert {m.matched_by for m in result.header_mappings} == {"alias"}


def test_long_numbers_in_header_labels_are_masked() -> None:
    number = make_id("19850312", "011")
    grid = SheetGrid(None, [["姓名", "身份证号", "驻村职务", "村", number], ["张三", number, "队员", "东风村", None]])
    result = prepare_roster(Path("x.csv"), pii_key=KEY, grids=[grid], today=TODAY)
    assert number not in " ".join(p.message for p in result.problems)
    assert all(number not in m.label for m in result.header_mappings)


@pytest.mark.parametrize(("position", "letter"), [(0, "A"), (3, "D"), (25, "Z"), (26, "AA"), (27, "AB"), (701, "ZZ"),
                                                  (702, "AAA")])
def test_column_letter(position: int, letter: str) -> None:
    assert column_letter(position) == letter
