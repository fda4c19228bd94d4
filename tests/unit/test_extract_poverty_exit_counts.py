"""Counts of people out of poverty in two forms: people counted right before a keyword that opens with their own
counter (…户、N人脱贫), and people counted with 个 before a noun of persons (N个贫困人员). Sentences written here."""
from __future__ import annotations

import pytest

from tests.unit.extract_asserts import facts_of, one

OPENING = "宁都讯 洛口镇杨依村驻村工作队扎根基层。"


@pytest.mark.parametrize("sentence, value", [
    ("工作队帮扶2650户、8820人脱贫奔小康。", 8820),
    ("杨依村75户163个贫困人员目前已全部脱贫。", 163),
])
def test_people_out_of_poverty(sentence, value):
    fact = one(facts_of(OPENING + sentence), value)
    assert (fact.metric, fact.unit, fact.region) == ("people_lifted_from_poverty", "person", "杨依村")


def test_the_total_counted_before_the_part_out_of_poverty_is_no_result():
    facts = facts_of(OPENING + "截至目前，97户贫困户已脱贫94户。")
    assert [(f.value, f.metric) for f in facts] == [(94, "people_lifted_from_poverty")]


def test_all_households_out_of_poverty_stay_a_result():
    assert one(facts_of(OPENING + "全村46户贫困户已全部脱贫。"), 46).metric == "people_lifted_from_poverty"
