"""Classes of results stated in news pages about stationed teams (people reached, lengths as a total, money
recovered or saved, team sizes, rates achieved), one test per class. Every sentence is made up for the
test: invented villages, names and figures; none is taken from a real page.
"""
from __future__ import annotations

import pytest

from flows.reports.extract import extract_text
from tests.unit.extract_asserts import one as _one

LEAD = "柳岸村讯 省农业厅驻柳岸村第一书记周立新带领驻村工作队开展帮扶。"


def _facts(text: str):
    return extract_text(LEAD + text + "\n").facts


def test_people_reached_by_a_work_are_an_outcome_in_persons():
    facts = _facts("村里新修的产业路全部硬化，惠及群众215户860人。")
    assert _one(facts, 215, "household").kind == "outcome"
    fact = _one(facts, 860, "person")
    assert (fact.kind, fact.metric) == ("outcome", "other")
    fact = _one(_facts("饮水工程建成后惠及3400人。"), 3400, "person")
    assert (fact.kind, fact.metric) == ("outcome", "other")


def test_a_length_stated_as_a_total_after_a_linking_word_is_the_work_named_before():
    facts = _facts("工作队完成3条组级道路硬化和2个组的巷道硬化，里程达9.5公里。")
    fact = _one(facts, 9.5, "km")
    assert fact.metric == "road_km_built"
    fact = _one(_facts("村里新修灌溉水渠4条，总长达1800米。"), 1.8, "km")
    assert fact.metric == "canal_km_repaired"


@pytest.mark.parametrize("text, value", [
    ("光伏电站落户后，每年为柳岸村集体增加土地租赁费36万元。", 360000),
    ("合作社每年为村集体增加收入8万元。", 80000),
])
def test_money_put_into_the_collective_each_year_is_collective_income(text, value):
    fact = _one(_facts(text), value, "yuan")
    assert (fact.metric, fact.basis) == ("collective_income_increase", "per_year")


@pytest.mark.parametrize("text, value", [
    ("经工作队多方奔走，20天后，86.4万元务工工资被全部追回。", 864000),
    ("合作社统一提供机耕服务，为村民节省农机费用6万元。", 60000),
])
def test_money_the_work_recovered_or_saved_is_an_outcome_in_money(text, value):
    fact = _one(_facts(text), value, "yuan")
    assert (fact.kind, fact.metric) == ("outcome", "other")


def test_a_villagers_own_saving_is_no_outcome_of_the_work():
    assert not [f for f in _facts("他家一年节省开支2000元。") if f.unit == "yuan"]


@pytest.mark.parametrize("text, value", [
    ("去年3月，由4名年轻干部组成的省林业局驻柳岸村工作队进驻以来，办成了不少实事。", 4),
    ("2019年，市科协的王立平、陈小军、刘一鸣组成3人工作组进驻柳岸村。", 3),
])
def test_the_people_one_team_is_made_of_are_members_sent(text, value):
    fact = _one(_facts(text), value, "person")
    assert (fact.kind, fact.metric, fact.region) == ("dispatch", "team_members_dispatched", "柳岸村")


def test_a_team_size_before_a_count_of_teams_is_no_count_of_members():
    facts = _facts("全县组成5人工作队12支。")
    assert not [f for f in facts if f.unit == "person"]


def test_a_rate_the_work_brought_the_place_to_is_an_outcome_in_percent():
    fact = _one(_facts("工作队推广订单种植，使全村农产品订单销售率达到85%。"), 85, "percent")
    assert (fact.kind, fact.metric) == ("outcome", "other")


def test_a_rate_that_describes_the_place_is_no_outcome():
    assert not [f for f in _facts("全村森林覆盖率达到70%。") if f.unit == "percent"]


@pytest.mark.parametrize("text, value, qualifier", [
    ("争取资金千万元以上", 10_000_000, "at_least"),
    ("投入百万元", 1_000_000, "approx"),
    ("投资上百万元", 1_000_000, "approx"),
])
def test_a_round_sum_written_as_a_word_is_a_figure(text, value, qualifier):
    from flows.reports.numbers import find_quantities
    [q] = find_quantities(text)
    assert (q.value, q.unit, q.qualifier) == (value, "yuan", qualifier)


@pytest.mark.parametrize("text", ["千万要注意安全", "百万雄师过大江", "投入资金数百万元"])
def test_hundred_or_thousand_ten_thousands_without_money_is_no_figure(text):
    from flows.reports.numbers import find_quantities
    assert find_quantities(text) == []


def test_a_round_sum_won_for_the_village_is_funds_secured():
    fact = _one(_facts("工作队争取资金千万元以上，修通了产业路。"), 10_000_000, "yuan")
    assert (fact.metric, fact.qualifier) == ("funds_secured", "at_least")


def test_money_spent_out_of_a_fund_on_a_work_is_money_put_in():
    fact = _one(_facts("村里从帮扶资金中列支12万元修建休闲步道、安装路灯。"), 120000, "yuan")
    assert (fact.kind, fact.metric) == ("funding", "matching_funds")


def test_machines_bought_for_the_village_are_an_outcome_counted():
    fact = _one(_facts("工作队用专项资金统一购买插秧机、烘干机等农机具共6台套，成立农机服务队。"), 6)
    assert (fact.kind, fact.metric, fact.unit) == ("outcome", "other", "item")


def test_machines_a_villager_bought_are_his_own_story():
    assert not [f for f in _facts("他购买了两台旋耕机。") if f.value == 2]


def test_households_that_signed_up_to_the_project_are_an_outcome():
    fact = _one(_facts("目前已有15户农民签订了托管合同。"), 15, "household")
    assert (fact.kind, fact.metric) == ("outcome", "other")


def test_households_the_team_signed_an_agreement_with_are_no_outcome():
    assert not [f for f in _facts("工作队与占地的3户村民签订了补充协议。") if f.value == 3]


def test_people_given_work_named_before_their_work_are_jobs():
    fact = _one(_facts("苗木基地建成后，为60多名本村和邻村群众增加务工收入。"), 60, "person")
    assert (fact.kind, fact.metric, fact.qualifier) == ("outcome", "jobs_created", "approx")


def test_households_the_team_helps_are_households_helped():
    fact = _one(_facts("工作队帮扶种植大户5户，开展消费助农活动。"), 5, "household")
    assert (fact.kind, fact.metric) == ("outcome", "households_helped")


def test_households_a_place_has_on_its_books_are_no_outcome():
    assert not [f for f in _facts("全村有帮扶户25户。") if f.value == 25]


def test_villages_the_cadres_pushed_to_a_result_are_an_outcome():
    facts = extract_text("平安县讯 平安县选派驻村第一书记开展帮扶。目前，驻村干部已助推14个软弱涣散村党组织效能全面提升。\n").facts
    fact = _one(facts, 14, "village")
    assert (fact.kind, fact.metric) == ("outcome", "other")


def test_old_buildings_cleared_are_an_outcome_counted():
    fact = _one(_facts("工作队推进危旧土坯房拆除工作，全村共拆除126栋，8000余平方米。"), 126)
    assert (fact.kind, fact.metric, fact.unit) == ("outcome", "other", "item")


def test_buildings_renovated_are_an_outcome_counted():
    fact = _one(_facts("修建村路巷道2.6公里，9栋民宅进行了徽派风格改造。"), 9)
    assert (fact.kind, fact.metric, fact.unit) == ("outcome", "other", "item")


def test_things_listed_after_a_comma_continue_what_the_clause_before_installed():
    facts = _facts("工作队安装路灯120盏，太阳能热水器85台，改善了人居环境。")
    fact = _one(facts, 85)
    assert (fact.metric, fact.unit) == ("facilities_built", "item")


def test_households_the_work_supports_are_households_helped():
    fact = _one(_facts("扶持培养种植大户36户。"), 36, "household")
    assert (fact.kind, fact.metric) == ("outcome", "households_helped")


def test_a_four_character_phrase_of_two_villages_words_is_no_village():
    facts = extract_text("柳岸村讯 驻村工作队进驻以来，柳岸村村容村貌焕然一新，人均纯收入超万元。\n").facts
    fact = _one(facts, 10000, "yuan")
    assert fact.region == "柳岸村"


def test_the_second_of_a_pair_of_village_counts_pushed_to_a_result_is_an_outcome_too():
    facts = extract_text("平安县讯 平安县选派驻村第一书记开展帮扶。目前，驻村干部已助推12个软弱涣散村和30个移民安置村"
                         "(社区)党组织效能全面提升。\n").facts
    for value in (12, 30):
        fact = _one(facts, value, "village")
        assert (fact.kind, fact.metric) == ("outcome", "other")


def test_households_a_project_brings_along_are_households_helped():
    fact = _one(_facts("合作社带动48户增收。"), 48, "household")
    assert (fact.kind, fact.metric) == ("outcome", "households_helped")


def test_a_rise_from_one_figure_to_another_stays_a_result_when_a_later_clause_describes_the_village():
    fact = _one(_facts("柳岸村人均年收入从2021年的9100元增长至12650元,增幅39%,全村常住人口止跌回升。"), 12650, "yuan")
    assert fact.metric == "income_increase"
    # the village as it is, described in the sentence, with no rise: still no result
    assert not [f for f in _facts("柳岸村人均年收入9100元,全村常住人口1200人。") if f.value == 9100]


def test_households_a_work_drives_along_with_the_whole_village_named_are_a_result():
    # 全村 before the count describes the village unless a verb of result (拉动, 带动) comes first
    fact = _one(_facts("改良母羊300只，拉动全村贫困户126户410人，共创收12.5余万元。"), 126, "household")
    assert fact.kind == "outcome"


def test_partner_firms_brought_in_are_enterprise_projects():
    fact = _one(_facts("全县驻村工作队引进合作企业37个，领办合作社52个。"), 37, "item")
    assert fact.metric == "enterprise_projects"
