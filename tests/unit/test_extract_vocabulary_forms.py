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
