"""Cadres named in appointments and story openings the earlier rules missed: an appointment with the verb before
the name and 为 before the post (选派县某局干部NAME为某村第一书记, 确定某局NAME同志为…), the post taken as a
standing (身为第一书记，NAME…), and a new post-holder named after a dash with his unit and 的 (迎来了新的第一书记
——县某局的NAME). Sentences written here."""
from __future__ import annotations

import pytest

from tests.unit.extract_asserts import people_by_name

OPENING = "宁都讯 洛口镇杨依村的帮扶队进村已满三年。"


@pytest.mark.parametrize("sentence, unit", [
    ("县委组织部选派县林业局干部芮远航为杨依村第一书记。", "县林业局"),
    ("县委组织部确定县林业局芮远航同志为杨依村第一书记。", "县林业局"),
    ("杨依村迎来了新的第一书记——县林业局的芮远航。", "县林业局"),
])
def test_an_appointed_or_newly_arrived_post_holder(sentence, unit):
    read = people_by_name(OPENING + sentence)
    person = read["芮远航"]
    assert (person.role, person.village, person.dispatch_unit) == ("first_secretary", "杨依村", unit)


def test_no_name_is_read_from_a_count_appointed():
    assert people_by_name(OPENING + "县里推荐5名干部为第一书记人选。") == {}


@pytest.mark.parametrize("sentence, role", [
    ("身为第一书记，芮远航天天入户走访。", "first_secretary"),
    ("身为杨依村工作队队长，芮远航知道责任重大。", "team_leader"),
])
def test_the_post_taken_as_a_standing_before_the_name(sentence, role):
    read = people_by_name(OPENING + sentence)
    assert (read["芮远航"].role, read["芮远航"].village) == (role, "杨依村")


def test_a_post_holder_whose_name_is_given_after_a_comma_and_jiao():
    read = people_by_name(OPENING + "村里来了个第一书记，叫芮远航。")
    assert (read["芮远航"].role, read["芮远航"].village) == ("first_secretary", "杨依村")
    assert people_by_name(OPENING + "村里来了个第一书记，叫苦连天的日子结束了。") == {}


def test_the_stay_before_a_team_post_is_no_village():
    read = people_by_name("宁都讯 县交通局副局长、驻洛口镇扶贫驻村工作组组长芮远航说，工作组新修水泥路8公里。")
    assert (read["芮远航"].role, read["芮远航"].village, read["芮远航"].township) == ("team_leader", None, "洛口镇")


def test_a_leader_named_before_his_post_and_members_counted_with_wei():
    read = {n: (p.role, p.village) for n, p in people_by_name(
        OPENING + "2017年，工作队由芮远航队长带队，芮晓岚、柏志明两位队员随队进驻。").items()}
    assert read == {"芮远航": ("team_leader", "杨依村"), "芮晓岚": ("team_member", "杨依村"),
                    "柏志明": ("team_member", "杨依村")}, read


@pytest.mark.parametrize("sentence, place_word", [
    ("“我叫芮远航，组织上派我从县林业局下来到杨依任第一书记……”芮远航说。杨依村是洛口镇最偏远的村。", "杨依"),
])
def test_a_place_written_short_or_cut_at_a_conjunction_is_no_person(sentence, place_word):
    read = people_by_name("宁都讯 " + sentence)
    assert place_word not in read, list(read)



def test_a_name_ending_in_a_place_suffix_is_no_person():
    read = people_by_name("宁都讯 2019年，县文联党总支书记芮远航同志派往乌兰敖都和嘎查当第一书记。")
    assert "和嘎查" not in read, list(read)


@pytest.mark.parametrize("sentence", [
    "当天，县海关驻洛口镇杨依村..书记芮远航起了个大早。",
    "当天，县海关驻洛口镇杨依村书记芮远航起了个大早。",
])
def test_a_secretary_stationed_in_a_village_is_its_first_secretary(sentence):
    read = people_by_name(OPENING + sentence)
    assert (read["芮远航"].role, read["芮远航"].village) == ("first_secretary", "杨依村")


def test_a_villages_own_secretary_is_no_stationed_cadre():
    assert people_by_name("宁都讯 洛口镇杨依村党支部书记柏章福说，村里变化很大。") == {}


def test_a_cadre_posted_for_a_term_as_a_villages_deputy():
    read = people_by_name(OPENING + "2021年，芮远航挂职杨依村党支部副书记，一干就是三年。")
    assert (read["芮远航"].role, read["芮远航"].village) == ("team_member", "杨依村")
    assert people_by_name("宁都讯 洛口镇杨依村党支部副书记柏章福说，村里变化很大。") == {}


@pytest.mark.parametrize("sentence", [
    "此后，县林业局又陆续派出芮晓岚、柏志明等业务骨干加入其中。",
    "县林业局又选派芮晓岚、柏志明加入驻村工作队。",
    "县林业局派出芮晓岚、柏志明两名干部充实工作队力量。",
])
def test_cadres_sent_to_join_the_team(sentence):
    read = people_by_name(OPENING + sentence)
    assert {n: p.role for n, p in read.items()} == {"芮晓岚": "team_member", "柏志明": "team_member"}


def test_things_sent_to_join_name_no_one():
    assert people_by_name(OPENING + "县里派出技术、资金等力量加入其中。") == {}
