"""Read one report file into text: .txt (UTF-8, GB18030/GBK or Big5, any line ends), .docx, and the text layer of .pdf.

Line ends come back as "\n". Anything that cannot be read raises `UnreadableReport` with a message
that says what to do about it (the nightly flow shows it to the steward; the CLI exits 2).
"""
from __future__ import annotations

import io
import zipfile
from functools import lru_cache
from pathlib import Path
from xml.etree import ElementTree

from flows.ingest.limits import LimitExceeded, ReadLimits, check_zip_parts
from flows.reports.script import convert

W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


class UnreadableReport(Exception):
    """The file is not a report zhucun can read; the message says why and what to do."""

    retry_when_unchanged = True  # a reader may learn to read it: try again next night


class ReportTooLarge(UnreadableReport):
    """Over a read limit: the bytes are the problem, so the same file is not read again."""

    retry_when_unchanged = False


BIG5 = ("cp950", "big5hkscs")  # Big5 as Windows writes it, then with the Hong Kong characters
SAMPLE_CHARS = 20000          # enough of a page to tell two decodings apart


@lru_cache(maxsize=1)
def _common_han() -> frozenset[str]:
    """The 3755 most common Han characters (GB2312 level 1: rows 0xB0-0xD7), in simplified form."""
    chars = set()
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            try:
                chars.add(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                continue  # the five unused places at the end of row 0xD7
    return frozenset(chars)


def common_share(text: str) -> float:
    """Share of the letters of `text` beyond ASCII and punctuation that read, in simplified characters, as
    one of the most common Han characters. Text decoded with the right table scores near 1; a Big5 page
    decoded as GBK reads as kana, Greek, box drawing and rare characters, and a GBK page decoded as Big5
    as rare traditional ones, and score far lower."""
    sample = [ch for ch in text[:SAMPLE_CHARS]
              if ord(ch) >= 0x2E80 and not ("\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef")]
    if not sample:
        return 0.0
    common = _common_han()
    return sum(ch in common for ch in convert("".join(sample))) / len(sample)


def _decode_two_byte(data: bytes) -> str:
    """A page that is not UTF-8: GB18030 (a superset of GBK), or Big5 where that reads as the more common
    text. Big5 bytes nearly always decode as GB18030 too, into nonsense; GBK bytes seldom decode as Big5."""
    try:
        gb = data.decode("gb18030")
    except UnicodeDecodeError:
        gb = None
    for encoding in BIG5:
        try:
            big5 = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if gb is None or common_share(big5) > common_share(gb):
            return big5
        break
    if gb is None:
        raise UnicodeDecodeError("gb18030", data, 0, len(data), "neither GB18030 nor Big5")
    return gb


def decode_text(data: bytes, name: str = "report") -> str:
    """Bytes of a plain-text report → str. UTF-8 (with or without BOM) first, then GB18030 (a superset of
    GBK) or Big5, whichever reads as the more common Chinese text (see `common_share`)."""
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise UnreadableReport(f"{name}: UTF-16 byte-order mark but undecodable text ({exc.reason}); "
                                   "save it again as UTF-8") from exc
    elif b"\x00" in data[:4096]:
        raise UnreadableReport(f"{name}: binary content, not text; send the report as .txt (UTF-8, GB18030 or Big5), "
                               ".docx or a .pdf with a text layer")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                text = _decode_two_byte(data)
            except UnicodeDecodeError:
                raise UnreadableReport(f"{name}: text is neither UTF-8 nor GB18030/GBK nor Big5; "
                                       "save it again as UTF-8") from None
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
