"""Cadres counted, then a verb of pairing and the households paired with them (N名干部对口帮扶M户贫困户,
安排N名中层干部分别联系M户): cadres paired, a dispatch figure (facts._PAIRED_WITH_HOUSEHOLDS_RE). Every sentence is
made up for the test: invented places and figures. Leaders in charge of villages (包村领导) are cadres sent
(seeds/metric_catalog.csv).
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one


def test_cadres_counted_then_paired_with_households_are_cadres_paired():
    fact = one(facts_of("宁都讯 杨依村由县林业局挂点，13名机关干部对口帮扶17户困难户，驻村队员吃住在村里。"), 13, "person")
    assert (fact.kind, fact.metric) == ("dispatch", "cadres_paired")


def test_ranked_cadres_each_linked_with_households_are_cadres_paired():
    fact = one(facts_of("宁都讯 驻村工作队扎实开展帮扶。局里安排26名科级干部分别联系19户困难户。"), 26, "person")
    assert fact.metric == "cadres_paired"


def test_cadres_sent_who_then_visit_households_stay_cadres_sent():
    fact = one(facts_of("宁都讯 驻村工作队扎实开展帮扶。局里选派3名干部驻村帮扶，走访21户贫困户。"), 3, "person")
    assert fact.metric == "cadres_dispatched"


def test_leaders_in_charge_of_villages_are_cadres_sent():
    fact = one(facts_of("宁都讯 全省扎实开展驻村帮扶。全省抽出2万多名包村领导下沉到村。"), 20000, "person")
    assert (fact.metric, fact.qualifier) == ("cadres_dispatched", "approx")
