"""Counts of villages and teams the earlier rules misread: villages that met the standard and left poverty
(N个村均达标出列) are a result, not villages covered; teams named by the campaign (N个乡村振兴工作队) are teams,
the 村 of 乡村振兴 counting no villages; cadres counted right before the teams they make up (N名干部M个工作队)
are those sent. Sentences written here."""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one

OPENING = "宁都讯 洛口镇杨依村驻村工作队扎根基层。"


def test_villages_that_met_the_standard_and_left_poverty_are_a_result():
    fact = one(facts_of(OPENING + "到去年底，石城县17个贫困村均达标出列。"), 17)
    assert (fact.kind, fact.metric, fact.unit) == ("outcome", "other", "village")


def test_teams_named_by_the_campaign_are_counted_as_teams():
    fact = one(facts_of(OPENING + "石城县完善包村机制，组建了96个乡村振兴工作队。"), 96)
    assert (fact.metric, fact.unit) == ("teams_dispatched", "team")


def test_cadres_counted_before_the_teams_they_make_up_are_those_sent():
    facts = facts_of(OPENING + "石城县完善包村机制，415名干部96个乡村振兴工作队覆盖所有村。")
    cadres, teams = one(facts, 415), one(facts, 96)
    assert (cadres.metric, cadres.unit) == ("cadres_dispatched", "person")
    assert (teams.metric, teams.unit) == ("teams_dispatched", "team")
