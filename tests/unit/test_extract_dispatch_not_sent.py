"""Head counts that look like a dispatch and are not: cadres rated in a yearly review are counted as those
commended (the recognition the work earned: outcome, metric other), and reporters sent to a village for a story
are no cadres. Sentences written here."""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of

OPENING = "宁都讯 洛口镇杨依村驻村工作队进驻以来成效明显。"


def test_members_rated_in_the_yearly_review_are_those_commended_not_those_sent():
    facts = facts_of(OPENING + "在县委组织部的年度考核中，工作队连续两年获“好”等次，4名队员考核全部获得“优秀”等次。")
    assert [(f.kind, f.metric, f.value) for f in facts if f.unit == "person"] == [("outcome", "other", 4)]


def test_members_rated_excellent_in_the_review_are_those_commended_not_those_sent():
    facts = facts_of(OPENING + "在年度考核中，全县帮扶工作队有300人评优，得到通报表扬。")
    assert [(f.kind, f.metric, f.value) for f in facts if f.unit == "person"] == [("outcome", "other", 300)]


def test_reporters_sent_to_the_village_are_no_cadres():
    facts = facts_of(OPENING + "今年5月，县融媒体中心派出三名记者来到杨依村，拍摄村里的新变化。")
    assert [f for f in facts if f.kind == "dispatch"] == []


def test_members_sent_in_a_clause_without_an_honour_are_still_read():
    facts = facts_of(OPENING + "今年3月，县卫健委选派4名队员进驻杨依村。")
    assert [f.value for f in facts if f.kind == "dispatch"] == [4]
