"""Read a roster file (xlsx, xls, csv) into plain grids of cell values, one per sheet.

Readers do no interpretation beyond what the file format needs: merged ranges are filled so
two-row headers combine, Excel dates become datetimes, text encodings are decoded. Header
finding and cleaning happen in flows.rosters.

Reading is bounded (flows.ingest.limits): zip sizes and declared sheet sizes are checked before
parsing, and a file over a limit raises FileTooLarge instead of exhausting memory. An xlsx is read
by python-calamine when a byte scan shows it is within its declared size and holds nothing calamine
types differently (flows.ingest.xlsx_fast; figures in bench/xlsx_speed.py); otherwise its rows
are streamed (openpyxl read-only) and counted as they come.
"""
from __future__ import annotations

import csv
import io
import logging
import zipfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from flows.ingest import xlsx_fast
from flows.ingest.limits import (
    LimitExceeded,
    ReadLimits,
    SheetTally,
    check_declared,
    check_extent,
    check_file_bytes,
    check_zip_parts,
    declared_dimension,
    scan_sheet,
    sheet_label,
    worksheet_parts,
)
from flows.ingest.xlsx_scan import Declined

if TYPE_CHECKING:
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

_log = logging.getLogger(__name__)

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, and also password-protected .xlsx
_CSV_DELIMITERS = (",", "\t")


class UnreadableFile(Exception):
    """The file cannot be read as a roster at all; the message says what is wrong and what to do."""

    # Whether a later run should try the same bytes again. True as before: a damaged or unmapped
    # file is cheap to re-read, and a seed or code fix may make it readable.
    retry_when_unchanged: bool = True


class FileTooLarge(UnreadableFile):
    """The file is over a read limit (flows.ingest.limits). The same bytes will fail the same way
    and cost time and memory on every attempt, so skip them until the file changes."""

    retry_when_unchanged = False


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


def read_grids(path: Path, limits: ReadLimits | None = None) -> list[SheetGrid]:
    """Every visible, non-empty sheet of a roster file; raise UnreadableFile when there is none.

    FileTooLarge (an UnreadableFile) when the file is over `limits` (default ReadLimits()).
    """
    path = Path(path)
    limits = limits or ReadLimits()
    if not path.is_file():
        raise UnreadableFile(f"{path.name}: file not found")
    with path.open("rb") as handle:
        head = handle.read(8)
    if not head:
        raise UnreadableFile(f"{path.name}: the file is empty (0 bytes): ask the sender to send it again")
    suffix = path.suffix.lower()
    # Trust the content over the name: files are often renamed between .xls and .xlsx.
    if head.startswith(_ZIP_MAGIC) and suffix in {".xlsx", ".xlsm", ".xls"}:
        grids = _read_xlsx(path, limits)
    elif head.startswith(_OLE_MAGIC) and suffix in {".xls", ".xlsx", ".xlsm"}:
        grids = _read_xls(path, limits, renamed=suffix != ".xls")
    elif suffix in {".xlsx", ".xlsm"}:
        raise UnreadableFile(
            f"{path.name}: not a valid xlsx workbook (it is not a zip archive): re-save it from Excel as .xlsx"
        )
    elif suffix == ".xls":
        # Web systems often export an HTML table named .xls; Excel opens it, xlrd cannot.
        kind = "an HTML page named .xls" if head.lstrip().startswith(b"<") else "not a valid .xls workbook"
        raise UnreadableFile(f"{path.name}: {kind}: open it in Excel and save it as .xlsx")
    elif suffix in {".csv", ".tsv"}:
        grids = _read_csv(path, limits)
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
    width = max(map(_width, rows), default=0)
    # Padded or cut in place: copying every row cost as much as reading it.
    for row in rows:
        if len(row) < width:
            row.extend([None] * (width - len(row)))
        elif len(row) > width:
            del row[width:]
    return rows


def _width(row: list[object]) -> int:
    """One past the last non-blank cell, looking from the end (most rows end in data)."""
    end = len(row)
    while end and _blank(row[end - 1]):
        end -= 1
    return end


def _read_xlsx(path: Path, limits: ReadLimits) -> list[SheetGrid]:
    """python-calamine when it reads the workbook exactly as openpyxl would (flows.ingest.xlsx_fast), else openpyxl.

    Any doubt, limit or error on the calamine side goes to the openpyxl reader, which checks and
    words everything as it always has: the same grids and the same messages, in the same order.
    """
    with _xlsx_errors(path.name):
        plans = _calamine_plans(path, limits)
        grids = _read_calamine(path, plans, limits) if plans is not None else None
    return grids if grids is not None else _read_openpyxl(path, limits)


def _calamine_plans(path: Path, limits: ReadLimits) -> list[xlsx_fast.SheetPlan] | None:
    """The visible sheets, checked for calamine; None when the openpyxl reader should read the file."""
    try:
        with zipfile.ZipFile(path) as archive:
            check_zip_parts(archive, limits)
            sheets = []
            for sheet in worksheet_parts(archive):
                extent = declared_dimension(archive, sheet.part)
                if sheet.visible:
                    check_declared(sheet_label(sheet.name), extent, limits)
                elif extent is None:  # openpyxl would parse it whole to size it: counted as before
                    scan_sheet(archive, sheet, limits)
                sheets.append((sheet, extent))
            return xlsx_fast.plan(archive, [(s, extent) for s, extent in sheets if s.visible], limits)
    except Declined as why:
        _log.debug("%s: read with openpyxl: %s", path.name, why)
    except OSError:
        raise  # an I/O failure is worth a retry, not a second reader
    except Exception as exc:  # a limit or a damaged part: the openpyxl path reports it as it always has
        _log.debug("%s: read with openpyxl after %s", path.name, type(exc).__name__)
    return None


def _read_calamine(path: Path, plans: list[xlsx_fast.SheetPlan], limits: ReadLimits) -> list[SheetGrid] | None:
    """The grids through calamine; None when calamine fails, so openpyxl reads it and words the error."""
    try:
        raw = xlsx_fast.read_sheets(path, plans)
    except (KeyboardInterrupt, SystemExit, MemoryError, OSError):
        raise
    except BaseException as exc:  # noqa: BLE001 - calamine errors, and pyo3 panics (BaseException)
        _log.debug("%s: calamine failed (%s), reading with openpyxl", path.name, type(exc).__name__)
        return None
    grids = []
    for plan, rows in zip(plans, raw):
        tally = SheetTally(sheet_label(plan.part.name), limits)
        tally.cover(len(rows), max(map(len, rows), default=0))
        _fill_merged(rows, plan.plain.merged, tally)  # its limit errors are the openpyxl path's too
        grids.append(SheetGrid(plan.part.name, _trim(rows)))
    return grids


def _read_openpyxl(path: Path, limits: ReadLimits) -> list[SheetGrid]:
    import openpyxl  # imported here so csv-only runs do not pay for it

    grids = []
    with _xlsx_errors(path.name):
        with zipfile.ZipFile(path) as archive:
            merged = _check_xlsx(archive, limits)
        # Read-only streams rows instead of building every cell object; it still reads the styles,
        # so date-formatted cells come back as datetimes.
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        try:
            for sheet in book.worksheets:
                if sheet.sheet_state != "visible":
                    continue
                if sheet.title not in merged:  # our checks never saw this sheet: do not read it unchecked
                    raise UnreadableFile(f"{path.name}: sheet {sheet.title!r} is not where the workbook says:"
                                         " re-save it from Excel as .xlsx")
                tally = SheetTally(sheet_label(sheet.title), limits)
                rows = _stream_rows(sheet, tally)
                _fill_merged(rows, merged[sheet.title], tally)
                grids.append(SheetGrid(sheet.title, _trim(rows)))
        finally:
            book.close()  # read-only mode keeps the zip open until closed
    return grids


@contextmanager
def _xlsx_errors(name: str) -> Iterator[None]:
    """Turn what zipfile, XML parsing and openpyxl raise for a damaged or oversized workbook into our errors."""
    try:
        yield
    except LimitExceeded as exc:
        raise FileTooLarge(f"{name}: {exc}") from None
    except UnreadableFile:
        raise
    except zipfile.BadZipFile:
        raise UnreadableFile(f"{name}: not a valid xlsx workbook (zip error): re-save it from Excel") from None
    except KeyError as exc:
        raise UnreadableFile(
            f"{name}: not a valid xlsx workbook (missing part {exc}): re-save it from Excel as .xlsx"
        ) from None
    except OSError:
        raise  # an I/O failure is worth a retry; a damaged workbook is not
    except Exception as exc:  # openpyxl raises many types for damaged workbooks
        raise UnreadableFile(
            f"{name}: not a valid xlsx workbook ({type(exc).__name__}): re-save it from Excel as .xlsx"
        ) from None


def _check_xlsx(archive: zipfile.ZipFile, limits: ReadLimits) -> dict[str, list[str]]:
    """Check sizes before openpyxl parses anything; return the merged ranges of each visible sheet.

    Read-only openpyxl does not expose merged ranges, so they come from our own streaming pass.
    A hidden sheet is counted too when it has no <dimension>, because openpyxl then parses it
    whole just to size it.
    """
    check_zip_parts(archive, limits)
    merged = {}
    for sheet in worksheet_parts(archive):
        extent = declared_dimension(archive, sheet.part)
        if sheet.visible:
            check_declared(sheet_label(sheet.name), extent, limits)
        if sheet.visible or extent is None:
            merged[sheet.name] = scan_sheet(archive, sheet, limits).merged
    return merged


def _stream_rows(sheet: ReadOnlyWorksheet, tally: SheetTally) -> list[list[object]]:
    """The sheet's rows from row 1, each without trailing None; trailing empty rows are not kept."""
    # The declared dimension may be wrong (some writers always say A1): read the cells that are there.
    # Without it, openpyxl pads each row only to its own last cell, not to a declared width.
    sheet.reset_dimensions()
    rows: list[list[object]] = []
    pending = 0  # empty rows seen but not stored: kept only if data follows them
    for values in sheet.iter_rows(values_only=True):
        tally.add(len(values))
        row = _without_trailing_none(values)
        if not row:
            pending += 1
            continue
        rows.extend([] for _ in range(pending))
        pending = 0
        rows.append(row)
    return rows


def _without_trailing_none(values: Sequence[object]) -> list[object]:
    end = len(values)
    while end and values[end - 1] is None:
        end -= 1
    return list(values[:end])


def _fill_merged(rows: list[list[object]], refs: list[str], tally: SheetTally) -> None:
    """Fill merged ranges as the old full-grid reader did, on rows stored without trailing blanks.

    As openpyxl does on load, every cell of a range but its top-left is emptied first, then each
    range is filled from its top-left. Rows past the stored ones are blank, so a range reaches
    into them only when it has a value; the tally checks that growth before anything is allocated.
    """
    from openpyxl.utils.cell import range_boundaries

    # openpyxl kept the ranges in a set hashed on (min_row, min_col, max_row, max_col), built from a
    # set in file order; the same two steps on those tuples give the same order. Order matters only
    # for overlapping ranges (Excel refuses them, but generated files may have them).
    in_file_order = set(_hash_order(range_boundaries(ref)) for ref in refs)
    ranges = [_zero_based(bounds) for bounds in set(bounds for bounds in in_file_order)]
    for row_lo, col_lo, row_hi, col_hi in ranges:
        top = _cell(rows, row_lo, col_lo)
        _clear(rows, row_lo, row_hi, col_lo, col_hi)
        if top is not None:
            rows[row_lo][col_lo] = top
    for row_lo, col_lo, row_hi, col_hi in ranges:
        value = _cell(rows, row_lo, col_lo)
        if value is None:
            _clear(rows, row_lo, row_hi, col_lo, col_hi)
            continue
        tally.cover(row_hi, col_hi)
        rows.extend([] for _ in range(row_hi - len(rows)))
        _fill(rows, row_lo, row_hi, col_lo, col_hi)


def _hash_order(boundaries: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
    """openpyxl's (min_col, min_row, max_col, max_row) as the (min_row, min_col, max_row, max_col) it hashes."""
    min_col, min_row, max_col, max_row = boundaries
    return min_row, min_col, max_row, max_col


def _zero_based(bounds: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
    """1-based inclusive (min_row, min_col, max_row, max_col) as 0-based starts and exclusive ends."""
    min_row, min_col, max_row, max_col = bounds
    return min_row - 1, min_col - 1, max_row, max_col


def _cell(rows: list[list[object]], r: int, c: int) -> object:
    return rows[r][c] if r < len(rows) and c < len(rows[r]) else None


def _clear(rows: list[list[object]], row_lo: int, row_hi: int, col_lo: int, col_hi: int) -> None:
    """Set the stored cells of a range to None (0-based, exclusive ends) without widening any row."""
    for row in rows[row_lo:row_hi]:
        for c in range(col_lo, min(col_hi, len(row))):
            row[c] = None


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


def _read_xls(path: Path, limits: ReadLimits, renamed: bool = False) -> list[SheetGrid]:
    import xlrd

    try:
        check_file_bytes(path.stat().st_size, "max_xls_bytes", limits, ".xls")  # xlrd loads the whole file
    except LimitExceeded as exc:
        raise FileTooLarge(f"{path.name}: {exc}") from None

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
        try:
            check_extent(sheet_label(sheet.name), sheet.nrows, sheet.ncols, limits, verb="holds")
        except LimitExceeded as exc:
            raise FileTooLarge(f"{path.name}: {exc}") from None
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


def _read_csv(path: Path, limits: ReadLimits) -> list[SheetGrid]:
    try:
        check_file_bytes(path.stat().st_size, "max_csv_bytes", limits, "csv")  # it is read and decoded whole
    except LimitExceeded as exc:
        raise FileTooLarge(f"{path.name}: {exc}") from None
    data = path.read_bytes()
    if b"\x00" in data[:4096]:
        raise UnreadableFile(
            f"{path.name}: binary content in a csv (UTF-16 or a workbook renamed .csv?):"
            " save it as CSV UTF-8 or as .xlsx"
        )
    text = _decode(data, path.name)
    delimiter = _sniff_delimiter(text)
    del data  # the text is all we need from here; do not hold both
    tally = SheetTally(sheet_label(None), limits)
    rows: list[list[object]] = []
    try:
        # One csv record is one spreadsheet row (a quoted newline stays inside its cell).
        for record in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            tally.add(len(record))
            rows.append([cell if cell.strip() else None for cell in record])
    except csv.Error as exc:
        raise UnreadableFile(f"{path.name}: malformed csv ({exc}): re-save it from Excel as CSV UTF-8") from None
    except LimitExceeded as exc:
        raise FileTooLarge(f"{path.name}: {exc}") from None
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

