"""A township named by one character and 村 (某村镇): 村 is elsewhere a boundary no name runs across, so the
township went unread and the characters before it were read as a village (regions.PlaceFinder._local).
Every sentence is made up for the test: invented places and figures; none is taken from a page.
"""
from __future__ import annotations

import pytest

from flows.reports.regions import PlaceFinder
from tests.unit.extract_asserts import facts_of, one


def _places(text: str) -> list[tuple[str, str]]:
    return [(p.name, p.level) for p in PlaceFinder(text).find()]


@pytest.mark.parametrize("text, township", [
    ("韶关市翁源县柏村镇驻镇工作队开展助学活动。", "柏村镇"),
    ("工作队进驻柏村镇以来，走访了全部学校。", "柏村镇"),
    ("几家企业向柏村镇第二小学送去图书。", "柏村镇"),
])
def test_a_township_named_with_the_village_word_is_the_township(text, township):
    places = _places(text)
    assert (township, "township") in places
    assert not [name for name, level in places if level == "village"]


@pytest.mark.parametrize("text", ["加强村镇建设，改善人居环境。", "各村镇干部参加了培训。", "全县村镇规划已经完成。"])
def test_the_common_word_for_villages_and_towns_is_no_place(text):
    assert _places(text) == []


def test_a_gift_to_the_township_school_is_on_the_township():
    facts = facts_of("韶关讯 翁源县柏村镇驻镇工作队联系了爱心人士，几家企业给柏村镇第二小学送去总价约2.4万元的图书。")
    assert one(facts, 24000, "yuan").region == "柏村镇"
