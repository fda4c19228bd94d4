"""A village instructor (乡村指导员), the name some cities give the cadre stationed in a village: named, a team
member of that village; counted, the cadres sent. Every sentence is made up for the test: invented places
and names.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one, roles_and_villages

OPENING = "宁都讯 宁都县洛口镇杨依村驻村工作队扎实开展帮扶。"


def test_a_named_village_instructor_is_a_team_member_there():
    people = roles_and_villages(OPENING + "洛口镇杨依村乡村指导员芮晓岚，每月写两份村情报告。")
    assert people.get("芮晓岚") == ("team_member", "杨依村")


def test_village_instructors_counted_are_cadres_sent():
    fact = one(facts_of(OPENING + "县里选派17名乡村指导员进驻经济薄弱村。"), 17)
    assert (fact.metric, fact.unit) == ("cadres_dispatched", "person")
