"""A village described as it is (its area and land, its resident households, how many homes it has) states no
result of the stationed team's work, though its figures look like outcomes. Sentences written here."""
from __future__ import annotations

import pytest

from tests.unit.extract_asserts import facts_of, one

OPENING = "宁都讯 洛口镇杨依村驻村工作队进驻以来，帮助村里争取资金30万元。"


@pytest.mark.parametrize("profile", [
    "杨依村总面积5210亩，其中：耕地1340亩，林地960亩，草原2270亩。",  # the land listed after the total area
    "杨依村常住户数186户，外出务工117户。",  # resident and migrant households, no jobs created
    "杨依村地处山区，村里63户人家，27户是贫困户。",  # the homes it has and how many are poor
    "该村总占地812亩，人均收入2.6万元。",  # the land it occupies and its income level
])
def test_a_sentence_describing_the_village_as_it_is_adds_no_fact(profile: str):
    assert [f.value for f in facts_of(OPENING + profile)] == [300000]


def test_a_result_stated_after_the_opening_is_still_read():
    facts = facts_of(OPENING + "在工作队帮助下，新建蔬菜大棚40个。")
    assert one(facts, 40).metric == "facilities_built"


def test_households_then_people_a_village_is_made_of_are_its_profile():
    text = "宁都讯 洛口镇杨依村驻村工作队扎根基层。全村230户，人口760人，建档立卡贫困户26户，其中因病致贫18户。"
    assert facts_of(text) == []


def test_a_rise_measured_in_percent_is_a_result_even_in_a_sentence_that_describes_the_village():
    text = ("宁都讯 洛口镇杨依村驻村工作队扎根基层。杨依村村民人均收入由12000元增至15600元，增幅30%，"
            "全村户籍人口1200人。")
    fact = one(facts_of(text), 30)
    assert (fact.metric, fact.unit) == ("income_increase", "percent")


def test_what_a_village_mainly_lives_on_is_its_profile():
    text = "宁都讯 洛口镇杨依村驻村工作队扎根基层。杨依村主要以脐橙、茶叶种植为主，全村脐橙1300亩，茶叶种植面积500亩。"
    assert facts_of(text) == []


def test_what_a_village_lives_on_then_its_people_is_its_profile():
    text = ("宁都讯 洛口镇杨依村驻村工作队扎根基层。杨依村地处山区，以种植脐橙和油茶为主，村民390户，"
            "其中建档立卡贫困户96户。")
    assert facts_of(text) == []
