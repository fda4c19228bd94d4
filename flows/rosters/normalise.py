"""Pure cleaning functions for roster cells: text, placeholders, dates, roles and sex."""
from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata

from flows.rosters.id_numbers import normalise_id

# Written where a cell has no value; compared after NFKC, case-folded.
PLACEHOLDERS = frozenset(
    {"无", "暂无", "没有", "—", "——", "--", "-", "－", "/", "／", "\\", "空", "n/a", "na", "null", "none", "nan",
     "blank", "nil", "#n/a", "…", "..."}
)
_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Chinese is written without spaces: drop any space next to a Chinese character ("张 三", "县财政局 (驻村)").
_CJK_SPACE = re.compile(rf"(?<=[{_CJK}·])\s+|\s+(?=[{_CJK}·])")
_INVISIBLE = re.compile(r"[\u200b-\u200f\u2060\ufeff]")
_SPACES = re.compile(r"\s+")

EXCEL_SERIAL_RANGE = (20000, 60000)  # 1954-10-03 .. 2064-04-09: every date a roster holds
_EXCEL_EPOCH = dt.date(1899, 12, 30)  # 1900 date system, past the 1900-02-29 bug


class DateUnparseable(ValueError):
    """A cell that should hold a date but cannot be read as one; `reason` is the quarantine code."""

    reason = "date_unparseable"


def clean_text(value: object) -> str | None:
    """Cell → tidy text: NFKC (full-width → half-width), no spaces inside Chinese, placeholders → None."""
    if value is None:
        return None
    if isinstance(value, float):
        if math.isnan(value):
            return None
        text = str(int(value)) if value.is_integer() else repr(value)
    elif isinstance(value, dt.datetime):
        text = value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    elif isinstance(value, dt.date):
        text = value.isoformat()
    else:
        text = str(value)
    if text.isascii() and text.isalnum():  # an ID number, a phone: nothing below would change it
        return None if is_placeholder(text) else text
    text = unicodedata.normalize("NFKC", text)
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text).strip()
    text = _CJK_SPACE.sub("", text)  # spaces between Latin words stay
    if not text or is_placeholder(text):
        return None
    return text


def is_placeholder(text: str) -> bool:
    return text.strip().casefold() in PLACEHOLDERS


def excel_serial_to_date(serial: float) -> dt.date:
    return _EXCEL_EPOCH + dt.timedelta(days=int(serial))


# year, separator, month, optional day: 1985.03 / 1985.3 / 1985年3月 / 1985年3月5日 / 2021-08-14 / 2021/8/14
_DATE_YMD = re.compile(r"(\d{4})\s*[.\-/年]\s*(\d{1,2})\s*(?:[.\-/月]\s*(?:(\d{1,2})\s*[日号]?)?)?")
_DATE_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})?")  # 202108 / 20210814
_TIME_SUFFIX = re.compile(r"[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$")
YEARS = (1900, 2100)  # outside, a "date" is a typo (and beyond what pandas timestamps hold)
OPEN_END = frozenset({"至今", "今", "现在", "在岗", "在任"})


def parse_date(value: object) -> dt.date | None:
    """A roster date cell → date (day 1 when only year and month are given); None when blank.

    Raises DateUnparseable (reason 'date_unparseable') for anything else: a year alone, two-digit
    years, impossible months, years outside 1900-2100. A number read as 1985.1 is January: Excel
    cannot tell it from 1985.10.
    """
    result = _parse_date(value)
    if result is not None and not YEARS[0] <= result.year <= YEARS[1]:
        raise DateUnparseable(f"implausible year {result.year}")  # 2201 for 2021, 0202 …
    return result


def _parse_date(value: object) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, bool):
        raise DateUnparseable(f"not a date: {value!r}")
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)):
        if isinstance(value, float) and math.isnan(value):
            return None
        low, high = EXCEL_SERIAL_RANGE
        if low <= value <= high:
            return excel_serial_to_date(value)
        # 1985.03 typed into a number cell, or 202108: read the digits as text.
        text = str(int(value)) if float(value).is_integer() else repr(float(value))
    else:
        text = clean_text(value)
        if text is None or text in OPEN_END:
            return None
    text = _TIME_SUFFIX.sub("", text).rstrip(".")
    if text.isdigit() and len(text) == 5 and EXCEL_SERIAL_RANGE[0] <= int(text) <= EXCEL_SERIAL_RANGE[1]:
        return excel_serial_to_date(int(text))  # a serial that went through a csv as text
    match = _DATE_YMD.fullmatch(text) or _DATE_COMPACT.fullmatch(text)
    if not match:
        raise DateUnparseable(f"not a date: {text[:40]!r}")
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3] or 1))
    except ValueError:
        raise DateUnparseable(f"impossible date: {text[:40]!r}") from None


_PERIOD_SEPARATOR = re.compile(r"\s*(?:--|—+|–|~|～|至|到|-)\s*")


def split_period(value: object) -> tuple[str, str | None] | None:
    """'2021.08-2023.08' or '2021年8月至今' → (start text, end text or None); None if not a period.

    Both halves must parse as dates (or the end be 至今) so a single date such as 2021-08-14 is
    never split.
    """
    text = clean_text(value)
    if text is None:
        return None
    for match in _PERIOD_SEPARATOR.finditer(text):
        start, end = text[: match.start()], text[match.end():]
        if not start:
            continue
        try:
            if parse_date(start) is None:
                continue
            end_date = parse_date(end) if end not in OPEN_END else None
        except DateUnparseable:
            continue
        if end_date is None and end not in OPEN_END:
            continue
        return start, (end if end_date is not None else None)
    return None


# Role words after removing 驻村 and notes in brackets; order of the result follows the text.
ROLE_CODES = ("first_secretary", "team_leader", "team_member")
_ROLE_WORDS = {
    "第一书记": "first_secretary",
    "村第一书记": "first_secretary",
    "驻村第一书记": "first_secretary",
    "工作队长": "team_leader",
    "队长": "team_leader",
    "工作队队长": "team_leader",
    "驻村工作队长": "team_leader",
    "驻村工作队队长": "team_leader",
    "驻村队长": "team_leader",
    "队员": "team_member",
    "工作队员": "team_member",
    "工作队队员": "team_member",
    "驻村工作队员": "team_member",
    "驻村工作队队员": "team_member",
    "驻村队员": "team_member",
}
_ROLE_SPLIT = re.compile(r"兼任?|、|/|,|;|\+|和")
_BRACKETS = re.compile(r"\([^()]*\)|\[[^\]]*\]|【[^】]*】")


def map_role(text: object) -> list[str]:
    """驻村职务 → role codes; 第一书记兼工作队长 → both; anything not fully understood → []."""
    cleaned = clean_text(text)
    if cleaned is None:
        return []
    cleaned = _BRACKETS.sub("", cleaned).replace(" ", "")
    codes: list[str] = []
    for part in _ROLE_SPLIT.split(cleaned):
        code = _ROLE_WORDS.get(part)
        if code is None:
            return []  # one unknown part: do not guess the rest
        if code not in codes:
            codes.append(code)
    return codes


_SEX = {"男": "男", "男性": "男", "m": "男", "male": "男", "女": "女", "女性": "女", "f": "女", "female": "女"}


def map_sex(text: object) -> str | None:
    """性别 → '男' / '女'; None when blank. Raises ValueError for anything else."""
    cleaned = clean_text(text)
    if cleaned is None:
        return None
    sex = _SEX.get(cleaned.replace(" ", "").casefold())
    if sex is None:
        raise ValueError(f"unknown sex {cleaned[:20]!r}")
    return sex


def id_text(value: object) -> str | None:
    """ID cell → canonical text for check_id; None when blank (a float ID becomes its E+17 form)."""
    if isinstance(value, str):
        value = clean_text(value)
    number = normalise_id(value)
    return number or None
