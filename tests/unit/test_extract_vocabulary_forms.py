"""Common forms of the metric vocabulary that any steward knows (seed rows, not rules fitted to pages), one
test per class. Every sentence is made up for the test: invented villages, names and figures.
"""
from __future__ import annotations

import pytest

from flows.reports.extract import extract_text


def _facts(text: str):
    return [(f.metric, f.value, f.unit) for f in extract_text(text + "\n").facts]


@pytest.mark.parametrize("text, metric, value, unit", [
    ("柳岸村讯 县委组织部今年轮换干部42名到各村驻村。", "cadres_dispatched", 42, "person"),
    ("柳岸村讯 驻村第一书记协调银行为柳岸村农户授信200万元。", "loans_arranged", 2000000, "yuan"),
    ("柳岸村讯 驻村工作队带领群众清淤干渠2.4公里。", "canal_km_repaired", 2.4, "km"),
    ("柳岸村讯 驻村工作队帮助农户通过网络销售土鸡蛋18万元。", "ecommerce_sales", 180000, "yuan"),
    ("柳岸村讯 帮扶单位以购代帮认购村里的茶叶12万元。", "consumption_purchases", 120000, "yuan"),
    ("柳岸村讯 驻村工作队帮助村集体实现经营性收入15万元。", "collective_income_increase", 150000, "yuan"),
    ("柳岸村讯 驻村工作队帮助村里成立合作联社2家。", "cooperatives_founded", 2, "item"),
    ("柳岸村讯 驻村工作队发展养殖基地3个。", "enterprise_projects", 3, "item"),
    ("柳岸村讯 在驻村工作队帮助下，合作社当年盈利8万元。", "net_profit", 80000, "yuan"),
    ("柳岸村讯 驻村工作队协助村委调处矛盾12宗。", "disputes_mediated", 12, "item"),
    ("柳岸村讯 驻村工作队协调开发公益岗40个。", "jobs_created", 40, "person"),
])
def test_a_common_other_name_of_a_metric_is_its_keyword(text, metric, value, unit):
    assert (metric, pytest.approx(value), unit) in _facts(text)


@pytest.mark.parametrize("text, value", [
    ("柳岸村讯 驻村工作队修建渠道3000延米。", 3),
    ("柳岸村讯 驻村工作队修通产业路5华里。", 2.5),
])
def test_lengths_in_linear_metres_or_li_are_read_in_km(text, value):
    [fact] = extract_text(text + "\n").facts
    assert (fact.unit, fact.value) == ("km", pytest.approx(value))


@pytest.mark.parametrize("text", [
    "柳岸村讯 驻村工作队为村里争取资金超5万元。",
    "柳岸村讯 驻村工作队走访农户不下200户。",
])
def test_a_bound_written_short_is_at_least(text):
    [fact] = extract_text(text + "\n").facts
    assert fact.qualifier == "at_least"


def test_a_programme_cadre_named_by_the_point_he_is_posted_to_makes_the_article_the_programme():
    facts = extract_text("柳岸村讯 镇里的挂点干部帮助柳岸村新修通户路3.2公里。\n").facts
    assert [(f.metric, f.value) for f in facts] == [("road_km_built", pytest.approx(3.2))]


@pytest.mark.parametrize("text, name, role", [
    ("柳岸村讯 县里选派乡村振兴指导员赵立平到柳岸村驻村。", "赵立平", "team_member"),
    ("柳岸村讯 柳岸村驻村指导员孙海涛走访农户50户。", "孙海涛", "team_member"),
    ("柳岸村讯 柳岸村帮扶队副队长孙海涛走访农户50户。", "孙海涛", "team_member"),
    ("柳岸村讯 柳岸村驻村组长钱永安带领队员走访农户50户。", "钱永安", "team_leader"),
])
def test_role_spellings_of_the_village_instructor_and_the_group_leader(text, name, role):
    people = extract_text(text + "\n").people
    assert [(p.name, p.role, p.village) for p in people] == [(name, role, "柳岸村")]


def test_buildings_counted_in_zhuang_are_facilities_built():
    assert ("facilities_built", pytest.approx(3), "item") in _facts("柳岸村讯 驻村工作队帮助村里新建村委办公楼3幢。")


@pytest.mark.parametrize("text, metric, value, unit", [
    ("柳岸村讯 县里今年安排挂职干部36名到村驻村。", "cadres_dispatched", 36, "person"),
    ("柳岸村讯 驻村工作队协调县里以奖代补30万元支持柳岸村修建村道。", "matching_funds", 300000, "yuan"),
    ("柳岸村讯 驻村工作队协调党费2万元为柳岸村建设活动室。", "matching_funds", 20000, "yuan"),
    ("柳岸村讯 县里为每支工作队安排运行经费3万元。", "work_funds", 30000, "yuan"),
    ("柳岸村讯 县里今年为每名驻村干部发放差旅补贴每人每天30元。", "transport_subsidy", 30, "yuan"),
    ("柳岸村讯 驻村工作队走村串户180户，摸清了村情。", "households_visited", 180, "household"),
    ("柳岸村讯 驻村工作队帮助群众实现微心愿56个。", "problems_solved", 56, "item"),
    ("柳岸村讯 驻村工作队今年完成组组通4.5公里。", "road_km_built", 4.5, "km"),
    ("柳岸村讯 驻村工作队帮助村里打水窖12口。", "facilities_built", 12, "item"),
    ("柳岸村讯 驻村工作队帮助建设晾晒场2处、烤房6座。", "facilities_built", 6, "item"),
    ("柳岸村讯 驻村工作队通过抖音帮助农户卖出蜂蜜6万元。", "ecommerce_sales", 60000, "yuan"),
    ("柳岸村讯 帮扶单位收购村里的茶叶12万元，驻村工作队负责对接。", "consumption_purchases", 120000, "yuan"),
    ("柳岸村讯 驻村工作队引进扶贫车间3个。", "enterprise_projects", 3, "item"),
    ("柳岸村讯 在驻村工作队帮助下，村民开办农家乐15家。", "enterprise_projects", 15, "item"),
    ("柳岸村讯 驻村工作队帮助村里劳动力转移120人。", "jobs_created", 120, "person"),
    ("柳岸村讯 驻村工作队协调银行发放富民贷300万元。", "loans_arranged", 3000000, "yuan"),
    ("柳岸村讯 驻村工作队帮助流转土地800亩发展茶叶。", "planting_area", 800, "mu"),
    ("柳岸村讯 驻村工作队帮助村里安装光伏板200块。", "other", 200, "item"),
    ("柳岸村讯 驻村工作队培养致富带头人15名。", "other", 15, "person"),
    ("西宁讯 在驻村工作队帮助下，全县42个村实现集体经济破零。", "other", 42, "village"),
])
def test_programme_money_and_outcome_words_of_other_provinces_and_years_are_keywords(text, metric, value, unit):
    assert (metric, pytest.approx(value), unit) in _facts(text)


@pytest.mark.parametrize("text, value", [
    ("柳岸村讯 驻村工作队帮助村民养殖蛋鸡5000羽。", 5000),
    ("柳岸村讯 驻村工作队帮助村里投放鱼苗2万尾。", 20000),
    ("柳岸村讯 驻村工作队帮助农户养殖中蜂200箱。", 200),
    ("柳岸村讯 驻村工作队组织举办6期实用技术培训班。", 6),
])
def test_poultry_fish_bee_boxes_and_courses_are_counted_by_their_classifier(text, value):
    assert ("other", pytest.approx(value), "item") in _facts(text)


def test_an_area_in_hectares_is_read_in_mu():
    assert ("planting_area", pytest.approx(600), "mu") in _facts("柳岸村讯 驻村工作队帮助村民种植茶叶40公顷。")


@pytest.mark.parametrize("text, qualifier", [
    ("柳岸村讯 驻村工作队帮助村集体增收约合12万元。", "approx"),
    ("柳岸村讯 驻村工作队走访农户最少200户。", "at_least"),
    ("柳岸村讯 驻村工作队为村里争取资金5万元及以上。", "at_least"),
])
def test_common_written_bounds_and_approximations_are_qualifiers(text, qualifier):
    [fact] = extract_text(text + "\n").facts
    assert fact.qualifier == qualifier


def test_the_whole_of_xinjiang_is_a_scope_even_on_a_page_that_names_only_a_city_there():
    # the figure is the region's, written as the page writes it (as 全国), never the city of the dateline
    [fact] = extract_text("乌鲁木齐讯 全疆选派驻村干部7万名。\n").facts
    assert (fact.metric, fact.region) == ("cadres_dispatched", "全疆")


@pytest.mark.parametrize("text, name", [
    ("柳岸村讯 柳岸村驻村工作指导员孙海涛走访农户50户。", "孙海涛"),
    ("柳岸村讯 县里派驻柳岸村的农村指导员孙海涛走访农户50户。", "孙海涛"),
    ("柳岸村讯 柳岸村驻村队副队长孙海涛走访农户50户。", "孙海涛"),
    ("柳岸村讯 柳岸村驻村帮扶组副组长孙海涛走访农户50户。", "孙海涛"),
])
def test_the_instructor_written_short_and_deputies_of_a_stationed_group_are_members(text, name):
    people = extract_text(text + "\n").people
    assert [(p.name, p.role, p.village) for p in people] == [(name, "team_member", "柳岸村")]


@pytest.mark.parametrize("title", ["民警", "高级农艺师", "一级科员"])
def test_a_police_officer_agronomist_or_clerk_title_leaves_the_unit_before_it(title):
    [person] = extract_text(f"柳岸村讯 县农业农村局{title}孙海涛被选派为柳岸村第一书记。\n").people
    assert (person.name, person.role, person.dispatch_unit) == ("孙海涛", "first_secretary", "县农业农村局")


def test_a_rate_written_with_its_period_before_the_head_is_per_person_and_period():
    [fact] = extract_text("柳岸村讯 县里为驻村干部发放生活补助1500元/年·人。\n").facts
    assert (fact.metric, fact.basis) == ("living_subsidy", "per_person_year")


def test_households_watched_against_poverty_counted_after_the_team_are_no_team_members():
    assert _facts("柳岸村讯 驻村工作队为20名监测户办理了小额信贷。") == []


@pytest.mark.parametrize("text, metric", [
    ("柳岸村讯 驻村工作队帮助村里新建羊圈12个。", "facilities_built"),
    ("柳岸村讯 驻村工作队帮助农户养殖肉驴30头。", "other"),
])
def test_pens_are_built_and_donkeys_counted_by_the_head_of_their_noun(text, metric):
    [fact] = extract_text(text + "\n").facts
    assert fact.metric == metric


@pytest.mark.parametrize("text, role", [
    ("柳岸村讯 孙海涛兼任柳岸村驻村工作队队长。", "team_leader"),
    ("柳岸村讯 县水利局孙海涛挂任柳岸村第一书记，带领群众修路。", "first_secretary"),
    ("柳岸村讯 县水利局孙海涛挂职柳岸村第一书记，带领群众修路。", "first_secretary"),
])
def test_a_post_held_besides_another_or_on_secondment_names_the_cadre(text, role):
    assert [(p.name, p.role, p.village) for p in extract_text(text + "\n").people] == [("孙海涛", role, "柳岸村")]


def test_night_visits_to_households_are_households_visited():
    assert ("households_visited", 36, "household") in _facts("柳岸村讯 驻村工作队夜访农户36户。")
