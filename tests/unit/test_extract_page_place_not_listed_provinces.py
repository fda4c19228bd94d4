"""Provinces listed as where people come from (村民来自甲省、乙省等地) are none of them the page's place: a
province-wide scope word (全疆, 全省) later on the page is the province of the places the page is about.
Sentences made up for the test."""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one

STORY = ("喀什讯 兵团驻村工作组进驻麦盖提县农场村之后，修建了文化广场。村民来自四川、云南等地。\n\n"
         "去年起，{scope}开展驻村帮扶活动，是一次集中解决基层民生难题的总动员。三年内将有20万名机关干部走向田野和村庄。")


def test_a_region_wide_scope_is_the_province_of_the_story_not_a_listed_one() -> None:
    fact = one(facts_of(STORY.format(scope="全疆")), 200000, "person")
    assert fact.region == "新疆维吾尔自治区"


def test_a_province_named_alone_is_still_the_pages() -> None:
    text = "成都讯 四川省今年选派驻村第一书记1.2万名，驻村工作队覆盖所有脱贫村。"
    assert one(facts_of(text), 12000, "person").region == "四川省"
