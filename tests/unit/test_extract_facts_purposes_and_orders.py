"""Classes of text where what a sum or a count is turns on the words right around it: money set aside as the
collective's income, the value of an order won, villages brought out of a status, people counted by their
profession and then posted. Every sentence is made up for the test (real division names, invented villages and
figures); none is taken from a real page.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one


def test_money_set_aside_for_the_collectives_income_is_collective_income():
    fact = one(facts_of("柳岸村讯 驻村工作队引进车间，年租金2万元，其中5千元用于增加村集体收入。\n"), 5000, "yuan")
    assert (fact.kind, fact.metric) == ("outcome", "collective_income_increase")
    # money for anything else the village builds stays money put in
    fact = one(facts_of("柳岸村讯 驻村工作队争取帮扶资金6万元，用于修建村道。\n"), 60000, "yuan")
    assert fact.kind == "funding"


def test_the_value_of_an_order_won_is_sales_not_funds():
    fact = one(facts_of("柳岸村讯 驻村工作队又争取到8万元刺绣品的订单，妇女们正赶制。\n"), 80000, "yuan")
    assert (fact.kind, fact.metric) == ("outcome", "other")
    fact = one(facts_of("柳岸村讯 驻村工作队争取到帮扶资金8万元，建起刺绣车间。\n"), 80000, "yuan")
    assert (fact.kind, fact.metric) == ("funding", "funds_secured")


def test_villages_counted_after_a_verb_ending_their_status_are_an_outcome():
    fact = one(facts_of("固原市讯 全市驻村干部抓党建、兴产业，全面消除127个集体经济“空壳村”。\n"), 127, "village")
    assert (fact.kind, fact.metric) == ("outcome", "other")
    fact = one(facts_of("固原市讯 全市向127个村选派驻村工作队。\n"), 127, "village")
    assert fact.metric == "villages_covered"


def test_people_counted_by_profession_then_posted_in_the_passive_are_cadres_sent():
    fact = one(facts_of("奉节县讯 市人民医院6名医生被选派到奉节县担任驻村第一书记。\n"), 6, "person")
    assert fact.kind == "dispatch" and fact.region == "奉节县"
    # the same people counted as those a post works for are no cadres sent
    assert not [f for f in facts_of("奉节县讯 驻村第一书记邀请6名医生到村里义诊。\n") if f.kind == "dispatch"]


def test_a_sum_in_wan_next_to_an_income_word_is_money_without_its_yuan():
    fact = one(facts_of("柳岸村讯 驻村第一书记建起光伏电站，村集体年收入8万。\n"), 80000, "yuan")
    assert (fact.kind, fact.metric) == ("outcome", "collective_income_increase")
    fact = one(facts_of("柳岸村讯 驻村第一书记建起光伏电站，每年村里就有8万收入。\n"), 80000, "yuan")
    assert fact.kind == "outcome"
    # a bare 万 number with no money word around it is no sum
    assert not facts_of("柳岸村讯 驻村第一书记走访群众，全村人口0.8万。\n")
