"""Money facts: classes of text around amounts (issue 7, funding), on sentences written for these tests
(places, people and figures made up).

A standard written after an amount names its money later in the clause; a total word, or a list of
parts, continues the money figure before it; a part of a sum keeps the sum's basis; monthly allowances
written 元/月; condolence money is a donation.
"""
from __future__ import annotations

import pytest

from flows.reports.extract import extract_text

LEAD = "本报讯 桐溪县今年选派驻村第一书记和驻村工作队员开展帮扶。"


def _facts(sentence: str):
    return extract_text(LEAD + sentence + "\n").facts


def _one(facts, value):
    found = [f for f in facts if f.value == pytest.approx(value) and f.unit == "yuan"]
    assert len(found) == 1, [(f.metric, f.value, f.unit, f.basis) for f in facts]
    return found[0]


# --- 按…标准: the keyword after the standard names the money --------------------------------------

def test_a_daily_rate_set_by_a_standard_takes_the_keyword_after_it():
    fact = _one(_facts("县财政按照每人每天70元的标准为工作队员发放生活补助。"), 70)
    assert (fact.kind, fact.metric, fact.basis) == ("funding", "living_subsidy", "per_person_day")


def test_a_yearly_rate_set_by_a_standard_without_de():
    fact = _one(_facts("县里按每人每年3万元标准为每名第一书记安排工作经费。"), 30_000)
    assert (fact.metric, fact.basis) == ("work_funds", "per_person_year")


def test_amounts_by_level_closed_by_one_standard_in_the_same_clause():
    facts = _facts("派出单位按照省级2.5万元、市级1.2万元的标准为每名驻村干部安排工作经费。")
    for value in (25_000, 12_000):
        fact = _one(facts, value)
        assert fact.metric == "work_funds" and fact.basis == "per_person"


def test_a_standard_with_no_money_keyword_after_it_is_not_read():
    facts = _facts("驻村工作队员按每人每天70元的标准，在村里住满了三个月。")
    assert not [f for f in facts if f.unit == "yuan"]


# --- continuations: totals and lists of parts ------------------------------------------------------

def test_a_total_word_inside_the_clause_continues_the_rate_before_it():
    facts = _facts("工作队员生活补助每人每月700元，全年合计发放185万元。")
    assert _one(facts, 700).basis == "per_person"
    total = _one(facts, 1_850_000)
    assert (total.kind, total.metric, total.basis) == ("funding", "living_subsidy", "total")


def test_a_list_of_parts_goes_on_after_the_clause_that_opens_it():
    facts = _facts("全县落实驻村工作经费450万元，其中第一书记每人每年2万元，工作队员每人每年0.8万元。")
    assert _one(facts, 4_500_000).basis == "total"
    for value in (20_000, 8_000):
        fact = _one(facts, value)
        assert fact.metric == "work_funds" and fact.basis == "per_person_year"
        assert fact.confidence <= 0.6  # the metric comes from another clause


def test_a_part_of_a_sum_keeps_the_sums_basis():
    facts = _facts("工作队筹措修路资金共计66万元，其中交通部门补助50万元，群众投工投劳折资9万元。")
    assert _one(facts, 90_000).basis == "total"


def test_a_clause_after_an_unrelated_clause_is_not_a_part():
    facts = _facts("工作队争取资金30万元，建成路灯40盏，村民人均增收1200元。")
    assert _one(facts, 1_200).kind == "outcome"


# --- vocabulary rows ------------------------------------------------------------------------------

def test_a_monthly_allowance_written_per_month():
    fact = _one(_facts("驻村工作队员生活补助900元/月。"), 900)
    assert (fact.metric, fact.basis) == ("living_subsidy", "per_person")


def test_condolence_money_is_a_donation():
    fact = _one(_facts("工作队为28户困难群众发放慰问金共计1.4万元。"), 14_000)
    assert (fact.kind, fact.metric, fact.basis) == ("funding", "donation", "total")




def test_a_total_after_a_rate_stays_a_total():
    facts = _facts("为驻村干部每人每年发放生活补贴1.5万元，共计发放210万元。")
    assert _one(facts, 15_000).basis == "per_person_year"
    assert _one(facts, 2_100_000).basis == "total"


# --- rates: which rate word is an amount's --------------------------------------------------------

def test_two_rates_in_one_clause_each_keep_their_own():
    facts = _facts("工作队员在村期间享受每人每天35元的伙食补助和每人每月150元的通讯补助。")
    assert _one(facts, 35).basis == "per_person_day"
    assert _one(facts, 150).basis == "per_person"


def test_a_rate_opening_a_list_covers_the_whole_list():
    facts = _facts("驻村第一书记每人每年生活补助1.6万元、交通补助4000元。")
    assert _one(facts, 16_000).basis == "per_person_year"
    assert _one(facts, 4_000).basis == "per_person_year"


def test_a_clause_of_a_rate_alone_is_the_money_the_clause_before_names():
    fact = _one(_facts("工作队员生活补助参照出差标准执行，每人每天90元。"), 90)
    assert (fact.metric, fact.basis) == ("living_subsidy", "per_person_day")
    assert fact.confidence <= 0.6


def test_a_list_of_rates_by_holder_goes_on_across_commas_and_semicolons():
    for sep in ("，", "；"):
        facts = _facts(f"驻村工作经费每村每年4万元{sep}第一书记每人每年1.5万元。")
        assert _one(facts, 40_000).basis == "per_year"
        fact = _one(facts, 15_000)
        assert (fact.metric, fact.basis) == ("work_funds", "per_person_year")


def test_a_clause_opening_with_each_holder_takes_the_money_named_before():
    fact = _one(_facts("驻村工作经费列入县级财政预算，每支工作队每年不少于2.5万元。"), 25_000)
    assert (fact.metric, fact.basis, fact.qualifier) == ("work_funds", "per_year", "at_least")


# --- bounds ---------------------------------------------------------------------------------------

def test_a_floor_on_the_money_named_right_after_it_is_a_fact_not_a_threshold():
    fact = _one(_facts("派出单位每年为所派第一书记安排不少于1.2万元的工作经费。"), 12_000)
    assert (fact.metric, fact.qualifier) == ("work_funds", "at_least")


def test_a_threshold_on_something_else_is_still_skipped():
    facts = _facts("工作队重点帮扶集体经济收入不足5万元的村。")
    assert not [f for f in facts if f.unit == "yuan"]


def test_a_bound_written_before_the_rate_words():
    fact = _one(_facts("驻村工作队员享受不低于每人每天45元的交通补助。"), 45)
    assert (fact.metric, fact.basis, fact.qualifier) == ("transport_subsidy", "per_person_day", "at_least")


# --- more vocabulary ------------------------------------------------------------------------------

def test_insurance_cover_named_by_its_amount_word():
    facts = _facts("县里为驻村干部购买意外伤害险和重大疾病险，保额分别为40万元和15万元。")
    for value in (400_000, 150_000):
        assert _one(facts, value).metric == "accident_insurance"


def test_bare_ten_thousands_after_a_verb_of_winning_and_charity_money():
    facts = _facts("工作队今年争取到60多万，修好了水渠。工作队发动社会力量募集善款9万元。")
    assert _one(facts, 600_000).qualifier == "approx"
    assert _one(facts, 90_000).metric == "donation"


def test_a_list_of_rates_by_holder_closed_by_one_standard():
    facts = _facts("县财政按照每个驻村工作队每年4万元、每名第一书记每年1.2万元的标准拨付工作经费。")
    assert _one(facts, 40_000).basis == "per_year"
    assert _one(facts, 12_000).basis == "per_person_year"


def test_a_rate_after_a_sum_invested_is_not_that_sums_rate():
    facts = _facts("工作队协调企业投资建设扶贫车间，每人每月工资2600元。")
    assert not [f for f in facts if f.unit == "yuan" and f.kind == "funding"]


def test_a_bare_subsidy_word_with_no_cadre_in_the_sentence_is_aid_not_an_allowance():
    facts = _facts("工作队筹措修路资金共计66万元，其中交通部门补助50万元。工作队为危房改造户每户补助1.2万元。")
    assert _one(facts, 500_000).metric == "matching_funds"
    assert _one(facts, 12_000).metric == "matching_funds"
    fact = _one(_facts("驻村干部每人每月补助650元。"), 650)
    assert (fact.metric, fact.basis) == ("living_subsidy", "per_person")


def test_a_yearly_word_opening_the_next_sentence_is_not_the_amount_s_basis():
    from flows.reports.extract import extract_text

    text = ("本报讯 2018年，全县驻村工作队到位帮扶资金215.6万元，协调项目资金3200多万元。"
            "全年新修水渠12公里。\n")
    facts = [f for f in extract_text(text).facts if f.value == 32_000_000]
    assert [f.basis for f in facts] == ["total"]


def test_each_ones_share_written_right_after_a_sum_keeps_the_sums_money():
    facts = _facts("省里安排第一书记专项资金6000万元，每个村15万元。")
    share = _one(facts, 150_000)
    assert (share.kind, share.metric) == ("funding", _one(facts, 60_000_000).metric)


def test_a_rate_opening_the_next_clause_is_not_the_basis_of_a_sum():
    facts = _facts("驻村工作队争取帮扶资金260万元，每户增收1800元。")
    assert _one(facts, 2_600_000).basis == "total"


def test_an_average_per_household_is_a_rate_per_head():
    facts = extract_text("本报讯 驻村工作队在石桥村发展产业，种植户户均增收1500元以上。\n").facts
    assert _one(facts, 1500).basis == "per_person"


def test_villages_qualified_by_the_cadres_posted_there_are_villages_counted_not_cadres():
    facts = [f for f in _facts("专项资金用于320个第一书记所在村。") if f.value == 320]
    assert [(f.kind, f.metric, f.unit) for f in facts] == [("dispatch", "villages_covered", "village")]


def test_a_sum_named_only_to_compare_with_is_no_gift():
    assert not any(f.value == 50000 for f in _facts("“这比直接给我们村捐5万元更让人高兴！”村民说。"))
    assert any(f.value == 50000 for f in _facts("驻村工作队协调企业为村里捐赠5万元。"))


def test_a_value_clause_after_goods_the_cadres_helped_sell_is_consumption_aid():
    facts = extract_text("驻村工作队帮助脱贫户、监测户销售柑橘6000余斤，折合人民币约1.2万元。\n").facts
    assert [(f.metric, f.value) for f in facts] == [("consumption_purchases", 12000)]


def test_what_villagers_give_is_no_donation_to_the_programme_but_a_firms_gift_is():
    facts = extract_text("仅一上午时间村民就自愿捐款7460元。驻村工作队协调某公司捐款5万元，用于村小学建设。\n").facts
    assert [(f.metric, f.value) for f in facts] == [("donation", 50000)]


def test_money_given_for_a_building_is_a_donation():
    facts = extract_text("座谈会后，某书记向石桥村捐赠了村服务中心建设经费8万元，驻村工作队开展帮扶。\n").facts
    assert [(f.metric, f.value) for f in facts] == [("donation", 80000)]


def test_the_value_of_produce_named_after_it_is_that_produces_and_a_price_by_weight_is_no_sum():
    facts = extract_text("4年多来，驻村工作队的“爱心货车”让价值近千万元的农产品走出深山。"
                         "引入一家竹片加工厂，为合作社带来每吨8元的收益。\n").facts
    assert [(f.metric, f.value) for f in facts] == [("consumption_purchases", 10_000_000)]


def test_goods_given_with_their_value_stay_a_donation():
    facts = extract_text("驻村工作队协调企业捐赠价值2万元的物资。\n").facts
    assert [(f.metric, f.value) for f in facts] == [("donation", 20000)]
