"""The calamine path reads what openpyxl read, and hands openpyxl whatever calamine would read differently.

Workbooks are written here as raw parts, with an honest <dimension>, so each case differs from a
plain sheet in one cell only.
"""
from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
import pytest

from flows.ingest import xlsx_fast
from flows.ingest.limits import ReadLimits, declared_dimension, worksheet_parts
from flows.ingest.readers import UnreadableFile, read_grids
from flows.ingest.xlsx_scan import Declined

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
# Styles: 0 General, 1 a date (built-in 14), 2 the East Asian built-in 57 (yyyy年m月), which
# calamine takes as a date and openpyxl as a number.
STYLES = (
    f'<styleSheet xmlns="{MAIN}"><fonts count="1"><font/></fonts>'
    '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
    '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>'
    '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/>'
    '<xf numFmtId="57" applyNumberFormat="1"/></cellXfs></styleSheet>'
)
HEADER = '<c r="A1" t="inlineStr"><is><t>姓名</t></is></c>'


def workbook(path: Path, cell: str, shared: str = "<si><t>张三</t></si>") -> Path:
    """One sheet, A1:B2 declared: a header in A1 and `cell` (at B2) on row 2; `shared` is string 0."""
    sheet = (f'<worksheet xmlns="{MAIN}"><dimension ref="A1:B2"/><sheetData><row r="1">{HEADER}</row>'
             f'<row r="2">{cell}</row></sheetData></worksheet>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml",
                         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                         '<Default Extension="xml" ContentType="application/xml"/>'
                         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
                         'officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/sharedStrings.xml" '
                         'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
                         '</Types>')
        archive.writestr("_rels/.rels", f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" '
                         f'Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        archive.writestr("xl/workbook.xml", f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>'
                         '<sheet name="名单" sheetId="1" r:id="rId1"/></sheets></workbook>')
        archive.writestr("xl/_rels/workbook.xml.rels",
                         f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" Type="{REL}/worksheet" '
                         f'Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{REL}/styles" '
                         'Target="styles.xml"/></Relationships>')
        archive.writestr("xl/styles.xml", STYLES)
        archive.writestr("xl/sharedStrings.xml", f'<sst xmlns="{MAIN}" count="1" uniqueCount="1">{shared}</sst>')
        archive.writestr("xl/worksheets/sheet1.xml", sheet)
    return path


def calamine_may_read(path: Path) -> bool:
    with zipfile.ZipFile(path) as archive:
        sheets = [(part, declared_dimension(archive, part.part)) for part in worksheet_parts(archive)]
        try:
            xlsx_fast.plan(archive, sheets, ReadLimits())
        except Declined:
            return False
    return True


@pytest.mark.parametrize(
    ("cell", "expected", "fast"),
    [
        ('<c r="B2" t="s"><v>0</v></c>', "张三", True),  # a shared string, as Excel writes text
        ('<c r="B2"><v>44422</v></c>', 44422, True),  # digits: int, as openpyxl gives
        ('<c r="B2"><v>1985.1</v></c>', 1985.1, True),  # a birth month typed as a number
        ('<c r="B2" s="1"><v>44422</v></c>', dt.datetime(2021, 8, 14), True),  # calamine gives a date
        ('<c r="B2" t="b"><v>1</v></c>', True, True),
        # An ID typed into a number cell, as Excel writes it: a float, which check_id calls id_scientific.
        ('<c r="B2"><v>1.40211198503011E+17</v></c>', 1.40211198503011e17, True),
        # Each below is typed differently by calamine, so openpyxl reads the file.
        ('<c r="B2"><v>140211198503011234</v></c>', 140211198503011234, False),  # a float would lose digits
        ('<c r="B2"><v>3.0</v></c>', 3.0, False),
        ('<c r="B2"><v>1E3</v></c>', 1000.0, False),
        ('<c r="B2" t="e"><v>#N/A</v></c>', "#N/A", False),  # calamine empties error cells
        ('<c r="B2" s="2"><v>44422</v></c>', 44422, False),  # calamine: a date
        ('<c r="B2" s="1"><v>-1</v></c>', dt.datetime(1899, 12, 29), False),  # calamine: a time of day
        ('<c r="B2" t="inlineStr"><is><t> 张三 </t></is></c>', " 张三 ", False),  # calamine trims it
    ],
)
def test_values_typed_as_openpyxl_types_them(tmp_path: Path, cell: str, expected: object, fast: bool) -> None:
    path = workbook(tmp_path / "r.xlsx", cell)
    assert calamine_may_read(path) is fast
    (grid,) = read_grids(path)
    assert grid.rows == [["姓名", None], [None, expected]]
    value = grid.rows[1][1]
    assert type(value) is type(expected)
    # The same as the openpyxl reader, cell for cell.
    sheet = openpyxl.load_workbook(path, read_only=True, data_only=True)["名单"]
    assert [list(row) for row in sheet.iter_rows(values_only=True)] == [["姓名", None], [None, value]]


def test_shared_string_calamine_would_trim_is_read_by_openpyxl(tmp_path: Path) -> None:
    path = workbook(tmp_path / "r.xlsx", '<c r="B2" t="s"><v>0</v></c>', shared="<si><t>张三 </t></si>")
    assert not calamine_may_read(path)
    assert read_grids(path)[0].rows == [["姓名", None], [None, "张三 "]]


def test_boolean_written_true_stays_an_unreadable_workbook(tmp_path: Path) -> None:
    # calamine would read it as True; the openpyxl reader never could, and a night must not change that.
    path = workbook(tmp_path / "r.xlsx", '<c r="B2" t="b"><v>TRUE</v></c>')
    assert not calamine_may_read(path)
    with pytest.raises(UnreadableFile, match=r"not a valid xlsx workbook \(ValueError\)"):
        read_grids(path)


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        # One column or one row past A1:B2: calamine would size its grid from the cells, unchecked.
        ('<c r="B2"><v>1</v></c><c r="C2"><v>2</v></c>', [["姓名", None, None], [None, 1, 2]]),
        # B3 inside <row r="2">: openpyxl files it under its row, calamine under its reference.
        ('<c r="B3"><v>1</v></c>', [["姓名", None], [None, 1]]),
    ],
)
def test_cells_past_a_lying_dimension_are_read_by_openpyxl(tmp_path: Path, cells: str,
                                                           expected: list[list[object]]) -> None:
    path = workbook(tmp_path / "r.xlsx", cells)
    assert not calamine_may_read(path)
    assert read_grids(path)[0].rows == expected


def test_openpyxl_written_roster_is_read_by_calamine(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["云冈区驻村干部花名册"])
    sheet.merge_cells("A1:D1")
    sheet.append(["姓名", "出生年月", "到村时间", "联系电话"])
    sheet.append(["张三", 1985.1, dt.date(2021, 8, 14), 13912345678])
    sheet["C3"].number_format = "yyyy.mm.dd"
    path = tmp_path / "roster.xlsx"
    book.save(path)
    assert calamine_may_read(path)
    assert read_grids(path)[0].rows == [
        ["云冈区驻村干部花名册"] * 4,
        ["姓名", "出生年月", "到村时间", "联系电话"],
        ["张三", 1985.1, dt.datetime(2021, 8, 14), 13912345678],
    ]
