"""Reading report files: encodings, line ends, .docx, PDF text layer, and clear errors."""
from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from flows.reports.text import UnreadableReport, decode_text, read_report

SAMPLE = "驻村第一书记 3 4 名\n（其中外派临县第一书记 1 2 名）"
ZHUCUN = Path(sys.executable).with_name("zhucun")


def _docx(path: Path, paragraphs: list[str]) -> Path:
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r><w:r><w:tab/><w:t>x</w:t></w:r></w:p>" for p in paragraphs)
    xml = ('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           f"<w:body>{body}</w:body></w:document>")
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", xml)
    return path


def _pdf(path: Path, text: str | None) -> Path:
    """A one-page PDF; with `text`, a Helvetica text layer (ASCII)."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode() if text else b""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def test_utf8_with_and_without_bom(tmp_path):
    for data in (SAMPLE.encode("utf-8"), b"\xef\xbb\xbf" + SAMPLE.encode("utf-8")):
        path = tmp_path / "r.txt"
        path.write_bytes(data)
        assert read_report(path) == SAMPLE


def test_gb18030_with_crlf(tmp_path):
    path = tmp_path / "r.txt"
    path.write_bytes(SAMPLE.replace("\n", "\r\n").encode("gb18030"))
    assert read_report(path) == SAMPLE


def test_gbk_bytes_decode():
    assert decode_text("工作经费不低于5000元".encode("gbk")) == "工作经费不低于5000元"


def test_docx_paragraphs_and_tabs(tmp_path):
    path = _docx(tmp_path / "r.docx", ["驻村干部344名", "第一书记59名"])
    assert read_report(path) == "驻村干部344名\tx\n第一书记59名\tx"


def test_pdf_text_layer(tmp_path):
    text = read_report(_pdf(tmp_path / "r.pdf", "zhucun 344"))
    assert "zhucun 344" in text


def test_pdf_without_text_layer_is_unreadable(tmp_path):
    with pytest.raises(UnreadableReport, match="OCR"):
        read_report(_pdf(tmp_path / "scan.pdf", None))


@pytest.mark.parametrize("name, data, message", [
    ("empty.txt", b"", "empty"),
    ("binary.txt", b"\x00\x01\x02\x03" * 10, "binary"),
    ("latin.txt", "caf\xe9 \xff\xfe\xfd".encode("latin-1") + b"\x81\x20\x81\x20", "neither UTF-8 nor GB18030"),
    ("broken.docx", b"PK\x03\x04 not really a zip", "not a valid .docx"),
    ("broken.pdf", b"%PDF-1.4\n garbage", "PDF"),
])
def test_unreadable_files_say_why(tmp_path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(UnreadableReport, match=message):
        read_report(path)


def test_missing_file(tmp_path):
    with pytest.raises(UnreadableReport, match="cannot open"):
        read_report(tmp_path / "nope.txt")


def test_cli_unreadable_file_exits_2(tmp_path):
    path = tmp_path / "binary.txt"
    path.write_bytes(b"\x00\xff" * 100)
    result = subprocess.run([str(ZHUCUN), "extract", str(path), "--json"], capture_output=True, text=True,
                            encoding="utf-8", cwd=tmp_path, timeout=60)
    assert result.returncode == 2
    assert result.stdout == ""
    assert "zhucun extract:" in result.stderr and "binary" in result.stderr


def test_cli_table_output(tmp_path):
    path = tmp_path / "r.txt"
    path.write_bytes("文水县选派驻村干部344名，其中第一书记59名。".encode("gb18030"))
    result = subprocess.run([str(ZHUCUN), "extract", str(path)], capture_output=True, text=True,
                            encoding="utf-8", cwd=tmp_path, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "cadres_dispatched" in result.stdout and "344" in result.stdout
