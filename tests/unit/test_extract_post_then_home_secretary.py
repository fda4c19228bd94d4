"""A stationed post, then the cadre's unit at home and his party or executive title there (队长、某医院党委书记NAME,
第一书记、某公司董事长NAME): the name after the home title holds the stationed post. Every sentence is made up for
the test: invented places and names.
"""
from __future__ import annotations

from tests.unit.extract_asserts import people_by_name

OPENING = "宁都讯 宁都县洛口镇杨依村驻村工作队扎实开展帮扶。"


def test_team_leader_then_a_hospitals_party_secretary():
    people = people_by_name(OPENING + "每每说起那几年，洛口镇杨依村扶贫工作队队长、县中心医院党委书记芮远航就想起老队员。")
    assert (people["芮远航"].role, people["芮远航"].village, people["芮远航"].dispatch_unit) == (
        "team_leader", "杨依村", "县中心医院")


def test_first_secretary_then_a_firms_chairman():
    people = people_by_name(OPENING + "杨依村第一书记、县城投公司董事长柏志明带着队员走访农户。")
    assert (people["柏志明"].role, people["柏志明"].village) == ("first_secretary", "杨依村")
