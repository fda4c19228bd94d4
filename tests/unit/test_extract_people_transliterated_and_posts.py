"""People named in reports: a given name ending in a function character (来) the analyser
reads whole, transliterated names (a hyphen for the middle dot, a verb right after the dotted name, more Yi and
Tibetan parts, a Han surname before such a part), posts held beside another (兼任), a village before the verb of
the post, a work team's 领队, one credited beside the team's members, and a title after 派驻某村 without 的.
Every sentence here is made up for the test (invented names, villages and units); none is taken from a real page.
"""
from __future__ import annotations

import pytest

from tests.unit.extract_asserts import roles_and_villages as _people


def test_a_given_name_ending_in_lai_that_the_analyser_reads_whole_before_a_verb_every_time():
    text = "石门村第一书记王福来看着新修的村道，心里很高兴。王福来说，明年还要修桥。"
    assert _people(text) == {"王福来": ("first_secretary", "石门村")}


def test_lai_arriving_after_a_two_character_name_stays_the_verb():
    text = "石门村第一书记王春来到村里，走访了农户。王春说，明年还要修桥。"
    assert _people(text) == {"王春": ("first_secretary", "石门村")}


@pytest.mark.parametrize("name", ["阿卜杜拉-艾力", "阿卜杜拉·艾力", "阿卜杜拉•艾力"])
def test_a_transliterated_name_with_a_hyphen_or_a_dot_between_its_parts(name):
    assert _people(f"石门村第一书记{name}带领群众修通了村道。") == {name: ("first_secretary", "石门村")}


def test_a_dotted_name_closed_by_a_seed_part_before_a_verb():
    text = "县水利局驻石门村工作队队员吐尔逊·买买提走访了农户。"
    assert _people(text) == {"吐尔逊·买买提": ("team_member", "石门村")}


def test_a_dotted_name_whose_last_part_runs_past_a_seed_part():
    text = "县水利局驻石门村工作队队员艾力·艾力江说，村里变了。"
    assert _people(text) == {"艾力·艾力江": ("team_member", "石门村")}


@pytest.mark.parametrize("name", ["阿西木呷", "吉克石布", "阿苏拉哈", "吉克阿依", "旦增曲扎", "桑杰多旦"])
def test_more_yi_and_tibetan_names_made_of_seed_parts(name):
    assert _people(f"石门村第一书记{name}说，村里的路修通了。") == {name: ("first_secretary", "石门村")}


@pytest.mark.parametrize("name", ["特木勒图", "巴雅尔图"])
def test_a_mongolian_name_closed_by_the_ending_tu_before_any_verb(name):
    assert _people(f"在石门村，第一书记{name}戴着草帽带领村民修剪果枝。") == {name: ("first_secretary", "石门村")}


@pytest.mark.parametrize("name", ["马木呷", "李阿牛", "王巴特尔"])
def test_a_han_surname_before_a_seed_part(name):
    assert _people(f"石门村第一书记{name}说，村里的路修通了。") == {name: ("first_secretary", "石门村")}


def test_a_seed_part_after_a_surname_ending_in_a_verb_is_no_name_of_its_own():
    assert _people("石门村第一书记王海来到村里，走访了农户。") == {"王海": ("first_secretary", "石门村")}


def test_a_post_held_beside_the_cadres_own():
    assert _people("县水利局副局长周致远兼任石门村第一书记。") == {"周致远": ("first_secretary", "石门村")}


def test_the_village_before_the_verb_of_the_post():
    assert _people("周致远已在石门村当了三年第一书记。") == {"周致远": ("first_secretary", "石门村")}


def test_the_village_before_the_verb_names_no_one_without_a_name():
    assert _people("他已在石门村当了三年第一书记。") == {}


def test_a_work_teams_head_written_as_its_lingdui():
    assert _people("石门村驻村工作队领队周致远介绍，今年种了辣椒。") == {"周致远": ("team_leader", "石门村")}


def test_one_credited_beside_the_team_members_heads_them_under_the_articles_post():
    text = "在周致远和扶贫工作队员的努力下，石门村修通了村道。驻村第一书记们功不可没。"
    assert _people(text) == {"周致远": ("first_secretary", "石门村")}
    text = "在周致远和驻村工作队员的共同努力下，石门村修通了村道，群众得到了帮扶。"
    assert _people(text) == {"周致远": ("team_member", "石门村")}


@pytest.mark.parametrize("text", [
    "在村党支部书记周致远和驻村工作队员的共同努力下，石门村修通了村道，第一书记们很高兴。",
    "在村民周致远和工作队员的努力下，石门村修通了村道，第一书记们很高兴。",
    "在全村干部群众和工作队员的努力下，石门村修通了村道，第一书记们很高兴。",
    "在村两委和工作队员的努力下，石门村修通了村道，第一书记们很高兴。",
])
def test_villagers_officials_and_bodies_beside_the_team_are_no_cadres(text):
    assert _people(text) == {}


def test_a_title_after_the_posting_to_a_village_without_de():
    text = "县水利局派驻石门村指导员周致远说，今年村里种了500亩辣椒，驻村帮扶见了成效。"
    assert _people(text) == {"周致远": ("team_member", "石门村")}


@pytest.mark.parametrize("text", [
    "县水利局驻石门村干部群众一起修通了村道，驻村帮扶见了成效。",
    "驻石门村党员干部带领群众修通了村道，驻村帮扶见了成效。",
    "镇里派驻石门村干部深入农户家中，驻村帮扶见了成效。",
])
def test_cadres_of_a_village_as_a_common_noun_name_no_one(text):
    assert _people(text) == {}


def test_names_listed_before_deng_and_the_post_with_no_count():
    assert set(_people("周致远、李卫东等第一书记来到石门村参观学习。")) == {"周致远", "李卫东"}
    assert _people("会上，周致远等驻村第一书记作了发言，石门村受到表彰。")["周致远"][0] == "first_secretary"


@pytest.mark.parametrize("text", [
    "县委书记、县长等领导和第一书记座谈，石门村受到表彰。",
    "石门村、青岚村等第一书记所在村受到表彰。",
    "脱贫户张大爷、李大妈等第一书记的帮扶对象都来了。",
])
def test_no_names_listed_before_deng_and_the_post(text):
    assert _people(text) == {}


@pytest.mark.parametrize("text, name", [
    ("在周致遠和扶貧工作隊員的努力下，石門村修通了村道。駐村第一書記們功不可沒。", "周致远"),
    ("周致遠已在石門村當了三年第一書記。", "周致远"),
    ("縣水利局副局長周致遠兼任石門村第一書記。", "周致远"),
    ("石門村第一書記阿西木呷帶領群眾修通了村道。", "阿西木呷"),
])
def test_the_same_classes_in_traditional_characters(text, name):
    assert name in _people(text)


@pytest.mark.parametrize("text, role", [
    ("周致远是石门村驻村工作队的队长。", "team_leader"),
    ("周致远担任石门村驻村工作队的队长。", "team_leader"),
    ("周致远是石门村驻村工作队的第一书记。", "first_secretary"),
    ("周致远是石门村驻村工作队的队员。", "team_member"),
])
def test_the_post_written_after_the_team_and_de_decides_the_role(text, role):
    assert _people(text) == {"周致远": (role, "石门村")}


@pytest.mark.parametrize("text, role", [
    ("周致远书记是石门村的第一书记，村民都叫他周书记。", "first_secretary"),
    ("周致远组长任石门村驻村工作组组长。", "team_leader"),
])
def test_a_full_name_with_the_post_as_a_form_of_address_before_the_verb_of_the_post(text, role):
    assert _people(text) == {"周致远": (role, "石门村")}


@pytest.mark.parametrize("text", [
    "王书记是石门村的第一书记，村民都叫他王书记。",
    "县委书记是石门村的帮扶联系人，第一书记们都认识他。",
])
def test_a_surname_with_a_post_or_a_county_secretary_is_no_name(text):
    assert _people(text) == {}


@pytest.mark.parametrize("text, role", [
    ("石门村驻村工作队由周致远任队长。", "team_leader"),
    ("石门村驻村工作队由周致远担任队长，成员有3人。", "team_leader"),
    ("石门村驻村工作队由周致远任第一书记。", "first_secretary"),
])
def test_a_name_after_you_that_the_analyser_runs_into_the_preposition(text, role):
    assert _people(text) == {"周致远": (role, "石门村")}


# --- the fellow members of a stationed cadre, listed after 的队友是 (TEAMMATES) ------------------------------------

def test_teammates_listed_after_a_cadre_are_team_members():
    people = _people("按统一部署，每个驻村工作队有4名成员。周立新的队友是来自某某集团的格桑多吉、洛桑古茹和尼玛次仁。")
    assert {n: role for n, (role, _) in people.items() if n != "周立新"} == {
        "格桑多吉": "team_member", "洛桑古茹": "team_member", "尼玛次仁": "team_member"}


def test_friends_of_someone_with_no_stationed_team_on_the_page_are_no_cadres():
    assert _people("周立新的队友是格桑多吉和尼玛次仁，他们在县篮球赛上拿了冠军。") == {}


# --- a member named by the team the page writes in full (背包队员 ↔ 背包工作队) --------------------------------------

def test_a_member_of_a_team_the_page_names_in_full_is_that_teams():
    people = _people("去年，全州派出背包工作队进村动员搬迁。背包队员钟立平回忆，当时条件极为艰苦。")
    assert people["钟立平"][0] == "team_member"
    assert _people("生产队员钟立平回忆，当时条件极为艰苦。") == {}


# --- a name the analyser does not read, written after its age in a list of subjects (_AGED_NAME_BEFORE_RE) -----------

def test_a_one_part_name_after_its_age_in_a_list_of_subjects_is_read():
    people = _people("38岁的琼曲和31岁的尼玛次仁是岗托村的驻村工作队员。")
    assert people == {"琼曲": ("team_member", "岗托村"), "尼玛次仁": ("team_member", "岗托村")}


def test_an_age_before_a_noun_in_the_list_is_no_name():
    assert "老支书" not in _people("68岁的老支书和31岁的尼玛次仁是岗托村的驻村工作队员。")
