"""Central and other units stationed in a province, named by its one-character short form (中直驻某单位), name that
province: 我区/全区 on a page that only writes the region so are read as it. A city whose name opens with the same
character stays the city. Every sentence is made up for the test: invented places and names.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one


def test_our_region_is_the_one_its_stationed_units_name():
    facts = facts_of("本报讯 记者从区直中直驻桂单位选派第一书记动员会上获悉，我区新增派2500名第一书记驻村扶贫。"
                     "其中区直、中直驻桂单位共新选派580人。")
    assert one(facts, 2500).region == "广西壮族自治区"
    assert one(facts, 580).region == "广西壮族自治区"


def test_a_province_named_by_its_stationed_units():
    fact = one(facts_of("本报讯 中直驻赣单位今年选派驻村第一书记46名，全部到岗。"), 46)
    assert fact.region == "江西省"


def test_a_city_opening_with_the_short_form_stays_the_city():
    fact = one(facts_of("本报讯 工作队进驻赣州市石城县，选派驻村第一书记37名。"), 37)
    assert fact.region == "石城县"
