"""Classes of text where one figure is read as two, or a count as one it is not: equal figures of one list, the
to-half of a rise whose from-half is stated as what the figure was, and a few cadres named as representatives of
the rest. Every sentence is made up for the test (real county names, invented villages, people and figures);
none is taken from a page.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one


def test_equal_figures_of_one_list_are_as_many_facts_as_items():
    facts = facts_of("石门村讯 第一书记庞世杰说，村里今年种了500多亩核桃、500亩花椒。\n")
    assert sorted(f.qualifier for f in facts if f.value == 500 and f.unit == "mu") == ["approx", "exact"]
    # a figure restated in another sentence stays one fact
    facts = facts_of("石门村讯 驻村工作队带领村民种了500亩花椒。第一书记庞世杰说，这500亩花椒明年就能挂果。\n")
    assert len([f for f in facts if f.value == 500 and f.unit == "mu"]) == 1


def test_the_to_half_of_a_rise_after_a_stated_figure_takes_its_keyword():
    fact = one(facts_of("石门村讯 第一书记庞世杰说，石门村人均收入原来是4100多元，2021年已提高到7300多元。\n"), 7300, "yuan")
    assert (fact.kind, fact.metric, fact.qualifier) == ("outcome", "income_increase", "approx")


def test_cadres_named_as_representatives_of_the_rest_are_no_count_of_those_sent():
    facts = facts_of("平山县讯 节前，报社选派五路记者，走进五位“第一书记”代表所在的村庄。\n")
    assert not [f for f in facts if f.unit == "person"]
    fact = one(facts_of("平山县讯 全县选派第一书记60名。\n"), 60, "person")
    assert fact.metric == "first_secretaries_dispatched"
