"""Money attached to works and grants: classes of text around amounts, on sentences written for these
tests (places, people and figures made up).

The money of projects or works the village got (项目N万元, N万元的…工程) is funding, not the cost of one
site built; money that built works named with their village (投资N万元建设的某村…) is that village's;
a sum handed to each household (每户发放…补贴N元) is what they got, not money put in; 申报 and 申请 end
before a village's name; 项目村 names no village.
"""
from __future__ import annotations

import pytest

from flows.reports.extract import extract_text

LEAD = "本报讯 桐溪县水利局驻青石村第一书记周某某带领驻村工作队开展帮扶。"


def _facts(sentence: str):
    return extract_text(LEAD + sentence + "\n").facts


def _one(facts, value, unit="yuan"):
    found = [f for f in facts if f.value == pytest.approx(value) and f.unit == unit]
    assert len(found) == 1, [(f.metric, f.value, f.unit, f.region) for f in facts]
    return found[0]


def test_the_total_cost_of_works_named_after_the_amount_is_funding():
    fact = _one(_facts("工作队成功申报青石村饮水改造工程。9月初，总造价32.4万元的饮水管网改造工程正式开工。"), 324_000)
    assert (fact.kind, fact.metric, fact.region) == ("funding", "funds_secured", "青石村")


def test_projects_counted_in_money_are_funding():
    fact = _one(_facts("驻村以来，他推动落地各项基础设施建设、产业发展项目5000余万元，改善了群众出行条件。"), 50_000_000)
    assert (fact.kind, fact.metric) == ("funding", "funds_secured")


def test_the_cost_of_one_site_named_by_a_build_verb_stays_an_outcome():
    fact = _one(_facts("工作队投资8万元新建拦水坝一处。"), 80_000)
    assert (fact.kind, fact.metric) == ("outcome", "facilities_built")


def test_money_that_built_works_named_with_their_village_is_that_village_s():
    fact = _one(_facts("2017年省民政厅投资150万元建设的白石村光伏电站，2018年项目收益12.3万元。"), 1_500_000)
    assert (fact.kind, fact.region) == ("funding", "白石村")


def test_a_subsidy_handed_to_each_household_is_not_money_put_in():
    fact = _one(_facts("电站收益为56户贫困户每户发放困难补贴600元。"), 600)
    assert (fact.kind, fact.metric) == ("outcome", "other")


def test_a_per_village_standard_is_not_about_a_village_named_xiangmu():
    facts = extract_text("本报讯 桐溪县共选派40名领导干部，包联20个重点贫困村。计划每年投入财政扶贫资金1000万元，"
                         "按照每个项目村投入40万元的标准，实施产业发展。\n").facts
    fact = _one(facts, 400_000)
    assert fact.kind == "funding" and fact.region != "项目村"


def test_a_slogan_of_two_verb_object_pairs_names_no_village():
    facts = extract_text("青石村：富民强村的带头人\n" + LEAD + "他组织修建了3000米的铁围栏。\n").facts
    assert "富民强村" not in {f.region for f in facts}
    fact = _one(_facts("建设农产品销售店铺等惠民兴村帮促项目，系列农产品年销售收入超50万元。"), 500_000)
    assert fact.region != "惠民兴村"


def test_a_grant_by_a_county_office_in_a_village_work_group_story():
    facts = extract_text("本报讯 桐溪县检察院驻青石村工作组在该村开展光伏扶贫项目。全村合计自筹资金30万元，"
                         "县移民办补助120万元。项目实施后，每户村民年收入可增加6000元左右。\n").facts
    assert _one(facts, 1_200_000).metric == "matching_funds"
    assert _one(facts, 6000).metric == "income_increase"


def test_people_counted_with_ge_as_population_are_people():
    fact = _one(_facts("工作队协调销售木耳10万余斤，带动25个贫困人口就业。"), 25, "person")
    assert fact.metric == "jobs_created"


def test_money_raised_by_an_organ_is_a_donation_to_the_story_s_village():
    fact = _one(_facts("他说起了团江西省委募资60万元建“青禾养殖园”的事。"), 600_000)
    assert (fact.kind, fact.metric, fact.region) == ("funding", "donation", "青石村")


def test_a_place_opening_a_long_firm_name_is_not_the_figures_place():
    facts = _facts("村里兴办了由村集体控股的江西青禾泰生物科技有限责任公司“纸杯”项目，净利润4万余元，带动农户增收1.3万元。")
    assert {f.region for f in facts if f.unit == "yuan"} == {"青石村"}


def test_income_in_a_sentence_that_profiles_a_gacha_is_background():
    facts = extract_text("本报讯 桐溪旗青石嘎查驻村工作队开展帮扶。青石嘎查有两个自然村，全嘎查拥有贫困户120户、400人，"
                         "人均年收入1800元，是一个典型的贫困嘎查。\n").facts
    assert not [f for f in facts if f.value == 1800]


def test_money_gathered_for_a_purchase_is_funding():
    fact = _one(_facts("他们现场打电话联系亲朋好友借钱，凑齐了12万元买牛钱。"), 120_000)
    assert (fact.kind, fact.metric) == ("funding", "funds_secured")


def test_money_paid_to_the_village_is_its_collective_income():
    fact = _one(_facts("村民代表投票让养殖大户承包牛舍，每年上交3万元租金给村里的合作社。"), 30_000)
    assert (fact.kind, fact.metric, fact.basis) == ("outcome", "collective_income_increase", "per_year")
    fact = _one(_facts("承包户每年向村集体上缴承包费2万元。"), 20_000)
    assert fact.metric == "collective_income_increase"
    assert not [f for f in _facts("他每年缴纳3000元医保。") if f.value == 3000]


def test_a_subsidy_granted_by_an_organ_is_matching_funds_even_with_a_cadre_named():
    fact = _one(_facts("第一书记周某某协调县交通局补助30万元，硬化道路2公里。"), 300_000)
    assert fact.metric == "matching_funds"
    fact = _one(_facts("第一书记由县财政补贴每天60元。"), 60)
    assert fact.metric == "living_subsidy"


def test_a_city_opening_the_name_of_a_society_that_raises_the_money_is_the_giver_not_its_place():
    text = ("宁都讯 赣州市自然资源局干部柏志明，于2022年3月被派驻石城县洛口镇杨依村担任第一书记。"
            "柏志明到任后走遍了全村8个自然村。柏志明得知杨依小学缺少课桌椅，就找到赣州慈善联合会"
            "筹资2万多元添置课桌椅60套。")
    assert [f.region for f in extract_text(text).facts if f.value == 20000] == ["杨依村"]
