"""作为<post>，N岁的NAME…: the post the cadre acts as, then his age, then his name opening the clause. Every sentence
is made up for the test: invented places and names.
"""
from __future__ import annotations

from tests.unit.extract_asserts import roles_and_villages

OPENING = "宁都讯 宁都县洛口镇杨依村驻村工作队扎实开展帮扶。"


def test_age_in_digits_between_the_post_and_the_name():
    people = roles_and_villages(OPENING + "作为杨依村工作队队长，53岁的芮远航对记者说，三年来村里变了样。")
    assert people.get("芮远航") == ("team_leader", "杨依村")


def test_age_in_chinese_numerals_between_the_post_and_the_name():
    people = roles_and_villages(OPENING + "作为第一书记，四十六岁的柏志明对记者说，村里的路通了。")
    assert people.get("柏志明") == ("first_secretary", "杨依村")


def test_an_age_with_no_post_acted_as_names_no_cadre():
    people = roles_and_villages(OPENING + "村民们说，52岁的柏章福是村里的种粮能手。")
    assert "柏章福" not in people
