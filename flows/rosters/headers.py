"""Find the header of a roster sheet and map its cells to canonical columns.

Roster sheets carry a title row, a 填报单位 / 填报日期 row, then a header of one or two rows
(派驻地点 merged over 乡镇 / 村), data, and footnotes (注：, 填表人). The mapping comes from the
seed seeds/roster_header_aliases.csv so a steward can add a spelling without code.
"""
from __future__ import annotations

import csv
import functools
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from flows.ingest.readers import SheetGrid
from flows.settings import REPO_ROOT

ALIASES_PATH = REPO_ROOT / "seeds" / "roster_header_aliases.csv"
CANONICAL_COLUMNS = (
    "name", "sex", "birth_date", "id_number", "phone", "political_status", "dispatch_unit", "unit_post",
    "role", "province", "city", "county", "township", "village", "start_date", "end_date", "note",
)
REQUIRED_COLUMNS = ("name", "id_number", "village", "role")
IGNORED = "ignored"
MIN_MAPPED = 3  # a row with fewer mapped cells is not a header
MAX_HEADER_SCAN = 50  # the header sits near the top; do not read a whole sheet looking for it

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff"
_NOTES = re.compile(r"\([^()]*\)|\[[^\]]*\]|【[^】]*】|<[^<>]*>")
_NOT_LABEL = re.compile(r"[\s*※:：.、_]")
_FOOTNOTE = re.compile(r"^(注|备注|说明|填表说明)[:\d.、]|^(填表人|填报人|制表人|审核人|负责人|联系人|单位负责人|主要负责人)")
_TOTALS = re.compile(r"^(合计|总计|小计)")


class UnmappableHeader(Exception):
    """A sheet that looks like a roster but whose header lacks required columns (or no roster at all)."""

    def __init__(self, message: str, sheet: str | None = None, found: Sequence[str] = (), missing: Sequence[str] = ()):
        super().__init__(message)
        self.sheet = sheet
        self.found = tuple(found)
        self.missing = tuple(missing)


@dataclass(frozen=True)
class FileContext:
    """Places named above the header (title, 填报单位), used as defaults for absent columns."""

    province: str | None = None
    city: str | None = None
    county: str | None = None


@dataclass(frozen=True)
class HeaderMap:
    sheet: str | None
    header_rows: tuple[int, ...]  # spreadsheet row numbers of the header (one or two rows)
    columns: Mapping[str, int]  # canonical column → 0-based cell index
    labels: Mapping[int, str]  # cell index → header text as read (two rows joined by '/')
    first_data_index: int  # index into grid.rows of the first row below the header
    context: FileContext = FileContext()
    warnings: tuple[str, ...] = ()


@dataclass
class DataRows:
    rows: list[tuple[int, list[object]]]  # (spreadsheet row number, cells)
    skipped: list[str] = field(default_factory=list)  # what was skipped and why, for the steward


def normalise_header(text: object) -> str:
    """Header cell → lookup key: half-width, no spaces or newlines, no notes in brackets like （必填）."""
    if text is None:
        return ""
    value = unicodedata.normalize("NFKC", str(text))
    value = _NOTES.sub("", value)
    return _NOT_LABEL.sub("", value)


@functools.lru_cache(maxsize=8)
def load_aliases(path: Path = ALIASES_PATH, columns: tuple[str, ...] = CANONICAL_COLUMNS) -> Mapping[str, str]:
    """alias key → canonical column (or 'ignored'), read once per path; a bad seed fails loudly.

    `columns` are the canonical columns the seed may name (another template passes its own).
    """
    aliases: dict[str, str] = {}
    allowed = set(columns) | {IGNORED}
    with Path(path).open(encoding="utf-8-sig", newline="") as handle:
        for line, record in enumerate(csv.DictReader(handle), start=2):
            key, column = normalise_header(record["alias"]), (record["column"] or "").strip()
            if column not in allowed:
                raise ValueError(f"{path}:{line}: unknown column {column!r}; use one of {sorted(allowed)}")
            if not key:
                raise ValueError(f"{path}:{line}: empty alias")
            if aliases.get(key, column) != column:
                raise ValueError(f"{path}:{line}: alias {record['alias']!r} maps to both {aliases[key]} and {column}")
            aliases[key] = column
    return MappingProxyType(aliases)


def _text(value: object) -> str:
    return "" if value is None else str(value)


Mapped = list[tuple[str | None, str]]  # per cell: canonical column (or None) and the label as read


def _map_single(row: Sequence[object], aliases: Mapping[str, str]) -> Mapped:
    return [(aliases.get(normalise_header(cell)), _text(cell).strip()) for cell in row]


def _map_double(top: Sequence[object], bottom: Sequence[object], aliases: Mapping[str, str]) -> Mapped:
    """Two header rows: a cell merged over both reads the same twice; otherwise the lower label
    names the column, qualified by the upper one (派驻地点/村 → village, 任职时间/结束 → end_date)."""
    mapped = []
    for t_cell, b_cell in zip(top, bottom):
        t, b = normalise_header(t_cell), normalise_header(b_cell)
        if not b or b == t:
            mapped.append((aliases.get(t), _text(t_cell).strip()))
            continue
        label = f"{_text(t_cell).strip()}/{_text(b_cell).strip()}" if t else _text(b_cell).strip()
        column = aliases.get(t + b) or aliases.get(b)
        mapped.append((column, label))
    return mapped


def _count(mapped: Mapped) -> int:
    return len({column for column, _ in mapped if column and column != IGNORED})


def find_header(
    grid: SheetGrid,
    aliases: Mapping[str, str] | None = None,
    *,
    required: Sequence[str] = REQUIRED_COLUMNS,
    seed_name: str = "seeds/roster_header_aliases.csv",
) -> HeaderMap | None:
    """The header of a sheet, or None when no row maps at least 3 columns (not a roster sheet).

    Raises UnmappableHeader when a header is found but a `required` column is missing (the message
    points at `seed_name`). Another template passes its own aliases, required columns and seed.
    """
    aliases = load_aliases() if aliases is None else aliases
    rows = grid.rows
    for i in range(min(len(rows), MAX_HEADER_SCAN)):
        single = _map_single(rows[i], aliases)
        if _count(single) < MIN_MAPPED:
            continue
        # A neighbouring row joins the header only if it names columns this row cannot:
        # 乡镇 / 村 under a merged 派驻地点 (below), or 派驻地点 over an unmerged 村 (above).
        best, top = single, i
        for candidate_top in (i, i - 1):
            if candidate_top < 0 or candidate_top + 1 >= len(rows):
                continue
            double = _map_double(rows[candidate_top], rows[candidate_top + 1], aliases)
            if _count(double) > _count(best):
                best, top = double, candidate_top
        size = 1 if best is single else 2
        return _build(grid, top, tuple(grid.row_numbers[top: top + size]), best, required, seed_name)
    return None


def _build(grid: SheetGrid, index: int, header_rows: tuple[int, ...], mapped: Mapped,
           required: Sequence[str] = REQUIRED_COLUMNS,
           seed_name: str = "seeds/roster_header_aliases.csv") -> HeaderMap:
    columns: dict[str, int] = {}
    labels: dict[int, str] = {}
    warnings: list[str] = []
    for position, (column, label) in enumerate(mapped):
        if label:
            labels[position] = label
        if not column or column == IGNORED:
            continue
        if column in columns:
            # Two columns for one meaning (电话 and 手机): keep the first, say so, do not merge.
            warnings.append(
                f"column {label!r} also maps to {column}; using {labels.get(columns[column])!r} and ignoring this one"
            )
            continue
        columns[column] = position
    missing = [c for c in required if c not in columns]
    where = f"sheet {grid.sheet!r}" if grid.sheet is not None else "csv"
    if missing:
        found = [_redact(label) for label in labels.values()]
        raise UnmappableHeader(
            f"{where}, header row {header_rows[0]}: required column(s) {', '.join(missing)} not found among"
            f" header cells {found}; add an alias to {seed_name}",
            sheet=grid.sheet, found=found, missing=missing,
        )
    above = [cell for row in grid.rows[:index] for cell in row]
    context, note = file_context(above)
    if note:
        warnings.append(note)
    return HeaderMap(
        sheet=grid.sheet,
        header_rows=header_rows,
        columns=MappingProxyType(columns),
        labels=MappingProxyType(labels),
        first_data_index=index + len(header_rows),
        context=context,
        warnings=tuple(warnings),
    )


def _redact(text: str) -> str:
    """Header cells go into messages; a long digit run could be personal (an ID in the wrong row)."""
    return re.sub(r"\d{6,}", "***", text)[:40]


# Dates, 中共 and form labels are cut out so the place name starts a run of Chinese characters.
_CONTEXT_NOISE = re.compile(
    r"\d{4}\s*年度?|\d{1,2}\s*月|\d{1,2}\s*日|中国共产党|中共|填报单位|报送单位|填报日期|填报时间|填表日期|单位|盖章|日期"
)
_PLACE = re.compile(rf"[{_CJK}]{{1,8}}?(?:自治区|地区|省|市|县|区|旗|盟)")
_NOT_A_NAME = frozenset("全本我该各此市县区")


def file_context(cells: Sequence[object]) -> tuple[FileContext, str | None]:
    """Province / city / county named in the rows above the header, and a note when ambiguous.

    Names are runs of Chinese characters ending 省 / 市 / 县 / 区 / 旗 that start a phrase
    (中共文水县委组织部 → 文水县; 大同市云冈区 → 大同市, 云冈区). A second, different name for
    the same level makes that level unknown rather than guessed.
    """
    seen: dict[str, list[str]] = {"province": [], "city": [], "county": []}
    texts = dict.fromkeys(unicodedata.normalize("NFKC", str(c)) for c in cells if isinstance(c, str) and c.strip())
    for text in texts:
        for run in re.findall(rf"[{_CJK}]+", _CONTEXT_NOISE.sub(" ", text)):
            position, level_city_seen = 0, False
            while (match := _PLACE.match(run, position)) is not None:
                name = match.group()
                position = match.end()
                if len(name) == 2 and name[0] in _NOT_A_NAME:
                    break  # 全县, 本市: not a name
                if name.endswith(("省", "自治区")):
                    level = "province"
                elif name.endswith(("市", "地区", "盟")) and not level_city_seen:
                    level, level_city_seen = "city", True
                else:
                    level = "county"  # 县 / 区 / 旗, or a county-level 市 after its city
                if name not in seen[level]:
                    seen[level].append(name)
    ambiguous = {level: names for level, names in seen.items() if len(names) > 1}
    context = FileContext(**{level: names[0] for level, names in seen.items() if len(names) == 1})
    note = None
    if ambiguous:
        note = "; ".join(f"{level} named differently above the header ({', '.join(names)}): not used as default"
                         for level, names in ambiguous.items())
    return context, note


def _first_text(cells: Sequence[object]) -> str:
    for cell in cells:
        if cell is not None and str(cell).strip():
            return re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(cell)))
    return ""


def _is_numbering(cells: Sequence[object]) -> bool:
    """The '1 2 3 4 …' row some forms print under the header."""
    values = [c for c in cells if c is not None and str(c).strip()]
    try:
        numbers = [int(float(str(c).strip())) for c in values]
    except ValueError:
        return False
    return len(numbers) >= MIN_MAPPED and numbers == list(range(1, len(numbers) + 1))


def data_rows(grid: SheetGrid, header: HeaderMap, aliases: Mapping[str, str] | None = None) -> DataRows:
    """The rows below the header that hold data: blanks, repeated headers, a numbering row and
    totals rows are skipped; a footnote row (注：, 填表人 …) ends the data."""
    aliases = load_aliases() if aliases is None else aliases
    result = DataRows(rows=[])
    positions = {position: column for column, position in header.columns.items()}
    for offset, (number, cells) in enumerate(
        zip(grid.row_numbers[header.first_data_index:], grid.rows[header.first_data_index:])
    ):
        first = _first_text(cells)
        if not first:
            continue
        if _FOOTNOTE.match(first):
            rest = len(grid.rows) - header.first_data_index - offset - 1
            result.skipped.append(f"row {number}: footnote; it and the {rest} row(s) after it are not data")
            break
        repeated = sum(
            1 for p, c in positions.items() if p < len(cells) and aliases.get(normalise_header(cells[p])) == c
        )
        if repeated >= min(MIN_MAPPED, len(positions)):
            result.skipped.append(f"row {number}: repeated header skipped")
            continue
        if offset == 0 and _is_numbering(cells):
            result.skipped.append(f"row {number}: column numbering row skipped")
            continue
        if _TOTALS.match(first):
            result.skipped.append(f"row {number}: totals row skipped")
            continue
        result.rows.append((number, list(cells)))
    return result
