"""Bounded reading: oversized sheets and zip bombs are rejected in bounded memory, ordinary files read as before.

Every workbook here is written by the test itself, mostly as raw XML parts in a zip so the
sheets can declare (or hide) any size.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import IO
from xml.sax.saxutils import escape

import openpyxl
import pytest
import xlwt

from flows.ingest.limits import ReadLimits, setting_name
from flows.ingest.readers import FileTooLarge, UnreadableFile, read_grids
from flows.reports.text import UnreadableReport, read_report
from flows.settings import Settings

REPO = Path(__file__).resolve().parents[2]
MiB = 2**20

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
BOOK_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
# Style 0 is General, style 1 a date format (built-in number format 14).
STYLES = (
    f'<styleSheet xmlns="{MAIN}"><fonts count="1"><font/></fonts>'
    '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
    '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>'
    '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
)


def sheet_xml(rows: str, dimension: str | None = "A1", merges: tuple[str, ...] = ()) -> str:
    """A worksheet part around `rows` (raw <row> elements)."""
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    merged = "".join(f'<mergeCell ref="{ref}"/>' for ref in merges)
    merged = f'<mergeCells count="{len(merges)}">{merged}</mergeCells>' if merges else ""
    return f'<worksheet xmlns="{MAIN}">{dim}<sheetData>{rows}</sheetData>{merged}</worksheet>'


def text_cell(ref: str, value: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{escape(value)}</t></is></c>'


def number_cell(ref: str, value: float, style: int = 0) -> str:
    return f'<c r="{ref}" s="{style}"><v>{value}</v></c>'


def write_xlsx(path: Path, sheets: list[tuple[str, str | Callable[[IO[bytes]], None]]],
               states: dict[str, str] | None = None, level: int = 6) -> Path:
    """A minimal workbook: content types, package and workbook relationships, styles, one part per sheet.

    A sheet given as a function writes its own part, in chunks (for parts too big to hold).
    """
    states = states or {}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        overrides = "".join(
            f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="{SHEET_TYPE}"/>'
            for i in range(1, len(sheets) + 1)
        )
        archive.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{BOOK_TYPE}"/>{overrides}</Types>',
        )
        archive.writestr(
            "_rels/.rels",
            f'<Relationships xmlns="{PKG_REL}"><Relationship Id="rId1" Type="{DOC_REL}/officeDocument"'
            ' Target="xl/workbook.xml"/></Relationships>',
        )
        entries = "".join(
            f'<sheet name="{escape(name)}" sheetId="{i}" r:id="rId{i}"'
            + (f' state="{states[name]}"' if name in states else "")
            + "/>"
            for i, (name, _) in enumerate(sheets, 1)
        )
        workbook = f'<workbook xmlns="{MAIN}" xmlns:r="{DOC_REL}"><sheets>{entries}</sheets></workbook>'
        archive.writestr("xl/workbook.xml", workbook)
        rels = "".join(
            f'<Relationship Id="rId{i}" Type="{DOC_REL}/worksheet" Target="worksheets/sheet{i}.xml"/>'
            for i in range(1, len(sheets) + 1)
        )
        rels += f'<Relationship Id="rId{len(sheets) + 1}" Type="{DOC_REL}/styles" Target="styles.xml"/>'
        archive.writestr("xl/_rels/workbook.xml.rels", f'<Relationships xmlns="{PKG_REL}">{rels}</Relationships>')
        archive.writestr("xl/styles.xml", STYLES)
        for i, (_, xml) in enumerate(sheets, 1):
            if isinstance(xml, str):
                archive.writestr(f"xl/worksheets/sheet{i}.xml", xml)
            else:
                with archive.open(f"xl/worksheets/sheet{i}.xml", "w") as part:
                    xml(part)
    return path


# The child's own peak: VmHWM is reset by exec, while ru_maxrss keeps the high-water mark of the
# process it was forked from (pytest itself, a few hundred MB into the suite).
PEAK_MB = """
def peak_mb():
    import resource
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) / 1024
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
"""


def read_in_child(path: Path) -> dict:
    """read_grids in a fresh interpreter: what it raised and its peak resident memory (MB)."""
    code = PEAK_MB + """
import json, sys
from flows.ingest.readers import FileTooLarge, read_grids
try:
    grids = read_grids(sys.argv[1])
    outcome = {"error": None, "sheets": [g.sheet for g in grids]}
except FileTooLarge as exc:
    outcome = {"error": "FileTooLarge", "message": str(exc)}
outcome["peak_mb"] = peak_mb()
print(json.dumps(outcome))
"""
    done = subprocess.run([sys.executable, "-c", code, str(path)], cwd=REPO, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


# (a) a tiny file declaring the whole Excel grid ------------------------------------------------

def test_declared_full_grid_is_rejected_before_reading(tmp_path: Path) -> None:
    corner = f'<row r="1048576">{text_cell("XFD1048576", "x")}</row>'
    path = write_xlsx(tmp_path / "huge.xlsx", [("Sheet1", sheet_xml(corner, dimension="A1:XFD1048576"))])
    assert path.stat().st_size < 5000
    outcome = read_in_child(path)
    assert outcome["error"] == "FileTooLarge"
    assert "sheet 'Sheet1' declares 1,048,576 rows x 16,384 columns (17,179,869,184 cells)" in outcome["message"]
    assert "ZHUCUN_MAX_SHEET_COLUMNS" in outcome["message"]
    assert "delete the empty formatted area or split the file" in outcome["message"]
    assert outcome["peak_mb"] < 300


def test_declared_cells_over_limit_names_the_cell_limit(tmp_path: Path) -> None:
    # 20,000 rows x 600 columns passes the column limit but not the 10,000,000-cell one.
    path = write_xlsx(tmp_path / "wide.xlsx", [("名单", sheet_xml(f'<row r="1">{text_cell("A1", "姓名")}</row>',
                                                                     dimension="A1:WB20000"))])
    with pytest.raises(FileTooLarge) as caught:
        read_grids(path)
    message = str(caught.value)
    assert message.startswith("wide.xlsx: sheet '名单' declares 20,000 rows x 600 columns (12,000,000 cells)")
    assert "over the limit of 10,000,000 cells (ZHUCUN_MAX_SHEET_CELLS)" in message
    assert caught.value.retry_when_unchanged is False


# (b) the declared dimension lies -----------------------------------------------------------------

@pytest.mark.parametrize(
    ("cells", "limit"),
    [
        # One cell at the far corner: the row openpyxl builds for it is 16,384 wide.
        (f'<row r="1048576">{text_cell("XFD1048576", "x")}</row>', "ZHUCUN_MAX_SHEET_COLUMNS"),
        # Narrow but far apart: 1,048,576 rows x 1,000 columns would be a billion-cell grid.
        (f'<row r="1">{text_cell("ALL1", "x")}</row><row r="1048576">{text_cell("A1048576", "y")}</row>',
         "ZHUCUN_MAX_SHEET_CELLS"),
    ],
)
def test_lying_dimension_is_caught_while_streaming(tmp_path: Path, cells: str, limit: str) -> None:
    path = write_xlsx(tmp_path / "liar.xlsx", [("Sheet1", sheet_xml(cells, dimension="A1"))])
    outcome = read_in_child(path)
    assert outcome["error"] == "FileTooLarge"
    assert "sheet 'Sheet1' reaches 1,048,576 rows" in outcome["message"]
    assert limit in outcome["message"]
    assert outcome["peak_mb"] < 300


def test_small_lying_dimension_still_reads_every_cell(tmp_path: Path) -> None:
    # Some writers always say A1; openpyxl read-only would stop at row 1 if we trusted it.
    rows = "".join(f'<row r="{r}">{text_cell(f"A{r}", f"v{r}")}{number_cell(f"C{r}", r)}</row>' for r in range(1, 6))
    path = write_xlsx(tmp_path / "a1.xlsx", [("S", sheet_xml(rows, dimension="A1"))])
    (grid,) = read_grids(path)
    assert grid.rows == [[f"v{r}", None, r] for r in range(1, 6)]


def test_too_many_row_elements_rejected_before_openpyxl(tmp_path: Path) -> None:
    rows = "".join(f'<row r="{r}"/>' for r in range(1, 301))
    path = write_xlsx(tmp_path / "rows.xlsx", [("S", sheet_xml(rows + f'<row r="301">{text_cell("A301", "x")}</row>',
                                                               dimension=None))])
    with pytest.raises(FileTooLarge, match=r"sheet 'S' holds more than 200 rows.*ZHUCUN_MAX_SHEET_ROWS"):
        read_grids(path, ReadLimits(max_sheet_rows=200))
    assert read_grids(path)[0].row_numbers[-1] == 301  # under the default limit it reads


def test_hidden_sheet_without_dimension_is_counted_but_not_read(tmp_path: Path) -> None:
    big = "".join(f'<row r="{r}">{text_cell(f"A{r}", "x")}</row>' for r in range(1, 101))
    visible = sheet_xml(f'<row r="1">{text_cell("A1", "姓名")}</row>')
    sheets = [("名单", visible), ("旧", sheet_xml(big, dimension=None))]
    path = write_xlsx(tmp_path / "hidden.xlsx", sheets, states={"旧": "hidden"})
    assert [g.sheet for g in read_grids(path)] == ["名单"]
    # openpyxl would parse the hidden sheet whole to size it, so its rows count against the limit.
    with pytest.raises(FileTooLarge, match="sheet '旧' holds more than 50 rows"):
        read_grids(path, ReadLimits(max_sheet_rows=50))


# (c) decompression bombs ----------------------------------------------------------------------------

def bomb_writer(part_bytes: int):
    """Writes a sheet part of `part_bytes` of repetitive rows in 1 MiB chunks (the test never holds it)."""
    row = b'<row><c t="n"><v>0</v></c></row>'
    chunk = row * (MiB // len(row))

    def write(part: IO[bytes]) -> None:
        part.write(f'<worksheet xmlns="{MAIN}"><sheetData>'.encode())
        for _ in range(part_bytes // len(chunk)):
            part.write(chunk)
        part.write(b"</sheetData></worksheet>")

    return write


def test_bomb_over_a_test_limit_is_rejected_from_the_zip_directory(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "bomb.xlsx", [("Sheet1", bomb_writer(32 * MiB))])
    with pytest.raises(FileTooLarge) as caught:
        read_grids(path, ReadLimits(max_unzipped_part_bytes=16 * MiB))
    message = str(caught.value)
    assert re.search(r"part xl/worksheets/sheet1\.xml expands to 33,55\d,\d{3} bytes", message)
    assert "over the limit of 16,777,216 bytes per part (ZHUCUN_MAX_UNZIPPED_PART_BYTES)" in message
    assert "re-save it" in message


def test_bomb_total_over_a_test_limit(tmp_path: Path) -> None:
    sheets = [(f"S{i}", bomb_writer(6 * MiB)) for i in range(3)]
    path = write_xlsx(tmp_path / "bombs.xlsx", sheets)
    expected = r"more than .* bytes in all, over the limit of 16,777,216 bytes \(ZHUCUN_MAX_UNZIPPED_BYTES\)"
    with pytest.raises(FileTooLarge, match=expected):
        read_grids(path, ReadLimits(max_unzipped_bytes=16 * MiB))


def test_bomb_ratio_rejected_by_default_limits(tmp_path: Path) -> None:
    # 24 MiB is under the size limits; only its ~400:1 expansion gives it away.
    path = write_xlsx(tmp_path / "ratio.xlsx", [("Sheet1", bomb_writer(24 * MiB))], level=9)
    expected = r"expands [0-9,]+:1 .* over the limit of 200:1 .*ZHUCUN_MAX_COMPRESSION_RATIO"
    with pytest.raises(FileTooLarge, match=expected):
        read_grids(path)


def test_one_and_a_half_gigabyte_bomb_rejected_by_default_limits(tmp_path: Path) -> None:
    # Level-1 deflate writes 1.5 GiB in ~2.5 s here (10 MB file); level 9 would give ~4 MB in ~6 s.
    path = write_xlsx(tmp_path / "bomb.xlsx", [("Sheet1", bomb_writer(1536 * MiB))], level=1)
    assert path.stat().st_size < 16 * MiB
    outcome = read_in_child(path)
    assert outcome["error"] == "FileTooLarge"
    assert "expands to 1,610,6" in outcome["message"] and "ZHUCUN_MAX_UNZIPPED_PART_BYTES" in outcome["message"]
    assert outcome["peak_mb"] < 300


def test_ratio_is_only_judged_on_large_parts(tmp_path: Path) -> None:
    rows = "".join(f'<row r="{r}">{text_cell(f"A{r}", "同")}</row>' for r in range(1, 2001))
    path = write_xlsx(tmp_path / "ok.xlsx", [("S", sheet_xml(rows, dimension="A1:A2000"))], level=9)
    # Every part here compresses better than 2:1, but all are under 8 MiB, so none is judged.
    assert len(read_grids(path, ReadLimits(max_compression_ratio=2))[0].rows) == 2000
    with pytest.raises(FileTooLarge, match="ZHUCUN_MAX_COMPRESSION_RATIO"):
        read_grids(path, ReadLimits(max_compression_ratio=2, compression_ratio_from_bytes=0))


# (d) a .docx bomb in the report reader ------------------------------------------------------------------

def test_docx_bomb_rejected_by_report_reader(tmp_path: Path) -> None:
    paragraph = b"<w:p><w:r><w:t>a</w:t></w:r></w:p>"
    chunk = paragraph * (MiB // len(paragraph))
    path = tmp_path / "月报.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        with archive.open("word/document.xml", "w") as part:
            part.write(b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>')
            for _ in range(300):  # 300 MiB: over the per-part limit as well as the ratio
                part.write(chunk)
            part.write(b"</w:body></w:document>")
    with pytest.raises(UnreadableReport) as caught:
        read_report(path)
    message = str(caught.value)
    assert message.startswith("月报.docx: part word/document.xml expands to")
    assert "ZHUCUN_MAX_UNZIPPED_PART_BYTES" in message and "re-save it" in message
    # With the size limits raised (a caller's limits), its ratio still gives it away.
    with pytest.raises(UnreadableReport, match="ZHUCUN_MAX_COMPRESSION_RATIO"):
        read_report(path, ReadLimits(max_unzipped_part_bytes=1024 * MiB, max_unzipped_bytes=1024 * MiB))


def test_ordinary_docx_still_reads(tmp_path: Path) -> None:
    path = tmp_path / "r.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/'
                         '2006/main"><w:body><w:p><w:r><w:t>驻村干部344名</w:t></w:r></w:p></w:body></w:document>')
    assert read_report(path) == "驻村干部344名"


# (e) ordinary workbooks read exactly as before ----------------------------------------------------------

def test_two_row_merged_header_fills_as_before(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "花名册"
    sheet.append(["云冈区驻村干部花名册"])
    sheet.merge_cells("A1:E1")
    sheet.append(["姓名", "身份证号", "派驻地点", None, "备注"])
    sheet.append([None, None, "乡镇", "村", None])
    for column in "ABE":
        sheet.merge_cells(f"{column}2:{column}3")
    sheet.merge_cells("C2:D2")
    sheet.append(["张三", "140211198503011234", "高山镇", "南村", None])
    sheet.append([])
    sheet.append(["李四", "140211198701021238", "高山镇", "北村", "  "])
    sheet["G20"].number_format = "0.00"  # a formatted empty cell far from the data
    sheet["G20"].value = None
    book.save(tmp_path / "roster.xlsx")
    (grid,) = read_grids(tmp_path / "roster.xlsx")
    assert grid.sheet == "花名册"
    assert grid.rows == [
        ["云冈区驻村干部花名册"] * 5,
        ["姓名", "身份证号", "派驻地点", "派驻地点", "备注"],
        ["姓名", "身份证号", "乡镇", "村", "备注"],
        ["张三", "140211198503011234", "高山镇", "南村", None],
        [None] * 5,
        ["李四", "140211198701021238", "高山镇", "北村", "  "],
    ]
    assert grid.row_numbers == [1, 2, 3, 4, 5, 6]


def test_merged_cells_with_stale_values_and_far_merges(tmp_path: Path) -> None:
    # Hand-written: a value left inside a merged range is dropped (as Excel shows it), a merged
    # range below the data extends the grid, and an empty merged range far away costs nothing.
    rows = (f'<row r="1">{text_cell("A1", "派驻地点")}{text_cell("B1", "旧值")}</row>'
            f'<row r="2">{text_cell("A2", "乡镇")}{text_cell("B2", "村")}</row>'
            f'<row r="4">{text_cell("A4", "注")}</row>')
    xml = sheet_xml(rows, dimension="A1:B4", merges=("A1:B1", "A4:A5", "C900000:ALL1000000"))
    path = write_xlsx(tmp_path / "stale.xlsx", [("S", xml)])
    (grid,) = read_grids(path)
    assert grid.rows == [["派驻地点", "派驻地点"], ["乡镇", "村"], [None, None], ["注", None], ["注", None]]


def test_merged_ranges_are_bounded(tmp_path: Path) -> None:
    cells = f'<row r="1">{text_cell("A1", "标题")}</row>'
    # A merged range with a value is filled cell by cell, so its area counts like data.
    path = write_xlsx(tmp_path / "merge.xlsx", [("S", sheet_xml(cells, merges=("A1:ALL20000",)))])
    with pytest.raises(FileTooLarge, match=r"sheet 'S' reaches 20,000 rows x 1,000 columns .*ZHUCUN_MAX_SHEET_CELLS"):
        read_grids(path)
    many = tuple(f"C{r}:D{r}" for r in range(1, 6))
    path = write_xlsx(tmp_path / "many.xlsx", [("S", sheet_xml(cells, merges=many))])
    with pytest.raises(FileTooLarge, match=r"holds more than 3 merged ranges.*ZHUCUN_MAX_MERGED_RANGES"):
        read_grids(path, ReadLimits(max_merged_ranges=3))
    assert read_grids(path)[0].rows == [["标题"]]  # empty merged ranges add nothing


def test_hidden_sheets_skipped_and_sheet_order_kept(tmp_path: Path) -> None:
    sheets = [("说明", sheet_xml(f'<row r="1">{text_cell("A1", "填表说明")}</row>')),
              ("旧名单", sheet_xml(f'<row r="1">{text_cell("A1", "不该读")}</row>')),
              ("名单", sheet_xml(f'<row r="2">{text_cell("B2", "张三")}</row>', dimension="B2"))]
    path = write_xlsx(tmp_path / "three.xlsx", sheets, states={"旧名单": "veryHidden"})
    grids = read_grids(path)
    assert [g.sheet for g in grids] == ["说明", "名单"]
    assert grids[1].rows == [[None, None], [None, "张三"]]


def test_damaged_sheet_xml_keeps_the_old_message(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "bad.xlsx", [("S", sheet_xml('<row r="1"><c r="A1"><v>1</v></row>'))])
    expected = r"bad.xlsx: not a valid xlsx workbook \(ParseError\): re-save it"
    with pytest.raises(UnreadableFile, match=expected) as caught:
        read_grids(path)
    assert not isinstance(caught.value, FileTooLarge)
    assert caught.value.retry_when_unchanged is True


# (f) dates ------------------------------------------------------------------------------------------------

def test_date_cells_come_back_as_datetimes(tmp_path: Path) -> None:
    cells = number_cell("A1", 44422, style=1) + number_cell("B1", 44422) + text_cell("C1", "2021.08.14")
    rows = f'<row r="1">{cells}</row>'
    path = write_xlsx(tmp_path / "dates.xlsx", [("S", sheet_xml(rows))])
    assert read_grids(path)[0].rows == [[dt.datetime(2021, 8, 14), 44422, "2021.08.14"]]


def test_openpyxl_written_dates_come_back_as_datetimes(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.append(["到村时间", dt.date(2021, 8, 14), dt.datetime(2023, 7, 1, 9, 30)])
    book.active["B1"].number_format = "yyyy.mm.dd"
    book.save(tmp_path / "d.xlsx")
    expected = [["到村时间", dt.datetime(2021, 8, 14), dt.datetime(2023, 7, 1, 9, 30)]]
    assert read_grids(tmp_path / "d.xlsx")[0].rows == expected


# .xls and .csv --------------------------------------------------------------------------------------------

def test_xls_file_size_and_cells_are_bounded(tmp_path: Path) -> None:
    book = xlwt.Workbook()
    sheet = book.add_sheet("Sheet1")
    for r in range(40):
        for c in range(5):
            sheet.write(r, c, f"{r}-{c}")
    path = tmp_path / "old.xls"
    book.save(path)
    assert len(read_grids(path)[0].rows) == 40
    expected = r"the .xls file is [0-9,]+ bytes, over the limit of 1,000 bytes \(ZHUCUN_MAX_XLS_BYTES\)"
    with pytest.raises(FileTooLarge, match=expected):
        read_grids(path, ReadLimits(max_xls_bytes=1000))
    expected = r"sheet 'Sheet1' holds 40 rows x 5 columns \(200 cells\), over the limit of 100 cells"
    with pytest.raises(FileTooLarge, match=expected):
        read_grids(path, ReadLimits(max_sheet_cells=100))


def test_csv_file_size_and_cells_are_bounded(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text("姓名,身份证号\n" + "".join(f"张{i},{i}\n" for i in range(50)), encoding="utf-8")
    assert len(read_grids(path)[0].rows) == 51
    with pytest.raises(FileTooLarge, match=r"the csv file is [0-9,]+ bytes.*ZHUCUN_MAX_CSV_BYTES"):
        read_grids(path, ReadLimits(max_csv_bytes=100))
    with pytest.raises(FileTooLarge, match=r"the csv reaches 41 rows x 2 columns \(82 cells\).*ZHUCUN_MAX_SHEET_CELLS"):
        read_grids(path, ReadLimits(max_sheet_cells=80))


# errors and settings ----------------------------------------------------------------------------------------

def test_only_limit_rejections_skip_unchanged_bytes() -> None:
    assert issubclass(FileTooLarge, UnreadableFile)
    assert UnreadableFile("x").retry_when_unchanged is True
    assert FileTooLarge("x").retry_when_unchanged is False


def test_settings_read_limits_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    assert Settings().read_limits == ReadLimits()
    monkeypatch.setenv("ZHUCUN_MAX_SHEET_CELLS", "5000")
    monkeypatch.setenv("ZHUCUN_MAX_COMPRESSION_RATIO", "50")
    limits = Settings().read_limits
    assert (limits.max_sheet_cells, limits.max_compression_ratio) == (5000, 50.0)
    # Every limit named in a message is a real setting.
    for name in ReadLimits.__dataclass_fields__:
        assert name in Settings.model_fields
        assert setting_name(name) == f"ZHUCUN_{name.upper()}"
