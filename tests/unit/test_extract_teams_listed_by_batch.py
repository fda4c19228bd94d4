"""A unit's successive teams listed by batch (第一批：NAME、NAME；第二批：NAME…) are members of the village's team;
a single batch written so, with no other beside it, is left unread. Every sentence is made up for the test: invented
places and names.
"""
from __future__ import annotations

from tests.unit.extract_asserts import roles_and_villages

OPENING = "宁都讯 宁都县洛口镇杨依村驻村工作队扎实开展帮扶。"


def test_members_listed_by_batch_are_the_villages_team():
    found = roles_and_villages("宁都讯 宁都县洛口镇杨依村驻村工作队自2015年成立至今，学院先后选派了3批干部驻村开展工作，"
                               "包括第一批：芮远航、柏志明、芮晓岚；第二批：柏章福、芮一鸣；第三批：柏文涛。")
    assert found["柏志明"] == ("team_member", "杨依村")
    assert found["柏文涛"] == ("team_member", "杨依村")


def test_one_batch_alone_is_not_read():
    found = roles_and_villages(OPENING + "村里的第一批：芮一鸣、柏文涛，在合作社入股。")
    assert "柏文涛" not in found
