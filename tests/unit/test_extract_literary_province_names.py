"""A province called by its literary name (荆楚大地, 三秦, 八闽: seed division_short_form rows whose full name is a
province) is that province; the name opening a newspaper's (齐鲁晚报) is not. Every sentence is made up for the
test (real division names, invented villages and figures); none is taken from a page.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one


def test_a_province_called_by_its_literary_name_is_the_province():
    facts = facts_of("宣恩讯 荆楚大地上，一共活跃着1.3万名第一书记、9000支驻村工作队。宣恩县某村第一书记王建华说。\n")
    assert one(facts, 13000).region == "湖北省"
    assert one(facts, 9000).region == "湖北省"


def test_another_literary_name_reads_its_own_province():
    fact = one(facts_of("延安讯 三秦大地上，今年共选派驻村第一书记8000名。\n"), 8000)
    assert (fact.metric, fact.region) == ("first_secretaries_dispatched", "陕西省")


def test_a_literary_name_opening_a_newspapers_name_is_no_place():
    fact = one(facts_of("济南讯 据齐鲁晚报报道，全市今年选派第一书记300名。\n"), 300)
    assert fact.region == "济南市"
