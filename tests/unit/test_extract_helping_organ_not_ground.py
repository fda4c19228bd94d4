"""A level's organ named as the team's helper or as the giver of funds passed down (市委某部共下拨N万元, 在市委某部
领导支持下…筹集资金N万元) in a village's story: the organ's city is who helps, not the ground of the figures,
which stay with the story's village (facts: seed money_verb 下拨/划拨 for the giving organ, ORGAN_NAME_AFTER_RE
with the organ's leaders for the helping one). The city's own total, with no village story, stays the city's.
Every sentence is made up for the test: invented places and sums.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one

OPENING = "宁都讯 赣州市委宣传部驻宁都县洛口镇杨依村工作队进驻以来，扎实开展帮扶。"


def test_funds_a_citys_organ_passes_down_stay_with_the_village():
    fact = one(facts_of(OPENING + "2020年赣州市委宣传部共下拨180万元产业发展资金，帮助杨依村新建茶园。"), 1800000)
    assert fact.region == "杨依村"


def test_figures_won_with_a_helping_organ_stay_with_the_village():
    facts = facts_of(OPENING + "工作队在市委宣传部有关领导支持下，筹集资金260万元，硬化村道4000米。")
    assert one(facts, 2600000).region == "杨依村"
    assert one(facts, 4, "km").region == "杨依村"


def test_help_of_an_organ_named_with_its_city_stays_with_the_village():
    fact = one(facts_of(OPENING + "在赣州市委宣传部的支持下，工作队争取资金35万元建起光伏电站。"), 350000)
    assert fact.region == "杨依村"


def test_a_citys_own_total_stays_with_the_city():
    fact = one(facts_of("赣州讯 赣州市委宣传部今年下拨驻村工作经费500万元，覆盖全市各驻村工作队。"), 5000000)
    assert fact.region in ("赣州市", "全市")
