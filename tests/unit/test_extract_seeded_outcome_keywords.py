"""Seed keywords of outcome metrics. An area of a crop widened from one figure to another (某作物面积由N亩扩大到M亩): the figure reached is the
planting area, the one it started from no fact. 扩大到/扩大至 are keywords of planting_area in
seeds/metric_catalog.csv, no code; so are 帮扶产业/扶贫产业 of enterprise_projects (发展帮扶产业N个). Every sentence is made up for the test: invented places and figures.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one


def test_the_area_a_crop_was_widened_to_is_its_planting_area():
    facts = facts_of("赣州讯 在宁都县黄陂镇杨依村驻村工作队帮助下，全村脐橙面积由70亩扩大到530亩。")
    fact = one(facts, 530, "mu")
    assert (fact.metric, fact.region) == ("planting_area", "杨依村")
    assert not [f for f in facts if f.value == 70]


def test_industries_of_aid_grown_by_the_teams_are_enterprise_projects():
    facts = facts_of("赣州讯 两年来宁都县驻村工作队发展帮扶产业37个，带动贫困户增收。")
    assert one(facts, 37).metric == "enterprise_projects"
