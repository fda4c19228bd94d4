"""Sums and works where the place or the verb stands apart from the figure: a sum of an organ whose name opens with
a division (协调到某省某基金会的N万元) is the village's that wins it, not the division's; a verb of two characters
reading into a village's name (开展某村…工程, 为修通某村的路) is no part of it; a length measured before the thing,
the verb of building after it (一条N米长的水泥路修通); what works cost (共花费N万元, 耗资N万元) is money won for the
place. Every sentence is made up for the test (real division names, invented villages and people); none is taken
from a page.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one


def test_a_sum_of_an_organ_named_after_a_division_stays_with_the_village():
    fact = one(facts_of("红河县讯 为修通大坪村的砂石路，驻村第一书记四处奔走，终于协调到云南山河基金会的30万元资金。\n"),
               300000)
    assert (fact.metric, fact.region) == ("funds_secured", "大坪村")


def test_a_sum_of_a_provincial_department_stays_with_the_village():
    fact = one(facts_of("红河县讯 大坪村驻村第一书记四处奔走，争取到云南省交通运输厅的30万元资金修路。\n"), 300000)
    assert fact.region == "大坪村"


def test_a_verb_before_a_village_is_no_part_of_its_name():
    facts = facts_of("红河县讯 驻村工作队积极对接交通局，开展大坪村主路修复工程。该条道路长990米，耗资约60万元。\n")
    assert {f.region for f in facts} == {"大坪村"}
    assert one(facts, 600000).metric == "funds_secured"


def test_a_length_before_the_road_with_the_verb_of_building_after_it_is_a_road_built():
    fact = one(facts_of("红河县讯 在驻村工作队的帮助下，去年10月，大坪村一条800米长的水泥路修通。\n"), 0.8)
    assert (fact.metric, fact.region) == ("road_km_built", "大坪村")


def test_a_length_of_a_thing_only_described_is_still_no_work_done():
    facts = facts_of("红河县讯 村口800米长的排水沟原来臭不可闻，在驻村工作队的帮助下，大坪村进行了整治。\n")
    assert not [f for f in facts if f.unit == "km"]


def test_what_works_cost_is_money_won_for_the_village():
    fact = one(facts_of("红河县讯 驻村第一书记协调交通部门，修复了大坪村的主路，共花费约90万元。\n"), 900000)
    assert (fact.metric, fact.region, fact.qualifier) == ("funds_secured", "大坪村", "approx")


def test_running_metres_are_lengths():
    facts = facts_of("石门村讯 驻村工作队帮助村里修建排水管网2600延长米，改造围墙5100延长米。\n")
    assert sorted(f.value for f in facts if f.unit == "km") == [2.6, 5.1]


def test_land_put_to_a_use_that_works_it_is_an_area_worked():
    fact = one(facts_of("石门村讯 驻村工作队动员300多户入股合作社，180公顷土地用于牧草种植。\n"), 2700)
    assert (fact.metric, fact.unit) == ("planting_area", "mu")
