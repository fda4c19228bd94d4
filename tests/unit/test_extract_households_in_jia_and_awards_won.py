"""Households counted with 家 (N家贫困户, as with 个) are households; money a village gets as an award (获得奖励N万元)
is award money.
Every sentence is made up for the test: invented places and figures; none is taken from a page.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one

_OPENING = "赣州讯 宁都县黄陂镇杨依村驻村工作队扎实开展帮扶。"


def test_households_counted_in_jia_are_households():
    fact = one(facts_of(_OPENING + "村里建档立卡的27家贫困户全部脱贫。"), 27)
    assert (fact.metric, fact.unit, fact.region) == ("people_lifted_from_poverty", "household", "杨依村")


def test_firms_counted_in_jia_are_no_households():
    facts = facts_of(_OPENING + "工作队引进27家企业。")
    assert not [f for f in facts if f.unit == "household"]


def test_an_award_the_village_gets_is_award_money():
    fact = one(facts_of(_OPENING + "在人居环境评比中夺得第一，该村获得奖励6万元。"), 60000)
    assert (fact.kind, fact.metric, fact.region) == ("funding", "award_funds", "杨依村")
