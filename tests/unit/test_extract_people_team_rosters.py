"""Members of a team named in the ways a roster is written inside a sentence, and cadres named with their own
posting: the team by each member's part with no verb of forming it (以NAME为第一书记，NAME、NAME为队员的3人工作队,
people._TEAM_OF_PARTS_RE); the team's staff word or its party's size before a list of names (工作组的工作人员NAME、
NAME, 工作队某行一行三人NAME、NAME、NAME, _TEAM_STAFF_LISTED_RE); a note of each name's posting in brackets
(NAME(下派某镇某村)、NAME(…)2位干警, _POSTING_NOTE_RE); a named cadre taking the post as who he is
(NAME以驻村干部身份来到某村, _AS_POST_NAMED_RE); titles of banks, departments and stations before a name
(seeds/person_cues.csv `title`). Every sentence is made up for the test: invented names and places.
"""
from __future__ import annotations

from tests.unit.extract_asserts import roles_and_villages


def test_a_team_named_by_each_members_part_gives_the_leader_and_the_members():
    text = ("宁都讯 2022年4月，县农商行组建以芮远航为第一书记，芮晓岚、柏志明为队员的3人帮扶工作队，"
            "从此扎根杨依村开展帮扶。")
    assert roles_and_villages(text) == {"芮远航": ("first_secretary", "杨依村"), "芮晓岚": ("team_member", "杨依村"),
                                        "柏志明": ("team_member", "杨依村")}


def test_a_team_by_parts_whose_count_disagrees_with_the_names_gives_none():
    text = ("宁都讯 县农商行组建以芮远航为第一书记，芮晓岚、柏志明为队员的5人帮扶工作队，从此扎根杨依村开展帮扶。")
    assert roles_and_villages(text) == {}


def test_the_party_size_of_a_team_before_its_names_gives_its_members():
    text = "宁都讯 洋坑村驻村工作队县信用社一行三人芮远航、芮晓岚、柏志明，一年四季奔走在田间地头。"
    assert roles_and_villages(text) == {"芮远航": ("team_member", "洋坑村"), "芮晓岚": ("team_member", "洋坑村"),
                                        "柏志明": ("team_member", "洋坑村")}


def test_the_staff_of_a_team_listed_by_name_are_its_members():
    text = "宁都讯 一边坐着村里的年轻人，对面是第一批驻村工作组的全体工作人员芮远航、柏志明……大家围坐在一起。"
    assert set(roles_and_villages(text)) == {"芮远航", "柏志明"}


def test_a_party_size_that_disagrees_with_the_names_listed_gives_none():
    text = "宁都讯 洋坑村驻村工作队县信用社一行四人芮远航、芮晓岚、柏志明，一年四季奔走在田间地头。"
    assert roles_and_villages(text) == {}


def test_each_name_with_a_bracketed_posting_goes_to_its_own_village():
    text = ("宁都讯 县法院选派芮远航(下派黄陂镇杨依村)、柏志明(下派洛口镇洋坑村)2位干警，到村驻点帮扶。")
    assert roles_and_villages(text) == {"芮远航": ("team_member", "杨依村"), "柏志明": ("team_member", "洋坑村")}


def test_a_single_name_with_a_bracketed_note_outside_a_list_gives_no_cadre():
    text = "宁都讯 杨依村养蜂大户柏志明(家住杨依村)说，今年的收成不错。"
    assert "柏志明" not in roles_and_villages(text)


def test_a_named_cadre_taking_the_post_as_who_he_is_in_a_village():
    text = "宁都讯 2021年10月，县农商行副行长芮远航以驻村干部身份扎根于杨依村，专门负责产业发展。"
    assert roles_and_villages(text) == {"芮远航": ("team_member", "杨依村")}


def test_a_former_first_secretary_named_after_a_deputy_heads_title():
    text = "宁都讯 早年在杨依村任第一书记的县农业局副站长芮远航，这次也赶来参加活动。"
    assert roles_and_villages(text) == {"芮远航": ("first_secretary", "杨依村")}
