"""Content decides the kind: a roster saved as .txt or pasted into a .docx is still a roster.

Counties export rosters as "Text (tab delimited)" or paste the table into a Word document. Read as
a narrative report, such a file yields no facts and its rows vanish without a word. These readers
turn the table in a .txt or .docx into sheet grids; the flow reads the file as a table when a grid
carries a header of known columns and the table is most of the file, not a table inside an article.
"""
from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

from flows.ingest.limits import LimitExceeded, ReadLimits, check_zip_parts
from flows.ingest.readers import SheetGrid
from flows.reports.monthly import is_monthly_table
from flows.reports.text import ReportTooLarge, UnreadableReport, decode_text
from flows.rosters.headers import UnmappableHeader, find_header

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DELIMITERS = ("\t", ",", "，", "|")
MIN_COLUMNS = 3
# A table that is at least this share of the file's text lines (or cells) is the file's content.
TABLE_SHARE = 0.6


@dataclass(frozen=True)
class TextTables:
    """Tables found in a text-like file, and how much of the file they are."""

    grids: list[SheetGrid]
    share: float  # table lines (cells) over all non-blank lines (paragraphs + cells)

    @property
    def is_mostly_table(self) -> bool:
        return bool(self.grids) and self.share >= TABLE_SHARE


def tables_in(path: Path, limits: ReadLimits | None = None) -> TextTables:
    """The tables of a .txt (delimited lines) or .docx (w:tbl); empty for other files.

    Raises ReportTooLarge for a .docx over the read limits (a zip bomb is refused unexpanded).
    """
    suffix = path.suffix.lower()
    if suffix == ".txt":
        try:
            return _txt_tables(decode_text(path.read_bytes(), path.name))
        except UnreadableReport:
            return TextTables([], 0.0)  # the report reader says why the text is unreadable
    if suffix == ".docx":
        return _docx_tables(path, limits or ReadLimits())
    return TextTables([], 0.0)


def _txt_tables(text: str) -> TextTables:
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        return TextTables([], 0.0)
    best: tuple[int, str] = (0, "")
    for delimiter in _DELIMITERS:
        # Lines that split into at least MIN_COLUMNS fields with this delimiter.
        count = sum(1 for line in lines if line.count(delimiter) >= MIN_COLUMNS - 1)
        if count > best[0]:
            best = (count, delimiter)
    count, delimiter = best
    if count < 2:
        return TextTables([], 0.0)
    records = list(csv.reader(io.StringIO("\n".join(text.splitlines()), newline=""), delimiter=delimiter))
    rows: list[list[object]] = [[cell.strip() or None for cell in record] for record in records]
    width = max((len(row) for row in rows), default=0)
    rows = [row + [None] * (width - len(row)) for row in rows]
    return TextTables([SheetGrid(None, rows)], count / len(lines))


def _cell_text(cell: ElementTree.Element) -> str:
    paragraphs = []
    for para in cell.iter(f"{W}p"):
        paragraphs.append("".join(node.text or "" for node in para.iter(f"{W}t")))
    return "\n".join(p for p in paragraphs if p).strip()


def _docx_tables(path: Path, limits: ReadLimits) -> TextTables:
    try:
        with zipfile.ZipFile(path) as archive:
            check_zip_parts(archive, limits)
            root = ElementTree.fromstring(archive.read("word/document.xml"))
    except LimitExceeded as exc:
        raise ReportTooLarge(f"{path.name}: {exc}") from exc
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, OSError):
        return TextTables([], 0.0)  # not readable as a docx: the report reader says why
    body = root.find(f"{W}body")
    if body is None:
        return TextTables([], 0.0)
    grids: list[SheetGrid] = []
    cells = prose = 0
    for element in body:
        if element.tag == f"{W}p":
            prose += any((node.text or "").strip() for node in element.iter(f"{W}t"))
        elif element.tag == f"{W}tbl":
            rows = _table_rows(element)
            cells += sum(1 for row in rows if any(v is not None for v in row))
            if rows:
                grids.append(SheetGrid(f"表{len(grids) + 1}", rows))
    total = cells + prose
    return TextTables(grids, cells / total if total else 0.0)


def _table_rows(table: ElementTree.Element) -> list[list[object]]:
    """Rows of a Word table; a cell spanning columns repeats its text, a vertically merged one the text above."""
    rows: list[list[object]] = []
    for tr in table.findall(f"{W}tr"):
        row: list[object] = []
        for tc in tr.findall(f"{W}tc"):
            props = tc.find(f"{W}tcPr")
            span = 1
            merged_below = False
            if props is not None:
                grid_span = props.find(f"{W}gridSpan")
                if grid_span is not None:
                    span = max(1, int(grid_span.get(f"{W}val", "1") or 1))
                v_merge = props.find(f"{W}vMerge")
                # <w:vMerge/> without val continues the cell above; val="restart" starts a new one.
                merged_below = v_merge is not None and v_merge.get(f"{W}val") in (None, "continue")
            column = len(row)
            if merged_below and rows and column < len(rows[-1]):
                value = rows[-1][column]
            else:
                value = _cell_text(tc) or None
            row.extend([value] * span)
        rows.append(row)
    width = max((len(row) for row in rows), default=0)
    return [row + [None] * (width - len(row)) for row in rows]


def has_table_header(grids: list[SheetGrid]) -> bool:
    """Does any grid carry a roster header (complete or not) or a monthly report header?"""
    for grid in grids:
        try:
            if find_header(grid) is not None:
                return True
        except UnmappableHeader:
            return True  # a roster header missing a required column: still a roster, rejected with why
    return is_monthly_table(grids)
