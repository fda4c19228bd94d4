"""Dispatch counts whose noun phrase runs long before its head: a count in 支 (teams only) and the team noun that
heads a long phrase after it; quotation marks inside a phrase of people counted before their post; the village
team's instructor (驻村教导员) as a head of cadres sent.
Every sentence is made up for the test: invented places and figures; none is taken from a page.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one

_OPENING = "赣州讯 宁都县黄陂镇杨依村驻村工作队扎实开展帮扶。"


def test_a_count_in_zhi_is_of_the_team_noun_heading_a_long_phrase():
    fact = one(facts_of(_OPENING + "今年，28支市属单位与省属驻市机构组建的工作队走遍了全部贫困户。"), 28)
    assert (fact.metric, fact.unit) == ("teams_dispatched", "team")


def test_a_count_in_zhi_with_the_team_noun_past_a_clause_mark_is_not_of_teams():
    facts = facts_of(_OPENING + "全区组建28支，市直单位和驻市机构的帮扶工作队随后进驻。")
    assert not [f for f in facts if f.value == 28]


def test_quotation_marks_inside_a_phrase_of_people_do_not_cut_it_before_the_post():
    fact = one(facts_of(_OPENING + "全县58名后盾单位“一把手”担任驻村第一书记。"), 58)
    assert (fact.metric, fact.unit) == ("first_secretaries_dispatched", "person")


def test_village_team_instructors_counted_are_cadres_sent():
    fact = one(facts_of(_OPENING + "全县58名后盾单位“一把手”兼任驻村教导员，督促各队落实任务。"), 58)
    assert (fact.kind, fact.metric) == ("dispatch", "cadres_dispatched")
