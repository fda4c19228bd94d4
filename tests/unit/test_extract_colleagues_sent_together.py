"""Cadres counted as the named one's colleagues and sent with him (和N名同事一起，被选派到某县任第一书记): the
count is of cadres and its place is where they were sent, also when a comma follows 一起 (the verb of the
comitative phrase is in the clause after). Every sentence is made up for the test: invented places and names.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one

OPENING = "宁都讯 宁都县洛口镇杨依村驻村工作队扎实开展帮扶。"


def test_colleagues_sent_to_a_county():
    fact = one(facts_of(OPENING + "芮远航和4名同事被选派到石城县任第一书记。"), 4)
    assert (fact.kind, fact.unit, fact.region) == ("dispatch", "person", "石城县")


def test_colleagues_sent_together_after_a_comma():
    fact = one(facts_of(OPENING + "2021年5月，芮远航和4名干部一起，被选派到石城县任第一书记。"), 4)
    assert (fact.kind, fact.unit, fact.region) == ("dispatch", "person", "石城县")


def test_a_comma_after_other_words_still_ends_the_clause():
    facts = facts_of(OPENING + "芮远航和4名村民一起种下茶苗，被选派到石城县的干部也来帮忙。")
    assert not [f for f in facts if f.kind == "dispatch" and f.value == 4]
