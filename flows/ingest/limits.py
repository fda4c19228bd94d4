"""Size limits checked before and while a roster or report file is read, so one odd file cannot exhaust memory.

A 5 KB xlsx can declare a sheet of 17 billion cells, and a 4 MB one can hold parts that expand to
1.5 GB; either made the old reader grow past 6 GB. Everything here looks at the file without
expanding it: zip directory sizes, the first few KB of each sheet, and a streaming pass over the
sheet XML that keeps no tree. Limits raise `LimitExceeded`, whose message names the limit, the
measured value, the setting that changes it, and what the sender can do; the readers turn it
into their own error type (FileTooLarge for rosters, UnreadableReport for reports).
"""
from __future__ import annotations

import posixpath
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from xml.etree import ElementTree

MiB = 2**20

# How much of a sheet part is read to find <dimension>: it follows only <sheetPr>, which is small.
_HEAD_BYTES = 64 * 1024
_HEAD_CHUNK = 4096

_CONTENT_TYPES = "[Content_Types].xml"
_DOC_REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


@dataclass(frozen=True)
class ReadLimits:
    """What a file may cost to read. Field names match the Settings fields (env ZHUCUN_<NAME>).

    Why these defaults: a county roster is a few hundred rows, a provincial one a few tens of
    thousands, so every limit leaves one to two orders of magnitude of room, while the worst
    file that passes them all costs a read on the order of a gigabyte, not the 6 GB+ seen before.
    """

    # Uncompressed zip parts (xlsx, docx). A 20,000-row roster sheet is ~10 MB of XML; 512 MiB
    # in total and 256 MiB in one part allow far bigger files while bounding what the XML parser sees.
    max_unzipped_bytes: int = 512 * MiB
    max_unzipped_part_bytes: int = 256 * MiB
    # Real sheet XML compresses 5-30:1 and repetitive formatting reaches ~100:1; a bomb of repeated
    # bytes reaches 400-1000:1. Small parts are exempt: a tiny styles part may compress 300:1 harmlessly.
    max_compression_ratio: float = 200.0
    compression_ratio_from_bytes: int = 8 * MiB
    # Per sheet, as openpyxl/xlrd/csv would materialise it (rows x widest row). Excel's own maximum
    # is 1,048,576 rows; 1,000 columns is far past any roster (15-30) yet stops a cell at column XFD;
    # 10 million cells is ~700,000 rows of 15 columns and bounds the grid to a few hundred MB.
    max_sheet_rows: int = 1_048_576
    max_sheet_columns: int = 1_000
    max_sheet_cells: int = 10_000_000
    # Merged ranges are kept as a list and filled one by one; a roster merges a few dozen (title,
    # header), or one per row at most. 200,000 allows that on a 200,000-row sheet.
    max_merged_ranges: int = 200_000
    # xlrd loads a whole .xls into memory, about 5x its size (38 MiB -> 190 MB measured), so cap the file.
    max_xls_bytes: int = 64 * MiB
    # A csv is read and decoded whole (bytes + text ~ 3x the file), so 256 MiB keeps it under ~1 GB;
    # the cell limit applies on top while parsing.
    max_csv_bytes: int = 256 * MiB


class LimitExceeded(Exception):
    """A file is over one of the ReadLimits; the message says which, by how much, and what to do."""


def setting_name(limit: str) -> str:
    """The environment variable that sets one ReadLimits field."""
    return f"ZHUCUN_{limit.upper()}"


def _exceeded(fact: str, limit: str, allowed: str, advice: str) -> LimitExceeded:
    """The one message shape: what was measured, the limit and its setting, what to do."""
    return LimitExceeded(f"{fact}, over the limit of {allowed} ({setting_name(limit)}): {advice}")


_RESAVE = "the file is damaged or padded: re-save it from Excel/Word/WPS, or split it"
_SPLIT = "delete the empty formatted area or split the file"


def check_file_bytes(size: int, limit: str, limits: ReadLimits, kind: str) -> None:
    """A whole-file size limit (max_xls_bytes, max_csv_bytes)."""
    allowed = getattr(limits, limit)
    if size > allowed:
        raise _exceeded(f"the {kind} file is {size:,} bytes", limit, f"{allowed:,} bytes",
                        "split the roster into smaller files, or save it as .xlsx")


# --- zip parts ----------------------------------------------------------------------------------

def check_zip_parts(archive: zipfile.ZipFile, limits: ReadLimits) -> None:
    """Reject a zip (xlsx, docx) whose parts would expand past the limits, using only its directory.

    The declared sizes can be trusted here because Python's zipfile stops every read at the
    declared `file_size` (a longer stream fails its CRC check instead of expanding further).
    """
    total = 0
    for info in archive.infolist():
        total += info.file_size
        if info.file_size > limits.max_unzipped_part_bytes:
            raise _exceeded(f"part {info.filename} expands to {info.file_size:,} bytes", "max_unzipped_part_bytes",
                            f"{limits.max_unzipped_part_bytes:,} bytes per part", _RESAVE)
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > limits.compression_ratio_from_bytes and ratio > limits.max_compression_ratio:
            raise _exceeded(
                f"part {info.filename} expands {ratio:,.0f}:1 ({info.compress_size:,} to {info.file_size:,} bytes,"
                " which is how zip bombs look)", "max_compression_ratio",
                f"{limits.max_compression_ratio:,.0f}:1 for parts over {limits.compression_ratio_from_bytes:,} bytes",
                "re-save it from Excel/Word/WPS; if the file is genuine, raise the limit")
        if total > limits.max_unzipped_bytes:
            raise _exceeded(f"the parts expand to more than {total:,} bytes in all", "max_unzipped_bytes",
                            f"{limits.max_unzipped_bytes:,} bytes", _RESAVE)


# --- which parts are worksheets -----------------------------------------------------------------

@dataclass(frozen=True)
class SheetPart:
    """One worksheet as workbook.xml lists it, and the zip member holding its XML."""

    name: str
    part: str
    visible: bool


def worksheet_parts(archive: zipfile.ZipFile) -> list[SheetPart]:
    """Worksheets in workbook order, found as openpyxl finds them: the workbook part by content type,
    then its sheets through the workbook's relationships."""
    names = set(archive.namelist())
    workbook = _workbook_part(archive, names)
    if workbook not in names:
        return []
    targets = dict(_relationships(archive, workbook, "/worksheet", names))
    sheets = []
    for attrib in elements(archive, workbook, {"sheet"}):
        part = targets.get(attrib.get(f"{_DOC_REL_NS}id", ""))
        if part in names:  # openpyxl skips a sheet whose part is missing; so do we
            sheets.append(SheetPart(attrib.get("name", ""), part, attrib.get("state", "visible") == "visible"))
    return sheets


def _workbook_part(archive: zipfile.ZipFile, names: set[str]) -> str:
    # openpyxl is imported in functions only, so settings and csv-only runs do not load it.
    from openpyxl.xml.constants import XLSM, XLSX, XLTM, XLTX  # the workbook types openpyxl looks for

    if _CONTENT_TYPES in names:
        for attrib in elements(archive, _CONTENT_TYPES, {"Override"}):
            if attrib.get("ContentType") in {XLSX, XLSM, XLTX, XLTM}:
                return attrib.get("PartName", "").lstrip("/")
    return "xl/workbook.xml"  # openpyxl's default too


def _relationships(archive: zipfile.ZipFile, source: str, kind: str, names: set[str]) -> Iterator[tuple[str, str]]:
    """(Id, resolved zip member) of the relationships of `source` whose Type ends with `kind`."""
    folder, base = posixpath.split(source)
    rels = posixpath.join(folder, "_rels", f"{base}.rels")
    if rels not in names:
        return
    for attrib in elements(archive, rels, {"Relationship"}):
        if attrib.get("Type", "").endswith(kind) and attrib.get("TargetMode") != "External":
            target = attrib.get("Target", "")
            joined = target if target.startswith("/") else posixpath.join(folder, target)
            yield attrib.get("Id", ""), posixpath.normpath(joined).lstrip("/")


def elements(archive: zipfile.ZipFile, member: str, wanted: set[str]) -> Iterator[dict[str, str]]:
    """Attributes of every element whose local name is in `wanted`, keeping no tree (memory stays flat)."""
    stack: list[ElementTree.Element] = []
    with archive.open(member) as stream:
        for event, element in ElementTree.iterparse(stream, events=("start", "end")):
            if event == "start":
                stack.append(element)
                continue
            stack.pop()
            if element.tag.rpartition("}")[2] in wanted:
                yield dict(element.attrib)
            if stack:
                del stack[-1][:]  # the finished child is the parent's last; drop it so nothing accumulates


# --- sheet XML ----------------------------------------------------------------------------------

def declared_dimension(archive: zipfile.ZipFile, part: str) -> tuple[int, int] | None:
    """(rows, columns) from `<dimension ref="A1:M40"/>`, reading only the head of the part; None if absent."""
    parser = ElementTree.XMLPullParser(events=("start",))
    read = 0
    with archive.open(part) as stream:
        while read < _HEAD_BYTES:
            chunk = stream.read(_HEAD_CHUNK)
            if not chunk:
                break
            read += len(chunk)
            parser.feed(chunk)
            for _, element in parser.read_events():
                name = element.tag.rpartition("}")[2]
                if name == "dimension":
                    return _extent(element.get("ref", ""))
                if name == "sheetData":
                    return None  # no dimension: it would have come before the cells
    return None


def _extent(ref: str) -> tuple[int, int] | None:
    """Rows and columns a range covers counted from A1, as a reader starting at A1 would allocate them."""
    from openpyxl.utils.cell import range_boundaries

    try:
        _, _, max_col, max_row = range_boundaries(ref.split()[0] if ref.strip() else "")
    except (ValueError, TypeError, IndexError):
        return None  # unreadable ref: openpyxl reports the damage itself
    if max_col is None or max_row is None:
        return None
    return max_row, max_col


@dataclass
class SheetScan:
    """What a streaming pass over one sheet part found: element counts and merged ranges, in file order."""

    row_elements: int = 0
    cell_elements: int = 0
    merged: list[str] = field(default_factory=list)


def scan_sheet(archive: zipfile.ZipFile, sheet: SheetPart, limits: ReadLimits) -> SheetScan:
    """Count rows, cells and merged ranges, collecting `<mergeCell ref>`; stop at the first limit passed.

    Run before openpyxl sees the sheet: its read-only parser keeps an emptied element per row,
    and parses the whole part to size a sheet without <dimension>, so the counts bound both.
    """
    scan = SheetScan()
    where = sheet_label(sheet.name)
    cell_tag = row_tag = merge_tag = ""
    stack: list[ElementTree.Element] = []
    with archive.open(sheet.part) as stream:
        for event, element in ElementTree.iterparse(stream, events=("start", "end")):
            if event == "start":
                if not stack:  # the root: compare whole tags in its namespace (cheaper than splitting each)
                    ns = element.tag[: element.tag.find("}") + 1]
                    cell_tag, row_tag, merge_tag = f"{ns}c", f"{ns}row", f"{ns}mergeCell"
                stack.append(element)
                continue
            stack.pop()
            tag = element.tag
            if tag == cell_tag:
                scan.cell_elements += 1
                if scan.cell_elements > limits.max_sheet_cells:
                    raise _count_exceeded(where, "cells", "max_sheet_cells", limits.max_sheet_cells)
            elif tag == row_tag:
                scan.row_elements += 1
                if scan.row_elements > limits.max_sheet_rows:
                    raise _count_exceeded(where, "rows", "max_sheet_rows", limits.max_sheet_rows)
            elif tag == merge_tag:
                scan.merged.append(element.get("ref", ""))
                if len(scan.merged) > limits.max_merged_ranges:
                    raise _count_exceeded(where, "merged ranges", "max_merged_ranges", limits.max_merged_ranges)
            if stack:
                del stack[-1][:]  # drop finished elements as we go: memory stays flat whatever the size
    return scan


def _count_exceeded(where: str, unit: str, limit: str, allowed: int) -> LimitExceeded:
    return _exceeded(f"{where} holds more than {allowed:,} {unit}", limit, f"{allowed:,} {unit}", _SPLIT)


def sheet_label(name: str | None) -> str:
    """How messages name a sheet; a csv has none."""
    return "the csv" if name is None else f"sheet {name!r}"


def check_declared(where: str, extent: tuple[int, int] | None, limits: ReadLimits) -> None:
    """The dimension a sheet declares, against the row, column and cell limits (`where` from sheet_label)."""
    if extent is not None:
        check_extent(where, *extent, limits, verb="declares")


def check_extent(where: str, rows: int, columns: int, limits: ReadLimits, verb: str = "reaches") -> None:
    """A sheet area of rows x columns (declared, or as far as the rows read so far reach)."""
    over = _first_over(rows, columns, limits)
    if over is not None:
        unit, limit = over
        area = f"{where} {verb} {rows:,} rows x {columns:,} columns ({rows * columns:,} cells)"
        allowed = getattr(limits, limit)
        raise _exceeded(area, limit, f"{allowed:,} {unit}", _SPLIT)


def _first_over(rows: int, columns: int, limits: ReadLimits) -> tuple[str, str] | None:
    """(unit, limit field) of the first limit the area passes; the message is built only then (this runs per row)."""
    if columns > limits.max_sheet_columns:
        return "columns", "max_sheet_columns"
    if rows > limits.max_sheet_rows:
        return "rows", "max_sheet_rows"
    if rows * columns > limits.max_sheet_cells:
        return "cells", "max_sheet_cells"
    return None


class SheetTally:
    """Counts a sheet as its rows stream in, and raises the moment it passes a limit.

    The extent is rows up to the last row holding any cell times the widest row: what the old
    reader allocated, and what the grid would become. The declared dimension can lie, so this
    is the check that holds.
    """

    def __init__(self, where: str, limits: ReadLimits) -> None:
        self.where = where  # from sheet_label
        self.limits = limits
        self.rows = 0  # rows seen, blank ones included
        self.used_rows = 0  # up to the last row that had any cell
        self.columns = 0

    def add(self, width: int) -> None:
        """One more row of `width` cells (0 for a row with no cells)."""
        self.rows += 1
        if self.rows > self.limits.max_sheet_rows:
            check_extent(self.where, self.rows, self.columns, self.limits)
        if width:
            self.cover(self.rows, width)

    def cover(self, rows: int, columns: int) -> None:
        """Extend the extent to include rows x columns (a row read, or a merged range being filled)."""
        grew = rows > self.used_rows or columns > self.columns
        self.used_rows, self.columns = max(self.used_rows, rows), max(self.columns, columns)
        if grew:
            check_extent(self.where, self.used_rows, self.columns, self.limits)
