"""check_ids (a column at a time) gives exactly what check_id gives row by row; map_distinct keeps
cells of different types apart."""
from __future__ import annotations

import datetime as dt
import random

import pandas as pd

from flows.rosters.columns import map_distinct
from flows.rosters.id_columns import check_ids, plain_valid
from flows.rosters.id_numbers import check_digit, check_id, hash_value, keyed_hasher, normalise_id
from flows.rosters.normalise import clean_text

TODAY = dt.date(2024, 3, 1)


def _with_digit(first17: str) -> str:
    return first17 + check_digit(first17)


def _edge_values() -> list[object]:
    valid = _with_digit("14020219850312001")
    return [
        valid, _with_digit("14020219850312002"),  # 男 / 女
        valid[:-1] + ("0" if valid[-1] != "0" else "1"),  # check digit
        _with_digit("99020219850312001"),  # region
        _with_digit("14020219850230001"), _with_digit("14020219850231001"),  # no 30 Feb; no 31 Feb
        _with_digit("14020220000229001"), _with_digit("14020219000229001"),  # 2000 is a leap year, 1900 not
        _with_digit("14020219291231001"), _with_digit("14020219300101001"),  # before / on the earliest birth
        _with_digit("14020220240301001"), _with_digit("14020220240302001"),  # on / after the run date
        _with_digit("14020219851300001"), _with_digit("14020219850000001"),  # month 13, month 0
        valid.lower(), " " + valid, valid.replace("1", "１"), valid[:17] + "x",  # need normalising first
        "١" * 18, valid[:17] + "A", valid + "1", valid[:17], "", None, "无",
        float(valid[:17] + "0"), int(valid[:17] + "1"), "1.40202198503E+17",
    ]


def test_check_ids_agrees_with_check_id_on_every_kind_of_value() -> None:
    rng = random.Random(3)
    values = _edge_values()
    for _ in range(3000):  # random regions, dates and check digits, a third of them valid
        first17 = f"{rng.choice([11, 14, 71, 82, 99, 10])}{rng.randint(0, 9999):04d}{rng.randint(1925, 2030)}" \
                  f"{rng.randint(0, 13):02d}{rng.randint(0, 31):02d}{rng.randint(0, 999):03d}"
        values.append(first17 + (check_digit(first17) if rng.random() < 0.5 else rng.choice("0123456789X")))
    series = pd.Series(values, index=range(100, 100 + len(values)), dtype=object)
    checks = check_ids(series, TODAY)
    assert checks.ok.sum() > 500  # the column-wise path was taken, not only the row-by-row fallback
    for index, value in series.items():
        expected = check_id(value, TODAY)
        born = checks.birth_date[index]
        got = (checks.number[index], checks.reason[index], None if pd.isna(born) else born.date(), checks.sex[index])
        assert got == (expected.number, expected.reason, expected.birth_date, expected.sex), repr(value)


def test_the_column_wise_path_decides_alone_what_check_id_accepts() -> None:
    # check_ids sends what the column-wise path rejects to check_id, which would hide a wrong
    # rejection there (only slower): compare that path itself on every canonical 18-character text.
    rng = random.Random(5)
    values = [v for v in _edge_values() if isinstance(v, str) and len(v) == 18 and normalise_id(v) == v]
    for _ in range(3000):
        year = rng.choice([1900, 1929, 1930, 1996, 2000, 2024])
        first17 = f"{rng.choice([11, 14, 99])}{rng.randint(0, 9999):04d}{year}" \
                  f"{rng.randint(0, 13):02d}{rng.randint(0, 31):02d}{rng.randint(0, 999):03d}"
        values.append(first17 + (check_digit(first17) if rng.random() < 0.7 else rng.choice("0123456789X")))
    accepted = plain_valid(values, TODAY)[0]
    assert list(accepted) == [check_id(v, TODAY).ok for v in values]


def test_check_ids_of_an_empty_column() -> None:
    checks = check_ids(pd.Series([], dtype=object), TODAY)
    assert checks.ok.empty and checks.birth_date.empty


def test_map_distinct_keeps_equal_values_of_different_types_apart() -> None:
    # 1, 1.0 and True are one dict key, but clean_text reads them as '1', '1' and 'True'.
    assert map_distinct([1, 1.0, True, "1", 1], clean_text) == ["1", "1", "True", "1", "1"]
    assert map_distinct([dt.date(2021, 8, 1), "2021-08-01"], repr) == ["datetime.date(2021, 8, 1)", "'2021-08-01'"]


def test_keyed_hasher_matches_hash_value() -> None:
    digest = keyed_hasher("roster-key")
    for value in ("140202198503120011", "13812345678", "", "张三"):
        assert digest(value) == hash_value("roster-key", value)
