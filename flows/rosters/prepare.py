"""One roster file → accepted assignment rows and quarantine rows (pure: no warehouse, no Prefect).

read grids → find and map each sheet's header → tidy cells → drop exact duplicates → validate
(RosterRaw, RosterClean; lazy) → quarantine every failing row with all its failures → hash and
mask personal values → quarantine conflicting assignments → one row per role.

Work goes a column at a time: a cell function runs once per distinct value of a column
(flows/rosters/columns.py) and ID numbers are checked a column at a time (id_columns.py).
"""
from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from flows.ingest.readers import SheetGrid, read_grids
from flows.quality.reasons import reason
from flows.quality.roster_schema import DATE_COLUMNS, Failure, RosterClean, RosterRaw, failures
from flows.rosters.conflict_rule import first_partners
from flows.rosters.headers import (
    CANONICAL_COLUMNS,
    ROSTER_PART_RULES,
    HeaderMap,
    HeaderMapping,
    UnmappableHeader,
    data_rows,
    find_header,
    header_mappings,
    load_aliases,
    mapping_notes,
)
from flows.rosters.columns import cell_columns, check_series, map_distinct, map_series
from flows.rosters.id_columns import check_ids
from flows.rosters.id_numbers import (
    has_personal_numbers,
    keyed_hasher,
    mask_id,
    mask_personal_numbers,
    mask_phone,
    normalise_phone,
)
from flows.rosters.normalise import (
    DateUnparseable,
    clean_text,
    id_text,
    map_role,
    map_sex,
    parse_date,
    split_period,
)
from flows.rosters.regions import complete_regions
from flows.warehouse.schema import prepared_columns

_RAW_COLUMNS = ("sheet", "row_number", *CANONICAL_COLUMNS)
_VALUE_LIMIT = 100


ROW_COLUMNS = prepared_columns("raw.roster__assignments")
QUARANTINE_COLUMNS = prepared_columns("quarantine.roster_rows")


@dataclass(frozen=True)
class SheetProblem:
    """Something a steward should know about a sheet that did not quarantine a row."""

    sheet: str | None
    message: str


@dataclass
class PreparedRoster:
    rows: pd.DataFrame  # ROW_COLUMNS: raw.roster__assignments without the loader's columns
    quarantine: pd.DataFrame  # QUARANTINE_COLUMNS: quarantine.roster_rows without the loader's columns
    duplicates_dropped: int  # exact duplicate rows counted once
    sheets: list[str | None]  # sheets read as rosters, in workbook order (None for a csv)
    problems: list[SheetProblem] = field(default_factory=list)
    header_mappings: list[HeaderMapping] = field(default_factory=list)  # how each source column was read


def prepare_roster(path: Path, pii_key: str, today: dt.date | None = None,
                   grids: list[SheetGrid] | None = None,
                   extra_aliases: Mapping[str, str] | None = None,
                   corrections: Mapping[tuple[str | None, int], Mapping[str, str]] | None = None) -> PreparedRoster:
    """Read (unless `grids` were read already), check and shape one roster file.

    `extra_aliases` (normalised header cell → column) are the stewards' header mappings
    (flows/steward/decisions.header_aliases); they win over the seed. `corrections` are cells of
    quarantined rows a steward put right ((sheet, row number) → {column: value}), used as if the file
    held them.

    Raises UnreadableFile or UnmappableHeader for the file.
    """
    path = Path(path)
    today = today or dt.date.today()
    problems: list[SheetProblem] = []
    sheets: list[str | None] = []
    parts: list[dict[str, list[object]]] = []
    mappings: list[HeaderMapping] = []
    aliases = {**load_aliases(), **(extra_aliases or {})}
    grids = read_grids(path) if grids is None else grids
    for grid in grids:
        try:
            header = find_header(grid, aliases, part_rules=ROSTER_PART_RULES)
        except UnmappableHeader as exc:
            raise UnmappableHeader(f"{path.name}: {exc}", exc.sheet, exc.found, exc.missing) from None
        if header is None:
            problems.append(
                SheetProblem(grid.sheet, "no roster header found (no row names 3 known columns): sheet skipped")
            )
            continue
        sheets.append(grid.sheet)
        problems.extend(SheetProblem(grid.sheet, w) for w in header.warnings)
        body = data_rows(grid, header, aliases)
        problems.extend(SheetProblem(grid.sheet, s) for s in body.skipped)
        mappings.extend(header_mappings(header, body))
        problems.extend(SheetProblem(grid.sheet, n) for n in mapping_notes(header, body))
        if not body.rows:
            problems.append(SheetProblem(grid.sheet, "header found but no data rows below it"))
        parts.append(_sheet_columns(grid.sheet, body.rows, header))
        problems.extend(_context_notes(header))
    if not sheets:
        where = "no sheet has a roster header (" + ", ".join(repr(g.sheet) for g in grids) + ")"
        if grids[0].sheet is None:
            where = "no roster header found"
        raise UnmappableHeader(
            f"{path.name}: {where}: a header row needs at least 3 known column names;"
            " add an alias to seeds/roster_header_aliases.csv if the header uses other words"
        )

    raw = pd.DataFrame(_correct(_concat(parts), corrections or {}), columns=list(_RAW_COLUMNS), dtype=object)
    raw["row_number"] = raw["row_number"].astype("int64")
    duplicated = raw.duplicated(subset=list(CANONICAL_COLUMNS), keep="first")
    raw = raw[~duplicated].reset_index(drop=True)

    clean = _typed(raw)
    found = failures(raw, RosterRaw, today) + failures(clean, RosterClean, today)
    quarantine = [_quarantine_record(raw, f) for f in _ordered(found)]
    accepted = clean.drop(index=sorted({f.index for f in found}))

    accepted = complete_regions(_protect(accepted, pii_key, today))
    conflicts = _conflicts(accepted)
    quarantine.extend(
        _record_for(raw, index, "village", "assignment_conflict", f"{raw.at[index, 'village']}; overlaps {other}")
        for index, other in sorted(conflicts.items())
    )
    accepted = accepted.drop(index=list(conflicts))
    rows, stray = _mask_stray_numbers(_rows(accepted))
    problems.extend(stray)

    return PreparedRoster(
        rows=rows,
        quarantine=pd.DataFrame(quarantine, columns=list(QUARANTINE_COLUMNS)).astype({"row_number": "Int64"}),
        duplicates_dropped=int(duplicated.sum()),
        sheets=sheets,
        problems=problems,
        header_mappings=mappings,
    )


def _tidy(value: object) -> object:
    """Text is cleaned (placeholders → None); numbers and dates stay as read for typed parsing."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def _sheet_columns(sheet: str | None, rows: list[tuple[int, list[object]]],
                   header: HeaderMap) -> dict[str, list[object]]:
    """The sheet's data rows as tidy columns (_RAW_COLUMNS), each distinct cell tidied once."""
    cells = cell_columns([row for _, row in rows])
    columns: dict[str, list[object]] = {"sheet": [sheet] * len(rows), "row_number": [number for number, _ in rows]}
    for column in CANONICAL_COLUMNS:
        position = header.columns.get(column)
        columns[column] = [None] * len(rows) if position is None else map_distinct(cells(position), _tidy)
    # Places named in the title / 填报单位 row fill columns the sheet does not have.
    for column in ("province", "city", "county"):
        if column not in header.columns:
            columns[column] = [getattr(header.context, column)] * len(rows)
    # 任职时间 often holds the whole period: 2021.08-2023.08, 2021年8月至今.
    starts, ends = columns["start_date"], columns["end_date"]
    periods = map_distinct(starts, lambda v: split_period(v) if isinstance(v, str) else None)
    every_row = "end_date" not in header.columns
    for i, period in enumerate(periods):
        if period is not None and (every_row or ends[i] is None):
            starts[i], ends[i] = period
    return columns


def _concat(parts: list[dict[str, list[object]]]) -> dict[str, list[object]]:
    return {column: [value for part in parts for value in part[column]] for column in _RAW_COLUMNS}


def _correct(columns: dict[str, list[object]],
             corrections: Mapping[tuple[str | None, int], Mapping[str, str]]) -> dict[str, list[object]]:
    """Put a steward's corrected cells in place, as if the file held them (after tidying, as before)."""
    if not corrections:
        return columns
    for i, key in enumerate(zip(columns["sheet"], columns["row_number"])):
        for column, value in corrections.get(key, {}).items():
            if column in columns:
                columns[column][i] = value
    return columns


def _context_notes(header: HeaderMap) -> list[SheetProblem]:
    used = [f"{c} {getattr(header.context, c)}" for c in ("province", "city", "county")
            if c not in header.columns and getattr(header.context, c)]
    return [SheetProblem(header.sheet, f"from the rows above the header: {', '.join(used)}")] if used else []


def _safe(parse: Callable[[Any], object], value: object) -> object:
    try:
        return parse(value)
    except (DateUnparseable, ValueError):
        return None  # RosterRaw reports it


def _phone_text(value: object) -> str | None:
    return (normalise_phone(value) or None) if value is not None else None


def _ambiguous_month(value: object) -> bool:
    return isinstance(value, float) and repr(value).endswith(".1")


def _typed(raw: pd.DataFrame) -> pd.DataFrame:
    """The RosterClean frame: same index as raw, personal values still in clear (never leaves here)."""
    clean = raw.copy()
    clean["sex"] = map_series(raw["sex"], lambda v: _safe(map_sex, v))
    for column in DATE_COLUMNS:
        clean[column] = pd.to_datetime(map_series(raw[column], lambda v: _safe(parse_date, v)))
    clean["birth_month_ambiguous"] = map_series(raw["birth_date"], _ambiguous_month).astype(bool)
    clean["id_number"] = map_series(raw["id_number"], id_text)
    clean["phone"] = map_series(raw["phone"], _phone_text)
    return clean


def _ordered(found: list[Failure]) -> list[Failure]:
    position = {c: i for i, c in enumerate(_RAW_COLUMNS)}
    unique = dict.fromkeys(found)
    return sorted(unique, key=lambda f: (f.index, position.get(f.column or "", len(position)), f.reason))


def _masked(column: str | None, value: object) -> str | None:
    """The offending value as a steward may see it: ID numbers and phones masked, the rest cut short."""
    if column is None or value is None:
        return None
    if column == "id_number":
        return mask_id(id_text(value) or "")
    if column == "phone":
        return mask_phone(normalise_phone(value))
    if isinstance(value, dt.datetime):
        text = value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    else:
        text = str(value)
    # An ID or phone typed into another column must not leak through the quarantine either.
    text = mask_personal_numbers(text)[:_VALUE_LIMIT]
    # A steward may export the quarantine to a spreadsheet: a leading quote keeps a formula inert.
    return "'" + text if text[:1] in _FORMULA_STARTS else text


_FORMULA_STARTS = frozenset("=+-@")


def _record_for(raw: pd.DataFrame, index: int, column: str | None, code: str, value: str | None) -> dict[str, object]:
    why = reason(code)
    return {
        "sheet": raw.at[index, "sheet"],
        "row_number": int(raw.at[index, "row_number"]),
        "column_name": column,
        "reason_code": why.code,
        "reason_zh": why.zh,
        "reason_en": why.en,
        "value_masked": value,
        "cadre_name": _masked("name", raw.at[index, "name"]),
    }


def _quarantine_record(raw: pd.DataFrame, failure: Failure) -> dict[str, object]:
    value = raw.at[failure.index, failure.column] if failure.column else None
    return _record_for(raw, failure.index, failure.column, failure.reason, _masked(failure.column, value))


def _protect(accepted: pd.DataFrame, pii_key: str, today: dt.date) -> pd.DataFrame:
    """Replace ID number and phone by keyed hash and mask; take sex and birth date from the ID."""
    out = accepted.copy()
    checks = check_ids(out["id_number"], today)
    digest = keyed_hasher(pii_key)
    out["id_hash"] = pd.Series([digest(n) for n in checks.number], index=out.index, dtype=object)
    out["id_masked"] = pd.Series([mask_id(n) for n in checks.number], index=out.index, dtype=object)
    # The ID is the authority; a sex or birth column that disagreed was quarantined already.
    out["sex"] = checks.sex
    out["birth_date"] = checks.birth_date  # a date per row in _rows
    out["phone_hash"] = pd.Series([digest(p) if p else None for p in out["phone"]], index=out.index, dtype=object)
    out["phone_masked"] = pd.Series([mask_phone(p) if p else None for p in out["phone"]], index=out.index,
                                    dtype=object)
    return out.drop(columns=["id_number", "phone"])


def _where(row: pd.Series, other: pd.Series) -> str:
    if row["sheet"] == other["sheet"]:
        return f"row {row['row_number']}"
    return f"sheet {row['sheet']} row {row['row_number']}"


def _conflicts(accepted: pd.DataFrame) -> dict[int, str]:
    """Rows of one person stationed by two different units in two different villages at once
    (flows/rosters/conflict_rule.py, the rule the warehouse applies across files).

    Returns index → where the first other row it conflicts with is.
    """
    repeated = accepted[accepted["id_hash"].duplicated(keep=False)]
    partners = first_partners(repeated)
    return {
        repeated.index[position]: _where(repeated.iloc[partner], repeated.iloc[position])
        for position, partner in sorted(partners.items())
    }


_FREE_TEXT = ("cadre_name", "political_status", "dispatch_unit", "unit_post", "role_label", "province", "city",
              "county", "township", "village")


def _holds_personal_numbers(value: object) -> bool:
    return isinstance(value, str) and has_personal_numbers(value)


def _mask_stray_numbers(rows: pd.DataFrame) -> tuple[pd.DataFrame, list[SheetProblem]]:
    """Mask an ID or phone written inside free text (县财政局（联系人13812345678）): no clear value
    may reach the warehouse, and the row itself is fine."""
    notes: list[SheetProblem] = []
    for column in _FREE_TEXT:
        has_digits = check_series(rows[column], _holds_personal_numbers)
        for index in rows.index[has_digits]:
            rows.at[index, column] = mask_personal_numbers(rows.at[index, column])
            notes.append(SheetProblem(rows.at[index, "sheet"], f"row {rows.at[index, 'row_number']}: a long number in"
                                      f" {column} (an ID or phone?) was masked"))
    return rows, list(dict.fromkeys(notes))


def _as_date(value: object) -> dt.date | None:
    return None if value is None or pd.isna(value) else pd.Timestamp(value).date()


def _dates(series: pd.Series) -> pd.Series:
    """_as_date of every cell; a datetime column converts each distinct day once, NaT to None."""
    if not pd.api.types.is_datetime64_any_dtype(series):
        return map_series(series, _as_date)
    codes, days = pd.factorize(series)
    lookup = np.empty(len(days) + 1, dtype=object)  # the last one, None, is for code -1 (NaT)
    lookup[:-1] = days.date
    return pd.Series(lookup[codes], index=series.index, dtype=object)


def _rows(accepted: pd.DataFrame) -> pd.DataFrame:
    """One row per accepted roster row and role, in the column order of raw.roster__assignments."""
    out = accepted.rename(columns={"name": "cadre_name", "role": "role_label"})
    out["role_code"] = map_series(out["role_label"], map_role)
    out = out.explode("role_code", ignore_index=True)
    for column in ("birth_date", "start_date", "end_date"):
        out[column] = _dates(out[column])
    missing = set(ROW_COLUMNS) - set(out.columns)
    if missing:
        raise RuntimeError(f"raw.roster__assignments columns not produced: {sorted(missing)}")
    rows = out[list(ROW_COLUMNS)].astype(object)
    rows["row_number"] = rows["row_number"].astype("int64")
    return rows.reset_index(drop=True)
