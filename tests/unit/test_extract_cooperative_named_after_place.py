"""A farmers' cooperative registered under a township's name (某镇某某养殖专业合作社) is the partner of the
village that signs with it, not the place the money is about (seeds/report_vocabulary.csv `firm_suffix`
专业合作社, read by facts.FIRM_AFTER_RE). Every sentence is made up for the test: invented places and figures.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one

OPENING = "宁都讯 宁都县黄陂镇杨依村驻村工作队扎实开展帮扶。"


def test_money_a_village_puts_in_with_a_townships_cooperative_stays_with_the_village():
    text = OPENING + "今年初，洋坑村与洛口镇长丰养殖专业合作社签订协议，投入资金近180万元，建设蛋鸡养殖场。"
    assert one(facts_of(text), 1_800_000, "yuan").region == "洋坑村"


def test_money_put_into_a_township_with_no_cooperative_named_stays_with_the_township():
    text = OPENING + "今年初，县农业局向洛口镇投入资金180万元，建设蛋鸡养殖场。"
    assert one(facts_of(text), 1_800_000, "yuan").region == "洛口镇"
