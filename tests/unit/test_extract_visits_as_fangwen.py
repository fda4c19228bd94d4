"""Visits written with 访问 (访问群众N人次, 访问农户N户, 访问村民): households visited, counted in visits or in households.
Every sentence is made up for the test: invented places and names.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one

OPENING = "宁都讯 宁都县洛口镇杨依村驻村工作队扎实开展帮扶。"


def test_people_visited_counted_in_visits():
    fact = one(facts_of(OPENING + "为摸清村情，工作组深入各村民小组，访问群众1460余人次，收集意见70条。"), 1460)
    assert (fact.metric, fact.unit, fact.qualifier) == ("households_visited", "person_time", "approx")


def test_villagers_visited_counted_in_people_times():
    fact = one(facts_of(OPENING + "半年来，队员们访问村民870人次。"), 870)
    assert (fact.metric, fact.unit) == ("households_visited", "person_time")
