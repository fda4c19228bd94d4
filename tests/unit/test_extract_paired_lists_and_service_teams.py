"""Dispatch figures in two classes of text: villages counted by a rural-revitalisation service team (服务队, the
stationed team's name in some provinces), and leaders and cadres of several levels counted in one list before
the pairing verb they share (N名市级领导、M名县级领导、K名机关干部分别联系…). Sentences written here."""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one

OPENING = "宁都讯 江西省驻村帮扶工作推进会召开。"


def test_villages_a_service_team_helps_are_the_villages_covered():
    fact = one(facts_of(OPENING + "乡村振兴服务队联系帮扶洛口镇7个村。"), 7)
    assert (fact.metric, fact.unit, fact.region) == ("villages_covered", "village", "洛口镇")


def test_a_medical_service_team_counts_no_villages_covered():
    assert [f for f in facts_of(OPENING + "医疗服务队为5个村义诊。") if f.value == 5] == []


def test_counts_listed_before_their_shared_pairing_verb_are_each_cadres_paired():
    text = OPENING + ("全省42名省级领导“一对一”联系贫困县，300多名市级领导、1600多名县级领导、"
                      "12万多名机关干部分别联系一户贫困户。")
    facts = facts_of(text)
    assert {(f.value, f.metric, f.region) for f in facts} == {
        (v, "cadres_paired", "江西省") for v in (42, 300, 1600, 120000)}


def test_a_count_of_households_contacted_is_no_count_of_cadres():
    assert [f.metric for f in facts_of(OPENING + "工作队联系贫困户32户。")] != ["cadres_paired"]


def test_villages_named_by_the_members_who_aid_them_are_villages():
    fact = one(facts_of("宁都讯 石城县驻村帮扶工作推进。工作队摸清了全县19个队员帮扶村的底数。"), 19)
    assert (fact.unit, fact.metric) == ("village", "villages_covered")


def test_cadres_counted_with_the_classifier_for_things_stay_people():
    fact = one(facts_of("宁都讯 石城县驻村帮扶工作推进。全县10多个驻村干部参加培训。"), 10)
    assert fact.unit == "person"


def test_teams_counted_with_a_quoted_campaign_name_before_the_team_noun_are_teams():
    fact = one(facts_of("宁都讯 石城县驻村帮扶工作推进。全省1.1万多个“访惠聚”驻村工作队扎根基层。"), 11000)
    assert (fact.unit, fact.metric) == ("team", "teams_dispatched")


def test_villages_the_cadres_set_out_for_are_villages_covered():
    fact = one(facts_of("宁都讯 江西省驻村帮扶工作推进。工作队员奔赴石城县洛口镇9个村开展帮扶。"), 9)
    assert (fact.metric, fact.region) == ("villages_covered", "洛口镇")


def test_cadres_counted_before_the_campaign_that_sends_them_are_cadres_dispatched():
    text = "宁都讯 江西省驻村帮扶工作推进。全省开展18万名干部“访民情、惠民生、聚民心”活动。"
    assert one(facts_of(text), 180000).metric == "cadres_dispatched"
