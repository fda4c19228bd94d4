"""A bounded sum followed by 的 and the money it is (至少10万元的集体经济收入, 超过5万元的工作经费) is that money, a
figure; followed by 的 and something else (收入超过10万元的村) it is a threshold on that thing."""
from __future__ import annotations

from extract_asserts import facts_of, one


def test_an_at_least_sum_before_the_income_it_is_is_the_income() -> None:
    facts = facts_of("宁都讯 杨依村驻村工作队引进的光伏电站建成投运，每年带来至少12万元的集体经济收入。")
    fact = one(facts, 120_000, "yuan")
    assert (fact.metric, fact.qualifier, fact.region) == ("collective_income_increase", "at_least", "杨依村")


def test_a_bound_before_the_villages_it_sorts_is_still_a_threshold() -> None:
    facts = facts_of("宁都讯 石城县驻村工作队帮扶的村中，集体经济收入超过12万元的村有8个。")
    assert all(f.value != 120_000 for f in facts)
