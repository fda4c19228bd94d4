"""Numbers as reports write them: Chinese numerals, 万/亿, qualifiers, units and rates."""
from __future__ import annotations

import pytest

from flows.reports.numbers import find_quantities, parse_chinese_number, parse_number, parse_quantity


@pytest.mark.parametrize("text, value, unit, qualifier", [
    ("两名", 2, "person", "exact"),
    ("一千三百余个", 1300, "count", "approx"),
    ("20.54万户", 205400, "household", "exact"),
    ("1.8亿元", 180_000_000, "yuan", "exact"),
    ("2450万元", 24_500_000, "yuan", "exact"),
    ("344 名", 344, "person", "exact"),
    ("１２６支", 126, "team", "exact"),
    ("１．８亿元", 180_000_000, "yuan", "exact"),
    ("800余万元", 8_000_000, "yuan", "approx"),
    ("近一千人", 1000, "person", "approx"),
    ("10万元以上", 100_000, "yuan", "at_least"),
    ("1000余人次", 1000, "person_time", "approx"),
    ("3.2 公里", 3.2, "km", "exact"),
    ("400余米", 0.4, "km", "approx"),
    ("269.3亩", 269.3, "mu", "exact"),
    ("不少于 3 人", 3, "person", "at_least"),
    ("不超过 5000 元", 5000, "yuan", "at_most"),
    ("约 50 户", 50, "household", "approx"),
    ("100户左右", 100, "household", "approx"),
])
def test_quantities(text, value, unit, qualifier):
    q = parse_quantity(text)
    assert q is not None
    assert q.value == pytest.approx(value)
    assert (q.unit, q.qualifier) == (unit, qualifier)


def test_stray_space_before_wan():
    assert parse_number("2 万") == 20000
    q = parse_quantity("2 万")
    assert q.value == 20000 and q.unit is None


def test_rate_per_person_year_at_least():
    q = parse_quantity("不低于5000元/人/年")
    assert (q.value, q.unit, q.qualifier, q.rate) == (5000, "yuan", "at_least", "per_person_year")


@pytest.mark.parametrize("text, value", [
    ("十", 10), ("十二", 12), ("二十", 20), ("一百零五", 105), ("一千三百", 1300), ("三十万", 300_000),
    ("两", 2), ("一万二千", 12000), ("二〇二一", 2021),
])
def test_chinese_numerals(text, value):
    assert parse_chinese_number(text) == value


@pytest.mark.parametrize("text", ["四五", "百", "千", "万", "十三四", ""])
def test_not_numerals(text):
    assert parse_chinese_number(text) is None


@pytest.mark.parametrize("text", ["百姓", "千锤百炼", "一名普通党员", "四五个人", "2018年5月", "44岁", "万步有约", "人员"])
def test_words_are_not_quantities(text):
    assert find_quantities(text) == []


def test_several_quantities_in_order():
    found = find_quantities("1783户4731人退出贫困户")
    assert [(q.value, q.unit) for q in found] == [(1783, "household"), (4731, "person")]
