"""A round approximate figure restates a stated one near it (近千人 … 983人) only when its wording allows it: a floor
(30余万元, 30多万元) rounds a figure at or above it, a ceiling (近千人) one at or below it (facts._rounds_another).
Every sentence is made up for the test: invented places and figures.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one


def test_a_floor_figure_and_a_smaller_sum_of_the_same_metric_are_two_sums():
    facts = facts_of("赣州讯 宁都县黄陂镇杨依村驻村工作队为农户办理30余万元小额贷款，另办理贴息贷款28万元。")
    assert one(facts, 300000, "yuan").metric == one(facts, 280000, "yuan").metric == "loans_arranged"


def test_a_floor_figure_above_which_a_stated_sum_lies_restates_it():
    facts = facts_of("赣州讯 宁都县黄陂镇杨依村驻村工作队为农户办理30余万元小额贷款。全年共办理小额贷款32万元。")
    assert [f.value for f in facts if f.metric == "loans_arranged"] == [320000]


def test_a_ceiling_figure_restates_a_stated_one_below_it_only():
    below = facts_of("赣州讯 宁都县选派近千名干部驻村帮扶。全县共选派980名干部驻村帮扶。")
    assert sorted(f.value for f in below if f.unit == "person") == [980]
