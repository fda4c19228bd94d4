"""Sums and works where the place or the verb stands apart from the figure: a sum of an organ whose name opens with
a division (争取到某省某基金会的N万元) is the village's that wins it, not the division's; a verb of two characters
reading into a village's name (开展某村…工程, 为修通某村的路) is no part of it; a length measured before the thing,
the verb of building after it (一条N米长的水泥路修通); what works cost (共花费N万元, 耗资N万元) is money won for the
place. Every sentence is made up for the test (real division names, invented villages and people); none is taken
from a page.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one


def test_a_sum_of_an_organ_named_after_a_division_stays_with_the_village():
    fact = one(facts_of("红河县讯 为修通大坪村的砂石路，第一书记多方联络，最后争取到贵州青禾公益基金会的26万元捐款。\n"),
               260000)
    assert fact.region == "大坪村"


def test_a_sum_of_a_provincial_department_stays_with_the_village():
    fact = one(facts_of("红河县讯 大坪村第一书记跑项目，拿到了云南省交通运输厅的44万元道路补助。\n"), 440000)
    assert fact.region == "大坪村"


def test_a_verb_before_a_village_is_no_part_of_its_name():
    facts = facts_of("红河县讯 工作队多次找县公路局协商，启动大坪村进村道路拓宽工程，整条路长1.6公里，耗资约45万元。\n")
    assert {f.region for f in facts} == {"大坪村"}
    assert one(facts, 450000).metric == "funds_secured"


def test_a_length_before_the_road_with_the_verb_of_building_after_it_is_a_road_built():
    fact = one(facts_of("红河县讯 有了工作队牵线，今年春天，大坪村一条650米长的水泥路修通。\n"), 0.65)
    assert (fact.metric, fact.region) == ("road_km_built", "大坪村")


def test_a_length_of_a_thing_only_described_is_still_no_work_done():
    facts = facts_of("红河县讯 村口650米长的排水沟过去常年淤塞，工作队进村后，大坪村把它列进了整治清单。\n")
    assert not [f for f in facts if f.unit == "km"]


def test_what_works_cost_is_money_won_for_the_village():
    fact = one(facts_of("红河县讯 第一书记请来县公路局，把大坪村的进村路翻修一新，一共花费约72万元。\n"), 720000)
    assert (fact.metric, fact.region, fact.qualifier) == ("funds_secured", "大坪村", "approx")


def test_running_metres_are_lengths():
    facts = facts_of("石门村讯 工作队协调资金，给村里铺设灌溉管道3100延长米，新砌护坡1800延长米。\n")
    assert [f.value for f in facts if f.unit == "km"] == [3.1]


def test_land_put_to_a_use_that_works_it_is_an_area_worked():
    fact = one(facts_of("石门村讯 第一书记牵头办起合作社，120公顷荒坡土地用来种植中药材。\n"), 1800)
    assert (fact.metric, fact.unit) == ("planting_area", "mu")
