"""Cadres from the K tuned folds' classes, on sentences written here: the leader a team is named by, his unit and
title before him (以某局股长NAME同志带队的工作队), and a titled cadre who arrives in a village and takes a
post there (县某局副局长NAME同志走进某村，担任驻村第一书记)."""
from __future__ import annotations

from tests.unit.extract_asserts import people_by_name

OPENING = "宁都讯 驻村帮扶进入第三年。"


def test_the_leader_a_team_is_named_by():
    read = people_by_name(OPENING + "今年6月，以县民委股长芮远航同志带队的工作队住进洛口镇杨依村。")
    assert (read["芮远航"].role, read["芮远航"].village) == ("team_leader", "杨依村")


def test_a_titled_cadre_arriving_to_take_a_post():
    read = people_by_name(OPENING + "县公安局副局长芮远航同志走进洛口镇杨依村，担任驻村第一书记。")
    assert (read["芮远航"].role, read["芮远航"].village, read["芮远航"].dispatch_unit) == (
        "first_secretary", "杨依村", "县公安局")


def test_a_titled_official_arriving_on_a_visit_is_no_cadre():
    assert people_by_name(OPENING + "县公安局副局长芮远航来到洛口镇杨依村，给贫困户送去米和油。") == {}


def test_an_official_arriving_to_visit_a_named_post_holder_is_no_cadre():
    read = people_by_name(OPENING + "县公安局副局长芮远航来到洛口镇杨依村，看望第一书记柏志明。")
    assert list(read) == ["柏志明"]


def test_a_name_arriving_in_a_village_to_take_the_post_named_next():
    read = people_by_name(OPENING + "2021年5月，芮远航从县交通局来到杨依村，成为驻村第一书记。")
    assert (read["芮远航"].role, read["芮远航"].village, read["芮远航"].dispatch_unit) == (
        "first_secretary", "杨依村", "县交通局")


def test_a_name_stationed_in_a_village_is_a_member():
    read = people_by_name(OPENING + "芮远航到杨依村驻村已经两年多了。")
    assert (read["芮远航"].role, read["芮远航"].village) == ("team_member", "杨依村")


def test_a_villager_going_to_the_team_is_no_cadre():
    assert people_by_name(OPENING + "芮晓岚到杨依村驻村工作队反映情况。") == {}
    assert people_by_name(OPENING + "记者跟着芮远航来到杨依村，看到村里变化很大。") == {}


def test_members_after_the_secretarys_own_clause():
    read = people_by_name("宁都讯 杨依村的驻村干部有三人：第一书记芮远航，队员柏志明、芮一鸣。他们吃住在村。")
    assert {n: p.role for n, p in read.items()} == {
        "芮远航": "first_secretary", "柏志明": "team_member", "芮一鸣": "team_member"}


def test_the_speaker_of_the_sentence_before_acting_as_the_post():
    text = OPENING + "“路通了，产业才能起来。”芮远航说。作为杨依村的第一书记，他把修路当成头等大事。"
    read = people_by_name(text)
    assert (read["芮远航"].role, read["芮远航"].village) == ("first_secretary", "杨依村")


def test_a_villager_speaking_before_the_post_is_no_cadre():
    text = OPENING + "“路通了，产业才能起来。”村民芮晓岚说。作为杨依村的第一书记，他把修路当成头等大事。"
    assert people_by_name(text) == {}


def test_a_roster_of_the_post_with_each_village_in_brackets():
    read = people_by_name(OPENING + "驻村第一书记名单：芮远航（杨依村）、柏志明（洛口镇柏家村）。")
    assert {n: (p.role, p.village) for n, p in read.items()} == {
        "芮远航": ("first_secretary", "杨依村"), "柏志明": ("first_secretary", "柏家村")}


def test_a_roster_with_units_in_brackets_names_no_village_cadre():
    assert people_by_name(OPENING + "表彰名单：芮远航（县交通局）、柏志明（县林业局）。") == {}
