"""GB 11643 checks over a whole column of ID numbers (numpy), with the exact results of check_id.

The common case, 18 ASCII characters that pass every check, is decided for all rows at once; any
other value (invalid, blank, full-width, a float) goes through check_id itself, so reasons never differ.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
import pandas as pd

from flows.rosters.id_numbers import _CHECK_CHARS, _EARLIEST_BIRTH, _PROVINCE_CODES, _WEIGHTS, check_id

_DAYS_IN_MONTH = np.array([0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
_CHECK_CODES = np.array([ord(c) for c in _CHECK_CHARS])
_PROVINCES = np.array(sorted(_PROVINCE_CODES))


@dataclass(frozen=True)
class IdChecks:
    """check_id of every row of a column, as columns with the column's index."""

    number: pd.Series  # canonical text (object)
    reason: pd.Series  # reason code, None when valid (object)
    birth_date: pd.Series  # datetime64, NaT when invalid
    sex: pd.Series  # '男' / '女', None when invalid (object)

    @property
    def ok(self) -> pd.Series:
        return self.reason.isna()


def plain_valid(numbers: list[str], today: dt.date) -> tuple[np.ndarray, ...]:
    """For 18-character texts: which pass every check of check_id; birth year, month, day; odd 17th digit."""
    codes = np.array(numbers, dtype="U18").view(np.uint32).reshape(len(numbers), 18).astype(np.int64)
    digits = codes - ord("0")
    shape_ok = ((digits[:, :17] >= 0) & (digits[:, :17] <= 9)).all(axis=1)
    shape_ok &= ((digits[:, 17] >= 0) & (digits[:, 17] <= 9)) | (codes[:, 17] == ord("X"))
    digits = np.where(shape_ok[:, None], digits, 0)
    region_ok = np.isin(digits[:, 0] * 10 + digits[:, 1], _PROVINCES)
    year = digits[:, 6:10] @ np.array([1000, 100, 10, 1])
    month = digits[:, 10] * 10 + digits[:, 11]
    day = digits[:, 12] * 10 + digits[:, 13]
    leap = (year % 4 == 0) & ((year % 100 != 0) | (year % 400 == 0))
    month_days = _DAYS_IN_MONTH[np.clip(month, 0, 12)] - ((month == 2) & ~leap)
    stamp = year * 10000 + month * 100 + day
    earliest = _EARLIEST_BIRTH.year * 10000 + _EARLIEST_BIRTH.month * 100 + _EARLIEST_BIRTH.day
    date_ok = (month >= 1) & (month <= 12) & (day >= 1) & (day <= month_days)
    date_ok &= (stamp >= earliest) & (stamp <= today.year * 10000 + today.month * 100 + today.day)
    digit_ok = _CHECK_CODES[(digits[:, :17] @ np.array(_WEIGHTS)) % 11] == codes[:, 17]
    return shape_ok & region_ok & date_ok & digit_ok, year, month, day, digits[:, 16] % 2 == 1


def check_ids(values: pd.Series, today: dt.date) -> IdChecks:
    """check_id(v, today) for every value of `values`, decided column-wise where the answer is plain."""
    items = list(values)
    plain = np.array([v.__class__ is str and len(v) == 18 for v in items], dtype=bool)
    number = np.array(items, dtype=object)
    reason = np.full(len(items), None, dtype=object)
    sex = np.full(len(items), None, dtype=object)
    year = np.zeros(len(items), dtype=np.int64)
    month = np.ones(len(items), dtype=np.int64)
    day = np.ones(len(items), dtype=np.int64)
    valid = np.zeros(len(items), dtype=bool)
    where = np.flatnonzero(plain)
    if len(where):
        ok, y, m, d, odd = plain_valid([items[i] for i in where], today)
        good = where[ok]
        valid[good], year[good], month[good], day[good] = True, y[ok], m[ok], d[ok]
        sex[good] = np.where(odd[ok], "男", "女")
    for i in np.flatnonzero(~valid):  # everything else, one by one: blanks, invalid IDs, odd cells
        check = check_id(items[i], today)
        number[i], reason[i], sex[i] = check.number, check.reason, check.sex
        if check.birth_date is not None:
            valid[i] = True  # only a valid ID has a birth date
            year[i], month[i], day[i] = check.birth_date.year, check.birth_date.month, check.birth_date.day
    birth = np.full(len(items), np.datetime64("NaT"), dtype="datetime64[s]")
    # Months since 1970 → first of the month → the day (pd.to_datetime on parts costs ms per call).
    months = ((year[valid] - 1970) * 12 + month[valid] - 1).astype("datetime64[M]")
    birth[valid] = (months.astype("datetime64[D]") + (day[valid] - 1)).astype("datetime64[s]")
    index = values.index
    return IdChecks(
        number=pd.Series(number, index=index, dtype=object),
        reason=pd.Series(reason, index=index, dtype=object),
        birth_date=pd.Series(birth, index=index),
        sex=pd.Series(sex, index=index, dtype=object),
    )
