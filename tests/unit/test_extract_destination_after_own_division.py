"""Where a dispatch went when the destination opens on the page's own division (入驻我县某镇某村): the
scope word stands for the county the page is about, the places after it are where the cadres went, and
the figure is about the last of them. Sentences made up for the test."""
from __future__ import annotations

import pytest

from tests.unit.extract_asserts import facts_of, one


@pytest.mark.parametrize("opening", ["", "按照省委要求，", "根据省委安排，"])
def test_a_destination_after_our_county_is_the_village_named(opening: str) -> None:
    text = f"宁都讯 {opening}赣州市财政局选派3名干部组成驻村工作队入驻我县洛口镇杨依村。"
    fact = one(facts_of(text), 3, "person")
    assert (fact.metric, fact.region) == ("cadres_dispatched", "杨依村")


def test_our_county_alone_is_still_the_destination() -> None:
    fact = one(facts_of("宁都讯 赣州市财政局选派3名干部组成驻村工作队入驻我县。"), 3, "person")
    assert fact.region == "宁都县"
