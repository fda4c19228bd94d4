"""Read xlsx sheets with python-calamine (Rust) into the grids the openpyxl reader gives, several times faster.

readers._read_xlsx calls `plan` after the zip and dimension limits passed. `plan` raises Declined
(flows.ingest.xlsx_scan) unless every visible sheet is one calamine reads exactly as openpyxl does;
then `read_sheets` reads them and types values as openpyxl would: a whole number as int (openpyxl
gives int for a <v> text of digits; the scan declined the texts where that rule and openpyxl part),
a date as datetime, an empty cell as None.
"""
from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from flows.ingest.limits import ReadLimits, SheetPart, elements
from flows.ingest.xlsx_scan import Declined, PlainSheet, check_shared_strings, scan_plain

_STYLES = "xl/styles.xml"  # where openpyxl looks, whatever the relationships say
_SHARED_STRINGS = "xl/sharedStrings.xml"
_CONTENT_TYPES = "[Content_Types].xml"
_PROBE_SERIAL = "45000.5"  # 2023-03-15 12:00: a date, a datetime or a duration depending on the style
_DATE1904 = re.compile(rb'date1904\s*=\s*["\'](?!0|false)')

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"


@dataclass(frozen=True)
class StyleCheck:
    """How the workbook's cell styles type numbers, compared between the two libraries."""

    date_styles: bool  # some style shows a number as a date, time or duration
    differing: frozenset[int]  # cellXfs indexes that openpyxl and calamine type differently


@dataclass(frozen=True)
class SheetPlan:
    part: SheetPart
    extent: tuple[int, int]  # the declared (rows, columns), already within the limits
    plain: PlainSheet


def plan(archive: zipfile.ZipFile, sheets: Sequence[tuple[SheetPart, tuple[int, int] | None]],
         limits: ReadLimits) -> list[SheetPlan]:
    """The visible sheets with their merged ranges, if calamine may read them all; else Declined."""
    names = set(archive.namelist())
    if _DATE1904.search(_workbook_xml(archive, names)):
        raise Declined("the 1904 date system")
    styles = style_check(archive, names)
    if _shared_strings_part(archive, names) != (_SHARED_STRINGS if _SHARED_STRINGS in names else None):
        raise Declined("shared strings where calamine does not look for them")
    if _SHARED_STRINGS in names:
        check_shared_strings(archive, _SHARED_STRINGS)
    plans = []
    for part, extent in sheets:
        plain = scan_plain(archive, part.part, extent, limits, styles.date_styles, styles.differing)
        assert extent is not None  # scan_plain declines a sheet without one
        plans.append(SheetPlan(part, extent, plain))
    return plans


def _shared_strings_part(archive: zipfile.ZipFile, names: set[str]) -> str | None:
    """Where openpyxl reads the shared strings: the part [Content_Types].xml declares (calamine: always
    xl/sharedStrings.xml)."""
    from openpyxl.xml.constants import SHARED_STRINGS

    if _CONTENT_TYPES not in names:
        return None
    for attrib in elements(archive, _CONTENT_TYPES, {"Override"}):
        if attrib.get("ContentType") == SHARED_STRINGS:
            return attrib.get("PartName", "").lstrip("/")
    return None


def _workbook_xml(archive: zipfile.ZipFile, names: set[str]) -> bytes:
    return archive.read("xl/workbook.xml") if "xl/workbook.xml" in names else b""


def style_check(archive: zipfile.ZipFile, names: set[str]) -> StyleCheck:
    """Type one number in every cell style with both libraries, and compare.

    openpyxl knows dates by its own format rules; calamine by others (it also takes the East Asian
    built-in formats 27-36 and 50-58 as dates, which openpyxl reads as numbers). Asking calamine
    itself, on a one-column workbook with the same styles, gives its rule exactly, whatever its version.
    """
    if _STYLES not in names:
        if any(name.endswith("styles.xml") for name in names):
            raise Declined("styles outside xl/styles.xml")
        return StyleCheck(False, frozenset())
    data = archive.read(_STYLES)
    openpyxl_kinds = _openpyxl_kinds(data)
    calamine_kinds = _calamine_kinds(data, len(openpyxl_kinds))
    differing = frozenset(i for i, (a, b) in enumerate(zip(openpyxl_kinds, calamine_kinds)) if a != b)
    dated = any(kind != "number" for kind in openpyxl_kinds + calamine_kinds)
    return StyleCheck(dated, differing)


def _openpyxl_kinds(styles_xml: bytes) -> list[str]:
    from openpyxl.styles.stylesheet import Stylesheet
    from openpyxl.xml.functions import fromstring

    try:
        sheet = Stylesheet.from_tree(fromstring(styles_xml))
    except Exception as exc:  # openpyxl's own reading will report it, or cope
        raise Declined(f"styles openpyxl reads with trouble ({type(exc).__name__})") from None
    return ["timedelta" if i in sheet.timedelta_formats else "date" if i in sheet.date_formats else "number"
            for i in range(len(sheet.cell_styles))]


def _calamine_kinds(styles_xml: bytes, count: int) -> list[str]:
    import python_calamine

    if not count:
        return []
    book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(_probe_workbook(styles_xml, count)))
    values = [row[0] if row else None for row in book.get_sheet_by_name("p").to_python(skip_empty_area=False)]
    values += [None] * (count - len(values))
    return [_kind(value) for value in values[:count]]


def _kind(value: object) -> str:
    if isinstance(value, dt.timedelta):
        return "timedelta"
    if isinstance(value, (dt.date, dt.time)):  # datetime is a date
        return "date"
    return "number" if isinstance(value, float) else "other"


def _probe_workbook(styles_xml: bytes, count: int) -> bytes:
    """A workbook with the given styles and, in row i+1, the probe number in style i."""
    rows = "".join(f'<row r="{i + 1}"><c r="A{i + 1}" s="{i}"><v>{_PROBE_SERIAL}</v></c></row>' for i in range(count))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml",
                         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                         '<Default Extension="xml" ContentType="application/xml"/>'
                         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
                         'officedocument.spreadsheetml.sheet.main+xml"/></Types>')
        archive.writestr("_rels/.rels", f'<Relationships xmlns="{_PKG}"><Relationship Id="rId1" '
                         f'Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        archive.writestr("xl/workbook.xml", f'<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><sheets>'
                         '<sheet name="p" sheetId="1" r:id="rId1"/></sheets></workbook>')
        archive.writestr("xl/_rels/workbook.xml.rels",
                         f'<Relationships xmlns="{_PKG}"><Relationship Id="rId1" Type="{_REL}/worksheet" '
                         f'Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{_REL}/styles" '
                         'Target="styles.xml"/></Relationships>')
        archive.writestr("xl/styles.xml", styles_xml)
        archive.writestr("xl/worksheets/sheet1.xml", f'<worksheet xmlns="{_MAIN}"><sheetData>{rows}</sheetData></worksheet>')
    return out.getvalue()


def read_sheets(path: Path, plans: Sequence[SheetPlan]) -> list[list[list[object]]]:
    """Each planned sheet's rows from row 1, each without trailing None; trailing empty rows dropped.

    The shape _fill_merged expects, as the openpyxl reader streams it.
    """
    import python_calamine

    grids = []
    with python_calamine.CalamineWorkbook.from_path(str(path)) as book:
        visible = [meta.name for meta in book.sheets_metadata
                   if meta.visible == python_calamine.SheetVisibleEnum.Visible
                   and meta.typ == python_calamine.SheetTypeEnum.WorkSheet]
        if visible != [sheet_plan.part.name for sheet_plan in plans]:
            raise Declined("calamine and the workbook relationships list different sheets")
        for sheet_plan in plans:
            sheet = book.get_sheet_by_name(sheet_plan.part.name)
            rows, columns = sheet_plan.extent
            if sheet.total_height > rows or sheet.total_width > columns:  # the scan said it cannot be
                raise Declined("calamine found cells past the dimension")
            grids.append(_typed_rows(sheet.to_python(skip_empty_area=False)))
    return grids


def _typed_rows(raw: list[list[object]]) -> list[list[object]]:
    rows: list[list[object]] = []
    pending = 0  # empty rows not stored yet: kept only if data follows them
    for values in raw:
        # Text is most cells, so it is kept without a call; '' is an empty cell to calamine.
        row = [value if value.__class__ is str and value else _typed(value) for value in values]
        end = len(row)
        while end and row[end - 1] is None:
            end -= 1
        if not end:
            pending += 1
            continue
        rows.extend([] for _ in range(pending))
        pending = 0
        del row[end:]
        rows.append(row)
    return rows


def _typed(value: object) -> object:
    """A calamine value other than non-empty text, as openpyxl gives it."""
    cls = value.__class__
    if cls is float:
        # calamine reads every xlsx number as a float; openpyxl gives int for a text of digits,
        # which is what a whole number under 1e15 was written as (the scan declined the rest).
        return int(value) if value.is_integer() and -1e15 < value < 1e15 else value  # type: ignore[attr-defined]
    if cls is str:
        return None
    if cls is dt.date:  # calamine gives a date at midnight, openpyxl a datetime
        return dt.datetime(value.year, value.month, value.day)  # type: ignore[attr-defined]
    return value
