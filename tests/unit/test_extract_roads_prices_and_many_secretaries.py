"""Roads no keyword names, read by the head of their noun (N公里3.5米宽的村路, N公里的“致富路”) with a verb of
building or opening in the clause; a price per unit of goods (按6元的批发价) is no sum; townships counted before a
village noun (N个贫困乡镇和…贫困村) are no villages covered; many first secretaries in one cadre's village story
are the county's; a village whose name opens with 其 written whole each time keeps it; a surname and a place
character written twice (和村民) make no name. Every sentence is made up for the test (real division names,
invented villages, people and figures); none is taken from a page. Households counted twice in one sentence are one
fact; equal lengths of two works named in one sentence stay two.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one, people_by_name


def test_a_length_of_a_village_road_after_its_width_is_a_road_built():
    fact = one(facts_of("石门村讯 驻村第一书记争取资金120万元，石门村4.5公里3.5米宽的村路如期竣工。\n"), 4.5)
    assert (fact.metric, fact.unit) == ("road_km_built", "km")


def test_a_length_of_a_road_named_in_quotation_marks_is_a_road_built():
    fact = one(facts_of("石门村讯 在驻村工作队的努力下，村里开通了5.5公里的“致富路”。\n"), 5.5)
    assert (fact.metric, fact.unit) == ("road_km_built", "km")


def test_a_length_of_road_walked_is_no_road_built():
    facts = facts_of("石门村讯 驻村工作队员每天要走5公里的山路才能到村。\n")
    assert not [f for f in facts if f.unit == "km"]


def test_a_price_per_unit_of_goods_is_no_sum():
    facts = facts_of("石门村讯 驻村第一书记们在网上按6元的批发价销售李子，今年帮助果农销售李子收入20万元。\n")
    assert not [f for f in facts if f.value == 6]
    assert one(facts, 200000).kind == "outcome"


def test_townships_counted_before_a_village_noun_are_no_villages_covered():
    facts = facts_of("平山县讯 2018年10月，县农行从干部中选派36名驻村干部派驻到18个深度贫困乡镇和最困难的贫困村开展驻村帮扶。\n")
    assert not [f for f in facts if f.value == 18 and f.unit == "village"]
    assert one(facts, 36).kind == "dispatch"


def test_many_first_secretaries_in_one_cadres_village_story_are_the_countys():
    text = ("伊金霍洛旗讯 伊金霍洛旗红庆河镇其根沟村驻村第一书记王建华正在直播卖李子。"
            "这是其根沟村第一次直播。在邻近的果园里，有47名驻村第一书记正在同时直播卖李子。\n")
    fact = one(facts_of(text), 47)
    assert (fact.metric, fact.region) == ("first_secretaries_dispatched", "伊金霍洛旗")
    assert people_by_name(text)["王建华"].village == "其根沟村"


def test_a_surname_and_a_place_character_written_twice_make_no_name():
    text = ("石门村讯 某集团派驻的三位“第一书记”和村民同吃同住同劳动。"
            "驻村第一书记王建华说，和村民打成一片最要紧。\n")
    assert set(people_by_name(text)) == {"王建华"}


def test_households_counted_twice_in_one_sentence_are_one_fact():
    facts = facts_of("石门村讯 驻村第一书记发动单位全体党员干部与石门村146户贫困户结对认亲，为帮扶户提供资金和技术帮扶，"
                     "确保石门村146户贫困户帮扶到位。\n")
    assert one(facts, 146).unit == "household"


def test_equal_lengths_of_two_works_in_one_sentence_stay_two_facts():
    facts = facts_of("石门村讯 驻村工作队今年新铺下水管道2公里，安装道路护栏2公里。\n")
    assert len([f for f in facts if f.value == 2 and f.unit == "km"]) == 2
