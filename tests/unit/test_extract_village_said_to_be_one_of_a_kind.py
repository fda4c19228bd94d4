"""A village said to be one of a kind, then what it has (某村曾是一个贫困村，有贫困户N户): the place as it was,
background, not what the work achieved (facts: PROFILE_RE). What the work built in the same sentence is still
read. Every sentence is made up for the test: invented places and counts.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one

OPENING = "宁都讯 宁都县洛口镇杨依村驻村工作队扎实开展帮扶。"


def test_what_a_village_described_as_poor_has_is_background():
    assert facts_of(OPENING + "杨依村曾经是一个市定贫困村，有贫困户31户。") == []


def test_what_the_work_built_after_the_description_is_read():
    fact = one(facts_of(OPENING + "杨依村是一个贫困村，工作队帮助建成大棚14个。"), 14)
    assert (fact.kind, fact.region) == ("outcome", "杨依村")
