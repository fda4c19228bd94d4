"""A place's villages counted after a verb of having (某县有N个村，: what the place is made of, not villages
covered), a scope word that ranks a place among the whole (全国唯一…: no scope of the figures after it), and
cadres counted before 驻村 (N名干部驻村帮扶). Every sentence is made up for the test (real division names,
invented villages and figures); none is taken from a page.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one


def test_villages_a_county_has_closing_the_clause_are_no_villages_covered():
    facts = facts_of("平山县讯 平山县有143个村，本轮从县直部门挑选168名第一书记进村。\n")
    assert not [f for f in facts if f.value == 143]
    assert one(facts, 168).metric == "first_secretaries_dispatched"


def test_villages_a_scope_word_has_are_no_villages_covered_either():
    facts = facts_of("平山县讯 全县现有77个行政村，工作队做到每村一支，累计选派队员231名。\n")
    assert not [f for f in facts if f.value == 77]
    assert one(facts, 231).metric == "team_members_dispatched"


def test_a_class_of_villages_the_programme_takes_on_is_no_part_of_the_place():
    facts = facts_of("平山县讯 县里有53个贫困村，今年为它们选派第一书记53名。\n")
    assert one(facts, 53, "village").metric == "villages_covered"


def test_a_scope_word_ranking_the_province_does_not_carry_to_the_next_sentence():
    facts = facts_of("拉萨讯 西藏在全国领先完成了这项工作，今年已整体脱贫。"
                     "这份答卷，凝结着16余万人次干部驻村帮扶的心血。\n")
    fact = one(facts, 160000)
    assert (fact.metric, fact.unit) == ("cadres_dispatched", "person_time")
    assert fact.region_level != "country" and fact.region and fact.region.startswith("西藏")


def test_the_post_after_a_scope_word_is_no_ranking():
    fact = one(facts_of("平山县讯 全省第一书记共有1200名。\n"), 1200)
    assert (fact.metric, fact.region_level) == ("first_secretaries_dispatched", "province")


def test_cadres_counted_before_their_stay_in_the_villages_are_cadres_sent():
    fact = one(facts_of("平山县讯 村里的变化，靠的是3.2万人次干部驻村帮扶的汗水。\n"), 32000)
    assert (fact.kind, fact.metric, fact.unit) == ("dispatch", "cadres_dispatched", "person_time")
