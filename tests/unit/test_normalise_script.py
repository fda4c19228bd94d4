"""Traditional pages read as simplified, pinyin residue dropped, offsets still into the page as read.

Every sentence here is written for the test, in the programme's vocabulary.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from flows.reports import normalise as normalise_module
from flows.reports import script
from flows.reports.normalise import normalise
from flows.reports.script import PINYIN_RESIDUE, convert, is_pinyin, to_simplified

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "reports"

TRADITIONAL = (
    "縣委組織部選派駐村第一書記三十名，各鄉鎮後盾單位選派幹部一百二十名。\n"
    "幫扶資金共計二百萬元，用於發展產業；村集體經濟收入突破十萬元。\n"
)
SIMPLIFIED = (
    "县委组织部选派驻村第一书记三十名，各乡镇后盾单位选派干部一百二十名。\n"
    "帮扶资金共计二百万元，用于发展产业；村集体经济收入突破十万元。\n"
)


@pytest.mark.parametrize(
    ("traditional", "simplified"),
    [
        ("駐村第一書記", "驻村第一书记"),
        ("幫扶資金", "帮扶资金"),
        ("鄉鎮後盾單位", "乡镇后盾单位"),
        ("二百萬元", "二百万元"),
        ("發展產業", "发展产业"),
        ("若干幹部下沉一線", "若干干部下沉一线"),  # 幹 and the 干 of 若干 both read 干
        ("乾淨整潔的村莊", "干净整洁的村庄"),
        ("乾隆年間修建的古村", "乾隆年间修建的古村"),  # phrase-aware: the reign name keeps 乾
        ("走訪農戶三百餘戶", "走访农户三百余户"),
        ("瞭解群眾的困難", "了解群众的困难"),
    ],
)
def test_programme_vocabulary_converts(traditional: str, simplified: str) -> None:
    assert convert(traditional) == simplified


def test_conversion_keeps_the_length_even_when_a_dictionary_would_not(monkeypatch) -> None:
    class Longer:  # a converter whose phrase table maps one word to a longer one
        def convert(self, text: str) -> str:
            return text.replace("萬", "一万")

    monkeypatch.setattr(script, "_converter", lambda: Longer())
    script._char.cache_clear()
    try:
        out = convert("二百萬元")
        assert len(out) == len("二百萬元")
        assert out == "二百萬元"  # a character the converter cannot map one for one stays as written
    finally:
        script._char.cache_clear()


def test_traditional_page_is_converted_and_offsets_map_back() -> None:
    norm = normalise(TRADITIONAL)
    assert norm.simplified
    assert norm.text.replace("\n", "") == SIMPLIFIED.replace("\n", "")
    assert norm.original == TRADITIONAL  # the page as read, not converted
    start = norm.text.index("干部")
    a, b = norm.to_original(start), norm.to_original(start + 2)
    assert norm.original[a:b] == "幹部"
    start = norm.text.index("二百万元")
    assert norm.original[norm.to_original(start):norm.to_original(start + 4)] == "二百萬元"
    for i, ch in enumerate(norm.text):  # every character maps to the one it was converted from
        if ch != "\n":
            assert convert(norm.original[norm.to_original(i)]) == ch


def test_pinyin_residue_is_dropped_and_offsets_skip_it() -> None:
    raw = "清水縣石橋鄉(xiāng)楊柳村駐村第一書(shū)記陳(chén)國棟，走訪農戶一百二十戶。"
    norm = normalise(raw)
    assert norm.simplified
    assert norm.text == "清水县石桥乡杨柳村驻村第一书记陈国栋，走访农户一百二十户。"
    start = norm.text.index("杨柳村")
    assert norm.original[norm.to_original(start):norm.to_original(start + 3)] == "楊柳村"
    start = norm.text.index("陈国栋")
    span = norm.original[norm.to_original(start):norm.to_original(start + 3)]
    assert span == "陳(chén)國棟"  # the name as printed, residue inside: the span covers it
    assert PINYIN_RESIDUE.sub("", span) == "陳國棟"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("县财政局帮(bāng)扶(fú)干部", "县财政局帮扶干部"),
        ("乡镇(xiang zhen)干部", "乡镇干部"),                 # plain lowercase syllables
        ("帮扶(bāng fú)资金到位", "帮扶资金到位"),            # two syllables, a space between
        ("驻村工作队(cun)队员", "驻村工作队队员"),
        ("村级产值(GDP)增长", "村级产值(GDP)增长"),          # an abbreviation is kept
        ("上线了小程序(app)", "上线了小程序(app)"),          # not pinyin syllables
        ("全县23个村(社区)", "全县23个村(社区)"),            # Chinese in the parentheses
        ("王某(左)查看大棚", "王某(左)查看大棚"),
        ("收入12(yuan)", "收入12(yuan)"),                   # not right after a Han character
        ("新修的水?(bà)已蓄水", "新修的水?已蓄水"),               # the character itself lost, its tone-marked pinyin kept
        ("问题?(an)", "问题?(an)"),                          # after a lost character, only a tone-marked run counts
        ("帮(bang)扶(fu)(fu)(fu)资金", "帮扶资金"),           # the residue written again after itself, all of it
        ("培训1万(wan)(wan)人(ren)(ren)次", "培训1万人次"),
        ("扶(fu)(GDP)增长", "扶(GDP)增长"),                  # an abbreviation after residue is kept
    ],
)
def test_pinyin_residue_rules(raw: str, expected: str) -> None:
    assert normalise(raw).text == expected


def test_is_pinyin() -> None:
    assert is_pinyin("xiāng") and is_pinyin("chén") and is_pinyin("bāng fú") and is_pinyin("cun") and is_pinyin("lü")
    assert not is_pinyin("GDP") and not is_pinyin("App") and not is_pinyin("www") and not is_pinyin("hello")


def test_simplified_page_is_untouched() -> None:
    assert to_simplified(SIMPLIFIED) is None
    norm = normalise(SIMPLIFIED)
    assert not norm.simplified
    assert norm.text.replace("\n", "") == SIMPLIFIED.replace("\n", "")
    # A simplified page that quotes a few traditional characters (a name, a shop sign) is not converted.
    quoted = SIMPLIFIED + "村口挂着“萬家樂”的招牌，驻村干部每周走访农户。\n"
    assert to_simplified(quoted) is None
    assert "萬家樂" in normalise(quoted).text


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("*.txt")), ids=lambda p: p.stem)
def test_simplified_fixtures_normalise_byte_for_byte_as_without_conversion(fixture: Path, monkeypatch) -> None:
    raw = fixture.read_text(encoding="utf-8")
    norm = normalise(raw)
    assert not norm.simplified, f"{fixture.name} is simplified and must not be converted"
    monkeypatch.setattr(normalise_module, "to_simplified", lambda text: None)
    assert normalise(raw).text.encode("utf-8") == norm.text.encode("utf-8")


def test_fullwidth_and_crlf_with_traditional() -> None:
    raw = "選派駐村幹部３４４名\r\n投入資金２００萬元\r\n"
    norm = normalise(raw)
    assert norm.simplified
    assert "选派驻村干部344名" in norm.text and "投入资金200万元" in norm.text
    start = norm.text.index("200万元")
    assert norm.original[norm.to_original(start):norm.to_original(start + 5)] == "200萬元"
