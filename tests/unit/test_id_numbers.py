"""GB 11643 ID checks, phone checks, and the hash / mask that replace the clear values."""
from __future__ import annotations

import datetime as dt

import pytest

from flows.rosters.id_numbers import (
    check_digit,
    check_id,
    check_phone,
    hash_value,
    mask_id,
    mask_phone,
    normalise_id,
)

TODAY = dt.date(2024, 3, 1)


def make_id(prefix: str = "140202", birth: str = "19850312", seq: str = "001") -> str:
    first17 = prefix + birth + seq
    return first17 + check_digit(first17)


def test_valid_id_gives_birth_date_and_sex() -> None:
    result = check_id(make_id(seq="011"), TODAY)
    assert result.ok
    assert result.birth_date == dt.date(1985, 3, 12)
    assert result.sex == "男"  # 17th digit odd
    assert check_id(make_id(seq="022"), TODAY).sex == "女"


def test_known_check_digit() -> None:
    # The worked example of GB 11643: 11010519491231002 → X.
    assert check_digit("11010519491231002") == "X"


def test_bad_check_digit() -> None:
    number = make_id()
    wrong = number[:17] + ("0" if number[17] != "0" else "1")
    assert check_id(wrong, TODAY).reason == "id_check_digit"


@pytest.mark.parametrize("birth", ["19851332", "19850230", "20300101", "18990101"])
def test_bad_birth_date(birth: str) -> None:
    assert check_id(make_id(birth=birth), TODAY).reason == "id_birth_date"


def test_unknown_region() -> None:
    assert check_id(make_id(prefix="990202"), TODAY).reason == "id_region"


def test_fifteen_digit_id_is_rejected_for_length() -> None:
    assert check_id("110105491231002", TODAY).reason == "id_length"


def test_characters_and_missing() -> None:
    assert check_id("14020219850312A01X", TODAY).reason == "id_characters"
    assert check_id(None, TODAY).reason == "id_missing"
    assert check_id("   ", TODAY).reason == "id_missing"


def test_scientific_text_is_reported_as_such() -> None:
    assert check_id("1.10105194912310E+17", TODAY).reason == "id_scientific"


def test_float_read_id_is_not_accepted_as_is() -> None:
    # Excel kept 15 significant digits; the number rebuilt from the float ends in 000.
    result = check_id(1.10105194912310e17, TODAY)
    assert result.reason == "id_scientific"
    assert result.number == "1.10105194912310E+17"


def test_float_read_id_that_happens_to_pass_the_check_digit_is_rejected() -> None:
    # 110105194912319008 would pass the check digit by chance: a float ID is never trusted.
    assert check_id(1.10105194912319e17, TODAY).reason == "id_scientific"


def test_lower_case_x_is_accepted() -> None:
    first17 = next(f"1401021985031{n:04d}" for n in range(10000) if check_digit(f"1401021985031{n:04d}") == "X")
    result = check_id(first17 + "x", TODAY)
    assert result.ok
    assert result.number.endswith("X")


def test_full_width_digits_and_spaces() -> None:
    number = make_id()
    full_width = "".join(chr(0xFF10 + int(ch)) if ch.isdigit() else ch for ch in number)
    assert normalise_id(f" {full_width[:6]} {full_width[6:]} ") == number
    assert check_id(full_width, TODAY).ok


def test_mask_and_hash_never_contain_the_clear_number() -> None:
    number = make_id()
    masked = mask_id(number)
    assert masked.startswith(number[:6]) and masked.endswith(number[-1])
    assert number[6:14] not in masked  # the birth date is hidden
    assert len(masked) == 18
    digest = hash_value("key", number)
    assert number not in digest and len(digest) == 64
    assert digest == hash_value("key", number)  # joinable across loads
    assert digest != hash_value("other key", number)


def test_phone_checks_and_mask() -> None:
    assert check_phone("+86 138 1234 5678").number == "13812345678"
    assert check_phone("0358-1234567").ok
    assert check_phone(None).ok  # a phone is optional
    assert check_phone("12345").reason == "phone_format"
    masked = mask_phone("13812345678")
    assert masked == "138****5678"
    assert "13812345678" not in masked
