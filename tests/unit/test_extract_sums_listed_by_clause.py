"""Sums listed clause by clause, each clause holding only its sum (a short label before it, a rate's period
after it): the items of one list, of the first one's metric (facts._BARE_SUM_LABEL_RE, _BARE_SUM_TAIL_RE,
FactExtractor._bare_sums_listed); and the aid funds a first secretary is given for the stationed work are work
funds (seeds/metric_catalog.csv: 驻村帮扶经费). Every sentence is made up for the test: invented places and sums.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one

OPENING = "宁都讯 宁都县扎实开展驻村帮扶。"


def test_every_bare_sum_of_a_list_by_rank_is_read():
    facts = facts_of(OPENING + "县里还给予话费补贴(处级150元/月,科级100元/月,科员60元/月)。")
    assert {f.value for f in facts if f.unit == "yuan"} == {150, 100, 60}
    assert one(facts, 60, "yuan").metric == one(facts, 150, "yuan").metric


def test_every_sum_of_a_list_after_respectively_is_read():
    facts = facts_of(OPENING + "每人每月的生活补助按偏远程度分别是600元,500元,300元,按月发放。")
    assert {(f.value, f.metric) for f in facts if f.unit == "yuan"} == {(600, "living_subsidy"), (500, "living_subsidy"),
                                                                         (300, "living_subsidy")}


def test_a_clause_of_works_after_a_sum_is_no_item_of_a_list():
    facts = facts_of(OPENING + "杨依村争取帮扶资金50万元,修路3公里,新建水池2个。")
    assert one(facts, 3, "km").kind == "outcome"
    assert one(facts, 500000, "yuan").kind == "funding"


def test_the_aid_funds_given_each_first_secretary_are_work_funds():
    fact = one(facts_of(OPENING + "县里每年为每名第一书记安排6万元驻村帮扶经费。"), 60000, "yuan")
    assert (fact.metric, fact.basis) == ("work_funds", "per_person_year")
