"""A work group's size counted in people right after it (我们工作组N个人, 工作组N人轮流值班): the group's members,
as a work team's are (seed: 工作组 is a team_members_dispatched keyword as 工作队 is); counted by 个 it stays a
count of groups. Every sentence is made up for the test: invented places and counts.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one

OPENING = "宁都讯 宁都县洛口镇杨依村驻村工作队扎实开展帮扶。"


def test_a_work_groups_members_counted_in_people():
    for sentence in ("我们工作组5个人分为两班。", "工作组5人轮流值班。"):
        fact = one(facts_of(OPENING + sentence), 5)
        assert (fact.metric, fact.unit) == ("team_members_dispatched", "person"), sentence


def test_work_groups_counted_by_ge_stay_groups():
    fact = one(facts_of(OPENING + "县里派出工作组7个。"), 7)
    assert (fact.metric, fact.unit) == ("teams_dispatched", "team")
