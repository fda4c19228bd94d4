"""Region classes, tuning round 3 (issue 7, helper region3): where a figure goes when a sentence points back
(该村), when a village is written after its community, and similar. Every sentence is made up for the test:
invented names, villages, units and figures; none is taken from a real page.
"""
from __future__ import annotations

from flows.reports.extract import extract_text
from tests.unit.extract_asserts import one as _one


def test_gaicun_points_back_to_the_village_its_own_sentence_names_not_the_story_s_last_village():
    text = ("本报讯 石门县帮扶工作队为青岭镇柳湾村争取资金30万元，修好2公里道路。"
            "该县水利局驻青岭镇杏花村工作队开展卫生整治，使该村获得奖励8万元，争取财政资金12.5万元。\n")
    facts = extract_text(text).facts
    assert _one(facts, 300_000).region == "柳湾村"
    assert _one(facts, 125_000).region == "杏花村"
