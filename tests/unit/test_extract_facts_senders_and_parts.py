"""Classes of text where a figure's reading turns on who sends, on what part of a village is counted, or on
whose words a quotation gives. Every sentence is made up for the test (real division names, invented
villages, people and figures); none is taken from a real page.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one


def test_divisions_listed_after_from_before_a_sending_verb_are_the_senders_not_the_place():
    facts = facts_of("凉山州讯 全州继续派驻综合帮扶工作队。今年从成都市、绵阳市、宜宾市等6个市选派45名驻村干部。\n")
    assert one(facts, 45, "person").region == "凉山州"
    # a division after 从 that sends no one is still a place the sentence can be about
    facts = facts_of("本报讯 从成都市到雅安市的驻村干部培训班上，全市选派的驻村干部120名参加。\n")
    assert one(facts, 120, "person").region in ("成都市", "雅安市")


def test_a_count_of_a_villages_groups_is_no_count_of_villages():
    facts = facts_of("会东县讯 驻村工作队争取资金150万元，解决了7个村民小组的安全饮水问题。\n")
    assert not [f for f in facts if f.value == 7]
    assert one(facts, 1500000, "yuan").kind == "funding"
    assert one(facts_of("会东县讯 全县130个村选派驻村工作队。\n"), 130, "village").metric == "villages_covered"


def test_a_quotation_opening_on_one_familys_own_goes_on_about_it():
    text = ("柳岸村讯 驻村工作队帮扶三年，村里变了样。“家里养着80多头牛，种了45亩苜蓿，日子越过越好。”"
            "村民赵某说。\n")
    assert not [f for f in facts_of(text) if f.value in (80, 45)]
    # the first secretary's quotation about the village is the work's result
    text = "柳岸村讯 驻村工作队帮扶三年。“我们村种了45亩苜蓿。”第一书记周立新说。\n"
    assert one(facts_of(text), 45, "mu").metric == "planting_area"


def test_aid_personnel_counted_as_a_force_are_cadres_dispatched():
    fact = one(facts_of("凉山州讯 全州继续向贫困村派驻综合帮扶工作队。今年新选派帮扶力量2600多人，月底前全部到岗。\n"), 2600, "person")
    assert (fact.metric, fact.qualifier) == ("cadres_dispatched", "approx")
