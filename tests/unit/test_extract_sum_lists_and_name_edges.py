"""A list of sums a colon opens, its items split by semicolons (争取资金：N万元，打井…；N万元，修路…；N万元…); the
depth of a well is no length of works (N米的深水井); people counted who then act together (两人便一起入户走访) are
the doers, not those reached; 同志 after a name is no part of it; 说 after a name is the verb of saying even
where it makes a word with the name's last character (明说); woods a village has (N亩水杉林, N亩的两片林场) are no
area planted unless worked. Every sentence is made up for the test (real division names, invented villages,
people and figures); none is taken from a page.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one, people_by_name


def test_the_items_of_a_list_of_sums_a_colon_opened_are_each_funds_secured():
    facts = facts_of("石门村讯 第一书记王建华多方反映、争取资金：80万元，打了一口深水井，全村能24小时供水；"
                     "120万元，新修2.5公里水泥路通组入户；90万元，新建变压器、立起电线杆。\n")
    assert [one(facts, v).metric for v in (800000, 1200000, 900000)] == ["funds_secured"] * 3
    assert one(facts, 2.5).metric == "road_km_built"


def test_the_depth_of_a_well_is_no_length_of_works():
    facts = facts_of("石门村讯 驻村工作队争取资金50万元，打了一口300多米的深水井。\n")
    assert not [f for f in facts if f.unit == "km"]


def test_people_who_then_act_together_are_not_those_reached():
    facts = facts_of("石门村讯 新任驻村第一书记王建华对村里还不熟悉，新年伊始，两人便一起入户走访。\n")
    assert not [f for f in facts if f.value == 2]


def test_tongzhi_after_a_name_is_no_part_of_it():
    people = people_by_name("米脂讯 第一书记王建华告诉我，这个小伙子是我们工作队队员韩杰同志，话还没说完，他就拎起了箱子。"
                            "经过简单的洗漱，韩杰同志手脚麻利地为我们把饭做好了。\n")
    assert "韩杰" in people and "韩杰同志" not in people


def test_shuo_after_a_name_written_whole_each_time_is_the_verb_of_saying():
    text = ("西充讯 “干好驻村工作是本分。”县市场监督管理局派驻石门村第一书记何直明说。何直明说，他是2018年到村的。"
            "何直明表示，还将继续学习。\n")
    assert "何直明" in people_by_name(text)


def test_woods_a_village_has_are_no_area_planted_unless_worked():
    facts = facts_of("石门村讯 合并之前，石门村有300亩水杉林，东村有200亩檀树林。全村总共500亩的两片林场一直荒着。"
                     "驻村第一书记王建华来后，流转林场450亩种植茶叶。\n")
    assert not [f for f in facts if f.value in (300, 200, 500)]
    assert one(facts, 450).metric == "planting_area"


def test_cadres_counted_after_a_verb_of_telling_are_the_storys_people():
    facts = facts_of("福州讯 全市今年选派第一书记376名。这里讲述的是6位市派第一书记的故事。\n")
    assert not [f for f in facts if f.value == 6]
    assert one(facts, 376).metric == "first_secretaries_dispatched"
