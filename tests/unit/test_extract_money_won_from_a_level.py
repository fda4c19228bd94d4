"""Money won from the organs of a level (向市财政、发改等部门争取N万元): the level asked is where the money comes
from, not the ground of the figure, which stays with the village the story is about (facts: a scope word after
向/从 with a verb of winning after it, seed secured_verb); money a level's organ gives itself stays the level's. Every
sentence is made up for the test: invented places and sums.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one

OPENING = "宁都讯 宁都县洛口镇杨依村驻村工作队扎实开展帮扶。"


def test_money_won_from_a_citys_organs_stays_with_the_village():
    fact = one(facts_of(OPENING + "派驻单位先后向市财政局和市交通局争取了60多万元资金，用来硬化道路。"), 600000)
    assert (fact.metric, fact.region) == ("funds_secured", "杨依村")


def test_money_a_citys_organ_allots_stays_with_the_city():
    fact = one(facts_of(OPENING + "市财政安排资金300万元用于驻村工作。"), 3000000)
    assert fact.region == "赣州市"
