"""Counts by sending level after a province's dispatch total, where a level is written with its
alternatives in brackets (县(市、区)级, 州（市）级) or as a compound (乡镇级): each is a part of the total,
read like 省级N人. Sentences made up for the test."""
from __future__ import annotations

import pytest

from tests.unit.extract_asserts import facts_of, one

OPENING = "宁都讯 今年全省共选派驻村干部1.2万人，其中省级1500人，"


@pytest.mark.parametrize("level", ["州(市)级", "州（市）级", "县(市、区)级", "县（市、区）级", "乡镇级"])
def test_a_level_with_bracketed_alternatives_is_a_part_of_the_total(level: str) -> None:
    fact = one(facts_of(OPENING + f"{level}4000人，组建驻村工作队3000支。"), 4000)
    assert (fact.metric, fact.unit) == ("cadres_dispatched", "person")


def test_every_level_of_a_bracketed_list_is_read() -> None:
    facts = facts_of(OPENING + "州(市)级4000人，县(市、区)级5100人，乡镇级1400人。")
    assert {f.value for f in facts if f.metric == "cadres_dispatched"} >= {12000, 1500, 4000, 5100, 1400}


def test_a_bracketed_aside_that_is_not_a_level_stays_unread() -> None:
    # a remark in brackets before 级 that names no level is no sending level: the count is not a part
    facts = facts_of(OPENING + "另有(注)级别4000人。")
    assert not [f for f in facts if f.value == 4000 and f.metric == "cadres_dispatched"]
