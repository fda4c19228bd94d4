"""Cadres tied to the village team by the verb of their clause rather than a post before the name: one who leads
the team at its work (NAME带着工作队…), one said to belong to it (NAME是工作组的一员), the head named by his part
after the team's make-up (工作队由三人组成。其中，NAME为队长), a member of a 帮促 team, a given name whose last
character the analyser reads with the verb of saying after it, and a name stationed in the village its clause's
chain of places closes on (NAME将在某县某镇某村驻村). Sentences written here."""
from __future__ import annotations

import pytest

from flows.reports.extract import extract_text
from tests.unit.extract_asserts import roles_and_villages


def people_of(text: str) -> list:
    return extract_text(text).people

OPENING = "宁都讯 洛口镇杨依村驻村工作队扎根基层。"


@pytest.mark.parametrize("sentence, name, role", [
    ("芮远航带着驻村工作队挨家挨户摸底，核实贫困户。", "芮远航", "team_leader"),
    ("柏志明是帮扶工作组的成员之一。当天，他们要去贫困户家。", "柏志明", "team_member"),
    ("工作队由三人组成。其中，机关党委书记芮远航为队长，他是一名退役干部。", "芮远航", "team_leader"),
    ("工作队由三人组成。其中，办公室主任芮一鸣为副队长。", "芮一鸣", "team_member"),
    ("驻点杨依村帮促队成员芮一鸣介绍，路已修通。", "芮一鸣", "team_member"),
    ("驻点杨依村帮扶队员柏志明说，路已修通。", "柏志明", "team_member"),
])
def test_a_cadre_tied_to_the_team_by_the_verb_of_the_clause(sentence, name, role):
    assert roles_and_villages(OPENING + sentence).get(name) == (role, "杨依村")


@pytest.mark.parametrize("sentence", [
    "县委书记芮远航带领工作队到村调研。",  # an official bringing a team along is not its head
    "芮远航为队长的消息传来。",  # a head named with no team's make-up stated before
])
def test_no_cadre_without_the_team_tie(sentence):
    assert "芮远航" not in roles_and_villages(OPENING + sentence)


def test_a_name_opening_its_clause_stationed_in_the_village_its_places_close_on():
    text = "宁都讯 再有两天，芮远航将在石城县洛口镇杨依村驻村整整三年，他是县委选派的第一书记。"
    assert {p.name: (p.role, p.village, p.county) for p in people_of(text)} == {
        "芮远航": ("first_secretary", "杨依村", "石城县")}


def test_the_village_a_later_clause_gives_brings_its_county():
    text = "宁都讯 县里的第一书记芮远航说，日子越过越好。如今，芮远航在石城县洛口镇杨依村驻村，村里变了。"
    assert {p.name: (p.village, p.county) for p in people_of(text)} == {"芮远航": ("杨依村", "石城县")}


def test_a_villager_rooted_in_the_village_is_no_cadre():
    assert people_of("宁都讯 洛口镇杨依村驻村工作队扎根基层。村民芮一鸣在杨依村扎根种地多年。") == []


def test_the_companions_after_still_are_members_of_the_same_team():
    text = OPENING + "芮远航是驻村工作队的一员。和他一起的，还有民警柏志明和教师芮晓岚。"
    assert roles_and_villages(text) == {name: ("team_member", "杨依村") for name in ("芮远航", "柏志明", "芮晓岚")}


def test_a_dotted_name_listed_after_another_is_read_past_its_dot():
    text = OPENING + "驻村工作组芮远航、库尔班·阿不都克里木一起入户走访。"
    assert set(roles_and_villages(text)) == {"芮远航", "库尔班·阿不都克里木"}


def test_the_preposition_of_time_after_a_name_is_no_part_of_it():
    text = OPENING + "作为杨依村的驻村干部，芮专于2017年9月驻村。"
    assert set(roles_and_villages(text)) == {"芮专"}


@pytest.mark.parametrize("sentence", [
    "县供电公司选派干部芮远航到洛口镇杨依村任第一书记。",
    "县水务公司选派懂农业、肯吃苦的一线员工芮远航到洛口镇杨依村任党支部第一书记。",
])
def test_a_cadre_sent_after_what_he_is_like_and_his_title_takes_the_post_named_after_the_village(sentence):
    assert roles_and_villages(OPENING + sentence) == {"芮远航": ("first_secretary", "杨依村")}


@pytest.mark.parametrize("sentence", [
    "2019年，芮远航接过了杨依村“第一书记”的担子。",
    "2019年，芮远航接过了上一任驻村第一书记的重担，扎根杨依村。",
])
def test_a_cadre_taking_the_post_over_holds_it(sentence):
    assert roles_and_villages(OPENING + sentence) == {"芮远航": ("first_secretary", "杨依村")}


def test_a_villager_taking_over_a_family_burden_is_no_cadre():
    assert "芮一鸣" not in roles_and_villages(OPENING + "村民芮一鸣接过了父亲的担子。")


@pytest.mark.parametrize("sentence, role, village", [
    ("县委组织部选派芮远航、柏志明等同志到杨依村驻村。", "team_member", "杨依村"),
    ("县里选派了芮远航、柏志明等3名第一书记到北辛庄村。", "first_secretary", "北辛庄村"),
])
def test_names_listed_after_a_verb_of_sending_and_closed_by_etc_are_cadres_sent(sentence, role, village):
    assert roles_and_villages(OPENING + sentence) == {name: (role, village) for name in ("芮远航", "柏志明")}


def test_a_story_headed_by_its_cadres_name_under_a_series_title_naming_the_post():
    text = ("驻村第一书记风采录之三\n芮远航：带着杨依村闯出新路\n"
            "记者柏章福 芮远航来到杨依村三年了。芮远航说，村里变了。")
    assert roles_and_villages(text) == {"芮远航": ("first_secretary", "杨依村")}


def test_a_name_heading_a_line_with_no_post_in_the_title_is_no_cadre():
    text = "乡村振兴风采录之三\n芮远航：带着乡亲们闯出新路\n记者柏章福 芮远航种了三年脐橙。芮远航说，村里变了。"
    assert roles_and_villages(text) == {}


def test_the_one_named_before_the_team_he_leads_is_its_leader():
    text = OPENING + "村里来了新面孔——某处副处长芮远航带领的县地质局驻村工作队。芮远航说，村里变了。"
    assert roles_and_villages(text) == {"芮远航": ("team_leader", "杨依村")}


def test_a_one_part_name_the_seed_knows_closes_before_a_verb_of_going():  # 巴特尔: a seed part
    assert roles_and_villages(OPENING + "驻村第一书记巴特尔到嘎查牧户家中了解情况。") == {"巴特尔": ("first_secretary", "杨依村")}


@pytest.mark.parametrize("sentence, name", [
    ("驻村第一书记德力格尔说，嘎查变了。", "德力格尔"),  # Mongolian, one part the seed lists
    ("工作队员瓦扎说，村里变了。", "瓦扎"),  # Yi
    ("驻村队员降措到牧民家走访。", "降措"),  # Tibetan
])
def test_names_with_no_han_surname_are_read_by_the_seeds_name_parts(sentence, name):
    assert set(roles_and_villages("宁都讯 洛口镇杨依嘎查驻村工作队扎根基层。" + sentence)) == {name}
