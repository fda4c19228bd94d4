"""Places a story names but is not about: a place next door written after a neighbour cue and 的, with the
places chained after it (直达近邻的某县某乡), and the villages a village was merged from (由原甲村、乙村、丙村三个
行政村合并而成); figures a statement leaves out (除N个…外), villages meeting the standard of leaving poverty
(N个贫困村…均已达到脱贫要求: an outcome) and a village's households as they are (全村N户脱贫户，…). Every sentence
is made up for the test (real division names, invented villages and figures); none is taken from a page.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one

STORY = "江华讯 2025年5月，县财政局派驻工作队进驻沱江镇石门村。"
ROAD = "1月13日，一期工程5.3公里道路“白改黑”正式启动。\n"


def test_a_township_next_door_after_a_road_leading_there_is_not_the_place_of_the_works():
    text = STORY + "村里有一条水泥路，从村口直达近邻的江永县松柏瑶族乡，路面坑坑洼洼。" + ROAD
    assert one(facts_of(text), 5.3).region == "石门村"


def test_the_villages_a_village_was_merged_from_are_not_the_place_of_the_works():
    text = STORY + "石门村地处县城西郊，由原石门村、王家村、竹塘村三个行政村合并而成。" + ROAD
    assert one(facts_of(text), 5.3).region == "石门村"


def test_villages_left_out_by_except_are_no_figure_and_those_meeting_the_standard_an_outcome():
    facts = facts_of("峡门乡讯 县大学驻村工作队进驻以来，不到一年的时间，除两个深度贫困村外，"
                     "其余4个贫困村各项指标均已达到脱贫要求。\n")
    assert not [f for f in facts if f.value == 2]
    fact = one(facts, 4)
    assert (fact.kind, fact.metric, fact.unit) == ("outcome", "other", "village")


def test_a_villages_households_as_they_are_are_no_result():
    facts = facts_of("同心讯 2021年7月，王建华上任石门村驻村第一书记，现实给了他一个下马威：全村800多户脱贫户，人均年收入不足万元。\n")
    assert not [f for f in facts if f.value == 800]
