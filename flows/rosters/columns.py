"""Column-at-a-time helpers for roster shaping: a cell function runs once per distinct value.

A roster column repeats few values (unit, village, county, role, dates, sex), so computing a pure
cell function once per distinct value and reusing the result is the same as computing it per cell.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

import pandas as pd

T = TypeVar("T")


def _key(value: object) -> object:
    # 1, 1.0 and True are equal as dict keys but not as cells (clean_text gives '1' and 'True'):
    # a non-text value is keyed with its type.
    return value if value.__class__ is str else (value.__class__, value)


def map_distinct(values: Iterable[Any], function: Callable[[Any], T]) -> list[T]:
    """[function(v) for v in values], computing function once per distinct value (it must be pure)."""
    done: dict[object, T] = {}
    out: list[T] = []
    append = out.append
    for value in values:
        key = _key(value)
        try:
            append(done[key])
        except KeyError:
            result = done[key] = function(value)
            append(result)
        except TypeError:  # an unhashable cell: computed as is
            append(function(value))
    return out


def map_series(series: pd.Series, function: Callable[[Any], object]) -> pd.Series:
    """map_distinct over a Series, kept as object dtype so None stays None (pandas would make it NaN)."""
    return pd.Series(map_distinct(series, function), index=series.index, dtype=object)


def check_series(series: pd.Series, predicate: Callable[[Any], bool]) -> pd.Series:
    """A pandera check over a whole column: the predicate once per distinct value, a bool per row."""
    return pd.Series(map_distinct(series, predicate), index=series.index, dtype=bool)
