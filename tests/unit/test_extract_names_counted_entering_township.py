"""Names counted after the dispatch verb, then 进驻 a township (选派NAME、NAME、NAME3名干部进驻某县某镇): the names
are the members sent, as when they are said to go to the villages (驻村). Every sentence is made up for the test:
invented places and names.
"""
from __future__ import annotations

from tests.unit.extract_asserts import people_by_name

OPENING = "宁都讯 宁都县洛口镇杨依村驻村工作队扎实开展帮扶。"


def test_names_counted_then_entering_a_township():
    people = people_by_name(OPENING + "2021年7月，石城县某集团党委选派芮远航、柏章福、芮晓岚3名干部进驻宁都县洛口镇，开展帮扶工作。")
    assert {"芮远航", "柏章福", "芮晓岚"} <= set(people)
    assert people["柏章福"].role == "team_member"


def test_a_count_that_disagrees_with_the_names_reads_none():
    people = people_by_name(OPENING + "石城县某集团党委选派芮远航、柏章福4名干部进驻宁都县洛口镇，开展帮扶工作。")
    assert "芮远航" not in people and "柏章福" not in people
