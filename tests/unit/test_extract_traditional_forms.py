"""A page yields the same facts and people whatever script and residue it is printed in (issue 7, brief t).

Every simplified page of ../shared/real is printed again as a mirror site would print it: in traditional
characters (OpenCC s2t, and the Hong Kong standard s2hk), with pinyin left inside words (tone marks, bare
letters, tone digits, a blank inside the parentheses), with markup residue (tags, &nbsp; between a
number and its unit, soft hyphens), with emoji scattered between its characters, and saved as a Big5 file. The extraction of each form must equal the extraction of the page as
published: a difference is a gap of the traditional or residue path, not of the rules. The pages are read
from ../shared (never copied into the repository); a missing folder fails, as in test_extract_real.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import opencc
import pytest

from flows.reports.extract import extract_text
from flows.reports.text import decode_text

REAL = Path(__file__).resolve().parents[2].parent / "shared" / "real"
TRADITIONAL_PAGES = {"d01", "d19"}
SIMPLIFIED_PAGES = [f"d{i:02d}" for i in range(1, 21) if f"d{i:02d}" not in TRADITIONAL_PAGES]

# Romanisations of characters the programme's pages use often: enough to salt every page with residue.
PINYIN = {"县": "xian", "镇": "zhen", "乡": "xiang", "村": "cun", "帮": "bang", "扶": "fu", "书": "shu",
          "记": "ji", "队": "dui", "员": "yuan", "干": "gan", "部": "bu", "派": "pai", "驻": "zhu",
          "资": "zi", "金": "jin", "万": "wan", "户": "hu", "项": "xiang", "目": "mu", "贫": "pin", "困": "kun"}
TONES = {"xian": ("xiàn", 4), "zhen": ("zhèn", 4), "xiang": ("xiāng", 1), "cun": ("cūn", 1), "bang": ("bāng", 1),
         "fu": ("fú", 2), "shu": ("shū", 1), "ji": ("jì", 4), "dui": ("duì", 4), "yuan": ("yuán", 2),
         "gan": ("gàn", 4), "bu": ("bù", 4), "pai": ("pài", 4), "zhu": ("zhù", 4), "zi": ("zī", 1),
         "jin": ("jīn", 1), "wan": ("wàn", 4), "hu": ("hù", 4), "mu": ("mù", 4), "pin": ("pín", 2), "kun": ("kùn", 4)}
STYLES = (lambda p: f"({TONES[p][0]})", lambda p: f"({p})", lambda p: f"({p}{TONES[p][1]})",
          lambda p: f"({TONES[p][0]} )")


@lru_cache(maxsize=None)
def _converter(config: str):
    return opencc.OpenCC(config)


def _page(stem: str) -> str:
    path = REAL / f"{stem}.txt"
    if not path.is_file():
        pytest.fail(f"{path} not found: the shared real pages must sit beside the repository (../shared/real)")
    return path.read_text(encoding="utf-8")


def _traditional(text: str, config: str = "s2t") -> str:
    converted = _converter(config).convert(text)
    # one character for one, so that the residue below can be placed by the simplified character
    return converted if len(converted) == len(text) else "".join(_converter(config).convert(ch) for ch in text)


def _with_residue(text: str) -> str:
    """The page in traditional characters, each often-used character followed by its romanisation, the
    four ways pages print it in turn."""
    out, n = [], 0
    for simplified, written in zip(text, _traditional(text)):
        out.append(written)
        if simplified in PINYIN:
            out.append(STYLES[n % len(STYLES)](PINYIN[simplified]))
            n += 1
    return "".join(out)


def _with_markup(text: str) -> str:
    text = re.sub(r"(\d)([名个户万元])", r"\1&nbsp;\2", _traditional(text))
    text = text.replace("第一書記", "第一<span>書記</span>").replace("幫扶", "幫\u00ad扶")
    return text.replace("。", "。<br/>")


def _with_emoji(text: str) -> str:
    """The page in traditional characters with emoji scattered as a spam mirror scatters them."""
    out = []
    for i, ch in enumerate(_traditional(text)):
        out.append(ch)
        if ch != "\n" and i % 9 == 4:
            out.append("(✒)" if i % 2 else "😘")
    return "".join(out)


def _from_big5_file(text: str) -> str | None:
    """The page in Taiwan's standard characters saved as Big5, as the reader reads the file back
    (None when the page holds a character Big5 has not)."""
    try:
        data = _traditional(text, "s2tw").encode("cp950")
    except UnicodeEncodeError:
        return None
    return decode_text(data)


FORMS = {"s2t": _traditional, "s2hk": lambda text: _traditional(text, "s2hk"),
         "pinyin residue": _with_residue, "markup residue": _with_markup, "scattered emoji": _with_emoji,
         "Big5 file": _from_big5_file}


def _found(text: str) -> tuple[list, list]:
    extraction = extract_text(text)
    facts = sorted((f.kind, f.metric, round(f.value, 3), f.unit, f.qualifier, f.basis, f.year) for f in extraction.facts)
    people = sorted((p.name, p.role, p.village, p.township, p.county) for p in extraction.people)
    return facts, people


@pytest.mark.parametrize("stem", SIMPLIFIED_PAGES)
def test_a_page_yields_the_same_in_traditional_characters_and_with_residue(stem: str) -> None:
    text = _page(stem)
    published = _found(text)
    assert published[0] or published[1], f"{stem}: nothing found on the page as published"
    for name, form in FORMS.items():
        printed = form(text)
        if printed is None:
            continue
        assert printed != text
        assert _found(printed) == published, f"{stem} printed with {name} reads otherwise"
