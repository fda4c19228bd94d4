"""Classes of text that name a stationed cadre (issue 7, people): one test per rule of flows/reports/people.py,
and a negative test where the rule could take a word that is no name.
Every sentence is made up for the test: invented names, villages, units and dates; none is taken from a page.
"""
from __future__ import annotations

import pytest

from tests.unit.extract_asserts import people_by_name as _people


# --- a unit sends the named cadre to a village (one rule: ONE_SENT) -----------------------------------------

@pytest.mark.parametrize("text, name, role, village", [
    ("2020年4月，县气象局选派麦秋蓉到枫木村担任第一书记。", "麦秋蓉", "first_secretary", "枫木村"),
    ("市档案馆派遣庞立恒同志前往榕溪村任“第一书记”。", "庞立恒", "first_secretary", "榕溪村"),
    ("县粮食局选派禤志坚到沙埂村任第一书记。", "禤志坚", "first_secretary", "沙埂村"),  # a surname the list lacks
    ("区侨联选派岑德茂到蕉林村驻村帮扶，担任第一书记。", "岑德茂", "first_secretary", "蕉林村"),
    ("州水文站抽调鄢明禾进驻茅坪村，担任驻村工作队长。", "鄢明禾", "team_leader", "茅坪村"),
])
def test_a_unit_sends_the_named_cadre_to_a_village(text, name, role, village):
    people = _people(text)
    assert name in people
    assert (people[name].role, people[name].village) == (role, village)


def test_a_unit_sending_no_one_by_name_gives_no_person():
    for text in ("县粮食局选派干部到沙埂村任第一书记。", "县粮食局选派党员到沙埂村担任驻村工作队员。",
                 "县粮食局选派骨干力量到沙埂村任第一书记。"):
        assert not _people(text), text


# --- a given name written like an ordinary word, before the posting (names.read_before) -------------------

@pytest.mark.parametrize("text", [
    "县林业局的马前进，于2021年5月下派到杉木村任第一书记。",
    "马前进，2021年5月被选派到杉木村担任第一书记。",
    "县林业局干部石建设，于2021年5月下派到杉木村任第一书记。",
])
def test_a_given_name_that_is_a_word_is_read_after_a_lone_surname(text):
    people = _people(text)
    name = "石建设" if "石建设" in text else "马前进"
    assert name in people and people[name].village == "杉木村"


@pytest.mark.parametrize("text", ["全乡连续担任第一书记的有9名。", "他曾连续担任第一书记五年。"])
def test_an_ordinary_word_before_the_post_is_still_no_name(text):
    assert not _people(text)


# --- what follows the post is no name: a localiser (任上), a clause's closing word (时) ----------------------

@pytest.mark.parametrize("text", ["在第一书记任上，他带村民修了两座桥。", "在驻村工作队队长任上的三年里，他没回过几次家。"])
def test_the_tenure_of_a_post_is_no_name(text):
    assert not _people(text)


def test_a_temporal_clause_closing_after_the_name_is_no_part_of_it():
    people = _people("记者见到驻村工作队员蓝秀时，她正在帮村民摘李子。")
    assert set(people) == {"蓝秀"}
    # a given name that ends with the same character, no comma after it, stays whole
    assert "韦立时" in _people("驻村工作队队员韦立时常到农户家里走访。驻村工作队队员韦立时带队修渠。")


# --- the post held in the village: NAME(一直)在某村担任第一书记 (ASSIGNED with 在) ------------------------------

@pytest.mark.parametrize("text", ["2020年以来，阮志鹏一直在桐油村担任第一书记。", "阮志鹏已在桐油村担任第一书记两年。",
                                  "2020年以来，县气象局干部阮志鹏一直在桐油村担任第一书记。"])
def test_the_post_held_in_the_village_names_the_cadre(text):
    people = _people(text)
    assert set(people) == {"阮志鹏"}
    assert (people["阮志鹏"].role, people["阮志鹏"].village) == ("first_secretary", "桐油村")


@pytest.mark.parametrize("text", ["镇党委书记黄国文在桐油村担任第一书记的座谈会上讲话。", "村民韦大爷在桐油村担任第一书记的儿子很少回家。"])
def test_an_official_or_villager_at_the_village_is_not_its_cadre(text):
    assert not _people(text)


# --- the team's members named after a copula (MEMBERS_NAMED) ------------------------------------------------

def test_members_named_after_the_copula_are_team_members_each_with_its_unit():
    people = _people("枫树村驻村工作队队员分别是县档案局的甘露萍、县农机站的盘志雄。")
    assert set(people) == {"甘露萍", "盘志雄"}
    assert (people["甘露萍"].village, people["甘露萍"].role, people["甘露萍"].dispatch_unit) == \
        ("枫树村", "team_member", "县档案局")
    assert set(_people("枫树村驻村工作队成员有甘露萍和盘志雄，他们都住在村部。")) == {"甘露萍", "盘志雄"}


@pytest.mark.parametrize("text", ["枫树村驻村工作队成员有5人，都来自县直单位。", "枫树村驻村工作队成员有文化、有干劲。",
                                  "枫树村驻村工作队成员包括县直单位干部和镇干部。"])
def test_a_team_described_after_the_copula_names_no_member(text):
    assert not _people(text)


def test_a_modal_verb_the_analyser_runs_into_the_name_is_no_part_of_it():
    assert set(_people("听说第一书记廖德胜要走，村民们都舍不得。")) == {"廖德胜"}


# --- a name the analyser splits into words, bounded by the post before and a verb of saying after ----------

@pytest.mark.parametrize("text, name", [("驻村第一书记马前进带领村民修渠。", "马前进"), ("驻村第一书记甘露萍说，村里通了自来水。", "甘露萍"),
                                        ("驻村工作队队长石光明介绍，今年种了烤烟。", "石光明")])
def test_a_name_between_the_post_and_a_verb_of_saying_or_leading(text, name):
    assert set(_people(text)) == {name}


@pytest.mark.parametrize("text", ["驻村第一书记高兴地说，村里通了自来水。", "驻村第一书记明确表示，要把路修好。",
                                  "驻村第一书记全程带领村民考察。", "驻村第一书记郑重地表示，要把路修好。"])
def test_words_between_the_post_and_the_verb_are_no_name(text):
    assert not _people(text)


def test_a_name_whose_surname_and_first_given_character_make_a_word_is_read_in_a_list():
    # the analyser: 甘露/v 萍/nr, the last character tagged as a person's
    people = _people("枫树村驻村工作队队员甘露萍和韦美玲每天都到田里。")
    assert set(people) == {"甘露萍", "韦美玲"} and people["甘露萍"].village == "枫树村"


# --- a transliterated name made of two seeded parts (name_part) ---------------------------------------------

@pytest.mark.parametrize("text, name", [("桐油村驻村工作队队长尼玛顿珠介绍，村里今年修了水渠。", "尼玛顿珠"),
                                        ("驻村工作队员索朗旺堆说，青稞今年长得好。", "索朗旺堆"),
                                        ("駐村工作隊隊長尼瑪頓珠介紹，今年村裡修了水渠。", "尼玛顿珠")])
def test_a_tibetan_name_of_two_parts_after_the_post(text, name):
    assert set(_people(text)) == {name}


def test_a_tibetan_name_not_after_a_post_is_not_a_cadre():
    assert not _people("驻村工作队在扎西次仁家里召开了座谈会。")


# --- a list of cadres, each item a name, a comma and the posting (an honours list) ---------------------------

def test_each_item_of_a_list_opens_with_its_name_after_a_semicolon():
    people = _people("阮志鹏，县气象局派驻石场乡枫树村第一书记；甘露萍，县档案局派驻石场乡桐油村第一书记。")
    assert set(people) == {"阮志鹏", "甘露萍"}
    assert (people["甘露萍"].village, people["甘露萍"].township, people["甘露萍"].dispatch_unit) == \
        ("桐油村", "石场乡", "县档案局")
    assert people["阮志鹏"].dispatch_unit == "县气象局"  # the unit before the township and village


# --- a numbered list of cadres whose rows run together (NUMBERED_ROW) ---------------------------------------

def test_each_row_of_a_numbered_list_names_a_cadre_with_unit_and_village():
    people = _people("优秀第一书记名单\n1.阮志鹏 县气象局驻枫树村第一书记\n2.蒙健（男） 县农机站驻石场乡高坡村第一书记\n")
    assert set(people) == {"阮志鹏", "蒙健"}
    assert (people["蒙健"].village, people["蒙健"].dispatch_unit) == ("高坡村", "县农机站")


def test_numbered_points_of_a_report_name_no_cadre():
    assert not _people("一、强化组织领导。二、加强驻村第一书记管理。\n1.5万元奖金已发放到位。\n")
