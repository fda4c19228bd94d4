"""Classes from wave 21's tuned folds, on sentences written here: a team's members listed after the members' own
noun and its size (工作队员一共有N人：NAME、…), the head of a team written as the one in charge (工作队负责人NAME),
a post-holder named after the clause of time since he took the post (任第一书记以来，NAME…), police counted as
party members (N名党员民警) who are the cadres sent, the organs of a directive followed (按照省委…的要求) that are no
scope, a neighbouring village named as a border (与某村交界处), a unit's bracketed second name before its team
(某市局(公司)驻村工作队), training of cadres and villagers together, and stock descriptions of a village
(偏僻小山村, 扶贫地点某乡) that are no place's name."""
from __future__ import annotations

import pytest

from tests.unit.extract_asserts import facts_of, one, people_by_name

OPENING = "宁都讯 洛口镇杨依村的帮扶队进村已满三年。"


@pytest.mark.parametrize("sentence", [
    "县人民医院派到杨依村的工作队员共有3人：芮远航、柏志明、芮一鸣。",
    "县公安局派往杨依村的工作队成员一共有3人:芮远航、柏志明、芮一鸣。",
])
def test_members_listed_after_their_noun_and_the_team_size(sentence):
    read = people_by_name(OPENING + sentence)
    assert {name: (p.role, p.village) for name, p in read.items()} == {
        name: ("team_member", "杨依村") for name in ("芮远航", "柏志明", "芮一鸣")}


def test_no_member_is_read_when_the_list_is_longer_than_the_size():
    read = people_by_name(OPENING + "杨依村的驻村工作队员共有2人：芮远航、柏志明、芮一鸣。")
    assert "芮一鸣" not in read


def test_the_team_head_written_as_the_one_in_charge():
    read = people_by_name(OPENING + "杨依村帮扶工作队负责人芮远航上门看望贫困户。")
    assert (read["芮远航"].role, read["芮远航"].village) == ("team_leader", "杨依村")


@pytest.mark.parametrize("sentence", [
    "自2019年住进杨依村担任第一书记以来，芮远航领着村民修路架桥。",
    "2019年到杨依村任第一书记后，芮远航走遍了全村农户。",
])
def test_the_holder_named_after_the_time_since_he_took_the_post(sentence):
    read = people_by_name(OPENING + sentence)
    assert (read["芮远航"].role, read["芮远航"].village) == ("first_secretary", "杨依村")


def test_no_one_is_read_when_a_common_noun_follows_the_time_clause():
    assert people_by_name(OPENING + "他到杨依村任第一书记后，村民们都说变化很大。") == {}


def test_police_counted_as_party_members_are_the_cadres_sent():
    text = OPENING + "县公安局今年派出32名党员民警，分别住进全县30个行政村开展驻村帮扶。"
    assert one(facts_of(text), 32, "person").metric == "cadres_dispatched"


def test_party_members_counted_as_whom_the_work_is_for_stay_no_dispatch():
    text = OPENING + "第一书记芮远航为32名党员上党课。"
    assert not [f for f in facts_of(text) if f.value == 32 and f.kind == "dispatch"]


def test_the_organs_of_a_directive_followed_are_no_scope():
    text = OPENING + "按照省委、省政府关于驻村帮扶的工作要求，赣能公司共计派出17名第一书记，帮扶宁都县杨依村等村。"
    assert one(facts_of(text), 17, "person").region != "全省"


def test_an_organ_that_sends_is_still_a_scope():
    text = "今年，省委组织部共选派1700名第一书记，到村里蹲点帮扶。"
    assert one(facts_of(text), 1700, "person").region == "全省"


def test_a_neighbouring_village_named_as_a_border_does_not_move_the_story():
    text = (OPENING + "杨依村有三条烂路，一条是杨依村部至与柏家村交界处的路。"
            "驻村工作队争取项目资金120万，翻修三条公路。")
    assert one(facts_of(text), 1_200_000).region == "杨依村"


def test_a_unit_with_a_bracketed_second_name_before_its_team_is_a_helper():
    text = ("宁都讯 洛口镇杨依村的村民给南昌市烟草专卖局送去锦旗。这几年，杨依村有南昌市局(公司)驻村工作队帮着干，"
            "种起了烟叶，在基地打工的村民人均年增收9500元左右。")
    assert one(facts_of(text), 9500).region == "杨依村"


def test_training_cadres_and_villagers_together_is_people_trained():
    text = "宁都讯 驻村帮扶以来，县人民医院在帮扶村实施项目12个，培训干部群众1300人次。"
    assert one(facts_of(text), 1300).metric == "people_trained"


def test_the_stock_small_mountain_village_is_no_place():
    text = OPENING + "杨依村是个偏僻小山村，工作队给村里添了1200册图书。"
    assert one(facts_of(text), 1200).region == "杨依村"


def test_a_site_word_before_a_township_is_no_part_of_its_name():
    text = "宁都讯 刚到扶贫地点洛口镇杨依村，工作队员芮远航就发现路不通。"
    assert people_by_name(text)["芮远航"].township == "洛口镇"


def test_a_province_opening_the_organs_of_a_directive_is_no_scope():
    text = ("宁都讯 洛口镇杨依村来了驻村工作队。据江西省委、省政府《关于加强驻村工作的意见》等文件的要求，"
            "县报社党委派出3名干部，组成工作队住进村里。")
    assert one(facts_of(text), 3).region == "杨依村"


def test_households_of_names_just_listed_counted_in_words_are_no_figure():
    text = OPENING + "接着，工作队看望了芮晓岚、柏章福两户贫困户，问了问家里的收成。"
    assert [f for f in facts_of(text) if f.unit == "household"] == []


def test_a_dateline_run_into_the_first_sentence_is_no_subject_of_its_figures():
    fact = one(facts_of("宁都讯 今年，省委组织部共选派1700名第一书记，进驻全省贫困村。"), 1700)
    assert fact.region != "宁都县"
    assert one(facts_of("宁都讯 今年，全县共选派170名第一书记。"), 170).region == "宁都县"
