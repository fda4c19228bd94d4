"""A list of sums a colon opens, its items split by semicolons (争取资金：N万元，打井…；N万元，修路…；N万元…); the
depth of a well is no length of works (N米的深井); people counted who then act together (三人一同走访农户) are
the doers, not those reached; 同志 after a name is no part of it; 说 after a name is the verb of saying even
where it makes a word with the name's last character (明说); woods a village has (N亩松树林, N亩的林场) are no
area planted unless worked. Every sentence is made up for the test (real division names, invented villages,
people and figures); none is taken from a page.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one, people_by_name


def test_the_items_of_a_list_of_sums_a_colon_opened_are_each_funds_secured():
    facts = facts_of("石门村讯 第一书记王建华四处奔走，先后争取资金：65万元，建起一座蓄水池；"
                     "140万元，铺通3.1公里的组组通路；72万元，改造了村里的电网。\n")
    assert [one(facts, v).metric for v in (650000, 1400000, 720000)] == ["funds_secured"] * 3
    assert one(facts, 3.1).metric == "road_km_built"


def test_the_depth_of_a_well_is_no_length_of_works():
    facts = facts_of("石门村讯 工作队筹来资金40万元，为村里打了一眼260米的深井。\n")
    assert not [f for f in facts if f.unit == "km"]


def test_people_who_then_act_together_are_not_those_reached():
    facts = facts_of("石门村讯 两位第一书记交接完工作，三人一同走访农户，一天走了二十多家。\n")
    assert not [f for f in facts if f.value == 3]


def test_tongzhi_after_a_name_is_no_part_of_it():
    people = people_by_name("米脂讯 第一书记王建华介绍说，身边这位是工作队队员韩杰同志，还没等我开口，他已接过行李。"
                            "放下行李，韩杰同志又忙着给大家烧水泡茶。\n")
    assert "韩杰" in people and "韩杰同志" not in people


def test_shuo_after_a_name_written_whole_each_time_is_the_verb_of_saying():
    text = ("西充讯 “把村里的事办好就行。”县农业局派驻石门村第一书记罗直明说。罗直明说，他是前年到村的。"
            "罗直明表示，还要把合作社办大。\n")
    assert "罗直明" in people_by_name(text)


def test_woods_a_village_has_are_no_area_planted_unless_worked():
    facts = facts_of("石门村讯 以前石门村有260亩松树林，北村有140亩杨树林。全村合计400亩的林场多年没人管。"
                     "驻村第一书记王建华来后，流转林场380亩种植茶叶。\n")
    assert not [f for f in facts if f.value in (260, 140, 400)]
    assert one(facts, 380).metric == "planting_area"


def test_cadres_counted_after_a_verb_of_telling_are_the_storys_people():
    facts = facts_of("泉州讯 全市今年选派第一书记254名。本版讲述的是4位市派第一书记的故事。\n")
    assert not [f for f in facts if f.value == 4]
    assert one(facts, 254).metric == "first_secretaries_dispatched"
