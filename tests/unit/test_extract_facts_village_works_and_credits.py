"""Classes of text around counts of villages and cadres: villages counted by the works done in them, a place's
make-up listed over commas, cadres counted as those of a work group, a division named after the class it belongs
to, and a paragraph that ends with a photographer's credit. Every sentence is made up for the test (real division
names, invented villages, units and figures); none is taken from a page.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one


def test_villages_counted_before_the_works_done_in_them_are_an_outcome():
    facts = facts_of("平山县讯 驻村工作队去年完成36个贫困村道路硬化、28个贫困村广场建设、"
                     "12个贫困村饮水工程等项目。\n")
    for value in (36, 28, 12):
        fact = one(facts, value, "village")
        assert (fact.kind, fact.metric) == ("outcome", "other")
    # villages the teams were sent to stay villages covered
    fact = one(facts_of("平山县讯 全县向36个贫困村选派驻村工作队，开展道路建设。\n"), 36, "village")
    assert fact.metric == "villages_covered"


def test_a_places_make_up_listed_over_commas_is_no_figure():
    facts = facts_of("平山县地处山区，总面积2648平方公里，辖17个乡镇，717个行政村。全县选派驻村工作队95支。\n")
    assert not [f for f in facts if f.unit == "village"]
    assert one(facts, 95, "team").metric == "teams_dispatched"


def test_cadres_counted_as_those_of_the_work_group_are_cadres_sent():
    fact = one(facts_of("平山县讯 今年，全县260多名驻村扶贫工作组的干部全部吃住在村。\n"), 260, "person")
    assert (fact.kind, fact.metric, fact.qualifier) == ("dispatch", "cadres_dispatched", "approx")


def test_a_division_named_after_the_class_it_belongs_to_is_the_figures_place():
    fact = one(facts_of("作为试点省份甘肃，今年共选派900多名女性“第一书记”。\n"), 900, "person")
    assert (fact.kind, fact.region) == ("dispatch", "甘肃省")


def test_a_paragraph_of_several_sentences_ending_with_a_credit_is_read_as_body_text():
    text = ("驻村的她们\n"
            "平山县石门村第一书记李红在走访农户（3月2日摄）。她来自县妇联。她在村里已经两年。"
            "在河北，有800多名女性“第一书记”。新华社记者王平 摄\n")
    fact = one(facts_of(text), 800, "person")
    assert fact.metric == "first_secretaries_dispatched"


def test_villages_a_supporting_verb_counts_before_a_verb_of_carrying_out_are_an_outcome():
    text = ("平山县讯 全县驻村工作队扎实开展帮扶。截至年底，累计为帮扶村增加集体收入900余万元，"
            "扶持86个村实施产业项目41个。\n")
    fact = one(facts_of(text), 86, "village")
    assert (fact.kind, fact.metric) == ("outcome", "other")
