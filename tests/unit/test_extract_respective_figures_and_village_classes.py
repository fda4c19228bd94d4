"""Classes from wave 21's tuned folds, on sentences written here: figures listed after 分别, one for each village
named before it (甲村和乙村…分别达到N、M; 两村…分别N和M for the last two the story named), teams counted with who
leads each (N个以某某为组长的工作组), village party bodies brought up to standard (整顿…党组织N个), resettlement
villages as a class of village counted, and a class that several villages all are (都是某某村), which names no
village."""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one

OPENING = "宁都讯 驻村工作队帮扶杨依村和柏家村。"


def test_figures_listed_after_fenbie_go_to_the_villages_named_in_the_sentence():
    facts = facts_of("宁都讯 有了工作队帮扶，杨依村和柏家村的集体收入分别达到15万元、16万元。")
    assert (one(facts, 150000).region, one(facts, 160000).region) == ("杨依村", "柏家村")


def test_figures_listed_after_fenbie_go_to_the_two_villages_named_before():
    facts = facts_of(OPENING + "一年后，两村的集体收入分别涨到15万元和16万元。")
    assert (one(facts, 150000).region, one(facts, 160000).region) == ("杨依村", "柏家村")


def test_figures_of_different_metrics_after_fenbie_are_not_shared_out():
    facts = facts_of(OPENING + "两村分别新修道路3公里、争取资金16万元。")
    assert one(facts, 160000).region != "柏家村"


def test_a_class_all_the_villages_are_is_no_village():
    facts = facts_of(OPENING + "两个村都是种茶村。一年后，两村的集体收入分别涨到15万元和16万元。")
    assert (one(facts, 150000).region, one(facts, 160000).region) == ("杨依村", "柏家村")


def test_teams_counted_with_who_leads_each():
    fact = one(facts_of("宁都讯 县检察院开展驻村帮扶，成立9个以检察长为组长的结对工作组。"), 9)
    assert (fact.metric, fact.unit) == ("teams_dispatched", "team")


def test_village_party_bodies_brought_up_to_standard():
    fact = one(facts_of("宁都讯 全省驻村工作队整顿软弱涣散党组织360多个，培养后备力量9500多人。"), 360)
    assert (fact.kind, fact.metric, fact.unit) == ("outcome", "other", "item")


def test_resettlement_villages_are_a_class_of_village_counted():
    fact = one(facts_of("宁都讯 驻村帮扶以来，我省给2个搬迁安置村也派了第一书记。"), 2)
    assert (fact.metric, fact.unit) == ("villages_covered", "village")
