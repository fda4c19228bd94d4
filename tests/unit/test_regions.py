"""Completing province and city from the county, against the national division seed."""
from __future__ import annotations

import pandas as pd

from flows.rosters.regions import complete_regions


def _complete(county, city=None, province=None) -> tuple:
    frame = pd.DataFrame({"county": [county], "city": [city], "province": [province]})
    row = complete_regions(frame).iloc[0]
    return row["province"], row["city"]


def test_unique_county_gets_its_city_and_province() -> None:
    assert _complete("云冈区") == ("山西省", "大同市")
    assert _complete("文水县", province="山西省") == ("山西省", "吕梁市")


def test_ambiguous_county_is_left_alone_unless_the_city_decides() -> None:
    province, city = _complete("鼓楼区")
    assert pd.isna(province) and pd.isna(city)
    assert _complete("鼓楼区", city="南京市") == ("江苏省", "南京市")


def test_what_the_file_says_is_never_overwritten() -> None:
    # A county that does not lie in the stated city is not "corrected": dbt flags it unresolved.
    assert _complete("文水县", city="大同市") == (None, "大同市")
    province, city = _complete("火星县")
    assert pd.isna(province) and pd.isna(city)
