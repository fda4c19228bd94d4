"""People counted as the ones who go into the villages and homes (N名党员干部进村入户, N人常态化走访) or who form
several teams (抽出N人组成M个服务队) are the cadres sent, not households visited nor jobs; people counted after a
verb of visiting (走访群众N人) stay those visited. Every sentence is made up for the test: invented places and names.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one

OPENING = "宁都讯 宁都县洛口镇杨依村驻村工作队扎实开展帮扶。"


def test_cadres_counted_before_going_into_homes_are_those_sent():
    fact = one(facts_of(OPENING + "全县3.6万名党员干部进村入户，摸清底数。"), 36000)
    assert (fact.kind, fact.metric, fact.unit) == ("dispatch", "cadres_dispatched", "person")


def test_people_counted_then_an_adverb_then_the_visit():
    fact = one(facts_of(OPENING + "帮扶队伍1850人常态化走访农户，解决实际困难。"), 1850)
    assert (fact.kind, fact.metric) == ("dispatch", "cadres_dispatched")


def test_people_who_form_several_teams_are_those_sent():
    fact = one(facts_of(OPENING + "为回应杨依村村民办产业的期盼，县林业局从下属站所抽出35人组成5个技术服务队，下沉蹲点指导。"), 35)
    assert (fact.kind, fact.metric, fact.unit) == ("dispatch", "cadres_dispatched", "person")


def test_people_counted_after_the_visit_are_those_visited():
    fact = one(facts_of(OPENING + "工作队入户走访群众2400人，收集意见。"), 2400)
    assert (fact.kind, fact.metric) == ("outcome", "households_visited")


def test_villagers_counted_before_a_visit_are_not_cadres():
    facts = facts_of(OPENING + "村里320名群众走访亲友，互帮互助。")
    assert all(f.metric != "cadres_dispatched" for f in facts)
