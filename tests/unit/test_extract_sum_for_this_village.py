"""In a village's story, a sum raised by a helping organ named by a scope word (市委办…筹措N万元) whose sentence
names the village by a demonstrative after the sum (…，用于该村) is that village's, not the organ's division's.
Every sentence is made up for the test: invented places, organs and figures.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one

# (the organ stands outside the directive it follows: organs inside 按照…部署 name whose directive it is, no scope)
STORY = "赣州讯 宁都县黄陂镇杨依村是个贫困村。2016年，市委办按照省里的部署，选派干部到村蹲点，多方筹措12万元用于道路建设，{}"


def test_a_sum_of_a_helping_organ_for_this_village_is_the_villages():
    assert one(facts_of(STORY.format("用于该村道路。")), 120000, "yuan").region == "杨依村"


def test_without_the_demonstrative_the_sum_stays_with_the_organs_division():
    assert one(facts_of(STORY.format("全力支持全市脱贫。")), 120000, "yuan").region != "杨依村"
