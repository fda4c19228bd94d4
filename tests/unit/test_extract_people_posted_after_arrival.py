"""A cadre named by unit and title whose sentence brings them to a wider place first and then gives the post in a
village of it, in the next clause (…，来到某县，当起了某镇某村的“第一书记”): people.POSTED_AFTER_ARRIVAL.
Every sentence is made up for the test: invented names, units, places and dates; none is taken from a page.
"""
from __future__ import annotations

import pytest

from tests.unit.extract_asserts import roles_and_villages


@pytest.mark.parametrize("text", [
    "赣州讯 省农科院干部芮远航告别家人，来到远在外省的宁都县，当起了黄陂镇杨依村的“第一书记”。",
    "赣州讯 市农业局干部芮远航放下手头工作，来到宁都县，当上了黄陂镇杨依村的驻村第一书记。",
])
def test_the_post_in_a_village_after_the_arrival_at_its_county_is_the_cadres(text):
    assert roles_and_villages(text) == {"芮远航": ("first_secretary", "杨依村")}


def test_an_arrival_then_the_help_of_a_post_gives_no_village():
    people = roles_and_villages("赣州讯 市农业局干部芮远航告别家人，来到宁都县，当起了杨依村的第一书记的助手。")
    assert people.get("芮远航", (None, None))[1] is None
