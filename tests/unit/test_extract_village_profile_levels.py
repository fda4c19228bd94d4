"""A sentence that profiles a village (全村N户N人, …) and states a level in a later clause with no word of result or
change (人均收入N元) tells what the village is, not what the work did: no fact. A change or a result in that clause
(由…增加到, 达到) is still read. change_word rows in seeds/report_vocabulary.csv name the changes.
Every sentence is made up for the test: invented places and figures.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one

OPENING = "赣州讯 宁都县黄陂镇杨依村驻村工作队进驻。"


def test_an_income_level_in_a_village_profile_is_no_fact():
    facts = facts_of(OPENING + "2015年，该村是省定贫困村，全村131户587人，多数为贫困户，人均收入2630元。")
    assert not [f for f in facts if f.value == 2630]


def test_an_income_reached_in_a_village_profile_is_read():
    facts = facts_of(OPENING + "2019年，全村131户587人，人均收入达到9700元。")
    assert one(facts, 9700, "yuan").metric == "income_increase"
