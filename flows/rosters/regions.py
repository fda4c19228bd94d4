"""Complete a roster row's province and city from its county, using the national division seed.

Files name places at different depths (one gives 云冈区 only, another 大同市 云冈区); filling the
levels above the county from seeds/regions.csv makes the same village the same place in every
file, so an assignment listed by a county and by its city is one assignment.
"""
from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

import pandas as pd

from flows.settings import REPO_ROOT

REGIONS_SEED = REPO_ROOT / "seeds" / "regions.csv"


@lru_cache(maxsize=4)
def _counties(seed: Path) -> dict[str, list[tuple[str, str | None]]]:
    """County name → [(province, city)] for every county of that name (several 鼓楼区 exist)."""
    counties: dict[str, list[tuple[str, str | None]]] = {}
    with seed.open(encoding="utf-8", newline="") as handle:
        for record in csv.DictReader(handle):
            if record["level"] == "county":
                counties.setdefault(record["name"], []).append(
                    (record["province_name"], record["city_name"] or None)
                )
    return counties


def _resolve(county: str | None, city: str | None, province: str | None,
             counties: dict[str, list[tuple[str, str | None]]]) -> tuple[str | None, str | None]:
    if not county:
        return province, city
    candidates = [
        (cand_province, cand_city)
        for cand_province, cand_city in counties.get(county, [])
        if (not province or province == cand_province) and (not city or city == cand_city)
    ]
    if len(candidates) != 1:  # unknown or ambiguous: keep what the file said, dbt flags it
        return province, city
    return candidates[0]


def complete_regions(rows: pd.DataFrame, seed: Path = REGIONS_SEED) -> pd.DataFrame:
    """Fill province and city where the county identifies them unambiguously; never overwrite."""
    if rows.empty:
        return rows
    counties = _counties(seed)
    places = rows[["county", "city", "province"]].astype(object).where(rows[["county", "city", "province"]].notna(), None)
    done: dict[tuple[object, ...], tuple[str | None, str | None]] = {}
    resolved = []
    for place in places.itertuples(index=False, name=None):  # few distinct places: each resolved once
        key = place + tuple(v.__class__ for v in place)  # a cell 1 is not a cell 1.0
        if key not in done:
            done[key] = _resolve(*place, counties)
        resolved.append(done[key])
    completed = rows.copy()
    completed["province"] = [province for province, _ in resolved]
    completed["city"] = [city for _, city in resolved]
    return completed
