"""Classes of text that place or read a figure, met on the tuning half of a fold of traditional-character pages
(issue 7, brief H3): one test per rule, each on a traditional and a simplified sentence. Every sentence is made
up for the test: invented villages, units and figures (the counties are real, for the gazetteer to place them).
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of as _facts


def test_villages_listed_each_with_its_township_after_a_county_scope_word_are_the_countys():
    # the sending district is named first; 该县 points to the county the cadres went to
    for text in ("廣州市越秀區送8名駐村幹部到徐聞縣。據悉,工作組前往該縣甲子鎮青柳村、乙丑鎮石門村等6個貧困村開展幫扶工作。\n",
                 "广州市越秀区送8名驻村干部到徐闻县。据悉，工作组前往该县甲子镇青柳村、乙丑镇石门村等6个贫困村开展帮扶工作。\n"):
        villages = [f for f in _facts(text) if f.metric == "villages_covered"]
        assert [(f.value, f.region) for f in villages] == [(6, "徐闻县")], text


def test_villages_listed_each_with_its_township_in_one_township_are_that_townships():
    text = "驻村工作队前往徐闻县甲子镇青柳村、甲子镇石门村等5个贫困村开展帮扶工作。\n"
    villages = [f for f in _facts(text) if f.metric == "villages_covered"]
    assert [f.region for f in villages] == ["甲子镇"]


def test_a_unit_that_puts_in_money_with_chu_zi_gives_matching_funds():
    for text in ("青柳村駐村幫扶。去年,縣人武部出資8萬元,在村裡建起光伏發電項目。\n",
                 "青柳村驻村帮扶。去年，县人武部出资8万元，在村里建起光伏发电项目。\n"):
        money = [f for f in _facts(text) if f.unit == "yuan"]
        assert [(f.metric, f.value, f.basis) for f in money] == [("matching_funds", 80000, "total")], text


def test_a_place_in_the_name_of_an_organ_whose_team_moves_in_is_the_organs_not_the_figures():
    # 某乡财局: a township-like word inside the organ's name; its team moving in (进驻) marks it as the sender
    for text in ("城步苗族自治縣鄉財局駐馬家將村扶貧工作隊到儒林鎮馬家將村查看水渠。城步鄉財局扶貧工作隊進駐該村以來,先後投入120萬元修建村道。\n",
                 "城步苗族自治县乡财局驻马家将村扶贫工作队到儒林镇马家将村查看水渠。城步乡财局扶贫工作队进驻该村以来，先后投入120万元修建村道。\n"):
        money = [f for f in _facts(text) if f.unit == "yuan"]
        assert [f.value for f in money] == [1200000], text
        assert money[0].region in ("马家将村", "儒林镇"), text


def test_a_figure_in_a_question_is_not_reported_but_the_same_figure_stated_is():
    for text in ("青柳村駐村第一書記說:“咱們合作社那一百畝地想好種什麼了嗎?”\n",
                 "青柳村驻村第一书记说：“咱们合作社那一百亩地想好种什么了吗？”\n"):
        assert not _facts(text), text
    stated = _facts("青柳村驻村第一书记说：“合作社今年种了一百亩金银花。”\n")
    assert [(f.metric, f.value) for f in stated] == [("planting_area", 100)]


def test_thousands_grouped_by_commas_are_one_number_and_a_clause_comma_is_not_a_group():
    from flows.reports.numbers import find_quantities

    for text in ("全縣共選派駐村幹部1,200名,覆蓋貧困村300個。\n", "全县共选派驻村干部1,200名，覆盖贫困村300个。\n"):
        dispatch = {f.metric: f.value for f in _facts(text)}
        assert dispatch == {"cadres_dispatched": 1200, "villages_covered": 300}, text
    assert [q.value for q in find_quantities("争取资金12,500.5元")] == [12500.5]
    # a comma before anything but exactly three digits is a clause's: 2019年底,20名 / 共5,20名
    assert [q.value for q in find_quantities("全村有农户312户,2019年")] == [312]
    assert [q.value for q in find_quantities("选派5,20名干部")] == [20]
