"""Classes of text that describe a place or one villager rather than the work: the way travelled to a village,
the land a village has, a villager speaking of his own crop, sums counted by the 笔, and a label in quotation
marks that ends in 村. Every sentence is made up for the test (real division names, invented villages, people
and figures); none is taken from a page.
"""
from __future__ import annotations

from flows.reports.regions import PlaceFinder
from tests.unit.extract_asserts import facts_of, one


def test_a_length_travelled_to_the_village_is_no_road_built():
    facts = facts_of("平山县讯 沿公路东行32公里，便是石门村。驻村第一书记庞世杰带领群众新修村道3公里。\n")
    assert [f.value for f in facts if f.unit == "km"] == [3]


def test_the_land_a_village_has_is_no_area_planted_unless_worked():
    facts = facts_of("石门村驻村工作队讯 全村412户、1380口人、3890亩土地。\n")
    assert not [f for f in facts if f.unit == "mu"]
    fact = one(facts_of("石门村驻村工作队讯 工作队流转土地260多亩，种植花椒。\n"), 260, "mu")
    assert fact.metric == "planting_area"
    assert one(facts_of("石门村驻村工作队讯 冬闲时，540亩土地平整了一遍。\n"), 540, "mu")


def test_a_villager_speaking_of_his_own_crop_states_no_outcome_of_the_work():
    facts = facts_of("石门村驻村工作队讯 村民老庞说：“我今年种了18亩玉米，收成不错，能多挣8000元。”\n")
    assert not [f for f in facts if f.kind == "outcome"]


def test_sums_counted_by_the_bi_are_no_facilities_built():
    facts = facts_of("石门村驻村工作队争取村部建设等5笔专项资金共120万元。\n")
    assert not [f for f in facts if f.metric == "facilities_built"]
    assert one(facts, 1_200_000, "yuan").kind == "funding"
    assert one(facts_of("石门村驻村工作队协调发放贷款9笔。\n"), 9).metric == "loans_arranged"


def test_a_counted_label_in_quotation_marks_is_no_village():
    text = "在第一书记带领下，石门村实现了从“三无村”到示范村的转变。"
    assert [p.name for p in PlaceFinder(text).find(0, len(text)) if p.level == "village"] == ["石门村"]
