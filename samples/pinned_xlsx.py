"""Byte-reproducible .xlsx files for the sample generators: the same content always gives the same bytes."""
from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Border, Side

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def pinned_zip(data: bytes, stamp: dt.datetime) -> bytes:
    """Rewrite an .xlsx with fixed zip timestamps and docProps dates (openpyxl writes the clock)."""
    text_stamp = stamp.strftime("%Y-%m-%dT%H:%M:%SZ")
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + text_stamp.encode(),
                                 content)
            pinned = zipfile.ZipInfo(info.filename, date_time=stamp.timetuple()[:6])
            pinned.compress_type = zipfile.ZIP_DEFLATED
            pinned.external_attr = info.external_attr
            target.writestr(pinned, content)
    return out.getvalue()


def save_workbook(book: openpyxl.Workbook, path: Path, author: str, stamp: dt.datetime) -> None:
    book.properties.creator = author
    book.properties.lastModifiedBy = author
    buffer = io.BytesIO()
    book.save(buffer)
    path.write_bytes(pinned_zip(buffer.getvalue(), stamp))
