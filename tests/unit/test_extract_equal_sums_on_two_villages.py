"""Two equal sums or outcomes each placed in its own clause on another village are two facts, not one restated
(facts.deduplicate, _sibling_places); equal sums on the county and a village, or restated in one village, stay one.
Every sentence is made up for the test: invented places and figures; none is taken from a page.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of

_OPENING = "赣州讯 宁都县各驻村工作队今年成效明显。"


def _sums(text: str) -> list[tuple[float, str]]:
    return sorted((f.value, f.region) for f in facts_of(text) if f.unit == "yuan")


def test_equal_sums_put_into_two_villages_are_two():
    text = _OPENING + ("县审计局驻村工作队给黄陂镇杨依村投入12万元修建文化广场。"
                       "县发改局驻洛口镇洋坑村帮扶工作队为洋坑村投入12万元硬化道路。")
    assert _sums(text) == [(120000, "杨依村"), (120000, "洋坑村")]


def test_a_sum_restated_for_the_same_village_is_one():
    text = _OPENING + "县审计局驻村工作队给黄陂镇杨依村投入12万元修建文化广场。据悉，杨依村共获得帮扶资金12万元。"
    assert [value for value, _ in _sums(text)] == [120000]
