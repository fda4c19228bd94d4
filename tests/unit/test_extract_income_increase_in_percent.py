"""An increase of income stated in percent (贫困户收入N年间增加N%, 人均收入增长了N%) is an income increase: percent
is one of income_increase's units (seeds/metric_catalog.csv, no code). Every sentence is made up for the test:
invented places and figures.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one

OPENING = "宁都讯 宁都县黄陂镇杨依村驻村工作队扎实开展帮扶。"


def test_an_income_increase_over_years_in_percent_is_read():
    fact = one(facts_of(OPENING + "经过工作队帮扶，杨依村脱贫户收入五年间增加372%。"), 372, "percent")
    assert (fact.kind, fact.metric, fact.region) == ("outcome", "income_increase", "杨依村")


def test_a_share_of_income_is_no_increase():
    facts = facts_of(OPENING + "杨依村脱贫户的收入中，务工收入占比约六成。")
    assert [f for f in facts if f.metric == "income_increase"] == []
