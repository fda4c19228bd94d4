"""Find the header of a roster sheet and map its cells to canonical columns.

Roster sheets carry a title row, a 填报单位 / 填报日期 row, then a header of one or two rows
(派驻地点 merged over 乡镇 / 村), data, and footnotes (注：, 填表人). The mapping comes from the
seed seeds/roster_header_aliases.csv so a steward can add a spelling without code; a cell the seed
does not know is then read by its parts (进村时间: a posting word and a date word → start_date) with
the rules in ROSTER_PART_RULES. Every header cell keeps how it was read, so a load can name the
columns it did not use.
"""
from __future__ import annotations

import csv
import functools
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType

import numpy as np

from flows.ingest.readers import SheetGrid
from flows.rosters.columns import cell_columns, map_distinct
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
_NOTES = re.compile(r"\([^()]*\)|\[[^\]]*\]|【[^】]*】|〔[^〔〕]*〕|<[^<>]*>")
_NOT_LABEL = re.compile(r"[\s*※:：.、_\u200b\ufeff]")  # zero-width characters survive NFKC
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
class PartRule:
    """One class of header wording and the canonical column it names.

    `parts` must match the whole normalised label (so 参加工作时间 never passes for a posting date);
    a label containing any `forbidden` word is not this column (联系人电话 is someone else's phone).
    """

    name: str
    column: str
    parts: str  # regular expression, matched against the whole normalised label
    forbidden: tuple[str, ...] = ()
    holds_period: bool = False  # cells hold start and end (2025-08-01至2027-07-31); prepare splits them


@dataclass(frozen=True)
class HeaderCell:
    """How one labelled header cell was read."""

    position: int  # 0-based cell index
    label: str  # header text as read (two rows joined by '/')
    column: str | None  # canonical column, 'ignored', or None when nothing matched
    matched_by: str | None = None  # 'alias' (the seed) or 'parts' (a PartRule)
    rule: str | None = None  # PartRule.name when matched by parts
    key: str | None = None  # the normalised text that matched (进村时间 of 驻村安排/进村时间)
    used: bool = False  # the load reads this cell's column
    note: str | None = None  # why it is not used, or what reading it by parts implies


@dataclass(frozen=True)
class HeaderMap:
    sheet: str | None
    header_rows: tuple[int, ...]  # spreadsheet row numbers of the header (one or two rows)
    columns: Mapping[str, int]  # canonical column → 0-based cell index
    labels: Mapping[int, str]  # cell index → header text as read (two rows joined by '/')
    first_data_index: int  # index into grid.rows of the first row below the header
    context: FileContext = FileContext()
    warnings: tuple[str, ...] = ()
    cells: tuple[HeaderCell, ...] = ()  # every labelled cell, in sheet order
    part_rules: tuple[PartRule, ...] = ()  # the rules the header was read with (data_rows reuses them)

    @property
    def unused(self) -> tuple[tuple[int, str], ...]:
        """(cell index, header text as read) of labelled cells the load does not read; the seed's
        'ignored' cells (序号) are left out: they were meant not to be read."""
        return tuple((c.position, c.label) for c in self.cells if not c.used and c.column != IGNORED)

    @property
    def matched_by(self) -> Mapping[str, str]:
        """canonical column → 'alias', 'parts' or 'title-context' (a place named above the header)."""
        how = {c.column: c.matched_by for c in self.cells if c.used and c.column and c.matched_by}
        for level in ("province", "city", "county"):
            if level not in self.columns and getattr(self.context, level):
                how[level] = "title-context"
        return MappingProxyType(how)


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


# --- reading a header cell by its parts ------------------------------------------------------
# Word classes shared by the rules below; each is an alternation for a regular expression.
_DATE_WORD = "年月日|年月|日期|时间"
_POSTED = "派驻|驻村|进村|到村|进驻|任职|选派|下派|到岗|入村|驻点|挂职"  # the posting began …
_BEGIN = "起始|开始|进驻|进村|到村|到岗|入村"
_END = "期满|届满|结束|离村|到期|离任|离岗|撤离|截止|终止"
_END_QUALIFIER = "计划|预计|拟|实际|驻村|派驻|任期|任职|选派|服务"
_PERIOD_OWNER = "派驻|驻村|任职|选派|下派|进驻|驻点|挂职|任期"
_VILLAGE_QUALIFIER = "驻点|帮扶|派驻|所驻|驻在|进驻|所在|挂职|联系|结对|包联|定点|任职|服务|驻村"
# Someone else's details often sit next to the cadre's (联系人电话, 村支书姓名): never the cadre's.
_OTHER_PEOPLE = ("联系人", "负责人", "责任人", "填表人", "填报人", "审核", "家属", "配偶", "紧急", "户主", "帮扶对象")

MAX_PART_LABEL = 12  # a longer cell is a sentence or a value, not a header label

# Seed first, these rules second. Every rule describes one class of header; they are written so
# that no label satisfies two rules for different columns (a label that does is left unmapped).
ROSTER_PART_RULES: tuple[PartRule, ...] = (
    PartRule("cadre_name", "name", r".{0,8}姓名", _OTHER_PEOPLE + ("村党", "支书", "村书记", "村委", "村主任")),
    PartRule("citizen_id_number", "id_number", r".{0,6}(?:身份证|身份号码|证件号).{0,4}",
             _OTHER_PEOPLE + ("地址", "住址", "签发", "有效", "机关", "照片", "复印", "扫描")),
    # 办公电话 / 单位电话 / 座机 are the office's line, shared by colleagues: hashing it as the
    # cadre's own number would tie different people together, so they are not `phone`.
    PartRule("personal_phone", "phone", r".{0,4}(?:手机|电话|联系方式|联系号码).{0,4}",
             _OTHER_PEOPLE + ("办公", "单位", "固定", "座机", "传真", "值班", "村委")),
    PartRule("birth_date", "birth_date", rf".{{0,4}}出生(?:{_DATE_WORD})"),
    PartRule("political_status", "political_status", r"政治面[貌目]|党派"),
    # 工作单位及职务 holds the unit first; reading it as the unit loses only the post.
    PartRule("home_unit", "dispatch_unit",
             r"(?:原|现|所在|派出|选派|下派|推荐|原工作|现工作|工作|后盾|帮扶)(?:单位|部门)(?:名称|全称)?"
             r"(?:及职务|和职务)?"),
    PartRule("home_post", "unit_post",
             r"(?:原|现|现任|原任|原单位|现单位|单位|派出单位|选派单位|工作单位|本单位|行政)?(?:职务|职级)(?:职级|级别)?"),
    PartRule("posting_role", "role",
             r"(?:现|担任)?(?:驻村|派驻|驻点|工作队|队内|驻村工作队)(?:职务|身份|类别|类型|岗位|角色|任职|分工)"
             r"|人员(?:类别|类型|身份)"),
    PartRule("posted_village", "village",
             rf"(?:{_VILLAGE_QUALIFIER}){{1,2}}村(?:社区)?(?:名|名称)?|村(?:社区)?(?:名|名称)|行政村(?:名称)?"),
    PartRule("township", "township", r"(?:所在|所属|派驻|驻点|驻在)?(?:乡镇|乡|镇|街道|苏木|乡镇街道)(?:名称)?"),
    PartRule("county", "county", r"(?:所在|所属|派驻)?(?:县|区|县区|区县|县市区|县市|旗县|旗)(?:名称)?"),
    PartRule("city", "city", r"(?:所在|所属)?(?:市|地市|市州|州市|地区|盟市|设区市)(?:名称)?"),
    PartRule("province", "province", r"(?:所在|所属)?(?:省|省份|省区市)(?:名称)?"),
    # 进村时间, 驻村起始日期, 到村年月, 开始日期: a posting word or a beginning word, then a date
    # word. 工作时间 and 参加工作时间 (years in work) have neither and stay unmapped.
    PartRule("posting_start", "start_date",
             rf"(?:计划|实际)?(?:(?:{_POSTED})(?:{_BEGIN})?|(?:{_BEGIN}))(?:{_DATE_WORD})"),
    PartRule("posting_end", "end_date", rf"(?:{_END_QUALIFIER}){{0,2}}(?:{_END})(?:{_DATE_WORD})"),
    # 驻村起止时间, 任职期限, 驻村时间段: one cell for the whole period, read as the start and
    # split by prepare. A bare 期限 / 期间 may be a length (2年), so those need an owner word.
    PartRule("posting_period", "start_date",
             rf"(?:{_PERIOD_OWNER})?(?:起止|起讫)(?:{_DATE_WORD})?"
             rf"|(?:{_PERIOD_OWNER})(?:时间)?(?:期限|期间|时间段|时段)(?:起止)?(?:{_DATE_WORD})?",
             tuple(_END.split("|")), holds_period=True),
)


@functools.lru_cache(maxsize=64)
def _pattern(parts: str) -> re.Pattern[str]:
    return re.compile(parts)


def match_parts(key: str, rules: Sequence[PartRule] = ROSTER_PART_RULES) -> tuple[PartRule | None, str | None]:
    """The rule a normalised label satisfies, or (None, why) when it fits none or several columns."""
    if not key or len(key) > MAX_PART_LABEL:
        return None, None
    hits = [r for r in rules if _pattern(r.parts).fullmatch(key) and not any(w in key for w in r.forbidden)]
    columns = list(dict.fromkeys(r.column for r in hits))
    if len(columns) > 1:
        return None, f"wording fits both {' and '.join(columns)}; not used"
    return (hits[0], None) if hits else (None, None)


def _text(value: object) -> str:
    return "" if value is None else str(value)


Mapped = list[HeaderCell]  # per cell, before the choice between cells naming the same column


def _read(position: int, label: str, keys: Sequence[str], aliases: Mapping[str, str],
          rules: Sequence[PartRule]) -> HeaderCell:
    """The seed on every candidate key first, then the rules: an alias always beats a rule."""
    keys = [k for k in dict.fromkeys(keys) if k]
    for key in keys:
        if key in aliases:
            return HeaderCell(position, label, aliases[key], "alias", key=key)
    conflict = None
    for key in keys:
        rule, why = match_parts(key, rules)
        if rule is not None:
            return HeaderCell(position, label, rule.column, "parts", rule.name, key)
        conflict = conflict or why
    return HeaderCell(position, label, None, note=conflict)


def _map_single(row: Sequence[object], aliases: Mapping[str, str], rules: Sequence[PartRule] = ()) -> Mapped:
    return [_read(p, _text(cell).strip(), [normalise_header(cell)], aliases, rules) for p, cell in enumerate(row)]


_DATE_END = re.compile(rf"(?:{_DATE_WORD})$")


def _map_double(top: Sequence[object], bottom: Sequence[object], aliases: Mapping[str, str],
                rules: Sequence[PartRule] = ()) -> Mapped:
    """Two header rows: a cell merged over both reads the same twice; otherwise the lower label
    names the column, qualified by the upper one (派驻地点/村 → village, 任职时间/结束 → end_date)."""
    mapped = []
    for position, (t_cell, b_cell) in enumerate(zip(top, bottom)):
        t, b = normalise_header(t_cell), normalise_header(b_cell)
        if not b or b == t:
            mapped.append(_read(position, _text(t_cell).strip(), [t], aliases, rules))
            continue
        label = f"{_text(t_cell).strip()}/{_text(b_cell).strip()}" if t else _text(b_cell).strip()
        # 驻村时间 over 起始 / 截止: the lower word borrows the upper date word (起始时间).
        date_word = _DATE_END.search(t)
        borrowed = b + date_word.group() if date_word and not _DATE_END.search(b) else ""
        mapped.append(_read(position, label, [t + b, b, borrowed], aliases, rules))
    return mapped


def _count(mapped: Mapped) -> int:
    return len({c.column for c in mapped if c.column and c.column != IGNORED})


def find_header(
    grid: SheetGrid,
    aliases: Mapping[str, str] | None = None,
    *,
    required: Sequence[str] = REQUIRED_COLUMNS,
    seed_name: str = "seeds/roster_header_aliases.csv",
    part_rules: Sequence[PartRule] | None = None,
) -> HeaderMap | None:
    """The header of a sheet, or None when no row maps at least 3 columns (not a roster sheet).

    Raises UnmappableHeader when a header is found but a `required` column is missing (the message
    points at `seed_name`). Another template passes its own aliases, required columns and seed.
    `part_rules` default to the roster rules only when the roster seed is used (aliases omitted):
    a template bringing its own aliases gets no roster columns unless it asks for them.
    """
    rules = tuple(part_rules) if part_rules is not None else (ROSTER_PART_RULES if aliases is None else ())
    aliases = load_aliases() if aliases is None else aliases
    rows = grid.rows
    for i in range(min(len(rows), MAX_HEADER_SCAN)):
        single = _map_single(rows[i], aliases, rules)
        if _count(single) < MIN_MAPPED:
            continue
        # A neighbouring row joins the header only if it names columns this row cannot:
        # 乡镇 / 村 under a merged 派驻地点 (below), or 派驻地点 over an unmerged 村 (above).
        best, top = single, i
        for candidate_top in (i, i - 1):
            if candidate_top < 0 or candidate_top + 1 >= len(rows):
                continue
            double = _map_double(rows[candidate_top], rows[candidate_top + 1], aliases, rules)
            if _count(double) > _count(best):
                best, top = double, candidate_top
        size = 1 if best is single else 2
        return _build(grid, top, tuple(grid.row_numbers[top: top + size]), best, required, seed_name, rules)
    return None


def _build(grid: SheetGrid, index: int, header_rows: tuple[int, ...], mapped: Mapped,
           required: Sequence[str] = REQUIRED_COLUMNS,
           seed_name: str = "seeds/roster_header_aliases.csv",
           rules: tuple[PartRule, ...] = ()) -> HeaderMap:
    labels = {c.position: c.label for c in mapped if c.label}
    # Two cells for one meaning (电话 and 手机): the seed's cell beats one read by parts, then the
    # first wins; the other is named, never merged.
    chosen: dict[str, HeaderCell] = {}
    for cell in sorted(mapped, key=lambda c: (c.matched_by != "alias", c.position)):
        if cell.column and cell.column != IGNORED:
            chosen.setdefault(cell.column, cell)
    columns = {column: cell.position for column, cell in sorted(chosen.items(), key=lambda item: item[1].position)}
    warnings: list[str] = []
    cells: list[HeaderCell] = []
    by_rule = {r.name: r for r in rules}
    for cell in mapped:
        if not cell.label:
            continue
        note = cell.note
        used = bool(cell.column) and cell.column != IGNORED and chosen.get(cell.column) is cell
        if cell.column and cell.column != IGNORED and not used:
            kept = chosen[cell.column]
            warnings.append(
                f"column {cell.label!r} also maps to {cell.column}; using {kept.label!r} and ignoring this one"
            )
            note = f"{cell.column} is read from {kept.label!r}; not used"
        elif cell.column == IGNORED:
            note = f"not read: {seed_name} marks it ignored"
        elif used and cell.rule:
            period = cell.rule in by_rule and by_rule[cell.rule].holds_period
            note = f"rule {cell.rule}" + (": holds a period, split into start_date and end_date" if period else "")
        elif not cell.column and not note:
            note = "no alias or part rule matches"
        cells.append(replace(cell, used=used, note=note))
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
        cells=tuple(cells),
        part_rules=rules,
    )


# --- how each header cell was read, for the load's record and the steward ---------------------


@dataclass(frozen=True)
class HeaderMapping:
    """One source column of a loaded sheet and what the load made of it."""

    sheet: str | None
    position: int  # 0-based cell index
    letter: str  # spreadsheet column: A, B, … AA
    label: str  # header text as read, long digit runs masked
    mapped_to: str | None  # canonical column the load reads from it, or None when not read
    matched_by: str | None  # 'alias' or 'parts' when mapped_to is set
    note: str | None = None


def column_letter(position: int) -> str:
    """0 → A, 25 → Z, 26 → AA, as a spreadsheet names its columns."""
    letters, number = "", position + 1
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def header_mappings(header: HeaderMap, body: DataRows | None = None) -> list[HeaderMapping]:
    """Every labelled header cell, and every unlabelled column that holds data in `body`."""
    result = [
        HeaderMapping(header.sheet, c.position, column_letter(c.position), _redact(c.label),
                      c.column if c.used else None, c.matched_by if c.used or c.column == IGNORED else None, c.note)
        for c in header.cells
    ]
    labelled = {c.position for c in header.cells}
    rows = [cells for _, cells in body.rows] if body else []
    width = max(map(len, rows), default=0)
    filled = {p for p in range(width) if p not in labelled  # column by column: most have a label
              and any(p < len(cells) and cells[p] is not None and str(cells[p]).strip() for cells in rows)}
    result.extend(HeaderMapping(header.sheet, p, column_letter(p), "", None, None, "no header text above data")
                  for p in sorted(filled))
    return sorted(result, key=lambda m: m.position)


def mapping_notes(header: HeaderMap, body: DataRows | None = None,
                  seed_name: str = "seeds/roster_header_aliases.csv") -> list[str]:
    """What a steward should hear about the header of one sheet: columns the load left unread, and
    dates found only by their wording (a wrong guess there moves every row's dates)."""
    notes = []
    # A cell the seed marks ignored (序号) was matched, on purpose, to nothing: not news.
    unused = [f"'{m.letter} {m.label or '(no header)'}'" for m in header_mappings(header, body)
              if m.mapped_to is None and m.matched_by is None]
    if unused:
        notes.append(f"columns not used: {', '.join(unused)}")
    periods = {r.name for r in header.part_rules if r.holds_period}
    for cell in header.cells:
        if cell.used and cell.matched_by == "parts" and cell.column in ("start_date", "end_date"):
            label, key = _redact(cell.label), _redact(cell.key or "")
            period = " (a period, split in two)" if cell.rule in periods else ""
            what = "it" if normalise_header(cell.label) == cell.key else repr(key)
            notes.append(f"column {label!r} read as {cell.column} by its wording{period};"
                         f" add {what} to {seed_name} to make it explicit")
    return notes


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
            text = str(cell)
            if text.isascii() and text.isalnum():  # a row number, most often: nothing to normalise
                return text
            return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))
    return ""


def _is_numbering(cells: Sequence[object]) -> bool:
    """The '1 2 3 4 …' row some forms print under the header."""
    values = [c for c in cells if c is not None and str(c).strip()]
    try:
        numbers = [int(float(str(c).strip())) for c in values]
    except ValueError:
        return False
    return len(numbers) >= MIN_MAPPED and numbers == list(range(1, len(numbers) + 1))


def _column_of(cell: object, aliases: Mapping[str, str], rules: Sequence[PartRule],
               seen: dict[str, str | None]) -> str | None:
    key = normalise_header(cell)
    if key in aliases:
        return aliases[key]
    if key not in seen:  # cells below the header repeat (队员, the village): match each text once
        rule, _ = match_parts(key, rules) if rules else (None, None)
        seen[key] = rule.column if rule else None
    return seen[key]


def _header_cell_test(aliases: Mapping[str, str], rules: Sequence[PartRule],
                      seen: dict[str, str | None]) -> Callable[[str, object], bool]:
    """(column, cell) → does the cell name that column, as _column_of reads it. A rule of another
    column can only make the answer no, so a key no rule of the column fits is no without the others."""
    patterns: dict[str, list[re.Pattern[str]]] = {r.column: [] for r in rules}
    for r in rules:
        patterns[r.column].append(_pattern(r.parts))

    def names(column: str, cell: object) -> bool:
        if cell is _ABSENT:
            return False
        key = normalise_header(cell)
        if key in aliases:
            return aliases[key] == column
        if not any(p.fullmatch(key) for p in patterns.get(column, ())):
            return False
        return _column_of(cell, aliases, rules, seen) == column

    return names


_ABSENT = object()  # a row shorter than the header


def _header_like_cells(rows: Sequence[Sequence[object]], positions: Mapping[int, str],
                       names: Callable[[str, object], bool]) -> np.ndarray:
    """Per row, how many cells name the column of their position; a column at a time, each
    distinct cell judged once (data cells repeat: 队员, the village)."""
    counts = np.zeros(len(rows), dtype=np.int64)
    cells = cell_columns(rows, absent=_ABSENT)
    for position, column in positions.items():
        counts += np.array(map_distinct(cells(position), lambda cell, column=column: names(column, cell)), dtype=bool)
    return counts


def data_rows(grid: SheetGrid, header: HeaderMap, aliases: Mapping[str, str] | None = None) -> DataRows:
    """The rows below the header that hold data: blanks, repeated headers, a numbering row and
    totals rows are skipped; a footnote row (注：, 填表人 …) ends the data."""
    aliases = load_aliases() if aliases is None else aliases
    rules = header.part_rules  # a repeated header uses the words the header did, seeded or not
    seen: dict[str, str | None] = {}
    result = DataRows(rows=[])
    positions = {position: column for column, position in header.columns.items()}
    header_like = _header_like_cells(grid.rows[header.first_data_index:], positions,
                                     _header_cell_test(aliases, rules, seen))
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
        if header_like[offset] >= min(MIN_MAPPED, len(positions)):
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

