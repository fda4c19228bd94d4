"""A count of a village's groups (村民组, 村民小组) is no count of villages covered. Sentences made up."""
from __future__ import annotations

import pytest

from tests.unit.extract_asserts import facts_of


@pytest.mark.parametrize("noun", ["村民组", "村民小组", "村小组"])
def test_village_groups_are_not_villages(noun: str) -> None:
    facts = facts_of(f"宁都讯 洛口镇驻村工作队筹集资金修通道路，全乡16个行政村70个{noun}通了水泥路，安装路灯30盏。")
    assert not [f for f in facts if f.value == 70 and f.unit == "village"]
    assert [f for f in facts if f.value == 30 and f.metric == "facilities_built"]
