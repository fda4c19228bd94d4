"""The poor a place had, counted in a profile clause, all out of poverty by a later clause of the same sentence
(全村有贫困户N户M人，…已全部脱贫 / 实现整村脱贫 / 全部达到…脱贫标准), and roads between villages counted with 条
(N条村间道路), which are things built, not villages. Sentences written here."""
from __future__ import annotations

import pytest

from tests.unit.extract_asserts import facts_of, one

OPENING = "宁都讯 洛口镇杨依村驻村工作队进村三年。"


@pytest.mark.parametrize("sentence", [
    "全村原有建档立卡贫困户74户296人，眼下已全部脱贫。",
    "2018年春，全村贫困户有74户296人，苦干一年后，2018年底实现整村脱贫。",
    "杨依村共有74户建档立卡贫困户、296名贫困人口，到2019年底全部达到了脱贫标准。",
])
def test_the_poor_counted_then_all_out_of_poverty(sentence):
    facts = facts_of(OPENING + sentence)
    assert (one(facts, 74).metric, one(facts, 296).metric) == ("people_lifted_from_poverty",) * 2


def test_the_poor_counted_with_no_exit_stay_a_profile():
    assert facts_of(OPENING + "全村有贫困户74户296人，村集体经济收入为零。") == []


def test_another_figure_between_keeps_the_poor_a_profile():
    facts = facts_of(OPENING + "全村有贫困户74户296人，新修道路3公里，已全部脱贫。")
    assert [f.value for f in facts] == [3]


def test_roads_between_villages_counted_with_tiao_are_built():
    facts = facts_of(OPENING + "工作队从省交通厅争来专项资金50万元，修了5条村间道路。")
    assert (one(facts, 5).metric, one(facts, 5).region, one(facts, 500000).region) == (
        "facilities_built", "杨依村", "杨依村")
