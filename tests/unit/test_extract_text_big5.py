"""A traditional-character page saved in Big5 (as Taiwan and Hong Kong sites and older Windows editors write
it) is read as Big5, not decoded as GBK into nonsense; GBK and GB18030 pages read as before.
Every sentence is made up for the test.
"""
from __future__ import annotations

import pytest

from flows.reports.extract import extract_report
from flows.reports.text import UnreadableReport, common_share, decode_text, read_report

TRADITIONAL = ("2022年4月，市農業局幹部劉振華被選派到紅嶺鎮上坪村擔任駐村第一書記。\n"
               "一年來，他爭取幫扶資金85萬元，修建產業路2.4公里，安裝路燈40盞。\n")
SIMPLIFIED = ("2022年4月，市农业局干部刘振华被选派到红岭镇上坪村担任驻村第一书记。\n"
              "一年来，他争取帮扶资金85万元，修建产业路2.4公里，安装路灯40盏。\n")


@pytest.mark.parametrize("encoding", ["big5", "cp950", "big5hkscs"])
def test_a_big5_page_reads_as_big5(encoding: str) -> None:
    data = TRADITIONAL.encode(encoding)
    assert data.decode("gb18030")  # the trap: Big5 bytes decode as GB18030 without an error
    assert decode_text(data) == TRADITIONAL


@pytest.mark.parametrize("text", [SIMPLIFIED, TRADITIONAL])
@pytest.mark.parametrize("encoding", ["gbk", "gb18030"])
def test_gbk_and_gb18030_pages_read_as_before(text: str, encoding: str) -> None:
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        pytest.skip("not every traditional character is in GBK")
    assert decode_text(data) == text


def test_the_right_decoding_reads_as_common_text() -> None:
    assert common_share(TRADITIONAL) > 0.9 and common_share(SIMPLIFIED) > 0.9
    assert common_share(TRADITIONAL.encode("big5").decode("gb18030")) < 0.5
    assert common_share("2022, 85, 2.4") == 0.0


def test_a_big5_file_yields_what_its_utf8_form_yields(tmp_path) -> None:
    big5, utf8 = tmp_path / "big5.txt", tmp_path / "utf8.txt"
    big5.write_bytes(TRADITIONAL.replace("\n", "\r\n").encode("big5"))
    utf8.write_text(TRADITIONAL, encoding="utf-8")
    assert read_report(big5) == TRADITIONAL
    read = extract_report(big5)
    expected = extract_report(utf8)
    assert [(f.metric, f.value) for f in read.facts] == [(f.metric, f.value) for f in expected.facts]
    assert len(read.facts) >= 3 and [p.name for p in read.people] == ["刘振华"]


def test_bytes_of_no_chinese_encoding_are_unreadable() -> None:
    with pytest.raises(UnreadableReport, match="Big5"):
        decode_text("caf\xe9 \xff\xfe\xfd".encode("latin-1") + b"\x81\x20\x81\x20")
