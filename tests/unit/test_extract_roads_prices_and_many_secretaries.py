"""Roads no keyword names, read by the head of their noun (N公里N米宽的村路, N公里的“连心路”) with a verb of
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
    fact = one(facts_of("石门村讯 驻村第一书记跑来资金96万元，石门村2.8公里4米宽的村路按期竣工。\n"), 2.8)
    assert (fact.metric, fact.unit) == ("road_km_built", "km")


def test_a_length_of_a_road_named_in_quotation_marks_is_a_road_built():
    fact = one(facts_of("石门村讯 工作队来了以后，村里开通了3.6公里的“连心路”。\n"), 3.6)
    assert (fact.metric, fact.unit) == ("road_km_built", "km")


def test_a_length_of_road_walked_is_no_road_built():
    facts = facts_of("石门村讯 驻村工作队员每次进村都得走7公里的山路。\n")
    assert not [f for f in facts if f.unit == "km"]


def test_a_price_per_unit_of_goods_is_no_sum():
    facts = facts_of("石门村讯 第一书记在网店按9元的收购价卖桃子，今年帮果农卖桃子收入17万元。\n")
    assert not [f for f in facts if f.value == 9]
    assert one(facts, 170000).kind == "outcome"


def test_townships_counted_before_a_village_noun_are_no_villages_covered():
    facts = facts_of("平山县讯 去年，县信用社挑出29名驻村干部派驻到14个偏远乡镇和条件最差的贫困村开展驻村帮扶。\n")
    assert not [f for f in facts if f.value == 14 and f.unit == "village"]
    assert one(facts, 29).kind == "dispatch"


def test_many_first_secretaries_in_one_cadres_village_story_are_the_countys():
    text = ("伊金霍洛旗讯 伊金霍洛旗红庆河镇其美格村驻村第一书记王建华正在网上卖羊肉。"
            "这是其美格村头一回开网店。这一天，全旗有38名驻村第一书记一起上线卖货。\n")
    fact = one(facts_of(text), 38)
    assert (fact.metric, fact.region) == ("first_secretaries_dispatched", "伊金霍洛旗")
    assert people_by_name(text)["王建华"].village == "其美格村"


def test_a_surname_and_a_place_character_written_twice_make_no_name():
    text = ("石门村讯 某公司派来的两位“第一书记”和村民一起下地干活。"
            "驻村第一书记王建华说，和村民交朋友最要紧。\n")
    assert set(people_by_name(text)) == {"王建华"}


def test_households_counted_twice_in_one_sentence_are_one_fact():
    facts = facts_of("石门村讯 第一书记动员单位党员与石门村87户贫困户结对认亲，为帮扶户提供技术帮扶，"
                     "确保石门村87户贫困户帮扶到位。\n")
    assert one(facts, 87).unit == "household"


def test_equal_lengths_of_two_works_in_one_sentence_stay_two_facts():
    facts = facts_of("石门村讯 驻村工作队今年埋设排水管3公里，架设护栏3公里。\n")
    assert len([f for f in facts if f.value == 3 and f.unit == "km"]) == 2
