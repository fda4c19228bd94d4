"""Seed rows for forms written otherwise: person-times with 次 in brackets, kilometres in Latin capitals,
villages counted as 嘎查村, cadres sent in addition (增派), skills passed on (传授). Every sentence is made up
for the test (real division names, invented villages and figures); none is taken from a page.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one


def test_people_counted_with_ci_in_brackets_are_person_times():
    fact = one(facts_of("平山县讯 驻村干部今年走访群众2.1万人(次)。\n"), 21000)
    assert (fact.unit, fact.metric) == ("person_time", "households_visited")


def test_kilometres_in_latin_capitals_are_kilometres():
    fact = one(facts_of("石门村讯 驻村工作队争取资金40万元，完成2.5Km村道硬化。\n"), 2.5)
    assert (fact.unit, fact.metric) == ("km", "road_km_built")


def test_villages_counted_as_gacha_villages_are_villages():
    fact = one(facts_of("达拉特旗讯 全旗驻村干部帮助96个嘎查村发展集体经济。\n"), 96)
    assert (fact.unit, fact.metric) == ("village", "villages_covered")


def test_cadres_sent_in_addition_are_cadres_sent():
    fact = one(facts_of("平山县讯 为加强驻村帮扶力量，县直机关再次增派420名干部到村帮扶。\n"), 420)
    assert (fact.kind, fact.metric) == ("dispatch", "cadres_dispatched")


def test_skills_passed_on_to_villagers_count_people_trained():
    fact = one(facts_of("石门村讯 驻村工作队为60余名村民传授养蜂技术。\n"), 60)
    assert (fact.kind, fact.metric) == ("outcome", "people_trained")


def test_labour_counted_in_person_times_is_an_outcome_not_cadres_sent():
    facts = facts_of("平山县讯 全县驻村的联镇帮村干部有300名。今年冬春，全县联镇帮村干部带领群众投工投劳12万人次，"
                     "清理沟渠。\n")
    assert one(facts, 300, "person").metric == "cadres_dispatched"
    fact = one(facts, 120000)
    assert (fact.kind, fact.metric, fact.unit) == ("outcome", "other", "person_time")
