"""Read one report file into text: .txt (UTF-8 or GB18030/GBK, any line ends), .docx, and the text layer of .pdf.

Line ends come back as "\n". Anything that cannot be read raises `UnreadableReport` with a message
that says what to do about it (the nightly flow shows it to the steward; the CLI exits 2).
"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from flows.ingest.limits import LimitExceeded, ReadLimits, check_zip_parts

W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


class UnreadableReport(Exception):
    """The file is not a report zhucun can read; the message says why and what to do."""

    retry_when_unchanged = True  # a reader may learn to read it: try again next night


class ReportTooLarge(UnreadableReport):
    """Over a read limit: the bytes are the problem, so the same file is not read again."""

    retry_when_unchanged = False


def decode_text(data: bytes, name: str = "report") -> str:
    """Bytes of a plain-text report → str. UTF-8 (with or without BOM) first, then GB18030 (a superset of GBK)."""
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise UnreadableReport(f"{name}: UTF-16 byte-order mark but undecodable text ({exc.reason}); "
                                   "save it again as UTF-8") from exc
    elif b"\x00" in data[:4096]:
        raise UnreadableReport(f"{name}: binary content, not text; send the report as .txt (UTF-8 or GB18030), "
                               ".docx or a .pdf with a text layer")
    else:
        for encoding in ("utf-8-sig", "gb18030"):
            try:
                text = data.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        else:
            raise UnreadableReport(f"{name}: text is neither UTF-8 nor GB18030/GBK; save it again as UTF-8")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def docx_text(data: bytes, name: str = "report.docx", limits: ReadLimits | None = None) -> str:
    """The body text of a .docx: one line per paragraph (w:p), tabs and line breaks kept."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            check_zip_parts(archive, limits or ReadLimits())  # a .docx is a zip too: refuse bombs before expanding
            xml = archive.read("word/document.xml")
    except LimitExceeded as exc:
        raise ReportTooLarge(f"{name}: {exc}") from exc
    except zipfile.BadZipFile as exc:
        raise UnreadableReport(f"{name}: not a valid .docx (zip archive damaged); open and save it again in Word or WPS") from exc
    except KeyError as exc:
        raise UnreadableReport(f"{name}: .docx without word/document.xml; save it again as a Word document") from exc
    try:
        root = ElementTree.fromstring(xml)
    except ElementTree.ParseError as exc:
        raise UnreadableReport(f"{name}: damaged document.xml ({exc}); open and save it again in Word or WPS") from exc
    paragraphs = []
    for para in root.iter(f"{W_NS}p"):
        parts = []
        for node in para.iter():
            if node.tag == f"{W_NS}t":
                parts.append(node.text or "")
            elif node.tag == f"{W_NS}tab":
                parts.append("\t")
            elif node.tag in (f"{W_NS}br", f"{W_NS}cr"):
                parts.append("\n")
        paragraphs.append("".join(parts))
    return "\n".join(paragraphs)


def pdf_text(data: bytes, name: str = "report.pdf") -> str:
    """The text layer of a PDF, page by page. A scan without a text layer is unreadable here (OCR it first)."""
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError as exc:  # pragma: no cover - pinned dependency
        raise UnreadableReport(f"{name}: pypdf is not installed; install zhucun's dependencies") from exc
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise UnreadableReport(f"{name}: the PDF is encrypted; send an unprotected copy")
        pages = [page.extract_text() or "" for page in reader.pages]
    except UnreadableReport:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise UnreadableReport(f"{name}: damaged PDF ({exc}); send the report again or as .txt/.docx") from exc
    text = "\n\n".join(pages).replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise UnreadableReport(f"{name}: the PDF has no text layer (a scan?); run OCR on it and send the text")
    return text


def read_report(path: str | Path, limits: ReadLimits | None = None) -> str:
    """Text of one report file. Raises UnreadableReport (with what to do) for anything else."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableReport(f"{path}: cannot open the file ({exc.strerror or exc}); check the path") from exc
    if not data.strip():
        raise UnreadableReport(f"{path.name}: the file is empty")
    suffix = path.suffix.lower()
    if suffix == ".docx" or (suffix not in (".txt", ".pdf") and data.startswith(b"PK\x03\x04")):
        text = docx_text(data, path.name, limits)
    elif suffix == ".pdf" or data.startswith(b"%PDF-"):
        text = pdf_text(data, path.name)
    elif suffix in (".doc", ".xls", ".xlsx", ".wps"):
        raise UnreadableReport(f"{path.name}: {suffix} is not a report format zhucun reads; save it as .docx, .txt or .pdf")
    else:
        text = decode_text(data, path.name)
    if not text.strip():
        raise UnreadableReport(f"{path.name}: no text in the file")
    return text
