"""Classes found by probing invented story sentences: a figure reached in a clause that opens with a time and a
verb of reaching, whose subject is the keyword of the clause before (村集体收入从零起步，去年达到N万元),
villages counted all over an income level (N个村集体收入都达到5万元以上), and people served by free
clinics and check-ups (义诊N人次, 体检N人次), an outcome the vocabulary has no code for."""
from __future__ import annotations

import pytest

from tests.unit.extract_asserts import facts_of, one

OPENING = "宁都讯 洛口镇杨依村驻村工作队进村三年。"


@pytest.mark.parametrize("sentence, value", [
    ("村里的集体经济收入原本是零，2020年达到32万元。", 320000),
    ("村集体经济收入从零起步，去年突破30万元。", 300000),
])
def test_a_level_reached_in_the_clause_after_its_subject(sentence, value):
    assert one(facts_of(OPENING + sentence), value).metric == "collective_income_increase"


def test_a_clause_with_no_subject_before_reaches_nothing():
    assert facts_of(OPENING + "工作队多方奔走，去年达到30万元。") == []


@pytest.mark.parametrize("sentence", ["全镇12个村的集体收入都达到了5万元以上。", "全镇12个村全部实现集体经济收入5万元以上。"])
def test_villages_counted_all_over_an_income_level(sentence):
    fact = one(facts_of("宁都讯 洛口镇驻村工作队进村三年。" + sentence), 12)
    assert (fact.metric, fact.unit) == ("villages_income_over_50k", "village")


def test_people_served_by_free_clinics():  # (reached_verb seed rows)
    fact = one(facts_of(OPENING + "工作队组织医疗队开展义诊，为村民义诊920人次。"), 920)
    assert (fact.kind, fact.metric, fact.unit) == ("outcome", "other", "person_time")


def test_villages_a_medical_team_visits_are_no_people_served():
    assert [f for f in facts_of(OPENING + "医疗服务队为5个村义诊。") if f.value == 5] == []
