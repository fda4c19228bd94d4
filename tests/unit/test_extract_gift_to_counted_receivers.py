"""为23名贫困学生捐款, 向村小学生捐赠: the preposition of the receiver, then their count or modifiers, then the
people: they receive the gift, which is the programme's; people who give (村民自愿捐款) still give their own. Every
sentence is made up for the test: invented places and names.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one

OPENING = "宁都讯 宁都县洛口镇杨依村驻村工作队扎实开展帮扶。"


def test_a_gift_to_counted_pupils_is_a_donation():
    fact = one(facts_of(OPENING + "工作队与村小结对共建，为31名困难学生捐款3.4万元。"), 34000)
    assert (fact.metric, fact.region) == ("donation", "杨依村")


def test_a_gift_to_modified_pupils_is_a_donation():
    fact = one(facts_of(OPENING + "工作队向村小学生捐赠助学金1.2万元。"), 12000)
    assert fact.metric == "donation"


def test_villagers_giving_their_own_is_no_donation_of_the_programme():
    facts = facts_of(OPENING + "为修通组道，贫困村民纷纷捐款8350元。")
    assert not [f for f in facts if f.value == 8350]
