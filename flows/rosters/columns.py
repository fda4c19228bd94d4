"""Column-at-a-time helpers for roster shaping: a cell function runs once per distinct value.

A roster column repeats few values (unit, village, county, role, dates, sex), so computing a pure
cell function once per distinct value and reusing the result is the same as computing it per cell.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

import pandas as pd

T = TypeVar("T")


_MISSING = object()
_NONE = object()


def map_distinct(values: Iterable[Any], function: Callable[[Any], T]) -> list[T]:
    """[function(v) for v in values], computing function once per distinct value (it must be pure)."""
    done: dict[object, Any] = {}
    out: list[T] = []
    append, get = out.append, done.get
    for value in values:
        # 1, 1.0 and True are equal as dict keys but not as cells (clean_text gives '1' and 'True'):
        # a non-text value is keyed with its type.
        # (None gets a key of its own: a tuple per blank cell would wake the garbage collector.)
        key = value if value.__class__ is str else _NONE if value is None else (value.__class__, value)
        try:
            result = get(key, _MISSING)
        except TypeError:  # an unhashable cell: computed as is
            result = function(value)
        else:
            if result is _MISSING:
                result = done[key] = function(value)
        append(result)
    return out


def cell_columns(rows: Sequence[Sequence[object]], absent: object = None) -> Callable[[int], Sequence[object]]:
    """position → that cell of every row (`absent` where a row is shorter), the rows transposed once."""
    width = max(map(len, rows), default=0)
    if all(len(row) == width for row in rows):  # a sheet's rows have one length: transpose in C
        transposed = list(zip(*rows)) or [()] * width
        return lambda position: transposed[position] if position < width else (absent,) * len(rows)
    return lambda position: [row[position] if position < len(row) else absent for row in rows]


def map_series(series: pd.Series, function: Callable[[Any], object]) -> pd.Series:
    """map_distinct over a Series, kept as object dtype so None stays None (pandas would make it NaN)."""
    return pd.Series(map_distinct(series, function), index=series.index, dtype=object)


def check_series(series: pd.Series, predicate: Callable[[Any], bool]) -> pd.Series:
    """A pandera check over a whole column: the predicate once per distinct value, a bool per row."""
    return pd.Series(map_distinct(series, predicate), index=series.index, dtype=bool)
