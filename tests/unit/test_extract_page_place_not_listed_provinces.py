"""Provinces listed as where people come from (村民来自甲省、乙省等地) are none of them the page's place: a
province-wide scope word (全疆, 全省) later on the page is the province of the places the page is about.
Sentences made up for the test."""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one

STORY = ("喀什讯 驻村工作组住进疏附县杨依村以后，帮村里建起了图书室。村里的住户多是从四川、云南等地迁来的。\n\n"
         "前年开始，{scope}推行驻村帮扶，各级机关抽人下沉。今后三年共有20万名干部进驻乡村。")


def test_a_region_wide_scope_is_the_province_of_the_story_not_a_listed_one() -> None:
    fact = one(facts_of(STORY.format(scope="全疆")), 200000, "person")
    # the page never writes the region's name: the scope word as written, the region of the story in the parts
    assert (fact.region, fact.place.province) == ("全疆", "新疆维吾尔自治区")


def test_a_province_named_alone_is_still_the_pages() -> None:
    text = "成都讯 四川省今年选派驻村第一书记1.2万名，驻村工作队覆盖所有脱贫村。"
    assert one(facts_of(text), 12000, "person").region == "四川省"
