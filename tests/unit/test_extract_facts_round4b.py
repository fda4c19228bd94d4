"""Classes of fact text handled in the fourth tuning round (pages of the n10/n11 series), one test per class.
Every sentence is made up for the test: invented villages, organs and figures; none is taken from a real page.
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


def test_the_programmes_terms_for_its_cadres_are_the_provinces_not_the_story_villages():
    text = ("驻村干部的待遇\n"
            "对于驻村干部来说，每月800元的饭费补贴；每年6000元的工作经费。在江西省，不少干部都这样说。\n"
            "柳岸村第一书记王明远说，柳岸村的路修好了。柳岸村的茶叶也卖出去了。\n")
    facts = _facts(text)
    meal, funds = _one(facts, 800), _one(facts, 6000)
    assert (meal.metric, meal.region) == ("living_subsidy", "江西省")
    assert (funds.metric, funds.region) == ("work_funds", "江西省")
