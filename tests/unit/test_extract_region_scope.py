"""Region scope classes (issue 7, helper r): the place a figure is about follows the sentence's scope word,
not a place named elsewhere on the page. Every sentence is made up for the test: invented names, villages,
units and figures; none is taken from a real page.
"""
from __future__ import annotations

import pytest

from flows.reports.extract import extract_text


def _one(facts, value, unit=None):
    found = [f for f in facts if f.value == pytest.approx(value) and (unit is None or f.unit == unit)]
    assert len(found) == 1, [(f.metric, f.value, f.unit, f.region) for f in facts]
    return found[0]


def test_a_division_in_an_award_title_is_not_the_page_s_place():
    text = ("本报讯 我市共选派3批420名机关干部驻村任职。去年，我市驻村干部共筹集资金6000多万元。"
            "今年，市下派办被评为南平市先进单位，5名驻村干部获评“南平市级优秀驻村干部”。\n")
    facts = extract_text(text).facts
    assert _one(facts, 420).region == "我市"
    assert _one(facts, 60_000_000).region == "我市"
    assert extract_text(text).document.region is None


def test_a_city_scope_word_is_kept_over_a_cadre_s_village_named_before_it():
    text = ("本报讯 张立新是市税务局的一名干部，2019年3月起驻青石镇柳湾村，为村里争取资金12万元。\n"
            "张立新只是我市众多驻村干部之一。五年来，我市共选派5批610名干部驻村任职。\n")
    facts = extract_text(text).facts
    assert _one(facts, 120_000).region == "柳湾村"
    assert _one(facts, 610).region == "我市"
