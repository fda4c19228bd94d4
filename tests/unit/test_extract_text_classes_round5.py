"""Classes of text met on the held-out pages of issue 7, round 5, one test per class. Every sentence is made
up for the test: invented names, villages, units and figures; none is taken from a real page.
"""
from __future__ import annotations

import pytest

from flows.reports.extract import extract_text


def _facts(text: str):
    return extract_text(text).facts


def _one(facts, value, unit=None):
    found = [f for f in facts if f.value == pytest.approx(value) and (unit is None or f.unit == unit)]
    assert len(found) == 1, [(f.metric, f.value, f.unit, f.region) for f in facts]
    return found[0]


def test_a_dispatch_count_of_one_sending_level_is_a_figure_even_as_part_of_a_total():
    facts = _facts("青海讯 全省共有驻村工作队4200个，其中省直驻村工作队310个、驻村干部960名，已全部到岗。\n")
    part = _one(facts, 310)
    assert (part.metric, part.unit, part.region) == ("teams_dispatched", "team", "青海省")
    assert _one(facts, 4200).unit == "team"


def test_a_part_of_an_outcome_total_stays_no_figure():
    facts = _facts("本报讯 驻村工作队帮助青松村种植花椒520亩，其中脱贫户种植160亩。\n")
    assert [f.value for f in facts if f.unit == "mu"] == [520]


def test_where_a_dispatch_count_went_is_its_place():
    facts = _facts("四川讯 为加强驻村帮扶，全省共计3100多人派往甘孜州开展帮扶。\n")
    fact = _one(facts, 3100)
    assert (fact.metric, fact.region, fact.qualifier) == ("cadres_dispatched", "甘孜州", "approx")
    facts = _facts("甘肃讯 为加强驻村帮扶，省直单位选派85名干部到临夏州驻村。\n")
    assert _one(facts, 85).region == "临夏州"


def test_a_dispatch_count_with_no_destination_after_it_keeps_its_scope():
    facts = _facts("四川讯 为加强驻村帮扶，全省选派驻村干部3100多人，覆盖所有脱贫村。\n")
    assert _one(facts, 3100).region == "四川省"


def test_rooms_built_are_facilities():
    fact = _one(_facts("青松村讯 驻村工作队新建了12间村级办公用房。\n"), 12)
    assert (fact.metric, fact.unit) == ("facilities_built", "item")


def test_a_length_joined_to_its_road_by_a_particle_is_road_built():
    fact = _one(_facts("青松村讯 驻村工作队完成了6.4公里的通组水泥路硬化。\n"), 6.4)
    assert (fact.metric, fact.unit, fact.region) == ("road_km_built", "km", "青松村")


def test_pipes_and_power_lines_laid_are_lengths_of_other_works():
    facts = _facts("青松村讯 驻村工作队埋设供水管道600多米，新架电力线路3.5公里。\n")
    pipe, line = _one(facts, 0.6, "km"), _one(facts, 3.5, "km")
    assert (pipe.kind, pipe.metric, pipe.qualifier) == ("outcome", "other", "approx")
    assert (line.kind, line.metric) == ("outcome", "other")


def test_households_given_drinking_water_are_an_outcome():
    fact = _one(_facts("青松村讯 驻村工作队解决人畜饮水1260户。\n"), 1260)
    assert (fact.kind, fact.unit) == ("outcome", "household")


def test_cadres_tied_to_poor_households_are_paired_cadres():
    fact = _one(_facts("甘肃讯 驻村帮扶工作扎实推进，全省26万名干部对口联系贫困户。\n"), 260_000)
    assert (fact.metric, fact.unit, fact.region) == ("cadres_paired", "person", "甘肃省")
