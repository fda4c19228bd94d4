"""A rural-revitalisation service team (乡村振兴服务队), the name some provinces give the stationed team, makes a page
about the programme; its 队长 is a team leader and its 队员 team members. A volunteer service team's leader is no
stationed cadre. Every sentence is made up for the test: invented places and names.
"""
from __future__ import annotations

from tests.unit.extract_asserts import people_by_name, roles_and_villages

STORY = ("本报讯 看到洛口镇一年来的变化，乡村振兴服务队队长芮远航打心眼里高兴。去年春天，他带领6名队员进驻洛口镇。"
         "在乡村振兴服务队队长芮远航和队员柏志明的联系下，一家企业落户洛口镇。")


def test_the_service_team_leader_and_member_are_read_on_a_page_naming_no_other_programme_word():
    found = roles_and_villages(STORY)
    assert found["芮远航"][0] == "team_leader"
    assert found["柏志明"][0] == "team_member"


def test_a_volunteer_service_team_leader_is_no_cadre():
    assert "柏文涛" not in people_by_name(STORY + "志愿服务队队长柏文涛带队义诊。")
