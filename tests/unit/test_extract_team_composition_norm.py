"""The make-up every team must have, written with a bound among its counts (由1名第一书记、2名及以上队员组成): a norm,
no figure of people sent (facts.FactExtractor._composition_norm: a count qualified at_least or at_most); a team
made of a stated number of cadres stays a figure. Every sentence is made up for the test: invented places and
figures.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one

OPENING = "宁都讯 全县扎实开展驻村帮扶。"


def test_a_team_make_up_with_a_bound_is_a_norm():
    assert facts_of(OPENING + "按要求每支工作队由1名第一书记和3名以上队员组成。") == []


def test_a_team_made_of_a_stated_number_of_cadres_is_a_figure():
    fact = one(facts_of(OPENING + "县农业局派出由4名干部组成的工作队进驻杨依村。"), 4, "person")
    assert (fact.metric, fact.region) == ("team_members_dispatched", "杨依村")
