"""A keyword quoted as an activity's name after the count (到N户农家“某某走访”): the quotation marks are no
words between the count and its keyword, which still reads within its reach. Every sentence is made up for the
test: invented places and names.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one

OPENING = "宁都讯 宁都县洛口镇杨依村驻村工作队扎实开展帮扶。"


def test_quoted_visit_after_households():
    fact = one(facts_of(OPENING + "他到82户农户家里开始「暗访走访」。"), 82)
    assert (fact.metric, fact.unit) == ("households_visited", "household")


def test_corner_and_curly_quotes_alike():
    fact = one(facts_of(OPENING + "他到82户农户家里开始“暗访走访”。"), 82)
    assert fact.metric == "households_visited"


def test_a_keyword_far_past_the_count_is_still_out_of_reach():
    facts = facts_of(OPENING + "他到82户农户家里和田间地头开始“暗访走访”。")
    assert not [f for f in facts if f.value == 82 and f.metric == "households_visited"]
