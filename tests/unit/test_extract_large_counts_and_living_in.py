"""Cadres counted in ten thousands with no classifier (N万干部下基层, 近N万优秀干部), the stationing written as
living in the village (住村, 访民情、惠民生、聚民心) as a programme term, dispatch counts no village has put on the
place above it (首批N个工作组 in one village's story), and the cadres of the teams counted right before them
(N个工作组的M名干部); incomes compared with (低于…的N元, 比…的N元低) are no results; a cadre named after
住村干部 is a team member. Every sentence is made up
for the test (real division names, invented villages and figures); none is taken from a page.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one, roles_and_villages


def test_cadres_counted_in_ten_thousands_with_no_classifier_are_cadres_sent():
    fact = one(facts_of("新华社北京电 党的十八大以来，全国累计选派近30万优秀干部担任驻村第一书记。\n"), 300000)
    assert (fact.metric, fact.unit, fact.qualifier, fact.region_level) == ("cadres_dispatched", "person", "approx", "country")


def test_an_article_on_cadres_living_in_villages_is_about_the_programme():
    facts = facts_of("乌鲁木齐讯 2015年3月，新疆启动为期2年的12万干部下基层“访民情、惠民生、聚民心”活动，"
                     "要求各级机关抽调干部轮换到8000多个行政村住村。\n")
    assert one(facts, 120000).metric == "cadres_dispatched"
    assert one(facts, 8000).metric == "villages_covered"


def test_teams_too_many_for_a_village_are_put_on_the_place_above_it():
    facts = facts_of("乌鲁木齐讯 就在石门村迎来住村干部的同时，首批8300个工作组的52000名干部四散到了各个村庄。\n")
    teams = one(facts, 8300)
    assert teams.metric == "teams_dispatched" and teams.region != "石门村"
    cadres = one(facts, 52000)
    assert cadres.metric == "cadres_dispatched" and cadres.region != "石门村"


def test_incomes_compared_with_are_no_results():
    facts = facts_of("石门村讯 驻村工作队来到石门村时，这个村的人均收入低于去年全省农民人均收入的9100元，"
                     "更比全国平均的11200元低。工作队帮助村民人均增收2000元。\n")
    assert not [f for f in facts if f.value in (9100, 11200)]
    assert one(facts, 2000).metric == "income_increase"


def test_a_cadre_living_in_the_village_named_after_the_post_is_a_team_member():
    people = roles_and_villages("疏附讯 石门村的住村干部们帮助村里建立起三个合作社。住村干部李慧敏说，订单已经排到了年底。\n")
    assert people == {"李慧敏": ("team_member", "石门村")}
