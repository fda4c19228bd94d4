"""A village described as it is (its area and land, its resident households, how many homes it has) states no
result of the stationed team's work, though its figures look like outcomes. Sentences written here."""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one

OPENING = "宁都讯 洛口镇杨依村驻村工作队进驻以来，帮助村里争取资金30万元。"


def test_the_land_listed_after_the_villages_total_area_is_no_planting():
    facts = facts_of(OPENING + "杨依村总面积5210亩，其中：耕地1340亩，林地960亩，草原2270亩。")
    assert [f.value for f in facts] == [300000]


def test_resident_and_migrant_households_are_no_jobs_created():
    facts = facts_of(OPENING + "杨依村常住户数186户，外出务工117户。")
    assert [f.value for f in facts] == [300000]


def test_how_many_homes_the_village_has_and_how_many_are_poor_is_background():
    facts = facts_of(OPENING + "杨依村地处山区，村里63户人家，27户是贫困户。")
    assert [f.value for f in facts] == [300000]


def test_the_land_the_village_occupies_and_its_income_level_are_background():
    facts = facts_of(OPENING + "该村总占地812亩，人均收入2.6万元。")
    assert [f.value for f in facts] == [300000]


def test_a_result_stated_beside_the_homes_counted_is_still_read():
    facts = facts_of(OPENING + "在工作队帮助下，新建蔬菜大棚40个。")
    assert one(facts, 40).metric == "facilities_built"
