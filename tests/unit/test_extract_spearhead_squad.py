"""A stationed spearhead squad (尖刀班), the name some provinces give the village work team: its leader (班长) leads
a team, its members (成员, 队员) are team members, counted or named, with or without quotation marks around the
squad's name. 由 after a post, before a time word or a count (成员由当初的3人…), opens the squad's make-up, not a
name. Every sentence is made up for the test: invented places and names.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one, roles_and_villages

OPENING = "宁都讯 宁都县洛口镇杨依村驻村工作队扎实开展帮扶。"


def test_the_squad_leader_leads_a_team():
    people = roles_and_villages(OPENING + "驻村尖刀班班长芮远航感慨地说，村里变了样。")
    assert people.get("芮远航") == ("team_leader", "杨依村")


def test_the_quoted_squad_leader_beside_a_first_secretary():
    people = roles_and_villages(OPENING + "3月9日，县总工会驻村“尖刀班”班长芮远航、驻村第一书记柏志明召集队员开会。")
    assert people.get("芮远航") == ("team_leader", "杨依村")
    assert people.get("柏志明") == ("first_secretary", "杨依村")


def test_squad_members_counted_are_team_members_sent():
    fact = one(facts_of(OPENING + "村里的尖刀班成员共12名，分组入户。"), 12)
    assert (fact.metric, fact.unit) == ("team_members_dispatched", "person")


def test_the_preposition_after_a_post_opens_no_name():
    for sentence in ("杨依村“尖刀班”成员由当初的3人增加到6人。", "杨依村工作队成员由当初的3人增加到6人。"):
        people = roles_and_villages(OPENING + sentence)
        assert not people, (sentence, people)


def test_a_surname_after_a_post_still_opens_a_name():
    people = roles_and_villages(OPENING + "驻村尖刀班成员由海涛走访了全村农户。")
    assert people.get("由海涛") == ("team_member", "杨依村")
