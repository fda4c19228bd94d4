"""Goods the work won, gave or bought for a village, counted with a classifier of things (为村里争取到化肥80袋,
送去大米20袋): an outcome counted (other, item), from the verbs of the new seed kind goods_verb
(seeds/report_vocabulary.csv) and the counted classifiers of thing_classifier; not a villager's own purchase.
Every sentence is made up for the test: invented places and figures.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one

OPENING = "宁都讯 宁都县洛口镇杨依村驻村工作队扎实开展帮扶。"


def test_goods_won_for_the_village_are_counted_outcomes():
    facts = facts_of(OPENING + "工作队协调派驻单位，为村里争取到地膜200袋、化肥80袋。")
    assert {(f.kind, f.metric, f.value, f.unit, f.region) for f in facts} == {
        ("outcome", "other", 200, "item", "杨依村"), ("outcome", "other", 80, "item", "杨依村")}


def test_goods_sent_to_the_village_are_counted_outcomes():
    fact = one(facts_of(OPENING + "工作队还给村里的困难户送去大米20袋。"), 20)
    assert (fact.kind, fact.unit) == ("outcome", "item")


def test_one_villagers_own_purchase_is_no_outcome():
    assert facts_of(OPENING + "他自己购买了3袋化肥。") == []


def test_goods_counted_in_bundles_are_counted():
    fact = one(facts_of(OPENING + "工作队为贫困户争取到春耕物资地膜30捆。"), 30)
    assert (fact.metric, fact.unit) == ("other", "item")
