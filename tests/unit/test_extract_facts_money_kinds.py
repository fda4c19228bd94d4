"""Money named by the noun right before it: funds brought in from outside (引进…资金) are funds secured, and
dividend money handed to households (分红资金) is their income. All sentences are made up for these tests."""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of as _facts, one as _one


def test_funds_brought_in_from_outside_are_secured_not_allocated():
    fact = _one(_facts("柳岸村讯 驻村工作队共投入帮扶资金52万元，引进帮扶资金260万元。\n"), 2_600_000)
    assert fact.metric == "funds_secured"


def test_dividend_money_handed_to_each_household_is_their_income():
    fact = _one(_facts("柳岸村讯 驻村工作队为每户贫困户发放分红资金850元。\n"), 850)
    assert fact.metric == "income_increase"


def test_income_said_to_be_only_about_so_much_is_where_the_village_started():
    assert not _facts("柳岸村讯 驻村工作队进村前，该村集体经济收入也就在4万元左右。\n")
