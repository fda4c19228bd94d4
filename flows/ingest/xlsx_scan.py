"""A byte-level pass over one sheet part that decides whether calamine may read it.

python-calamine (flows.ingest.xlsx_fast) parses ~20x faster than openpyxl, but it builds the whole
sheet at once, as a dense grid spanning its cells, and it types values its own way. So before it
parses anything, this pass proves, with C-speed byte searches only (no XML tree, no per-cell
Python), that the sheet is one it reads exactly as the openpyxl reader would:

- the sheet is "plain": every row is `<row r="N"`, every cell `<c r="A1"` (the layout Excel, WPS,
  LibreOffice, openpyxl and xlsxwriter write), so the searches below see every cell;
- no row or cell lies outside the declared `<dimension>`, which the limits already passed, and the
  row, cell and merged-range counts are within the limits; so calamine's grid is bounded;
- no cell holds what calamine types differently from openpyxl: error cells (calamine empties them),
  ISO dates (t="d"), empty strings, text with spaces at an end but no xml:space="preserve" (calamine
  trims it), `_x000D_` escapes, numbers whose text openpyxl keeps as
  a float but calamine's value would turn into an int here (3.0, 1E3), integers of 16+ digits
  (a float loses their last digits), negative numbers in a workbook with date formats (calamine
  reads them as times of day), and cells in a style the two libraries classify differently.

Not checked, as it would cost a pass as long as calamine's: that each cell's reference names the
row it sits in. A writer that puts B1 inside <row r="2"> gets B1 from calamine and row 2 from
openpyxl; past the dimension it is declined like any cell there.

Anything else raises Declined, and the caller reads the workbook with openpyxl as before: the exact
messages and values of the old reader, at its speed. False alarms cost only speed.
"""
from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field

from flows.ingest.limits import ReadLimits

_CHUNK = 4 * 2**20

# One search per element kind, each anchored on a literal prefix: a search costs ~0.05-0.2 s per
# 100,000 rows, a combined one over every "<" cost more than all of these together.
# A cell that is not `<c r="A1"` within the dimension, with only double-quoted attributes, a style
# both libraries type alike, and a type both read alike (not e: errors, not d: ISO dates).
# {ref_ok} and {style_ok} are filled per sheet by _sheet_patterns.
_CELL = rb"""<c(?=[\s/>])(?!\ r="{ref_ok}"
    (?:\ s="{style_ok}"|\ t="(?:s|n|b|str|inlineStr)"|\ (?![st]=)[A-Za-z:]+="[^"'<>]*")*\s*/?>)"""
# A row that is not `<row r="N"` within the dimension. {row_ok} is filled per sheet.
_ROW = rb'<row(?=[\s/>])(?! r="(?:{row_ok})"[\s/>])'
# Number texts whose openpyxl type might differ from xlsx_fast's (number_differs decides); where
# dates are formatted, any negative number (calamine reads it as a time of day); and a boolean
# written TRUE/FALSE (calamine reads it, openpyxl fails on it: the workbook is unreadable, as before).
_NUMBER = (rb"<v>(?:(?P<negative>{negative})|(?P<number>-?\d{16,}|-?\d*\.0*|-?\d*\.\d{15,}|-?\d[\d.]*[eE][+-]?\d+"
           rb"|[+-]?(?i:inf|nan)\w*)</v>|(?i:true|false)</v>)")
# An empty text (calamine: an empty cell), or a text not marked xml:space="preserve" that starts
# with a space (calamine trims it, openpyxl keeps it). Ends are found by _SPACE_END and looked back
# from: a search that reads every text to its end cost ~0.4 s per 100,000 rows.
_TEXT = re.compile(rb"<t(?:>(?:\s|</t>)|/>|\s(?![^>]*preserve)[^>]*>\s|\s[^>]*(?:/>|></t>))")
_SPACE_END = re.compile(rb"\s</t>")
_SPACE_ENDS = (b" </t>", b"\n</t>", b"\t</t>", b"\r</t>")
_ESCAPE = re.compile(rb"_x[0-9A-Fa-f]{4}_")  # calamine unescapes _x000D_, openpyxl keeps it
_PREFIXED = re.compile(rb":(?:c|row|mergeCell|v|t)[\s/>]")  # calamine reads local names (<x:c>), we do not
_ODD_MERGE = re.compile(rb'<mergeCell(?=[\s/>])(?! ref="[A-Z0-9:]*")')
_MERGE = re.compile(rb'<mergeCell ref="([A-Z0-9:]*)"')
_NEVER = rb"(?!)"


class Declined(Exception):
    """This sheet or workbook needs the openpyxl reader; the message says why (for the debug log)."""


@dataclass
class PlainSheet:
    """What the pass found in a sheet calamine may read."""

    rows: int = 0  # <row> elements
    cells: int = 0  # <c> elements
    merged: list[str] = field(default_factory=list)  # <mergeCell ref>, in file order


def chunks(archive: zipfile.ZipFile, part: str) -> Iterator[bytes]:
    """The part in pieces of about 4 MiB, each ending before a cell starts, so no cell is split."""
    tail = b""
    with archive.open(part) as stream:
        while data := stream.read(_CHUNK):
            buffer = tail + data
            cut = buffer.rfind(b"<c ")
            if cut <= 0:
                cut = buffer.rfind(b"<")
            if cut <= 0:
                cut = len(buffer)
            tail = buffer[cut:]
            yield buffer[:cut]
    if tail:
        yield tail


def scan_plain(archive: zipfile.ZipFile, part: str, extent: tuple[int, int] | None, limits: ReadLimits,
               date_styles: bool, styles_declined: frozenset[int]) -> PlainSheet:
    """Prove the sheet is plain and within `extent` (its checked <dimension>); raise Declined if not.

    `date_styles`: the workbook has a date or time format; `styles_declined`: cell style indexes
    calamine and openpyxl type differently (flows.ingest.xlsx_fast.style_check).
    """
    if extent is None:
        raise Declined("no <dimension>: the extent is known only after reading every cell")
    patterns = _sheet_patterns(extent, date_styles, styles_declined)
    found = PlainSheet()
    for chunk in chunks(archive, part):
        _check_chunk(chunk, patterns)
        found.rows += chunk.count(b'<row r="')
        found.cells += chunk.count(b'<c r="')
        if b"<mergeCell" in chunk:
            found.merged.extend(_merged_refs(chunk))
    if (found.rows > limits.max_sheet_rows or found.cells > limits.max_sheet_cells
            or len(found.merged) > limits.max_merged_ranges):
        raise Declined("over a count limit: the openpyxl path raises the exact message")
    return found


def _sheet_patterns(extent: tuple[int, int], date_styles: bool,
                    styles_declined: frozenset[int]) -> tuple[re.Pattern[bytes], ...]:
    from openpyxl.utils.cell import get_column_letter

    max_row, max_col = extent
    row_ok = _at_most_number(max_row)
    style_ok = rb"(?!(?:" + b"|".join(b"%d" % s for s in sorted(styles_declined)) + rb')")\d+' if styles_declined \
        else rb"\d+"
    cell = (_CELL.replace(b"{ref_ok}", b"(?:" + _at_most_letters(get_column_letter(max_col)) + b")(?:" + row_ok + b")")
            .replace(b"{style_ok}", style_ok))
    return (re.compile(cell, re.VERBOSE), re.compile(_ROW.replace(b"{row_ok}", row_ok)),
            re.compile(_NUMBER.replace(b"{negative}", b"-" if date_styles else _NEVER)), _TEXT, _ESCAPE, _PREFIXED)


def _check_chunk(chunk: bytes, patterns: tuple[re.Pattern[bytes], ...]) -> None:
    for pattern in patterns:
        for match in pattern.finditer(chunk):
            number = match.groupdict().get("number")
            if number is None or number_differs(number):
                raise Declined(f"openpyxl reads this differently: {match.group(0)[:60]!r}")
    _check_text_ends(chunk)


def _check_text_ends(chunk: bytes) -> None:
    """A text ending in a space must sit in a <t xml:space="preserve">, or calamine trims it."""
    if not any(end in chunk for end in _SPACE_ENDS):  # fast searches; the regex tries every byte
        return
    for match in _SPACE_END.finditer(chunk):
        start = chunk.rfind(b"<t", 0, match.start())
        tag = chunk[start:chunk.find(b">", start) + 1] if start >= 0 else b""
        if not (tag.startswith((b"<t>", b"<t ")) and b"preserve" in tag):
            raise Declined(f"a text ending in a space, not preserved: {tag[:40]!r}")


def _merged_refs(chunk: bytes) -> list[str]:
    """The <mergeCell ref> values, when every one is written `<mergeCell ref="A1:B2"`."""
    if _ODD_MERGE.search(chunk):
        raise Declined('a <mergeCell> not written <mergeCell ref="A1:B2"')
    return [ref.decode("ascii") for ref in _MERGE.findall(chunk)]


def check_shared_strings(archive: zipfile.ZipFile, part: str) -> None:
    """The shared strings hold no string calamine reads differently (empty, space-edged, escaped)."""
    for chunk in chunks(archive, part):
        if _TEXT.search(chunk) or _ESCAPE.search(chunk):
            raise Declined("an empty, space-edged or escaped shared string")
        _check_text_ends(chunk)


def number_differs(text: bytes) -> bool:
    """Whether openpyxl's value for this <v> text differs from calamine's float made an int when whole.

    openpyxl: int(text) when the text has no '.', 'e' or 'E', else float(text). xlsx_fast turns a
    whole float under 1e15 into an int, which is exact for every integer of up to 15 digits.
    """
    if text.lstrip(b"-").isdigit():
        return len(text.lstrip(b"-")) >= 16  # a float cannot hold it; openpyxl's int does
    try:
        value = float(text)
    except ValueError:
        return False  # not a number: a formula's text result, typed as text by both
    if value != value or value in (float("inf"), float("-inf")):
        return True
    return value.is_integer() and abs(value) < 1e15


def _at_most_number(limit: int) -> bytes:
    """A regex alternation for 1..`limit` written without leading zeros."""
    digits = str(limit)
    options = [rb"[1-9]\d{0,%d}" % (len(digits) - 2)] if len(digits) > 1 else []
    for i, digit in enumerate(digits):
        low = 1 if i == 0 else 0
        if int(digit) > low:
            rest = len(digits) - i - 1
            options.append(digits[:i].encode() + b"[%d-%d]" % (low, int(digit) - 1) + (rb"\d{%d}" % rest if rest else b""))
    options.append(digits.encode())
    return b"|".join(options)


def _at_most_letters(limit: str) -> bytes:
    """A regex alternation for the column letters A..`limit`."""
    options = [rb"[A-Z]{1,%d}" % (len(limit) - 1)] if len(limit) > 1 else []
    for i, letter in enumerate(limit):
        if letter != "A":
            rest = len(limit) - i - 1
            options.append(limit[:i].encode() + b"[A-%s]" % bytes([ord(letter) - 1]) + (rb"[A-Z]{%d}" % rest if rest else b""))
    options.append(limit.encode())
    return b"|".join(options)
