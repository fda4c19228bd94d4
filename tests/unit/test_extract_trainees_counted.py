"""Trainees counted as 参训 (参训人数达N人次, 参训群众N人): the people trained, a seed keyword of people_trained.
Every sentence is made up for the test: invented places and names.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one

OPENING = "宁都讯 宁都县洛口镇杨依村驻村工作队扎实开展帮扶。"


def test_trainees_counted_in_person_times():
    fact = one(facts_of(OPENING + "工作队到各村开展种植技术讲解，参训人数达2000余人次。"), 2000)
    assert (fact.metric, fact.unit, fact.qualifier) == ("people_trained", "person_time", "approx")
