"""Cadres listed by name and counted by what they are: a sending level written before the post
(NAME、NAME、NAME 3名市派驻村干部: LIST, LIST_TAIL), and a team's members counted by their profession in a sentence
that stations a team (…在某村派驻工作队，NAME、NAME、NAME 3名检察官…: NAMES_COUNTED_TITLED, the profession nouns in
seeds/person_cues.csv `counted_title`). Every sentence is made up for the test: invented names and places.
"""
from __future__ import annotations

from tests.unit.extract_asserts import roles_and_villages


def test_a_list_counted_by_a_post_with_the_sending_level_gives_the_cadres():
    text = "宁都讯 节前，县领导来到洋坑村，慰问芮远航、芮晓岚、柏志明3名市派驻村干部。"
    assert set(roles_and_villages(text)) == {"芮远航", "芮晓岚", "柏志明"}


def test_members_counted_by_their_profession_after_a_team_is_stationed():
    text = ("宁都讯 2019年起，县检察院在杨依村派驻驻村工作队，芮远航、芮晓岚、柏志明3名检察官"
            "轮流住在村里。")
    found = roles_and_villages(text)
    assert found == {"芮远航": ("team_member", "杨依村"), "芮晓岚": ("team_member", "杨依村"),
                     "柏志明": ("team_member", "杨依村")}


def test_a_profession_count_that_disagrees_with_the_names_gives_none():
    text = ("宁都讯 2019年起，县检察院在杨依村派驻驻村工作队，芮远航、芮晓岚、柏志明5名检察官"
            "轮流住在村里。")
    assert roles_and_villages(text) == {}


def test_professionals_counted_with_no_team_stationed_are_not_cadres():
    text = "宁都讯 在昨天的庭审中，芮远航、芮晓岚、柏志明3名检察官出庭支持公诉。"
    assert roles_and_villages(text) == {}


def test_a_team_named_by_its_head_alone_gives_the_head_and_the_village():
    text = "宁都讯 去年春天，县审计局组建由业务骨干芮远航为第一书记的帮扶工作队，进驻洛口镇杨依村。"
    assert roles_and_villages(text) == {"芮远航": ("first_secretary", "杨依村")}


def test_a_head_named_with_no_team_opening_is_left_to_other_rules():
    text = "宁都讯 会上，芮远航为驻村第一书记的工作队颁发了锦旗。"
    assert roles_and_villages(text) == {}
