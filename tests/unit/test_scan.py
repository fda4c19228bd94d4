"""AnchoredPattern finds exactly what its pattern finds, over any range of a text."""
from __future__ import annotations

import re

import pytest

from flows.reports.facts import fact_rules
from flows.reports.people import _patterns
from flows.reports.scan import AnchoredPattern, trie_pattern

# Sentences written for this test in the style of county reports: scope words after a boundary or inside
# a word, posts quoted, posts after 驻村, a post with a second post, line breaks.
TEXTS = [
    "全县共选派驻村第一书记86名，县财政安排工作经费每人每年2万元。对县财政的支持，村里表示感谢。",
    "该县某镇甲村“第一书记”王某某带领工作队员李某、张某入户走访；队长刘某兼任第一书记。",
    "村里的路修好了。我省各地由省财政统筹资金，全市驻村工作队员\n第一书记赵某说，本村今年脱贫。",
    "驻村驻村“驻村第一书记”\"工作队长\"县财政县财政，全省全省。",
]


@pytest.mark.parametrize("text", TEXTS)
def test_anchored_scan_finds_what_the_pattern_finds_in_every_range(text: str) -> None:
    rules, posts = fact_rules(), _patterns()
    for anchored in (rules.SCOPE_SCAN, posts.ROLE_SCAN):
        whole = [(m.span(), m.groupdict()) for m in anchored.pattern.finditer(text)]
        assert whole, "each text holds a match of each pattern: the comparison must not be vacuous"
        for start in range(0, len(text), 3):
            for end in range(start, len(text) + 1, 5):
                expected = [(m.span(), m.groupdict()) for m in anchored.pattern.finditer(text, start, end)]
                assert [(m.span(), m.groupdict()) for m in anchored.finditer(text, start, end)] == expected
                first = anchored.pattern.search(text, start, end)
                found = anchored.search(text, start, end)
                assert (found.span() if found else None) == (first.span() if first else None)


def test_a_pattern_that_can_match_nothing_is_refused() -> None:
    with pytest.raises(ValueError, match="empty string"):
        AnchoredPattern(re.compile(r"(?:驻村)?"), re.compile("驻村"))


def test_trie_pattern_matches_what_the_longest_first_alternation_matches() -> None:
    # words that share beginnings, one inside another, one ending where another starts
    words = ["收入", "村集体经济收入", "村集体", "修路", "路灯", "维修", "投资", "投入", "投", "资金", "安排资金", "经费"]
    text = "该村维修路灯12盏，村集体经济收入达到18万元；投入资金30万元，安排资金5万元，投资2万，工作经费3万元，投。"
    alternation = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    trie = re.compile(trie_pattern(words))
    expected = [m.span() for m in alternation.finditer(text)]
    assert [m.span() for m in trie.finditer(text)] == expected
    assert len(expected) >= 8
    for pos in range(len(text)):
        a, b = alternation.match(text, pos), trie.match(text, pos)
        assert (a.group(0) if a else None) == (b.group(0) if b else None)
    with pytest.raises(ValueError, match="empty word"):
        trie_pattern(["驻村", ""])


def test_list_tail_finds_what_the_plain_count_pattern_finds() -> None:
    from flows.reports.people import _alt, load_cues

    role = _alt(r for r, _ in load_cues().roles)
    plain = re.compile(rf"(?:\d+|[一二两三四五六七八九十]+)名(?:驻村)?(?:{role})")
    text = ("由甲某、乙某等12名第一书记；三名驻村第一书记和2023年5名工作队员，一十二名队员、"
            "第3组4名工作队队长，两三名第一书记，1两名第一书记。")
    expected = [m.span() for m in plain.finditer(text)]
    assert len(expected) >= 4
    for start in range(len(text)):
        assert [m.span() for m in _patterns().LIST_TAIL.finditer(text, start)] == \
            [m.span() for m in plain.finditer(text, start)]


def test_numeral_run_matches_what_the_two_runs_match() -> None:
    from flows.reports.scan import numeral_run

    chinese = "两三四五六七八九十"
    plain = re.compile(rf"(?:\d+|[{chinese}]+)[个条座]村")
    fast = re.compile(numeral_run(chinese) + "[个条座]村")
    text = "共12个村，其中两个村和三十座村、4两个村，2023三个村，五6条村，个村，十二个村。"
    assert len(plain.findall(text)) >= 4
    for start in range(len(text)):
        assert [m.span() for m in fast.finditer(text, start)] == [m.span() for m in plain.finditer(text, start)]
    with pytest.raises(ValueError, match="digit"):
        numeral_run("一2")
