"""A count whose noun is joined by 与/跟/同 to a phrase that ends in a village noun (N个轮胎与风雨作伴的…贫困村) counts
that noun, not villages; a count of villages with words before their noun stays villages. Every sentence is made up
for the test: invented places and names.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one

OPENING = "宁都讯 宁都县洛口镇杨依村驻村工作队扎实开展帮扶。"


def test_a_thing_counted_then_joined_to_a_village_phrase_is_no_village_count():
    facts = facts_of(OPENING + "三年跑坏了十二个轮胎与风雨作伴的高寒贫困村第一书记\n选派干部进驻15个贫困村开展帮扶。")
    assert all(f.value != 12 for f in facts), [(f.metric, f.value) for f in facts]
    assert one(facts, 15).unit == "village"


def test_villages_counted_with_words_before_their_noun_stay_villages():
    fact = one(facts_of(OPENING + "全县选派第一书记进驻36个边远民族村，实现全覆盖。"), 36)
    assert (fact.metric, fact.unit) == ("villages_covered", "village")
