"""Outcomes counted in ways their keyword does not name: disputes mediated and problems solved N times are N items
(the catalog lets those metrics read a count in 次, which a fact then writes as items), and firms counted before
their noun (引进了N家企业, seed thing_head 企业) are enterprise projects. Sentences written here."""
from __future__ import annotations

import pytest

from tests.unit.extract_asserts import facts_of, one

OPENING = "宁都讯 洛口镇杨依村驻村工作队扎根基层。"


@pytest.mark.parametrize("sentence, value, metric", [
    ("工作队调解矛盾纠纷13次。", 13, "disputes_mediated"),
    ("一年来工作队走访了280户困难家庭，调解了17次邻里纠纷。", 17, "disputes_mediated"),
    ("工作队帮助群众解决实际问题30余次。", 30, "problems_solved"),
])
def test_an_outcome_counted_in_times_is_counted_in_items(sentence, value, metric):
    fact = one(facts_of(OPENING + sentence), value)
    assert (fact.metric, fact.unit, fact.region) == (metric, "item", "杨依村")


@pytest.mark.parametrize("sentence", ["工作队引进了6家企业。", "工作队还联系了6家爱心企业来村投资。"])
def test_firms_counted_before_their_noun_are_enterprise_projects(sentence):
    fact = one(facts_of(OPENING + sentence), 6)
    assert (fact.metric, fact.unit, fact.region) == ("enterprise_projects", "item", "杨依村")


def test_firms_the_village_simply_has_are_no_outcome():
    assert facts_of(OPENING + "全村有6家企业。") == []


def test_meetings_counted_in_times_are_no_visits_named_before_them():
    facts = facts_of(OPENING + "他常下村入户，两年来共召开了27次座谈会，走访了260户困难家庭。")
    assert [(f.value, f.metric) for f in facts] == [(260, "households_visited")]


def test_visits_counted_in_times_right_after_their_keyword_stay():
    assert one(facts_of(OPENING + "他走村入户27次，走访了260户困难家庭。"), 27).metric == "households_visited"


def test_families_of_poor_villagers_are_households_not_poor_villages():
    fact = one(facts_of(OPENING + "村集体增收了90万元，还带动周边120家贫困村民务工。"), 120)
    assert (fact.kind, fact.unit) == ("outcome", "household")


def test_an_average_per_household_is_no_head_count():
    assert [f for f in facts_of(OPENING + "脱贫的门路就此铺开——户均1人务工，户均养殖2头牛。") if f.unit == "person"] == []
