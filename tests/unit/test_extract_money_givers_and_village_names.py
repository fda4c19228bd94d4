"""Classes of text around money a cadre gives or applies for, things a post qualifies, and village names the
analyser reads as other words. Every sentence is made up for the test (real division names, invented villages,
people and figures); none is taken from a page.
"""
from __future__ import annotations

from flows.reports.regions import PlaceFinder
from tests.unit.extract_asserts import facts_of, one


def _villages(text: str) -> list[str]:
    return [p.name for p in PlaceFinder(text).find(0, len(text)) if p.level == "village"]


def test_money_a_cadre_pays_out_of_pocket_or_staff_pool_is_a_donation():
    fact = one(facts_of("石门村讯 第一书记庞世杰自掏腰包垫付3万多元，修好了水泵。\n"), 30000, "yuan")
    assert (fact.kind, fact.metric) == ("funding", "donation")
    fact = one(facts_of("石门村讯 驻村工作组的派出单位干部职工集资6万多元，为村里修好了水渠。\n"), 60000, "yuan")
    assert (fact.kind, fact.metric) == ("funding", "donation")


def test_money_applied_for_on_a_households_behalf_is_funds_secured():
    fact = one(facts_of("石门村讯 第一书记庞世杰帮这户人家申请临时救助近3万元。\n"), 30000, "yuan")
    assert (fact.kind, fact.metric) == ("funding", "funds_secured")
    # a loan applied for stays a loan
    fact = one(facts_of("石门村讯 第一书记庞世杰为该户申请贷款5万元。\n"), 50000, "yuan")
    assert fact.metric == "loans_arranged"


def test_a_count_of_things_a_post_qualifies_counts_the_things():
    fact = one(facts_of("岗南镇今年落地12个第一书记产业项目，总投资500多万元。\n"), 12)
    assert (fact.kind, fact.unit) == ("outcome", "item")
    assert fact.metric in ("projects_secured", "enterprise_projects")
    fact = one(facts_of("2023年，平山县选派12个第一书记驻村帮扶。\n"), 12)
    assert (fact.kind, fact.unit) == ("dispatch", "person")


def test_a_two_character_name_the_analyser_tags_as_a_place_is_a_village_whatever_its_last_character():
    assert _villages("记者来到红联村。") == ["红联村"]
    assert _villages("干部联村，党员联户。") == []


def test_a_village_right_after_its_township_is_read_whatever_the_analyser_makes_of_it():
    assert _villages("扶沟县马厂镇后何村第一书记庞世杰。") == ["后何村"]


def test_a_bare_qian_sum_after_an_income_word_is_money_written_without_yuan():
    fact = one(facts_of("石门村讯 第一书记庞世杰带领村民种植花椒，户均增收6千。\n"), 6000)
    assert (fact.unit, fact.metric) == ("yuan", "income_increase")
