"""Structured monthly work reports (驻村工作队工作月报) → facts, a document row and quarantine rows.

A monthly report is a table, not prose: one row per team (村) and month, one column per figure
(在村天数, 入户走访（户）, 争取资金（万元）…). Counties send it as .xlsx or .csv, one team per file
or one county summary of many teams. Reading reuses the roster machinery (flows.ingest.readers for
the grids, flows.rosters.headers for header finding with seeds/monthly_header_aliases.csv), so the
same layouts are understood: title and 填报单位 rows, one- or two-row headers, 序号, blank rows,
合计 rows, 注/填表人 footnotes, csv in UTF-8 or GBK.

Every filled metric cell of a good row becomes one fact (the raw.report__facts shape: kind,
metric, value in the base unit, unit, basis, qualifier 'exact', region = the village as written,
year, period 'YYYY-MM', evidence naming the cell, confidence 1.0). What fails goes to quarantine
with a reason from flows.quality.reasons:

- the row (no facts from it): village missing, a place or team cell that would run as a formula,
  month missing / unreadable / after the current month / before the programme (2015), the same
  village and month reported twice with different figures (both rows);
- the cell (the row's other cells still load): not a number, negative, a fraction where a count is
  expected, a money column whose unit (元 / 万元) is stated neither in its header nor above the
  table (单位：万元), more days in the village than the month has, an implausible monthly figure.

Pure: no database, no Prefect. The loader adds file_id, source_file, run_id and the timestamps.
"""
from __future__ import annotations

import calendar
import datetime as dt
import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from flows.ingest.readers import SheetGrid, UnreadableFile, read_grids
from flows.quality.reasons import reason
from flows.rosters.headers import HeaderMap, UnmappableHeader, data_rows, find_header, load_aliases
from flows.rosters.id_numbers import mask_id, mask_phone
from flows.rosters.normalise import DateUnparseable, clean_text, parse_date
from flows.rosters.prepare import QUARANTINE_COLUMNS
from flows.reports.place_parts import PART_COLUMNS, PlaceContext, resolve_place
from flows.warehouse.schema import prepared_columns
from flows.settings import REPO_ROOT

MONTHLY_ALIASES_PATH = REPO_ROOT / "seeds" / "monthly_header_aliases.csv"
SEED_NAME = "seeds/monthly_header_aliases.csv"
PROGRAMME_START = dt.date(2015, 1, 1)  # months before it are typos (as for roster dates)


@dataclass(frozen=True)
class MetricSpec:
    """How a template column becomes a fact: the gold vocabulary's metric, kind and base unit."""

    metric: str
    kind: str  # dispatch / funding / outcome
    unit: str  # base unit; 'yuan' columns are scaled by the 元 / 万元 stated in the header
    whole: bool = True  # a count: a fraction is a typo
    monthly_max: float | None = None  # more than this (base unit) in one village and month is implausible

    @property
    def money(self) -> bool:
        return self.unit == "yuan"


# Canonical template column → fact. days_in_village is not in the gold vocabulary (a monthly
# template figure, not something newspapers state); the others are.
METRICS: Mapping[str, MetricSpec] = {
    "days_in_village": MetricSpec("days_in_village", "outcome", "day", whole=False),  # max: days in the month
    "households_visited": MetricSpec("households_visited", "outcome", "household", monthly_max=5000),
    "problems_solved": MetricSpec("problems_solved", "outcome", "item", monthly_max=1000),
    "projects_secured": MetricSpec("projects_secured", "outcome", "item", monthly_max=100),
    "funds_secured": MetricSpec("funds_secured", "funding", "yuan", whole=False, monthly_max=1e8),
    "people_trained": MetricSpec("people_trained", "outcome", "person", monthly_max=5000),
    "cooperatives_founded": MetricSpec("cooperatives_founded", "outcome", "item", monthly_max=20),
    "jobs_created": MetricSpec("jobs_created", "outcome", "person", monthly_max=5000),
    "consumption_purchases": MetricSpec("consumption_purchases", "outcome", "yuan", whole=False, monthly_max=1e8),
    "disputes_mediated": MetricSpec("disputes_mediated", "outcome", "item", monthly_max=500),
}
MONTHLY_COLUMNS = ("team", "county", "township", "village", "month", *METRICS, "note")
REQUIRED_COLUMNS = ("village", "month")
SNIFF_MIN_METRICS = 2  # a month column and at least this many metric columns make a monthly report

FACT_COLUMNS = prepared_columns("raw.report__facts")
MONEY_UNITS = {"元": 1, "千元": 1_000, "万元": 10_000, "亿元": 100_000_000}
_LABEL_UNIT = re.compile(r"(亿元|万元|千元|元)\)?$")  # 争取资金（万元） after NFKC: 争取资金(万元)
_TABLE_UNIT = re.compile(r"单位:(亿元|万元|千元|元)(?![\u3400-\u9fff])")  # 金额单位：万元 above the table
_FORM_LABEL = re.compile(r"^(填报单位|报送单位|填报日期|填报时间|填表日期|金额单位|单位[:：]|制表|注)")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")
_GROUPED = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?")  # 1,200 / 12,345.5
_LONG_DIGITS = re.compile(r"\d{11,}")
_FORMULA_STARTS = ("=", "+", "-", "@")
_ROW_TEXT_COLUMNS = ("team", "county", "township", "village")
_VALUE_LIMIT = 100


@dataclass
class PreparedMonthly:
    facts: pd.DataFrame  # FACT_COLUMNS: raw.report__facts without the loader's columns
    document: dict[str, object]  # raw.report__documents without file_id, source_file, run_id, loaded_at
    quarantine: pd.DataFrame  # QUARANTINE_COLUMNS: quarantine.roster_rows without the loader's columns
    sheets: list[str | None] = field(default_factory=list)  # sheets read as monthly tables (None: csv)
    duplicates_dropped: int = 0  # rows repeating another row exactly (same village, month, figures)
    problems: list[str] = field(default_factory=list)  # notes for the steward that quarantined nothing


def load_monthly_aliases() -> Mapping[str, str]:
    """seeds/monthly_header_aliases.csv: header text → canonical monthly column (or 'ignored')."""
    return load_aliases(MONTHLY_ALIASES_PATH, MONTHLY_COLUMNS)


def is_monthly_report(path: Path) -> bool:
    """True when some sheet has a header naming a month column and at least two metric columns.

    A file that cannot be read at all is left to the roster path, which rejects it with its reason.
    """
    try:
        grids = read_grids(Path(path))
    except (UnreadableFile, OSError):
        return False
    return is_monthly_table(grids)


def is_monthly_table(grids: list[SheetGrid]) -> bool:
    """The sniff on sheets already read: tells a monthly report from a roster (both .xlsx / .csv),
    since a roster header has no 月份 column."""
    aliases = load_monthly_aliases()
    for grid in grids:
        try:
            header = find_header(grid, aliases, required=("month",), seed_name=SEED_NAME)
        except UnmappableHeader:
            continue
        if header is not None and sum(column in METRICS for column in header.columns) >= SNIFF_MIN_METRICS:
            return True
    return False


@dataclass
class _Cell:
    column: str
    position: int
    label: str  # the header text as read (lower row of a two-row header)
    written: str  # the cell as a steward reads it
    value: float | None = None  # in the base unit; None when the cell failed
    failure: str | None = None  # reason code


@dataclass
class _Row:
    sheet_index: int
    sheet: str | None
    number: int
    places: dict[str, str | None]  # team, county, township, village (county may come from the title)
    month: dt.date | None
    month_written: str | None
    cells: list[_Cell]
    positions: Mapping[str, int]
    failures: list[tuple[int, str, str, str | None]] = field(default_factory=list)  # position, column, code, value
    repeat: bool = False  # repeats an earlier row exactly: neither loaded nor quarantined

    def key(self) -> tuple[object, ...]:
        return (self.places["county"], self.places["township"], self.places["village"], self.month)

    def figures(self) -> tuple[tuple[str, str], ...]:
        return tuple((c.column, c.written) for c in self.cells)


def prepare_monthly(path: Path, today: dt.date | None = None,
                    grids: list[SheetGrid] | None = None) -> PreparedMonthly:
    """Read (unless `grids` were read already), check and shape one monthly report file.

    Raises UnreadableFile or UnmappableHeader for the file.
    """
    path = Path(path)
    today = today or dt.date.today()
    aliases = load_monthly_aliases()
    grids = read_grids(path) if grids is None else grids
    sheets: list[str | None] = []
    problems: list[str] = []
    rows: list[_Row] = []
    titles: list[str] = []
    for grid in grids:
        where = f"sheet {grid.sheet!r}" if grid.sheet is not None else "csv"
        try:
            header = find_header(grid, aliases, required=REQUIRED_COLUMNS, seed_name=SEED_NAME)
        except UnmappableHeader as exc:
            raise UnmappableHeader(f"{path.name}: {exc}", exc.sheet, exc.found, exc.missing) from None
        if header is None:
            problems.append(f"{where}: no monthly report header (no row names 3 known columns): sheet skipped")
            continue
        metric_positions = {c: p for c, p in header.columns.items() if c in METRICS}
        if not metric_positions:
            raise UnmappableHeader(
                f"{path.name}: {where}, header row {header.header_rows[0]}: no metric column (在村天数, 入户走访（户）,"
                f" 争取资金（万元） …) found; add an alias to {SEED_NAME}",
                sheet=grid.sheet, found=list(header.labels.values()), missing=list(METRICS),
            )
        sheets.append(grid.sheet)
        above = _texts_above(grid, header)
        titles.extend(t for t in above if not _FORM_LABEL.match(t))
        problems.extend(f"{where}: {w}" for w in header.warnings)
        units, unit_notes = _money_units(header, above)
        problems.extend(f"{where}: {n}" for n in unit_notes)
        body = data_rows(grid, header, aliases)
        problems.extend(f"{where}: {s}" for s in body.skipped)
        if not body.rows:
            problems.append(f"{where}: header found but no data rows below it")
        for number, cells in body.rows:
            rows.append(_read_row(len(sheets) - 1, grid.sheet, number, cells, header, units, today))
    if not sheets:
        raise UnmappableHeader(
            f"{path.name}: no monthly report header found: a header row needs at least 3 known column names"
            f" (村, 月份, 在村天数 …); add an alias to {SEED_NAME} if the header uses other words"
        )

    duplicates_dropped = _duplicates(rows, problems)
    accepted = [r for r in rows if not r.failures and not r.repeat]
    for row in accepted:
        if not row.cells:
            problems.append(f"{_where(row, len(sheets))}row {row.number}: no figure filled in")
    facts = _facts(accepted, several_sheets=len(sheets) > 1)
    quarantine = _quarantine(rows)
    document = {
        "report_type": "monthly",
        "title": titles[0] if titles else path.stem,
        "report_date": _report_date(accepted, problems),
        "region": _document_region(accepted),
        "text_chars": 0,
        "articles": None,
        "articles_kept": None,
    }
    # Each row's place (the chain the table gives) resolved once, in the file's own place: dbt uses the parts.
    home = resolve_place(document["region"])
    document.update(home.columns())
    context = PlaceContext(home=home)
    resolved = {text: resolve_place(text, context) for text in facts["region"].dropna().unique()}
    for column, values in zip(PART_COLUMNS, zip(*(resolved.get(text, home).columns().values()
                                                  for text in facts["region"])), strict=False):
        facts[column] = list(values)
    return PreparedMonthly(facts, document, quarantine, sheets, duplicates_dropped, problems)


def _texts_above(grid: SheetGrid, header: HeaderMap) -> list[str]:
    """Distinct cell texts above the header, top to bottom (a merged title repeats in every cell)."""
    top = header.first_data_index - len(header.header_rows)
    texts = (clean_text(cell) for row in grid.rows[:top] for cell in row if isinstance(cell, str))
    return list(dict.fromkeys(t for t in texts if t))


def _money_units(header: HeaderMap, above: Sequence[str]) -> tuple[dict[str, float | None], list[str]]:
    """元 / 万元 per money column: from its header text, else from a 单位：万元 note above the table."""
    stated = sorted({m.group(1) for t in above for m in _TABLE_UNIT.finditer(_compact(t))})
    table_unit = stated[0] if len(stated) == 1 else None
    notes = [f"money unit named differently above the table ({', '.join(stated)}): not used"] if len(stated) > 1 else []
    units: dict[str, float | None] = {}
    for column, position in header.columns.items():
        if column not in METRICS or not METRICS[column].money:
            continue
        match = _LABEL_UNIT.search(_compact(header.labels.get(position, "")))
        unit = match.group(1) if match else table_unit
        units[column] = MONEY_UNITS[unit] if unit else None
    return units, notes


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def _read_row(sheet_index: int, sheet: str | None, number: int, cells: list[object], header: HeaderMap,
              units: Mapping[str, float | None], today: dt.date) -> _Row:
    def cell(column: str) -> object:
        position = header.columns.get(column)
        return cells[position] if position is not None and position < len(cells) else None

    places = {column: clean_text(cell(column)) for column in _ROW_TEXT_COLUMNS}
    if places["county"] is None:
        places["county"] = header.context.county  # 文水县 named in the title or 填报单位 row
    row = _Row(sheet_index, sheet, number, places, None, clean_text(cell("month")), [], header.columns)
    for column in _ROW_TEXT_COLUMNS:
        text = places[column]
        if text is not None and text.startswith(_FORMULA_STARTS):
            row.failures.append((header.columns.get(column, -1), column, "formula_cell", _inert(text)))
    if places["village"] is None:
        row.failures.append((header.columns["village"], "village", "village_missing", None))
    row.month, code = _read_month(cell("month"), today)
    if code is not None:
        row.failures.append((header.columns["month"], "month", code, _inert(row.month_written or "")))
    for column, position in sorted(header.columns.items(), key=lambda item: item[1]):
        if column not in METRICS:
            continue
        parsed = _read_cell(column, position, _label(header, position), cell(column), units.get(column), row.month)
        if parsed is not None:
            row.cells.append(parsed)
    return row


def _label(header: HeaderMap, position: int) -> str:
    label = header.labels.get(position, "")
    if len(header.header_rows) == 2 and "/" in label:
        label = label.rsplit("/", 1)[1]  # 工作成效/入户走访（户） → 入户走访（户）
    return re.sub(r"\s+", "", label)


def _read_month(value: object, today: dt.date) -> tuple[dt.date | None, str | None]:
    """The month a row reports (its first day), or the reason it cannot be used."""
    if isinstance(value, str):
        value = clean_text(value)
        if value is not None:
            value = re.sub(r"月份$", "月", value)  # 2024年3月份
    if value is None:
        return None, "month_missing"
    if isinstance(value, float) and not value.is_integer() and repr(value).endswith(".1"):
        return None, "month_unparseable"  # a number cell 2024.1: January, or October with its 0 lost
    try:
        day = parse_date(value)
    except DateUnparseable:
        return None, "month_unparseable"
    if day is None:
        return None, "month_missing"
    month = day.replace(day=1)
    if month > today.replace(day=1):
        return month, "month_future"
    if month < PROGRAMME_START:
        return month, "date_too_early"
    return month, None


def _read_cell(column: str, position: int, label: str, value: object, multiplier: float | None,
               month: dt.date | None) -> _Cell | None:
    """One metric cell → its value in the base unit, or the reason it fails; None when blank."""
    spec = METRICS[column]
    written = _display(value)
    if written is None:
        return None  # blank, 无, — : no figure, no fact
    result = _Cell(column, position, label, written)
    number = _number(value)
    if number is None:
        result.failure = "value_not_numeric"
    elif number < 0:
        result.failure = "value_negative"
    elif spec.whole and not float(number).is_integer():
        result.failure = "value_not_whole"
    elif spec.money and multiplier is None:
        result.failure = "money_unit_unknown"
    else:
        base = round(number * multiplier, 2) if spec.money else number
        if column == "days_in_village" and month is not None and base > calendar.monthrange(month.year, month.month)[1]:
            result.failure = "days_exceed_month"
        elif spec.monthly_max is not None and base > spec.monthly_max:
            result.failure = "value_implausible"
        else:
            result.value = float(base)
    return result


def _display(value: object) -> str | None:
    if isinstance(value, float) and not math.isnan(value) and not value.is_integer():
        return repr(value)  # clean_text would do the same; keep 12.5 as 12.5
    return clean_text(value)


def _number(value: object) -> float | None:
    if isinstance(value, bool) or isinstance(value, (dt.date, dt.datetime)):
        return None
    if isinstance(value, (int, float)):
        return None if math.isnan(value) else float(value)
    text = clean_text(value)  # NFKC: full-width digits and signs become ASCII
    if text is None:
        return None
    text = text.replace(" ", "")
    if _GROUPED.fullmatch(text):
        text = text.replace(",", "")
    return float(text) if _NUMBER.fullmatch(text) else None


def _duplicates(rows: list[_Row], problems: list[str]) -> int:
    """Rows for the same village and month: an exact repeat is dropped (counted); rows that differ
    are all quarantined, since nobody can tell which figures are right."""
    groups: dict[tuple[object, ...], list[_Row]] = defaultdict(list)
    for row in rows:
        if not row.failures:
            groups[row.key()].append(row)
    dropped = 0
    for group in groups.values():
        if len(group) < 2:
            continue
        if len({row.figures() for row in group}) == 1:
            for row in group[1:]:
                row.repeat = True
                dropped += 1
                problems.append(f"{_where(row, 2)}row {row.number}: repeats row {group[0].number} exactly;"
                                " counted once")
            continue
        for row in group:
            others = ", ".join(str(o.number) for o in group if o is not row)
            value = f"{row.places['village']} {row.month:%Y-%m}; also row {others}"
            row.failures.append((row.positions["village"], "village", "report_duplicate", value))
    return dropped


def _place(row: _Row) -> str:
    """文水县凤城镇东街村: the levels the file gives, without repeating one the village already names."""
    text = row.places["village"] or ""
    for level in ("township", "county"):
        name = row.places[level]
        if name and not text.startswith(name):
            text = name + text
    return text


def _where(row: _Row, sheets: int) -> str:
    return f"{row.sheet} " if sheets > 1 and row.sheet is not None else ""


def _facts(rows: list[_Row], several_sheets: bool) -> pd.DataFrame:
    records = []
    for row in rows:
        sheet = f"{row.sheet} " if several_sheets and row.sheet is not None else ""
        for cell in row.cells:
            if cell.value is None:
                continue
            spec = METRICS[cell.column]
            assert row.month is not None
            records.append({
                "fact_index": len(records) + 1,
                "kind": spec.kind,
                "metric": spec.metric,
                "value": cell.value,
                "unit": spec.unit,
                "basis": "total" if spec.money else None,
                "qualifier": "exact",
                "region": _place(row),  # the chain as written resolves in dim_region; a bare 东街村 rarely does
                "year": row.month.year,
                "period": f"{row.month:%Y-%m}",
                "evidence": f"{row.month.year}年{row.month.month}月 {_place(row)} {cell.label} = {cell.written}"
                            f" ({sheet}第{row.number}行)",
                "char_start": None,
                "char_end": None,
                "confidence": 1.0,
            })
    # object columns keep None as None (an inferred string dtype would turn it into NaN)
    facts = pd.DataFrame(records, columns=list(FACT_COLUMNS), dtype=object)
    return facts.astype({"fact_index": "int64", "value": "float64", "year": "Int64", "char_start": "Int64",
                         "char_end": "Int64", "confidence": "float64"})


def _quarantine(rows: list[_Row]) -> pd.DataFrame:
    records = []
    for row in sorted(rows, key=lambda r: (r.sheet_index, r.number)):
        found = [(position, column, code, value) for position, column, code, value in row.failures]
        found += [(c.position, c.column, c.failure, _inert(c.written)) for c in row.cells if c.failure]
        for position, column, code, value in sorted(dict.fromkeys(found), key=lambda f: (f[0], f[2])):
            why = reason(code)
            records.append({
                "sheet": row.sheet,
                "row_number": row.number,
                "column_name": column,
                "reason_code": why.code,
                "reason_zh": why.zh,
                "reason_en": why.en,
                "value_masked": value,
                "cadre_name": _inert(row.places["team"]) if row.places["team"] else None,  # the team: finds the row
            })
    frame = pd.DataFrame(records, columns=list(QUARANTINE_COLUMNS), dtype=object)
    return frame.astype({"row_number": "Int64"})


def _inert(text: str) -> str:
    """The offending value as a steward may see it: long digit runs masked, cut short, formulas kept inert."""
    text = _LONG_DIGITS.sub(lambda m: mask_phone(m.group()) if len(m.group()) <= 12 else mask_id(m.group()), text)
    text = text[:_VALUE_LIMIT]
    if text.startswith(_FORMULA_STARTS) and _NUMBER.fullmatch(text.replace(",", "")) is None:
        return "'" + text  # exported to a spreadsheet, =SUM(…) must not run; -15 is just a number
    return text


def _report_date(rows: list[_Row], problems: list[str]) -> dt.date | None:
    """The month reported (its first day); for a file covering several months, the latest."""
    months = sorted({row.month for row in rows if row.month is not None})
    if len(months) > 1:
        problems.append(f"the file reports {len(months)} months ({months[0]:%Y-%m} to {months[-1]:%Y-%m}):"
                        " report_date is the latest")
    return months[-1] if months else None


def _document_region(rows: list[_Row]) -> str | None:
    """The most specific place every loaded row shares: the village of a one-team file, the county of a summary."""
    levels = ("county", "township", "village")
    shared: list[str] = []
    for level in levels:  # walk down while every row agrees, keeping the chain as written
        names = {row.places[level] for row in rows}
        if len(names) != 1:
            break
        name = names.pop()
        if name and not any(name.startswith(prefix) for prefix in shared):
            shared.append(name)
    return "".join(shared) or None
