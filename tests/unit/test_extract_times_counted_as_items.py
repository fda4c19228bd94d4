"""Times a thing was done, counted by 次 (上党课N次, 负责人N次到某镇现场调研, 举行N次培训), are items (visits to
households, 入户走访N次, stay household-times, person_time): the gold
convention counts events by 次 as items and keeps person_time for 人次 (facts: the fact's unit; seed
leader_visits keyword 现场调研). Every sentence is made up for the test: invented places and counts.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one

OPENING = "宁都讯 宁都县洛口镇杨依村驻村工作队扎实开展帮扶。"


def test_visits_counted_by_ci_are_items():
    fact = one(facts_of(OPENING + "县直部门负责人17 次 到洛口镇现场调研。"), 17)
    assert (fact.metric, fact.unit) == ("leader_visits", "item")


def test_training_sessions_counted_by_ci_are_items_and_trainees_person_times():
    facts = facts_of(OPENING + "工作队开展12次农技培训，共培训600余人次。")
    assert one(facts, 12).unit == "item"
    assert one(facts, 600).unit == "person_time"
