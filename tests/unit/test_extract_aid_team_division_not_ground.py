"""A province or city named only as the opening of the team it sends to aid another region (在某省援藏工作组的协调
下, 某市援疆医疗队): the division that aids, not the place aided; the figures stay on the county whose teams the
story is about. Every sentence is made up for the test: invented places and names.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one

OPENING = "石城讯 石城县驻村工作队联合江西省援建医疗团队，持续开展义诊活动。"


def test_aid_team_of_a_province_is_not_the_ground():
    facts = facts_of(OPENING + "在江西省援藏南昌工作组的组织下，半年来，医疗队开展义诊30余场，送去价值2万余元的药品。")
    assert one(facts, 20000).region == "石城县"


def test_a_province_that_does_the_work_itself_stays():
    facts = facts_of("石城讯 江西省驻村工作队下乡义诊。江西省今年共选派驻村干部3000名。")
    assert one(facts, 3000).region == "江西省"
