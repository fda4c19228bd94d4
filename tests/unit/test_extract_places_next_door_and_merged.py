"""Places a story names but is not about: a place next door written after a neighbour cue and 的, with the
places chained after it (通往邻近的某县某乡), and the villages a village was merged from (由原甲村、乙村两个
行政村合并而成); figures a statement leaves out (除N个…外), villages meeting the standard of leaving poverty
(N个贫困村都已达到退出标准: an outcome) and a village's households as they are (全村N户脱贫户，…). Every sentence
is made up for the test (real division names, invented villages and figures); none is taken from a page.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one

STORY = "道县讯 去年春天，县税务局的工作队住进了上关镇石门村。"
ROAD = "今年3月，工作队争取的4.7公里通村道路拓宽工程开工。\n"


def test_a_township_next_door_after_a_road_leading_there_is_not_the_place_of_the_works():
    text = STORY + "村里唯一的老路通往邻近的宁远县柏家坪镇，早已破损不堪。" + ROAD
    assert one(facts_of(text), 4.7).region == "石门村"


def test_the_villages_a_village_was_merged_from_are_not_the_place_of_the_works():
    text = STORY + "石门村在县城北面，由原石门村、李家村两个行政村合并而成。" + ROAD
    assert one(facts_of(text), 4.7).region == "石门村"


def test_villages_left_out_by_except_are_no_figure_and_those_meeting_the_standard_an_outcome():
    facts = facts_of("城关镇讯 学院工作队到镇里两年，除一个村还差一点外，"
                     "其余5个贫困村都已达到退出标准。\n")
    assert not [f for f in facts if f.value == 1 and f.unit == "village"]
    fact = one(facts, 5)
    assert (fact.kind, fact.metric, fact.unit) == ("outcome", "other", "village")


def test_a_villages_households_as_they_are_are_no_result():
    facts = facts_of("盐池讯 王建华到石门村当第一书记时，情况并不乐观：全村600多户脱贫户，收入来源单一。\n")
    assert not [f for f in facts if f.value == 600]
