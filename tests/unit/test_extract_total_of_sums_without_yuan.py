"""A total written with a bare 万 after sums in yuan (每村送去10万元，共计100万) is money: 元 is left out of the
total (facts._fact: a total word before the bare number and a sum in yuan earlier in the sentence).
Every sentence is made up for the test: invented places and figures.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of

OPENING = "宁都讯 宁都县黄陂镇杨依村驻村工作队扎实开展帮扶。"


def test_a_total_with_a_bare_wan_after_sums_in_yuan_is_money():
    facts = facts_of(OPENING + "县交通局给每个结对村拨去8万元产业起步资金，合计72万。")
    assert [f.value for f in facts if f.unit == "yuan" and f.value == 720_000] == [720_000]


def test_a_bare_wan_total_with_no_sum_in_yuan_before_it_is_no_money():
    facts = facts_of(OPENING + "全县农村人口合计72万。")
    assert [f for f in facts if f.unit == "yuan"] == []
