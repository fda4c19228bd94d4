"""Two ways a county is named that the gazetteer alone misreads: a part of a province written with the province's
one-character name and a direction (苏南县市: the counties and cities of the south) holds no county named by the
direction alone; and a county's own news site (某某新闻网) names the page's county by its short form."""
from __future__ import annotations

from extract_asserts import facts_of, one


def test_a_direction_after_a_province_s_one_character_name_is_no_county() -> None:
    facts = facts_of("今年3家苏南县市选派干部驻村，工作队走访农户120户。")
    assert one(facts, 120, "household").region != "南县"


def test_the_county_named_by_the_direction_alone_is_still_read() -> None:
    facts = facts_of("湖南南县驻村工作队今年走访农户120户。")
    assert one(facts, 120, "household").region == "南县"


def test_a_county_s_news_site_names_the_page_s_county() -> None:
    page = ("石城新闻网首页\n本文来源:石城新闻网\n"
            "今年，全县选派驻村工作队队员36人，工作队根据全县48个经济薄弱村的情况分成四个小组走村入户。")
    assert one(facts_of(page), 48, "village").region == "石城县"


def test_a_district_named_by_a_direction_is_not_read_inside_a_longer_name() -> None:
    facts = facts_of("安徽讯 颖东区驻村工作队第一书记柏志明今年走访农户120户。")
    assert one(facts, 120, "household").region != "东区"
