"""Cadres whose name stands apart from their post: a rank set after the post (第一书记、四级调研员NAME), a given
name opening with 书 (kept out of names for 书记), a team's people counted as comrades after the team is
stationed, and a pronoun posting the person named before, after a time word and a clause of what else they did.
Sentences written here."""
from __future__ import annotations

from tests.unit.extract_asserts import people_by_name, roles_and_villages


def test_a_rank_between_the_post_and_the_name_is_skipped():
    text = "宁都讯 县卫健委派驻洛口镇杨依村开展工作，县卫健委驻村第一书记、三级主任科员柏志明一同座谈。"
    assert roles_and_villages(text) == {"柏志明": ("first_secretary", "杨依村")}


def test_a_given_name_opening_with_the_character_of_secretary_is_a_name_before_a_verb():
    text = "宁都讯 洛口镇杨依村如今变了样。县教育局选派的驻村第一书记芮书友笑着说，村里路通了。"
    assert "芮书友" in people_by_name(text)


def test_the_post_of_secretary_itself_is_still_no_given_name():
    text = "宁都讯 洛口镇杨依村驻村工作队进驻以来，芮书记说，村里路通了。"
    assert "芮书记" not in people_by_name(text)


def test_names_counted_as_comrades_after_the_team_is_stationed_are_its_members():
    text = ("宁都讯 县委选派的第5批驻杨依村工作队今年3月进驻，柏志明、芮一鸣、柏文涛3位同志"
            "挑起了帮扶的担子。")
    assert roles_and_villages(text) == {name: ("team_member", "杨依村") for name in ("柏志明", "芮一鸣", "柏文涛")}


def test_a_pronoun_after_a_time_word_posts_the_person_named_before():
    text = ("宁都讯 县委办干部柏文涛，今年57岁。2017年，柏文涛进了扶贫工作队，一干就是5年。"
            "眼下，他又回到乡村振兴一线，担任洛口镇杨依村驻村第一书记。")
    assert roles_and_villages(text) == {"柏文涛": ("first_secretary", "杨依村")}
