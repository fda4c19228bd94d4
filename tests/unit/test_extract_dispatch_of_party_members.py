"""A dispatch count of party members (选派N名优秀党员到某县任…) goes where they were sent, named right after the
noun, not to the village the story told of before (facts.DESTINATION_RE: 党员 among the nouns of those sent).
Every sentence is made up for the test: invented units, places and figures.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one


def test_party_members_sent_to_a_county_are_that_countys_dispatch():
    text = "赣州讯 宁都县黄陂镇杨依村的村民领到了路灯。自2013年以来，某某学院先后选派6名优秀党员到宁都县任村第一书记。"
    assert one(facts_of(text), 6, "person").region == "宁都县"
