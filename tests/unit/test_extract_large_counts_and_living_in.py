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
    fact = one(facts_of("北京讯 这些年，全国累计选派了近30万优秀干部到村任第一书记。\n"), 300000)
    assert (fact.metric, fact.unit, fact.qualifier, fact.region_level) == ("cadres_dispatched", "person", "approx", "country")


def test_an_article_on_cadres_living_in_villages_is_about_the_programme():
    facts = facts_of("伊犁讯 这一年，全区组织12万干部下基层，一批批住进8000多个行政村，"
                     "和村民同住同劳动，机关干部住村成了常态。\n")
    assert one(facts, 120000).metric == "cadres_dispatched"
    assert one(facts, 8000).metric == "villages_covered"


def test_teams_too_many_for_a_village_are_put_on_the_place_above_it():
    facts = facts_of("伊犁讯 石门村的住村干部刚刚安顿下来，全区首批8300个工作组的52000名干部也都进了村。\n")
    teams = one(facts, 8300)
    assert teams.metric == "teams_dispatched" and teams.region != "石门村"
    cadres = one(facts, 52000)
    # the groups' cadres are their members: either dispatch metric of people names them
    assert cadres.metric in ("cadres_dispatched", "team_members_dispatched") and cadres.region != "石门村"


def test_incomes_compared_with_are_no_results():
    facts = facts_of("石门村讯 工作队进村那年，村民人均收入远低于全县平均的9100元，"
                     "比全国平均的11200元还低。三年里，工作队帮助村民人均增收2000元。\n")
    assert not [f for f in facts if f.value in (9100, 11200)]
    assert one(facts, 2000).metric == "income_increase"


def test_a_cadre_living_in_the_village_named_after_the_post_is_a_team_member():
    people = roles_and_villages("伊犁讯 石门村的住村干部们帮助村里办起了两个合作社。住村干部张建华说，明年还要再办一个。\n")
    assert people == {"张建华": ("team_member", "石门村")}
