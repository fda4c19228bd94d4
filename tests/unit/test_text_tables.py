"""A roster saved as .txt or pasted into a .docx is found by its content; an article stays an article."""
from __future__ import annotations

import zipfile
from pathlib import Path

from flows.ingest.text_tables import has_table_header, tables_in
from flows.rosters.id_numbers import check_digit

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def make_id(seq: str) -> str:
    first17 = "450102" + "19870203" + seq
    return first17 + check_digit(first17)


ROSTER_LINES = [
    "某县驻村干部名单",
    "\t".join(["序号", "姓名", "公民身份号码", "派出单位", "驻点村", "驻村职务", "进村时间"]),
    "\t".join(["1", "阿依古丽·买买提", make_id("012"), "县商务局", "团结村", "第一书记", "2025.08"]),
    "\t".join(["2", "黄志", make_id("023"), "县商务局", "团结村", "队员", "2025年8月"]),
]


def write_docx(path: Path, paragraphs: list[str], table: list[list[str]] | None) -> None:
    def para(text: str) -> str:
        return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"

    body = "".join(para(text) for text in paragraphs)
    if table:
        rows = "".join(
            "<w:tr>" + "".join(f"<w:tc>{para(cell)}</w:tc>" for cell in row) + "</w:tr>" for row in table
        )
        body += f"<w:tbl>{rows}</w:tbl>"
    document = f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>'
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", document)


def test_a_tab_delimited_roster_in_gbk_is_a_table(tmp_path: Path) -> None:
    path = tmp_path / "名单.txt"
    path.write_bytes("\r\n".join(ROSTER_LINES).encode("gbk"))
    tables = tables_in(path)
    assert tables.is_mostly_table
    assert has_table_header(tables.grids)
    assert tables.grids[0].rows[2][1] == "阿依古丽·买买提"


def test_an_article_with_a_few_commas_is_not_a_table(tmp_path: Path) -> None:
    path = tmp_path / "报道.txt"
    path.write_text(
        "驻村工作队今年以来，走访农户，修路，建棚，成效明显。\n"
        "第一书记表示，下一步将继续做好产业帮扶，巩固成果，推进振兴。\n"
        "全村人均收入增长，集体经济收入达到十二万元。\n",
        encoding="utf-8",
    )
    tables = tables_in(path)
    assert not (tables.is_mostly_table and has_table_header(tables.grids))


def test_a_roster_pasted_into_word_is_a_table(tmp_path: Path) -> None:
    path = tmp_path / "名单.docx"
    table = [line.split("\t") for line in ROSTER_LINES[1:]]
    write_docx(path, ["某县驻村干部名单"], table)
    tables = tables_in(path)
    assert tables.is_mostly_table and has_table_header(tables.grids)
    assert tables.grids[0].rows[0][2] == "公民身份号码"


def test_a_long_article_with_a_small_table_stays_an_article(tmp_path: Path) -> None:
    path = tmp_path / "报道.docx"
    prose = [f"第{i}段：驻村工作队走访农户，协调资金，推动产业发展。" for i in range(12)]
    write_docx(path, prose, [["姓名", "派出单位", "驻点村"], ["黄志", "县商务局", "团结村"]])
    tables = tables_in(path)
    assert tables.grids and not tables.is_mostly_table


def test_a_docx_bomb_is_refused_unexpanded_and_not_to_be_retried(tmp_path: Path) -> None:
    import pytest

    from flows.ingest.limits import ReadLimits
    from flows.reports.text import ReportTooLarge

    path = tmp_path / "名单.docx"
    write_docx(path, ["某县驻村干部名单" + " " * (4 << 20)], None)  # a body of blanks: tiny zipped
    with pytest.raises(ReportTooLarge) as caught:
        tables_in(path, ReadLimits(max_unzipped_part_bytes=1 << 20))
    assert "MAX_UNZIPPED_PART_BYTES" in str(caught.value)
    assert caught.value.retry_when_unchanged is False
