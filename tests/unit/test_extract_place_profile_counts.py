"""Counts that describe a place as it is, not what the teams did: the parts of a county listed after 辖 where the
first parts are no figure read (辖7镇8乡，N个行政村: facts._makeup_continued), where its poor live (分布在N个乡镇、
N个村) and what a survey identified (识别出N个村、N户) (seeds/report_vocabulary.csv `makeup_word`), and a
village's households of a status counted as they are (全村贫困户N户, facts._WHOLE_VILLAGE_STATUS_BEFORE_RE).
Every sentence is made up for the test: invented places and figures.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of

OPENING = "赣州讯 宁都县黄陂镇杨依村驻村工作队扎实开展帮扶。"


def values(text: str, unit: str) -> list[float]:
    return [f.value for f in facts_of(OPENING + text) if f.unit == unit]


def test_villages_listed_after_townships_counted_under_xia_are_the_county_as_it_is():
    assert values("宁都县位于赣南山区，总面积4053平方公里，辖9镇15乡，281个行政村，人口80万。", "village") == []


def test_villages_sent_teams_after_a_county_profile_still_count():
    assert values("宁都县辖9镇15乡。今年全县给281个行政村派出工作队。", "village") == [281]


def test_where_the_poor_live_is_no_count_of_villages_covered():
    assert values("该县的困难群众分布在12个乡镇、136个村。", "village") == []


def test_what_a_survey_identified_is_no_result_of_the_work():
    assert values("2014年，全县共识别出重点帮扶村36个、困难户5210户、困难群众18000人。", "household") == []


def test_a_villages_households_of_a_status_counted_as_they_are_give_no_fact():
    assert values("杨依村位于县城以北15公里处，全村贫困户23户，贫困人口71人。", "household") == []


def test_households_helped_out_of_poverty_in_the_village_still_count():
    assert values("两年来，工作队帮助全村贫困户23户全部实现脱贫。", "household") == [23]
