"""Figures the earlier rules missed or misplaced: a clause that only tallies (…，全年计N人次) counting what the clause
before did; successive holders of a post counted with 任 (and 前两任/第五任, which count nobody sent); leaders
linked to villages (挂点联系); a length worked on after its width (将N米长的村道从3米拓宽到6米); the whole area of
what a clause built (…茶园N个，总面积N亩) against a place's own area; a province named as where a villager
goes to work; an organ the page names as posting the cadre, acting for the village. Sentences written here."""
from __future__ import annotations

import pytest

from tests.unit.extract_asserts import facts_of, one

OPENING = "宁都讯 洛口镇杨依村的帮扶队进村已满三年。"


def test_a_tally_clause_counts_what_the_clause_before_did():
    fact = one(facts_of(OPENING + "工作队为全县免费培训农村党员，全年计85人次。"), 85)
    assert (fact.metric, fact.unit) == ("people_trained", "person_time")


@pytest.mark.parametrize("sentence, counted", [
    ("这些年杨依村一共来过五任驻村第一书记。", True),
    ("芮远航是派到杨依村的第五任第一书记。", False),
    ("他翻看前两任书记留下的笔记，重新规划产业。", False),
    ("杨依村3任村主任都很配合帮扶队。", False),
])
def test_holders_of_a_post_counted_with_ren(sentence, counted):
    facts = [f for f in facts_of(OPENING + sentence) if f.kind == "dispatch"]
    assert [(f.metric, f.value) for f in facts] == ([("first_secretaries_dispatched", 5)] if counted else []), facts


def test_leaders_linked_to_villages_are_cadres_paired():
    fact = one(facts_of(OPENING + "县里安排28名县领导分别挂点联系36个重点村。"), 28)
    assert (fact.metric, fact.unit) == ("cadres_paired", "person")


def test_a_length_widened_from_one_width_to_another():
    facts = facts_of(OPENING + "工作队将450米长的村道从3米拓宽到6米。")
    assert [(f.metric, f.value) for f in facts if f.unit == "km"] == [("road_km_built", 0.45)]


def test_the_whole_area_of_what_a_clause_built():
    facts = facts_of(OPENING + "帮扶队新建茶园4个，总面积达到650亩。")
    area = one(facts, 650, "mu")
    assert (area.metric, area.region) == ("planting_area", "杨依村")
    assert one(facts, 4).unit == "item"


def test_a_places_own_area_is_no_figure():
    assert [f for f in facts_of(OPENING + "杨依村总面积800亩，耕地300亩。") if f.unit == "mu"] == []


def test_where_a_villager_goes_to_work_is_not_where_the_story_moves():
    text = (OPENING + "\n那天在村口，队员碰到要去广东打工的柏章福。\n"
            "队员们牵头办起生猪养殖合作社1个，带动贫困户26户。")
    assert one(facts_of(text), 1).region == "杨依村"


def test_an_organ_that_posted_the_cadre_acting_for_the_village():
    text = ("宁都讯 洛口镇杨依村的帮扶干部先抓支部建设。\n"
            "“县委办公室四处想办法凑钱，把400米长的村道从4米拓宽到6米。”县委办公室派驻洛口镇杨依村第一书记芮远航说。")
    assert one(facts_of(text), 0.4, "km").region in ("杨依村", "洛口镇")


def test_a_noun_counted_with_ge_continues_a_list_of_works():
    facts = facts_of(OPENING + "队员们组织修排水沟2400延长米，新建院墙5100延长米，院门87个，打机井12眼。")
    assert one(facts, 87).metric == "facilities_built"


def test_villages_counted_with_ge_after_works_are_not_works():
    facts = facts_of(OPENING + "工作队修建道路3公里，贫困村12个。")
    assert one(facts, 12).metric != "facilities_built"


def test_villages_out_of_poverty_with_the_word_quoted():
    fact = one(facts_of(OPENING + "这一年全县有46个贫困村顺利“摘帽”。"), 46)
    assert (fact.kind, fact.unit) == ("outcome", "village")


def test_people_of_a_profession_sent_to_be_stationed_in_a_named_village():
    fact = one(facts_of(OPENING + "学校先后选派6位教师到杨依村驻村帮扶。"), 6)
    assert (fact.metric, fact.unit) == ("cadres_dispatched", "person")
    assert facts_of(OPENING + "学校组织6位教师到杨依村开展支教。") == []


def test_a_headings_number_run_into_the_head_count_after_it():
    facts = facts_of(OPENING + "\n1.60名帮扶干部住进农家助力振兴\n全县另有1.2万名干部参与结对帮扶。")
    assert sorted(f.value for f in facts if f.unit == "person") == [60, 12000]


@pytest.mark.parametrize("sentence, value", [
    ("这几年村里的集体收入总共达到2千余万元。", 20000000),
    ("工作队先后争取资金3百多万元。", 3000000),
])
def test_a_round_sum_with_yu_inside_its_multiplier(sentence, value):
    fact = one(facts_of(OPENING + sentence), value)
    assert (fact.unit, fact.qualifier) == ("yuan", "approx")


def test_cadres_who_formed_pairs_with_households():
    fact = one(facts_of(OPENING + "全县7000多名党员干部与32055户困难户结成帮扶对子。"), 7000)
    assert (fact.metric, fact.unit) == ("cadres_paired", "person")


@pytest.mark.parametrize("sentence, value, metric", [
    ("队员们帮着实施退耕还林3.2万亩，每亩补100元，共计320万元。", 3200000, "matching_funds"),
    ("帮扶单位给杨依村建起牛棚8座、鸡舍2座，共计2.7万元。", 27000, "matching_funds"),
    ("村民种植脐橙，每亩收益3000元，共计90万元。", 900000, "income_increase"),
])
def test_a_total_after_a_rate_or_a_list_of_works(sentence, value, metric):
    fact = one(facts_of(OPENING + sentence), value)
    assert (fact.metric, fact.basis if fact.kind == "funding" else "total") == (metric, "total")


def test_side_ditches_and_drones():
    facts = facts_of(OPENING + "队员们带人挖了边沟738米，还给合作社购置6架植保无人机。")
    assert one(facts, 0.738).metric == "canal_km_repaired"
    assert one(facts, 6).unit == "item"


def test_poor_villages_a_level_designates_are_a_baseline():
    facts = facts_of(OPENING + "2017年，省里认定312个深度贫困村，本市占40个。")
    assert 312 not in [f.value for f in facts]
    assert one(facts_of(OPENING + "县里给40个重点村都派驻了工作队。"), 40).metric == "villages_covered"


def test_sales_and_the_division_of_partner_firms():
    text = (OPENING + "杨依村与江西省内16家企业签约，产品卖到各地，销售额累计1.3亿元。")
    facts = facts_of(text)
    assert one(facts, 130000000).metric == "ecommerce_sales"
    assert {f.region for f in facts} == {"杨依村"}


def test_a_province_opening_the_name_of_a_units_team_is_who_sends_it():
    text = ("宁都讯 2023年6月，洛口镇杨依村的村民给浙江民航驻村工作队送去锦旗。\n"
            "浙江民航驻村工作队进村以来，协调争取5.6万元建成村民活动广场。")
    assert one(facts_of(text), 56000).region == "杨依村"
