"""Roads and lanes counted by 条 after a building verb (硬化了12条村道, 硬化了全村38条巷道) are facilities built, on
the village: 条 before 村道/村路 counts a village's roads, not villages, and the scope of the works (全村) may
stand between the verb and the count. Every sentence is made up for the test: invented places and names.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one

OPENING = "宁都讯 宁都县洛口镇杨依村驻村工作队扎实开展帮扶。"


def test_village_roads_counted_by_tiao_are_facilities_of_the_village():
    fact = one(facts_of(OPENING + "工作队协调资金，硬化了14条村道。"), 14)
    assert (fact.metric, fact.unit, fact.region) == ("facilities_built", "item", "杨依村")


def test_the_scope_between_the_verb_and_the_count():
    fact = one(facts_of(OPENING + "工作队协调资金，硬化了全村41条巷道。"), 41)
    assert (fact.metric, fact.unit, fact.region) == ("facilities_built", "item", "杨依村")


def test_villages_counted_by_ge_before_their_roads_stay_villages():
    facts = facts_of(OPENING + "全县选派工作队进驻15个村，道路硬化全部完成。")
    assert one(facts, 15).unit == "village"
