"""A post, then its head count in 万 with the measure word left out, closing the clause (驻村工作队员3.4万，
第一书记达1.2万。): cadres counted (facts.FactExtractor._post_counted_before, seed count_link). Every sentence is
made up for the test: invented figures.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one

OPENING = "宁都讯 全省扎实开展驻村帮扶。"


def test_a_post_counted_in_wan_without_a_measure_word_is_a_head_count():
    facts = facts_of(OPENING + "全省现有驻村工作队员3.4万，第一书记达1.2万。")
    assert (one(facts, 34000).metric, one(facts, 34000).unit) == ("team_members_dispatched", "person")
    assert (one(facts, 12000).metric, one(facts, 12000).unit) == ("first_secretaries_dispatched", "person")


def test_a_count_in_wan_that_does_not_close_the_clause_is_left():
    assert [f for f in facts_of(OPENING + "驻村工作队员3.4万的补贴由财政发放。") if f.unit == "person"] == []


def test_a_count_in_wan_after_a_deed_is_no_head_count():
    assert facts_of(OPENING + "驻村干部为群众办实事1.2万，受到好评。") == []
