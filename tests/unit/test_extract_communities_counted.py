"""Communities counted as the places teams are sent to (向N个村、N个社区选派工作组): 社区 is a village-level place,
so the count is of communities, never of the teams the verb after it sends; a team noun right after the community
noun still names the teams counted (N个社区工作队). Every sentence is made up for the test.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of

OPENING = "宁都讯 宁都县洛口镇杨依村驻村工作队扎实开展帮扶。"


def test_communities_before_a_verb_sending_teams_are_no_teams():
    facts = facts_of(OPENING + "全县向86个村、18个社区选派工作组。")
    assert not [f for f in facts if f.value == 18 and f.unit == "team"]


def test_communities_a_team_is_sent_to_are_places_covered():
    facts = facts_of(OPENING + "全县向12个社区派驻工作队。")
    assert [(f.metric, f.unit) for f in facts if f.value == 12] == [("villages_covered", "village")]


def test_community_teams_are_teams():
    facts = facts_of(OPENING + "全县组建12个社区工作队。")
    assert [f.unit for f in facts if f.value == 12] == ["team"]
