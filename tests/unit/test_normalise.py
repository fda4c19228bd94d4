"""Cleaning of roster cells: text, placeholders, dates, periods, roles, sex and ID cells."""
from __future__ import annotations

import datetime as dt

import pytest

from flows.rosters.id_numbers import check_digit, check_id
from flows.rosters.normalise import (
    DateUnparseable,
    clean_text,
    id_text,
    map_role,
    map_sex,
    parse_date,
    split_period,
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("  张 三 ", "张三"),
        ("张\u3000三", "张三"),  # ideographic space
        ("阿依古丽 · 买买提", "阿依古丽·买买提"),
        ("ＡＢＣ１２３", "ABC123"),  # full-width → half-width
        ("县财政局\n（驻村）", "县财政局(驻村)"),
        ("Li  Ming", "Li Ming"),  # spaces between Latin words stay, collapsed
        ("\u200b红旗村", "红旗村"),
        (3.0, "3"),
        (dt.datetime(2021, 8, 14), "2021-08-14"),
        (None, None),
        (float("nan"), None),
    ],
)
def test_clean_text(value: object, expected: str | None) -> None:
    assert clean_text(value) == expected


@pytest.mark.parametrize(
    "placeholder", ["无", "暂无", "—", "--", "-", "／", "/", "空", "N/A", "null", "NULL", "blank", " － "]
)
def test_placeholders_become_none(placeholder: str) -> None:
    assert clean_text(placeholder) is None


def test_words_containing_placeholders_are_kept() -> None:
    assert clean_text("无党派人士") == "无党派人士"
    assert clean_text("-调整") == "-调整"  # not a lone dash: the formula check decides


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1985.03", dt.date(1985, 3, 1)),
        ("1985.3", dt.date(1985, 3, 1)),
        ("1985年3月", dt.date(1985, 3, 1)),
        ("1985年3月5日", dt.date(1985, 3, 5)),
        ("2021.08.14", dt.date(2021, 8, 14)),
        ("2021-08-14", dt.date(2021, 8, 14)),
        ("2021/8/14", dt.date(2021, 8, 14)),
        ("202108", dt.date(2021, 8, 1)),
        ("20210814", dt.date(2021, 8, 14)),
        ("2023年7月", dt.date(2023, 7, 1)),
        ("2021.08", dt.date(2021, 8, 1)),
        ("２０２１．０８", dt.date(2021, 8, 1)),  # full-width
        ("2021-08-14 00:00:00", dt.date(2021, 8, 14)),
        (dt.datetime(2021, 8, 14, 9, 30), dt.date(2021, 8, 14)),
        (dt.date(2021, 8, 14), dt.date(2021, 8, 14)),
        (44422, dt.date(2021, 8, 14)),  # Excel serial
        (44422.5, dt.date(2021, 8, 14)),
        ("44422", dt.date(2021, 8, 14)),  # a serial that went through a csv
        (1985.03, dt.date(1985, 3, 1)),  # typed into a number cell
        (1985.1, dt.date(1985, 1, 1)),  # Excel cannot tell 1985.10: read literally
        (1985.12, dt.date(1985, 12, 1)),
        (202108, dt.date(2021, 8, 1)),
        (None, None),
        ("—", None),
        ("至今", None),
    ],
)
def test_parse_date(value: object, expected: dt.date | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    "value", ["1985", "85.03", "2021.13", "2021.02.30", "明年", "2021年", True, 1985, "2201.01", "0202.01",
              dt.datetime(9999, 12, 31)],
)
def test_unparseable_dates_raise_with_reason(value: object) -> None:
    with pytest.raises(DateUnparseable) as caught:
        parse_date(value)
    assert caught.value.reason == "date_unparseable"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021.08-2023.08", ("2021.08", "2023.08")),
        ("2021年8月至今", ("2021年8月", None)),
        ("2021.08—至今", ("2021.08", None)),
        ("2021-08-14~2023-08-13", ("2021-08-14", "2023-08-13")),
        ("2021-08-14", None),  # one date, not a period
        ("2021.08", None),
        ("红旗村", None),
    ],
)
def test_split_period(value: str, expected: tuple[str, str | None] | None) -> None:
    assert split_period(value) == expected


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("第一书记", ["first_secretary"]),
        ("驻村第一书记", ["first_secretary"]),
        ("工作队长", ["team_leader"]),
        ("队长", ["team_leader"]),
        ("驻村工作队长", ["team_leader"]),
        ("队员", ["team_member"]),
        ("工作队员", ["team_member"]),
        ("驻村工作队员", ["team_member"]),
        ("第一书记兼工作队长", ["first_secretary", "team_leader"]),
        ("第一书记兼队长", ["first_secretary", "team_leader"]),
        ("第一书记 兼 队长", ["first_secretary", "team_leader"]),
        ("队员（联络员）", ["team_member"]),
        ("司机", []),
        ("第一书记兼司机", []),  # one unknown part: no guess at the rest
        (None, []),
        ("—", []),
    ],
)
def test_map_role(text: str | None, codes: list[str]) -> None:
    assert map_role(text) == codes


def test_map_sex() -> None:
    assert map_sex("男") == "男"
    assert map_sex(" 女性 ") == "女"
    assert map_sex("F") == "女"
    assert map_sex(None) is None
    assert map_sex("—") is None
    with pytest.raises(ValueError):
        map_sex("未知")


def test_id_text_reads_float_ids_as_lost() -> None:
    # A float that, rebuilt as digits, would pass the check digit: it must still be rejected.
    assert check_id(id_text(1.10105194912319e17)).reason == "id_scientific"
    assert check_id(id_text(1.10105194912310e17)).reason == "id_scientific"


def test_id_text_never_trusts_a_float_even_one_that_looks_exact() -> None:
    # A double is exact only to 2**53; whether an 18-digit float kept its last digits cannot be known.
    number = next(
        n for n in (f"14112119850317{i:04d}" for i in range(0, 10000, 16))
        if check_id(n).ok and int(float(n)) == int(n)
    )
    assert check_id(id_text(float(number))).reason == "id_scientific"



def test_id_text_keeps_exact_values() -> None:
    first17 = "14020219850312001"
    number = first17 + check_digit(first17)
    assert id_text(int(number)) == number  # an int cell is exact
    assert id_text(f" {number[:6]} {number[6:]}") == number
    assert id_text(f"'{number}") == number  # apostrophe forcing text in Excel
    assert id_text(None) is None
    assert id_text("无") is None
