"""Citizen ID numbers (GB 11643) and phones: validate, then hash or mask so no clear value is kept."""
from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re
from collections.abc import Callable
from dataclasses import dataclass

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARS = "10X98765432"
# First two digits: provinces and the special regions (71 Taiwan, 81/82 Hong Kong/Macao).
_PROVINCE_CODES = frozenset(
    {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
     50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82}
)
_EARLIEST_BIRTH = dt.date(1930, 1, 1)


def check_digit(first17: str) -> str:
    """The GB 11643 check character for the first 17 digits."""
    total = sum(int(ch) * w for ch, w in zip(first17, _WEIGHTS))
    return _CHECK_CHARS[total % 11]


@dataclass(frozen=True)
class IdCheck:
    """Outcome of checking one ID number; `reason` is a code from flows.quality.reasons when invalid."""

    number: str
    reason: str | None
    birth_date: dt.date | None = None
    sex: str | None = None  # '男' or '女', from the 17th digit

    @property
    def ok(self) -> bool:
        return self.reason is None


def normalise_id(value: object) -> str:
    """Canonical text of an ID cell: numbers read as floats, full-width digits, spaces and a lower-case x."""
    if value is None:
        return ""
    if isinstance(value, float):
        if value != value:  # NaN
            return ""
        if abs(value) >= 1e15:
            # A float cannot hold 18 digits (exact only to 2**53): the last digits are already lost,
            # so show it as Excel does and let check_id reject it as id_scientific.
            return f"{value:.14E}"
        value = f"{value:.0f}"
    elif isinstance(value, int):
        value = str(value)
    text = str(value)
    text = text.translate(_FULLWIDTH)
    text = re.sub(r"[\s'\"\u200b]", "", text)
    return text.upper()


_FULLWIDTH = {0xFF10 + i: ord("0") + i for i in range(10)} | {0xFF38: ord("X"), 0xFF58: ord("X")}


def check_id(value: object, today: dt.date | None = None) -> IdCheck:
    """Validate length, characters, region, birth date and check digit of an 18-digit ID number."""
    today = today or dt.date.today()
    number = normalise_id(value)
    if not number:
        return IdCheck(number, "id_missing")
    if "E+" in number or (len(number) != 18 and re.fullmatch(r"\d+\.?\d*E?\d*", number) and len(number) > 18):
        return IdCheck(number, "id_scientific")
    if len(number) != 18:
        return IdCheck(number, "id_length")
    if not re.fullmatch(r"\d{17}[\dX]", number):
        return IdCheck(number, "id_characters")
    if int(number[:2]) not in _PROVINCE_CODES:
        return IdCheck(number, "id_region")
    try:
        birth = dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return IdCheck(number, "id_birth_date")
    if not (_EARLIEST_BIRTH <= birth <= today):
        return IdCheck(number, "id_birth_date")
    if check_digit(number[:17]) != number[17]:
        return IdCheck(number, "id_check_digit")
    sex = "男" if int(number[16]) % 2 == 1 else "女"
    return IdCheck(number, None, birth, sex)


def hash_value(key: str, value: str) -> str:
    """Keyed hash (HMAC-SHA256, hex) of a personal value: joinable across loads, not reversible."""
    return hmac.new(key.encode("utf-8"), value.encode("utf-8"), hashlib.sha256).hexdigest()


def keyed_hasher(key: str) -> Callable[[str], str]:
    """hash_value(key, ·) with the key's HMAC state set up once, for hashing a whole column."""
    keyed = hmac.new(key.encode("utf-8"), digestmod=hashlib.sha256)

    def digest(value: str) -> str:
        state = keyed.copy()
        state.update(value.encode("utf-8"))
        return state.hexdigest()

    return digest


def mask_id(number: str) -> str:
    """Keep the region prefix and the last character; hide the birth date and sequence."""
    if len(number) < 8:
        return "*" * len(number)
    return number[:6] + "*" * (len(number) - 7) + number[-1]


@dataclass(frozen=True)
class PhoneCheck:
    number: str
    reason: str | None

    @property
    def ok(self) -> bool:
        return self.reason is None


def normalise_phone(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        if value != value:
            return ""
        value = f"{value:.0f}"
    text = str(value).translate(_FULLWIDTH)
    text = re.sub(r"[\s\-()（）—]", "", text)
    text = re.sub(r"^(\+?86)(?=1\d{10}$)", "", text)
    return text


def check_phone(value: object) -> PhoneCheck:
    """A mainland mobile (11 digits from 13x to 19x) or a landline with area code (0xx-xxxxxxx)."""
    number = normalise_phone(value)
    if not number:
        return PhoneCheck(number, None)  # a phone is optional
    if re.fullmatch(r"1[3-9]\d{9}", number) or re.fullmatch(r"0\d{2,3}\d{7,8}", number):
        return PhoneCheck(number, None)
    return PhoneCheck(number, "phone_format")


def mask_phone(number: str) -> str:
    """138****5678: the operator prefix and last four digits, as Chinese government forms show them."""
    if len(number) <= 7:
        return "*" * len(number)
    return number[:3] + "*" * (len(number) - 7) + number[-4:]


# An ID number or phone written inside free text (a unit name, a report sentence, a file name):
# any run of 11+ digits, and the grouped ways people type them (138 1234 5678, 138-1234-5678,
# 110101 19900101 123X), which a bare digit run would miss.
_UUID_HEAD = r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
_LONG_DIGITS = re.compile(
    # Not the last group of a UUID (a run id in a log line), which can hold eleven or twelve digits by chance:
    # all twelve, eleven then a hex letter (…-22336267999f), or a hex letter then eleven.
    rf"(?!(?<={_UUID_HEAD})[0-9a-fA-F]{{12}}(?![0-9A-Za-z]))(?!(?<={_UUID_HEAD}[a-fA-F])\d{{11}}(?![0-9A-Za-z]))"
    r"(?<!\d)\d{11,}[Xx]?"
    r"|(?<!\d)1[3-9]\d[ \-]\d{4}[ \-]\d{4}(?!\d)"
    r"|(?<!\d)\d{6}[ \-]\d{8}[ \-]\d{3}[\dXx](?![\dXx])"
)


def _mask_long_number(match: re.Match[str]) -> str:
    digits = re.sub(r"[ \-]", "", match.group())
    return mask_phone(digits) if len(digits) <= 12 else mask_id(digits)


def mask_personal_numbers(text: str) -> str:
    """Mask every run of 11 or more digits: whatever it is, it may be an ID number or a phone."""
    return _LONG_DIGITS.sub(_mask_long_number, text)


# Every number _LONG_DIGITS finds holds eight digits in a row or a digit, a separator, four digits, a
# separator and a digit: a text (and every part of it) without either has nothing to mask. (Both open with
# the digit written first: a pattern that opens with one class is skipped through at C speed, an
# alternation of repeats is tried at every character.)
_MAYBE_LONG_DIGITS = re.compile(r"\d(?:\d{7}|[ \-]\d{4}[ \-]\d)")


def may_hold_personal_numbers(text: str) -> bool:
    """False when neither `text` nor any substring of it holds a number mask_personal_numbers masks: a
    page checked once spares masking each sentence taken from it."""
    return _MAYBE_LONG_DIGITS.search(text) is not None


def has_personal_numbers(text: str) -> bool:
    return _LONG_DIGITS.search(text) is not None
