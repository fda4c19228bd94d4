"""Cadres named in ways the earlier rules missed: one speaking for the post's holders (第一书记代表NAME), one
whose home title is a unit's chief technical post (总农艺师) after his team post, a two-character name followed by
a modal verb the analyser reads into it (NAME要尽快…), a member named after his help group (帮扶组的NAME), and a
list of names each after its own unit when the unit is a museum or a library (某馆NAME、某馆NAME任队员).
Sentences written here."""
from __future__ import annotations

import pytest

from tests.unit.extract_asserts import people_by_name, roles_and_villages

OPENING = "宁都讯 洛口镇杨依村驻村工作队扎根基层。"


@pytest.mark.parametrize("sentence, name, role", [
    ("会上，驻村第一书记代表芮远航作了表态发言。", "芮远航", "first_secretary"),
    ("会上，杨依村工作队队长、县水利局总工程师柏志明作了发言。", "柏志明", "team_leader"),
    ("会上强调，新来的第一书记芮远要尽快摸清底数。", "芮远", "first_secretary"),
    ("正月初二，帮扶组的芮晓岚得知消息，立即赶回村里。", "芮晓岚", "team_member"),
])
def test_the_name_after_a_post_its_delegate_word_or_title(sentence, name, role):
    read = roles_and_villages(OPENING + sentence)
    assert read.get(name) == (role, "杨依村"), read


def test_no_name_is_made_of_the_delegate_word():
    read = people_by_name(OPENING + "会上，驻村第一书记代表芮远航作了表态发言。")
    assert not [n for n in read if n.startswith("代")], list(read)


def test_names_listed_each_after_a_museum_or_library_unit():
    read = people_by_name(OPENING + "工作队由县图书馆柏文涛、县档案馆芮一鸣任队员，当月进驻。")
    assert {n: (p.role, p.dispatch_unit) for n, p in read.items()} == {
        "柏文涛": ("team_member", "县图书馆"), "芮一鸣": ("team_member", "县档案馆")}


def test_a_story_of_a_help_group_is_about_the_programme():
    # no other programme word on the page: 帮扶组 alone marks the stationed team
    text = ("宁都讯 县委办驻洛口镇杨依村帮扶组两名成员清晨进村。腊月廿八，帮扶组的芮晓岚接到电话，"
            "马上赶回村里，帮村民找买家。")
    assert roles_and_villages(text).get("芮晓岚") == ("team_member", "杨依村")


def test_names_sent_listed_with_ji_before_deng_are_all_read():
    read = people_by_name(OPENING + "结对以来，县人民政府先后委派芮远航、柏志明及芮一鸣等人驻村帮扶。")
    assert {"芮远航", "柏志明", "芮一鸣"} <= set(read), list(read)


@pytest.mark.parametrize("colleague", ["队友", "帮扶伙伴", "搭档"])
def test_a_cadres_colleagues_named_after_him_are_members_of_his_team(colleague):
    read = roles_and_villages(OPENING + f"上班第一天，工作队员芮远航就和{colleague}柏文涛、芮一鸣前来了解进展。")
    assert read.get("柏文涛") == ("team_member", "杨依村") and read.get("芮一鸣") == ("team_member", "杨依村"), read


def test_colleagues_of_no_cadre_read_are_not_read():
    read = people_by_name(OPENING + "村民芮远航就和搭档柏文涛前来赶集。")
    assert "柏文涛" not in read, list(read)


def test_a_cadre_named_before_since_and_the_verb_of_his_post():
    read = roles_and_villages(OPENING + "柏文涛同志自担任杨依村第一书记以来，带领村民修通了路。")
    assert read.get("柏文涛") == ("first_secretary", "杨依村"), read


def test_a_post_pointing_back_to_a_name_in_an_earlier_clause_of_its_sentence():
    text = OPENING + "记者见到芮一鸣时，这位第一书记正在大棚里忙碌。芮一鸣说，今年要把路修好。"
    assert people_by_name(text)["芮一鸣"].role == "first_secretary"


def test_a_post_pointing_back_to_a_villager_names_no_cadre():
    text = OPENING + "村民柏章福说，这位第一书记真不错。柏章福家里养了猪。"
    assert "柏章福" not in people_by_name(text)


@pytest.mark.parametrize("sentence", [
    "县人社局的柏志明主动请缨，到杨依村当起了第一书记。",
    "柏志明主动请缨，到杨依村当上了第一书记。",
    "杨依村来了个年轻的第一书记，名叫柏志明。",
])
def test_a_post_taken_up_or_named_in_the_clause_after(sentence):
    assert roles_and_villages(OPENING + sentence).get("柏志明") == ("first_secretary", "杨依村")


def test_a_second_post_held_with_the_first_between_it_and_the_name():
    read = roles_and_villages(OPENING + "杨依村第一书记兼村党支部书记柏文涛说，今年要修路。")
    assert read.get("柏文涛") == ("first_secretary", "杨依村"), read


def test_a_village_after_the_level_that_posts_its_cadre_keeps_its_name():
    read = roles_and_villages(OPENING + "省派杨依村第一书记柏文涛说，今年要修路。")
    assert read.get("柏文涛") == ("first_secretary", "杨依村"), read


def test_a_profile_subtitle_opening_its_line_with_ji_names_the_village_without_it():
    text = ("宁都讯 洛口镇杨依村驻村工作队扎根基层，三年来领着乡亲们种果树、修水渠，村容村貌大变样，群众口碑越来越好，干部群众都很满意。\n"
            "记杨依村第一书记柏文涛\n"
            "柏文涛今年45岁，是县人社局干部，三年前主动请缨来到杨依村，从此扎根山村，挨家挨户摸情况。柏文涛说，村里变了。")
    assert roles_and_villages(text).get("柏文涛") == ("first_secretary", "杨依村")


LEAD = "宁都讯 洛口镇杨依村驻村工作队扎根基层，三年来领着乡亲们种果树、修水渠，村容村貌大变样，群众口碑越来越好，干部群众都很满意。\n"
STORY = "去年3月，柏文涛进驻杨依村，挨家挨户摸情况，带着乡亲们种果树，大家都夸他实在肯干，柏文涛说，村里变了。"


@pytest.mark.parametrize("card", ["柏文涛 让每一户都过上好日子\n石城县洛口镇杨依村“第一书记”\n",
                                  "柏文涛：让每一户都过上好日子\n石城县洛口镇杨依村第一书记\n"])
def test_an_awardees_card_the_name_above_a_line_of_places_and_a_post(card):
    assert roles_and_villages(LEAD + card + STORY).get("柏文涛") == ("first_secretary", "杨依村")


def test_a_line_of_places_and_a_post_under_a_line_no_name_opens_names_no_one():
    read = people_by_name(LEAD + "村里来了新面孔\n石城县洛口镇杨依村第一书记\n" + "去年3月，新书记来到杨依村，挨家挨户摸情况。")
    assert read == {}, list(read)


@pytest.mark.parametrize("sentence", [
    "因公殉职的柏文涛同志生前是杨依村的第一书记。",
    "2018年3月，柏文涛响应上级号召，到洛口镇杨依村任第一书记。",
])
def test_a_cadre_remembered_or_answering_the_call_before_his_post(sentence):
    assert roles_and_villages(OPENING + sentence).get("柏文涛") == ("first_secretary", "杨依村")


def test_a_given_name_the_analyser_knows_whole_keeps_its_last_character_before_zai():
    read = people_by_name(OPENING + "杨依村“第一书记”邹家伟在为种植基地浇水。")
    assert "邹家伟" in read and "邹家" not in read, list(read)


def test_the_one_leading_the_team_named_in_the_frame_opening_the_sentence():
    read = roles_and_villages(OPENING + "在柏文涛的带领下，驻村工作队和村干部一起干。柏文涛说，路通了。")
    assert read.get("柏文涛") == ("team_leader", "杨依村"), read


def test_a_village_named_by_a_count_of_households_after_its_township():
    read = roles_and_villages(OPENING + "说起这两年的新气象，洛口镇三户村驻村第一书记芮一鸣很有感触。")
    assert read.get("芮一鸣") == ("first_secretary", "三户村"), read


def test_cadres_counted_then_the_verb_of_their_post_name_no_one():
    read = people_by_name("宁都讯 石城县驻村工作队扎根基层。石城县选派6名干部任重点村第一书记。")
    assert read == {}, list(read)


@pytest.mark.parametrize("sentence", [
    "来自县人社局的柏文涛，2019年起在杨依村驻村帮扶。柏文涛说，村里变了。",
    "作为县人社局派驻杨依村的干部，柏文涛每天入户。柏文涛说，村里变了。",
])
def test_a_cadre_staying_or_acting_as_one_sent_without_a_post_named(sentence):
    assert roles_and_villages(OPENING + sentence).get("柏文涛") == ("team_member", "杨依村")


def test_a_villager_working_in_the_village_since_a_year_is_no_cadre():
    read = people_by_name(OPENING + "村民柏章福，2019年起在杨依村务工。柏章福说，村里变了。")
    assert "柏章福" not in read


@pytest.mark.parametrize("sentence, role", [
    ("柏文涛今年48岁，是县人社局派驻杨依村的第一书记。", "first_secretary"),
    ("柏文涛今年四十八岁，是县人社局派驻杨依村工作队的队长。", "team_leader"),
])
def test_a_cadres_age_told_between_his_name_and_his_post(sentence, role):
    assert roles_and_villages(OPENING + sentence).get("柏文涛") == (role, "杨依村")
