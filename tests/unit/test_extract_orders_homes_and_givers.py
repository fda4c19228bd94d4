"""Orders a village's business takes (接到N万元的订单, 完成订单N个: purchases, in money or in items), homes of a
group set up in the village (创建N个标准化“党员之家”: 之家 a head of facilities, 标准化 no threshold), and the
works counted after a division's gift in one sentence, put on the story's village, not on the giver. Every
sentence is made up for the test (real division names, invented villages and figures); none is taken from a page.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one

STORY = "平山县讯 2020年，驻村工作队进驻石门村以来，石门村面貌一新。"


def test_orders_taken_in_money_are_purchases():
    fact = one(facts_of("石门村讯 有了驻村第一书记牵线，村合作社上半年拿到了12万元的订单。\n"), 120000)
    assert (fact.kind, fact.metric, fact.unit, fact.region) == ("outcome", "consumption_purchases", "yuan", "石门村")


def test_orders_counted_in_items_are_purchases_not_projects():
    fact = one(facts_of("石门村讯 工作队引来的竹编加工点，今年已完成订单2600个，带动17人就业。\n"), 2600)
    assert (fact.metric, fact.unit) == ("consumption_purchases", "item")


def test_homes_of_a_group_made_to_a_standard_are_facilities_built():
    facts = facts_of(STORY + "工作队争取资金10万元，创建6个标准化“党员之家”。\n")
    fact = one(facts, 6)
    assert (fact.metric, fact.unit, fact.region) == ("facilities_built", "item", "石门村")


def test_a_figure_before_a_standard_is_still_a_threshold():
    facts = facts_of(STORY + "全村人均纯收入达到4000元的脱贫标准。\n")
    assert not [f for f in facts if f.value == 4000 and f.kind == "outcome"]


def test_works_counted_after_a_cities_gift_are_the_villages():
    facts = facts_of(STORY + "石家庄市拨付30万元用于村级阵地建设，翻修了村委会，建成6个“党员之家”。\n")
    assert one(facts, 300000).region == "石门村"
    assert one(facts, 6).region == "石门村"
