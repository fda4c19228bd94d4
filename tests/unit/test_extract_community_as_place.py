"""A community (某某社区) is a village-level place: teams are stationed there as in villages, and the figures of a
community's story are its own. 社区 after a verb, a pronoun or alone (定点帮扶社区, 该社区, 回社区发展) names no
community. Every sentence is made up for the test: invented places and names.
"""
from __future__ import annotations

from flows.reports.regions import PlaceFinder
from tests.unit.extract_asserts import facts_of, one

OPENING = "宁都讯 宁都县洛口镇杨依社区驻村工作队扎实开展帮扶。"


def _places(text: str) -> dict[str, str]:
    return {p.name: p.level for p in PlaceFinder(text).find()}


def test_a_community_is_a_village_level_place():
    assert _places(OPENING).get("杨依社区") == "village"


def test_a_communitys_figures_are_its_own():
    text = OPENING + "杨依社区是石城县某局定点帮扶社区。多年来，工作队在杨依社区投入资金80万元，建起菊花基地。"
    assert one(facts_of(text), 800000).region == "杨依社区"


def test_community_after_a_verb_or_pronoun_names_none():
    places = _places(OPENING + "该社区是石城县某局定点帮扶社区，他常回社区看看。")
    assert not [name for name in places if name.endswith("社区") and name != "杨依社区"]
