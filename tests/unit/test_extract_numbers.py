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


# Chinese numerals are read by cn2an; the cases it gets wrong for newspaper text are guarded here.
@pytest.mark.parametrize("text, value", [
    ("一万二千", 12000), ("两万三", 23000), ("二〇二一", 2021), ("二○二一", 2021), ("三十", 30), ("十二", 12),
    ("俩", 2), ("一点五", 1.5), ("五十五万", 550_000),
])
def test_chinese_numerals_read_by_cn2an(text, value):
    assert parse_chinese_number(text) == value


@pytest.mark.parametrize("text, value, unit, qualifier", [
    ("两千余户", 2000, "household", "approx"),
    ("三十多名", 30, "person", "approx"),
    ("十二名", 12, "person", "exact"),
    ("1.8亿元", 180_000_000, "yuan", "exact"),
    ("一点五亿元", 150_000_000, "yuan", "exact"),
    ("800多米", 0.8, "km", "approx"),
    ("安装路灯46盏", 46, "count", "exact"),
])
def test_more_quantities(text, value, unit, qualifier):
    q = parse_quantity(text)
    assert q is not None and q.value == pytest.approx(value) and (q.unit, q.qualifier) == (unit, qualifier)


def test_parse_number_with_a_chinese_numeral_and_multiplier():
    assert parse_number("1.8亿") == 180_000_000
    assert parse_number("一点五亿") == 150_000_000


@pytest.mark.parametrize("text", ["二〇二一年", "几十位村民", "数百名群众"])
def test_years_and_vague_numbers_are_not_quantities(text):
    assert find_quantities(text) == []


def test_ranges_are_two_quantities():
    low, high = find_quantities("70-120元/人·天")
    assert (low.value, low.qualifier, low.rate, low.range_end) == (70, "at_least", "per_person_day", "low")
    assert (high.value, high.qualifier, high.rate, high.range_end) == (120, "at_most", "per_person_day", "high")
    low, high = find_quantities("3万-5万元")
    assert (low.value, high.value, low.unit) == (30_000, 50_000, "yuan")
    assert find_quantities("2015-2020年") == []


def test_round_and_written_out_figures_after_a_digit_figure_in_the_same_text_are_found():
    # the scans for 近万 and 百分之 cover the whole text, not only up to the last digit figure's end
    found = find_quantities("工作队争取资金50万元，帮助近万名群众，脱贫率达百分之九十五。")
    assert [(q.value, q.unit) for q in found] == [(500000.0, "yuan"), (10000.0, "person"), (95.0, "percent")]


@pytest.mark.parametrize("text, low, high, unit", [
    ("六七十万元", 600000, 700000, "yuan"),
    ("三四百名", 300, 400, "person"),
    ("七八千户", 7000, 8000, "household"),
])
def test_a_range_in_chinese_numerals_is_two_quantities(text, low, high, unit):
    found = find_quantities(text)
    assert [(q.value, q.qualifier, q.range_end, q.unit) for q in found] == [
        (low, "at_least", "low", unit), (high, "at_most", "high", unit)]


@pytest.mark.parametrize("text", ["六八十万元", "七六百名", "四五个"])
def test_two_digits_not_in_step_or_with_no_place_value_are_no_range(text):
    assert find_quantities(text) == []


def test_a_word_opening_with_a_numeral_and_a_classifier_counts_nothing():
    assert find_quantities("工作队员四处奔走，筹措资金") == []
    assert [q.value for q in find_quantities("新建文化广场四处，公厕两处")] == [4, 2]
