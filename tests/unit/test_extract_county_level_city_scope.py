"""On a county-level city's page (某某市, a county), 全市/该市 speak for that city, even where its prefecture is named
as the opening of an organ's name (某市水产局的专家): extract.extract_text leaves such a prefecture out of the
page's cities. Every sentence is made up for the test: invented places and figures (龙岩市 holds the county-level
city 漳平市).
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one

PAGE = ("漳平讯 漳平市杨依村驻村扶贫工作队进驻以来，引导群众种植油茶。漳平市全力推进脱贫工作，"
        "该市从机关抽出驻村队员1268名下到农村。据统计，两年来全市脱贫6300人。"
        "杨依村扶贫队员还联系龙岩市水产局有关专家，到村里指导养殖技术。")


def test_scope_words_of_a_county_level_city_page_stay_with_that_city():
    facts = facts_of(PAGE)
    assert one(facts, 1268, "person").region == "漳平市"
    assert one(facts, 6300, "person").region == "漳平市"


def test_a_prefecture_named_as_a_place_still_takes_the_city_scope():
    page = PAGE.replace("还联系龙岩市水产局有关专家，到村里指导养殖技术。", "龙岩市全市共抽出驻村队员9000名。")
    assert one(facts_of(page), 9000, "person").region == "龙岩市"
