"""The value of goods bought or sold (购进了价值N万元的新鲜果蔬, 和网店成交后供货价值N万元) is a purchase or a
sale, not a gift's value: the value word passes the sum to the noun of what was bought after 的, past a short
modifier (facts._VALUED_MODIFIER), and 成交/供货 are keywords of sales (seeds/metric_catalog.csv ecommerce_sales).
Every sentence is made up for the test: invented places and figures.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one

OPENING = "宁都讯 宁都县黄陂镇杨依村驻村工作队扎实开展帮扶。"


def test_the_value_of_produce_bought_past_a_modifier_is_a_purchase():
    fact = one(facts_of(OPENING + "县一中工会从该校帮扶点杨依村购买了价值总共31万元的应季农产品。"), 310_000, "yuan")
    assert (fact.kind, fact.metric) == ("outcome", "consumption_purchases")


def test_the_value_of_goods_supplied_under_a_deal_is_a_sale():
    fact = one(facts_of(OPENING + "直播结束后，已有三家网店和村里签约成交，供货价值7.4万多元。"), 74_000, "yuan")
    assert fact.kind == "outcome"


def test_the_value_of_gifts_with_no_purchase_stays_a_donation():
    fact = one(facts_of(OPENING + "县红十字会向杨依村送去价值总共3万元的慰问物资。"), 30_000, "yuan")
    assert (fact.kind, fact.metric) == ("funding", "donation")
