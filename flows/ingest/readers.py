"""Read a roster file (xlsx, xls, csv) into plain grids of cell values, one per sheet.

Readers do no interpretation beyond what the file format needs: merged ranges are filled so
two-row headers combine, Excel dates become datetimes, text encodings are decoded. Header
finding and cleaning happen in flows.rosters.
"""
from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, and also password-protected .xlsx
_CSV_DELIMITERS = (",", "\t")


class UnreadableFile(Exception):
    """The file cannot be read as a roster at all; the message says what is wrong and what to do."""


@dataclass
class SheetGrid:
    """The cell values of one sheet.

    `rows[i]` is the spreadsheet row `row_numbers[i]` (1-based, as Excel shows it); blank rows
    inside the sheet are kept as rows of None so numbering never drifts, trailing blank rows are
    dropped. Every row has the same length.
    """

    sheet: str | None  # None for a csv file
    rows: list[list[object]]
    row_numbers: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.row_numbers:
            self.row_numbers = list(range(1, len(self.rows) + 1))
        if len(self.row_numbers) != len(self.rows):
            raise ValueError("row_numbers and rows differ in length")

    def numbered(self) -> Iterator[tuple[int, list[object]]]:
        """(spreadsheet row number, cells) for every row."""
        return zip(self.row_numbers, self.rows)


def read_grids(path: Path) -> list[SheetGrid]:
    """Every visible, non-empty sheet of a roster file; raise UnreadableFile when there is none."""
    path = Path(path)
    if not path.is_file():
        raise UnreadableFile(f"{path.name}: file not found")
    with path.open("rb") as handle:
        head = handle.read(8)
    if not head:
        raise UnreadableFile(f"{path.name}: the file is empty (0 bytes): ask the sender to send it again")
    suffix = path.suffix.lower()
    # Trust the content over the name: files are often renamed between .xls and .xlsx.
    if head.startswith(_ZIP_MAGIC) and suffix in {".xlsx", ".xlsm", ".xls"}:
        grids = _read_xlsx(path)
    elif head.startswith(_OLE_MAGIC) and suffix in {".xls", ".xlsx", ".xlsm"}:
        grids = _read_xls(path, renamed=suffix != ".xls")
    elif suffix in {".xlsx", ".xlsm"}:
        raise UnreadableFile(
            f"{path.name}: not a valid xlsx workbook (it is not a zip archive): re-save it from Excel as .xlsx"
        )
    elif suffix == ".xls":
        # Web systems often export an HTML table named .xls; Excel opens it, xlrd cannot.
        kind = "an HTML page named .xls" if head.lstrip().startswith(b"<") else "not a valid .xls workbook"
        raise UnreadableFile(f"{path.name}: {kind}: open it in Excel and save it as .xlsx")
    elif suffix in {".csv", ".tsv"}:
        grids = _read_csv(path)
    else:
        raise UnreadableFile(f"{path.name}: unsupported file type {suffix!r}: send the roster as .xlsx, .xls or .csv")
    grids = [grid for grid in grids if grid.rows]
    if not grids:
        raise UnreadableFile(f"{path.name}: no visible sheet holds any data: check that this is the filled-in roster")
    return grids


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _trim(rows: list[list[object]]) -> list[list[object]]:
    """Drop trailing blank rows and columns (formatting often extends a sheet far past its data)."""
    while rows and all(_blank(v) for v in rows[-1]):
        rows.pop()
    width = max((i + 1 for row in rows for i, v in enumerate(row) if not _blank(v)), default=0)
    return [(row + [None] * width)[:width] for row in rows]


def _read_xlsx(path: Path) -> list[SheetGrid]:
    import openpyxl  # imported here so csv-only runs do not pay for it

    try:
        # Not read_only: merged ranges are only available on normal worksheets.
        book = openpyxl.load_workbook(path, data_only=True)
    except zipfile.BadZipFile:
        raise UnreadableFile(f"{path.name}: not a valid xlsx workbook (zip error): re-save it from Excel") from None
    except KeyError as exc:
        raise UnreadableFile(
            f"{path.name}: not a valid xlsx workbook (missing part {exc}): re-save it from Excel as .xlsx"
        ) from None
    except OSError:
        raise  # an I/O failure is worth a retry; a damaged workbook is not
    except Exception as exc:  # openpyxl raises many types for damaged workbooks
        raise UnreadableFile(
            f"{path.name}: not a valid xlsx workbook ({type(exc).__name__}): re-save it from Excel as .xlsx"
        ) from None
    grids = []
    for sheet in book.worksheets:
        if sheet.sheet_state != "visible":
            continue
        rows = [list(row) for row in sheet.iter_rows(values_only=True)]
        for merged in sheet.merged_cells.ranges:
            _fill(rows, merged.min_row - 1, merged.max_row, merged.min_col - 1, merged.max_col)
        grids.append(SheetGrid(sheet.title, _trim(rows)))
    book.close()
    return grids


def _fill(rows: list[list[object]], row_lo: int, row_hi: int, col_lo: int, col_hi: int) -> None:
    """Copy the top-left value of a merged range (0-based, exclusive ends) into all its cells."""
    if row_lo >= len(rows):
        return
    width = col_hi
    for r in range(row_lo, min(row_hi, len(rows))):
        if len(rows[r]) < width:
            rows[r].extend([None] * (width - len(rows[r])))
    top_row = rows[row_lo]
    value = top_row[col_lo] if col_lo < len(top_row) else None
    for r in range(row_lo, min(row_hi, len(rows))):
        for c in range(col_lo, col_hi):
            rows[r][c] = value


def _read_xls(path: Path, renamed: bool = False) -> list[SheetGrid]:
    import xlrd

    try:
        book = xlrd.open_workbook(path, formatting_info=True, logfile=io.StringIO())
    except OSError:
        raise
    except Exception as exc:  # xlrd.XLRDError, struct errors, CompDocError...
        if renamed:
            raise UnreadableFile(
                f"{path.name}: an .xlsx name on an old-format or password-protected workbook ({type(exc).__name__}):"
                " remove the password and re-save it from Excel as .xlsx"
            ) from None
        raise UnreadableFile(
            f"{path.name}: not a valid .xls workbook ({type(exc).__name__}): re-save it from Excel as .xlsx"
        ) from None
    grids = []
    for sheet in book.sheets():
        if sheet.visibility != 0:  # 1 hidden, 2 very hidden
            continue
        rows = [[_xls_value(sheet.cell(r, c), book.datemode) for c in range(sheet.ncols)] for r in range(sheet.nrows)]
        for row_lo, row_hi, col_lo, col_hi in sheet.merged_cells:
            _fill(rows, row_lo, row_hi, col_lo, col_hi)
        grids.append(SheetGrid(sheet.name, _trim(rows)))
    return grids


def _xls_value(cell: object, datemode: int) -> object:
    import xlrd

    ctype, value = cell.ctype, cell.value  # type: ignore[attr-defined]
    if ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
        return None
    if ctype == xlrd.XL_CELL_DATE:
        try:
            return xlrd.xldate.xldate_as_datetime(value, datemode)
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            return value  # leave the number; the date parser will reject it with a reason
    if ctype == xlrd.XL_CELL_BOOLEAN:
        return bool(value)
    if ctype == xlrd.XL_CELL_ERROR:
        return xlrd.error_text_from_code.get(value, "#ERROR")
    return value


def _read_csv(path: Path) -> list[SheetGrid]:
    data = path.read_bytes()
    if b"\x00" in data[:4096]:
        raise UnreadableFile(
            f"{path.name}: binary content in a csv (UTF-16 or a workbook renamed .csv?):"
            " save it as CSV UTF-8 or as .xlsx"
        )
    text = _decode(data, path.name)
    delimiter = _sniff_delimiter(text)
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise UnreadableFile(f"{path.name}: malformed csv ({exc}): re-save it from Excel as CSV UTF-8") from None
    # One csv record is one spreadsheet row (a quoted newline stays inside its cell).
    rows: list[list[object]] = [[cell if cell.strip() else None for cell in record] for record in records]
    return [SheetGrid(None, _trim(rows))]


def _decode(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM) first; GB18030 is a superset of GBK and GB2312."""
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UnreadableFile(f"{name}: text is neither UTF-8 nor GBK/GB18030: save it as CSV UTF-8")


def _sniff_delimiter(text: str) -> str:
    """Comma or tab: the one that splits the first lines into the most (and most regular) columns."""
    sample = [line for line in text.splitlines()[:30] if line.strip()]
    best, best_score = ",", (-1, -1)
    for delimiter in _CSV_DELIMITERS:
        try:
            widths = [len(r) for r in csv.reader(sample, delimiter=delimiter)]
        except csv.Error:
            continue
        if not widths:
            continue
        common = max(set(widths), key=widths.count)
        score = (widths.count(common) if common > 1 else 0, common)
        if score > best_score:
            best, best_score = delimiter, score
    return best

