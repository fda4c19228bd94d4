"""More classes from wave 21's tuned folds, on sentences written here: a cadre named at the head of an information
box's line or after a colon for the comma (NAME：某局派驻某村第一书记), unnamed delegates of the stationed cadres
(驻村干部代表…: 代 is a surname, 代表 no name), a team's head written as its party secretary (工作队书记NAME), a
conjunction opening the clause before a village (既然某村…), police or court staff sent to a county (N名检察干警
到某县), villages out of poverty 高质量, a narrow road made wide (窄改宽N米), and money carried to a village
(将N万元送到某村)."""
from __future__ import annotations

import pytest

from tests.unit.extract_asserts import facts_of, one, people_by_name

OPENING = "宁都讯 洛口镇杨依村的帮扶队进村已满三年。"


@pytest.mark.parametrize("text", [
    "宁都讯 驻村信息\n\n芮远航：县公安局派驻洛口镇杨依村第一书记。",
    "宁都讯 驻村信息\n\n芮远航:县公安局派驻洛口镇杨依村第一书记\n\n当格桑花开，芮远航已驻村十年。",
])
def test_a_cadre_at_the_head_of_an_information_line(text):
    read = people_by_name(text)
    assert (read["芮远航"].role, read["芮远航"].village) == ("first_secretary", "杨依村")


def test_a_speaker_label_before_a_question_is_no_cadre():
    assert people_by_name("宁都讯 记者：县公安局派驻洛口镇杨依村第一书记是谁？") == {}


def test_unnamed_delegates_of_the_cadres_are_no_name():
    text = OPENING + "上一批驻村干部代表谈了心得。这一批驻村干部代表说，会在村里住下去。"
    assert people_by_name(text) == {}


def test_a_delegate_named_after_the_post_is_still_read():
    assert people_by_name(OPENING + "会上，第一书记代表芮远航发言。")["芮远航"].role == "first_secretary"


def test_the_team_head_written_as_its_party_secretary():
    read = people_by_name(OPENING + "“这里土壤肥沃。”驻村工作队书记芮远航说。")
    assert read["芮远航"].role == "team_leader"


def test_a_conjunction_before_a_village_is_no_part_of_its_name():
    text = OPENING + "既然柏家村气候相似，工作队就引种生姜，建设14亩生姜基地。"
    assert one(facts_of(text), 14).region == "柏家村"


def test_police_or_court_staff_sent_to_a_county_count_for_that_county():
    text = OPENING + "这些年，省检察院陆续选派11名检察干警到石城县驻村扶贫。"
    assert one(facts_of(text), 11).region == "石城县"


def test_villages_out_of_poverty_with_a_manner_word():
    fact = one(facts_of("宁都讯 省检察院驻村成效：17个帮扶村高质量退出贫困序列。"), 17)
    assert (fact.kind, fact.metric) == ("outcome", "other")


def test_a_narrow_road_made_wide_is_a_length_built():
    fact = one(facts_of(OPENING + "工作队筹来资金，把村道窄改宽800米。"), 0.8)
    assert fact.metric == "road_km_built"


def test_a_width_is_still_no_length():
    assert not [f for f in facts_of(OPENING + "驻村工作队新修通组公路，路面宽6米。") if f.unit == "km"]


def test_money_carried_to_a_village_is_a_donation():
    text = "宁都讯 县人民医院驻村工作队将4万元现金送到洛口镇杨依村，用于修建村卫生室。"
    assert one(facts_of(text), 40000).metric == "donation"


def test_a_member_of_a_nicknamed_team_stationed_right_after_the_name():
    text = "宁都讯 驻村帮扶进入第三年。背包队员芮远航等三人入驻的杨依村，山高路远。"
    assert people_by_name(text)["芮远航"].role == "team_member"


def test_a_member_of_some_team_with_no_stationing_is_no_cadre():
    assert people_by_name("宁都讯 驻村帮扶进入第三年。队员芮远航说，村里变化很大。") == {}
