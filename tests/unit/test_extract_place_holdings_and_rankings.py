"""A place's villages counted after a verb of having (某县有N个村，: what the place is made of, not villages
covered), a scope word that ranks a place among the whole (全国唯一…: no scope of the figures after it), and
cadres counted before 驻村 (N名干部驻村帮扶). Every sentence is made up for the test (real division names,
invented villages and figures); none is taken from a page.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one


def test_villages_a_county_has_closing_the_clause_are_no_villages_covered():
    facts = facts_of("平山县讯 平山县有186个村，今年由省市县三级选派210名第一书记驻村。\n")
    assert not [f for f in facts if f.value == 186]
    assert one(facts, 210).metric == "first_secretaries_dispatched"


def test_villages_a_scope_word_has_are_no_villages_covered_either():
    facts = facts_of("平山县讯 全县共有95个行政村，驻村工作队实现全覆盖，共选派队员285名。\n")
    assert not [f for f in facts if f.value == 95]
    assert one(facts, 285).metric == "team_members_dispatched"


def test_a_class_of_villages_the_programme_takes_on_is_no_part_of_the_place():
    facts = facts_of("平山县讯 全县有64个贫困村，今年选派第一书记64名。\n")
    assert one(facts, 64, "village").metric == "villages_covered"


def test_a_scope_word_ranking_the_province_does_not_carry_to_the_next_sentence():
    facts = facts_of("拉萨讯 西藏是全国唯一的省级集中连片特困地区，今年已整体脱贫。"
                     "成绩的背后，是18余万人次干部驻村帮扶的付出。\n")
    fact = one(facts, 180000)
    assert (fact.metric, fact.unit) == ("cadres_dispatched", "person_time")
    assert fact.region_level != "country" and fact.region and fact.region.startswith("西藏")


def test_the_post_after_a_scope_word_is_no_ranking():
    fact = one(facts_of("平山县讯 全省第一书记共有1200名。\n"), 1200)
    assert (fact.metric, fact.region_level) == ("first_secretaries_dispatched", "province")


def test_cadres_counted_before_their_stay_in_the_villages_are_cadres_sent():
    fact = one(facts_of("平山县讯 这些成绩的取得，是3.5万人次干部驻村帮扶的辛勤付出。\n"), 35000)
    assert (fact.kind, fact.metric, fact.unit) == ("dispatch", "cadres_dispatched", "person_time")
