"""Classes of text that name stationed cadres by lists of villages and arrivals: one test per class, with a
negative test where the rule could take someone who is no stationed cadre.
Every sentence is made up for the test: invented names, villages, units and dates; none is taken from a page.
"""
from __future__ import annotations

import pytest

from tests.unit.extract_asserts import people_by_name as _people


# --- the villages visited first, then the names counted and taken there (前往甲村、乙村，分别将NAME、NAME…送到) ----

@pytest.mark.parametrize("text", [
    "3月2日，学院副院长一行前往石门镇青溪村、松山镇柳塘村，分别将韩立新、祁明远两名第六批选派干部送到帮扶村任职。",
    "3月2日，学院副院长一行前往石门镇青溪村、松山镇柳塘村，分别将韩立新、祁明远两名选派干部送到帮扶村任职。",
])
def test_names_taken_to_villages_listed_before_them_are_paired_in_order(text):
    people = _people(text)
    assert set(people) == {"韩立新", "祁明远"}
    assert (people["韩立新"].village, people["韩立新"].township) == ("青溪村", "石门镇")
    assert (people["祁明远"].village, people["祁明远"].township) == ("柳塘村", "松山镇")


def test_names_taken_to_one_village_all_stay_there():
    people = _people("3月2日，学院副院长一行前往石门镇青溪村，将韩立新、祁明远两名选派干部送到村里任职。")
    assert {name: p.village for name, p in people.items()} == {"韩立新": "青溪村", "祁明远": "青溪村"}


def test_names_taken_somewhere_as_guests_are_no_cadres():
    assert _people("3月2日，学院副院长一行前往石门镇青溪村，将韩立新、祁明远两名客人送到村口。") == {}


# --- a cadre who opens the sentence, arrives in a clause with no subject of its own, then takes a post -----------

@pytest.mark.parametrize("text", [
    "韩立新带着行李来到临泽县，成为石门乡青溪村一名帮扶队员。",
    "在别处帮扶的韩立新，听说村里缺人，就带着行李来到临泽县，成为石门乡青溪村一名帮扶队员。",
])
def test_the_opening_subject_arrives_after_clauses_of_their_own_and_takes_the_post(text):
    people = _people(text)
    assert list(people) == ["韩立新"]
    assert (people["韩立新"].role, people["韩立新"].village) == ("team_member", "青溪村")


def test_a_clause_with_a_subject_of_its_own_keeps_the_arrival_from_the_opening_name():
    assert "韩立新" not in _people("韩立新，他的同事带着行李来到临泽县，成为石门乡青溪村一名帮扶队员。")


def test_the_county_of_the_village_reached_not_of_the_place_the_cadre_came_from():
    people = _people("当时在清水县柳河乡白沙村帮扶的韩立新，听说村里缺人，就带着行李来到临泽县，成为石门乡青溪村一名帮扶队员。")
    assert (people["韩立新"].village, people["韩立新"].county) == ("青溪村", "临泽县")


# --- a memoir: the author's unit and title before the name on a line of the page's head; the narrator (我) left
# unsaid in the sentence after the one they open, which states the post ----------------------------------------

_MEMOIR = "驻村回忆\n临泽县第二中学教师  韩立新\n    我生在外省，2008年来临泽县任教。{next}其间一直担任石门镇青溪村第一书记。\n"


def test_the_author_of_a_memoir_named_on_a_line_after_their_unit_and_title_is_the_narrator_cadre():
    people = _people(_MEMOIR.format(next="主要教语文，2016年3月加入扶贫队伍，2019年返回，"))
    assert list(people) == ["韩立新"]
    assert (people["韩立新"].role, people["韩立新"].village, people["韩立新"].township) == \
        ("first_secretary", "青溪村", "石门镇")


@pytest.mark.parametrize("nxt", ["祁明远2016年3月加入扶贫队伍，", "他2016年3月加入扶贫队伍，"])
def test_a_sentence_with_a_subject_of_its_own_states_no_post_of_the_narrator(nxt):
    assert "韩立新" not in _people(_MEMOIR.format(next=nxt))


def test_narrators_in_the_plural_are_no_one_author():
    assert _people(_MEMOIR.replace("我生在", "我们生在").format(next="主要教语文，")) == {}


# --- a given name that is a common noun, right after the post and before a verb of saying (队长来源介绍称) ---------

_TEAMS = "第七批驻村工作队已进驻各村。"


@pytest.mark.parametrize("verb", ["介绍称", "说"])
def test_a_name_read_as_a_common_noun_between_the_post_and_a_verb_of_saying_is_the_leader(verb):
    people = _people(f"{_TEAMS}市委组织部驻临泽县青溪村工作队队长来源{verb}，村里新建了大棚。")
    assert list(people) == ["来源"]
    assert (people["来源"].role, people["来源"].village) == ("team_leader", "青溪村")


def test_a_common_noun_before_a_verb_of_saying_with_no_post_before_it_is_no_name():
    assert _people(f"{_TEAMS}村里的收入来源说到底靠种植。驻村第一书记介绍称，村里新建了大棚。") == {}


# --- a residents' committee written right after its county, no township between (驻某县某居委会工作队) -----------

def test_a_committee_right_after_its_county_before_the_team_is_the_cadre_s_village():
    people = _people(f"{_TEAMS}市委组织部驻临泽县青溪居委会工作队队长韩立新介绍称，村里新建了大棚。")
    assert (people["韩立新"].village, people["韩立新"].county) == ("青溪居委会", "临泽县")


# --- the posting written as what the person does in a place, before the name (在某县某乡开展综合帮扶的NAME) ---------

@pytest.mark.parametrize("text, village, township", [
    ("去年省里选派干部组成帮扶工作队。这段时间，在临泽县石门乡开展综合帮扶的韩立新常向同事讲起村里的事。", None, "石门乡"),
    ("去年省里选派干部组成帮扶工作队。在临泽县石门乡青溪村驻村的韩立新常向同事讲起村里的事。", "青溪村", "石门乡"),
])
def test_a_name_after_the_aid_it_does_in_a_place_is_a_member_there(text, village, township):
    people = _people(text)
    assert list(people) == ["韩立新"]
    assert (people["韩立新"].role, people["韩立新"].village, people["韩立新"].township) == \
        ("team_member", village, township)


def test_no_name_after_the_aid_done_in_a_place_names_no_one():
    assert _people("去年省里选派干部组成帮扶工作队。在临泽县石门乡青溪村驻村的干部常向同事讲起村里的事。") == {}


# --- a province named in the cadre's sentence (the unit's: 某省某机关驻村工作队的NAME) rules out no village before ---

def test_a_province_in_the_unit_s_name_keeps_the_village_of_the_sentence_before():
    people = _people("临泽县石门乡青溪村的新桥已经修好。甘肃省交通厅驻村工作队队长韩立新说，桥修好了。")
    assert (people["韩立新"].village, people["韩立新"].township) == ("青溪村", "石门乡")


# --- a fronted clause of arrival in a village, its subject right after the comma (FRONTED_ARRIVAL) ------------

def test_the_subject_after_a_fronted_arrival_in_a_village_is_stationed_there():
    people = _people("县里向山区派出两位驻村第一书记。刚到柏树村不久，蒲建新就跑遍了八个村民组。"
                     "蒲建新说，先把水引上山。")
    assert (people["蒲建新"].role, people["蒲建新"].village) == ("first_secretary", "柏树村")


def test_a_name_written_once_after_a_fronted_arrival_is_not_enough():
    people = _people("县里向山区派出两位驻村第一书记。来到柏树村后，蒲建新看到了一片荒地。")
    assert "蒲建新" not in people


# --- a pronoun posted as a member of the team, its name a sentence or two before (PRONOUN_AS_POST) --------------------

def test_a_pronoun_posted_as_one_of_the_team_is_the_name_that_opened_a_sentence_before():
    people = _people("邬明远就是这些新面孔之一。他是省电网公司的技术员，一直在省城工作。一年多以前，"
                     "他作为驻村工作队的一员来到柏树村，对这里的困难户进行帮扶。邬明远说，刚来时不习惯。")
    assert (people["邬明远"].role, people["邬明远"].village) == ("team_member", "柏树村")


def test_a_pronoun_posted_after_a_sentence_that_names_no_one_first_takes_no_name():
    people = _people("村里来了新面孔。大家都说好。一年多以前，他作为驻村工作队的一员来到柏树村。邬明远说，村民很热情。")
    assert "邬明远" not in people
