"""A township named by one character and 市 (an old market town, 某市镇) where 某市 is no division and no common word,
and the units a team is made of (以某市某办为牵头单位、某市某台为成员单位) named by their division, which is not where
the team works. Sentences and places written here."""
from __future__ import annotations

import pytest

from flows.reports.regions import PlaceFinder
from tests.unit.extract_asserts import facts_of, one


def places(text: str) -> list[tuple[str, str]]:
    return [(p.name, p.level) for p in PlaceFinder(text).find(0, len(text))]


@pytest.mark.parametrize("text", ["在柏市镇，调研组走访了农户。", "驻柏市镇的工作队住了下来。"])
def test_a_market_town_is_a_township(text):
    assert ("柏市镇", "township") in places(text)


@pytest.mark.parametrize("text", ["全市镇村干部参加培训。", "城市镇化建设加快。", "各市镇要加强领导。"])
def test_no_township_from_a_scope_or_a_common_word_before_zhen(text):
    assert places(text) == []


def test_the_units_a_team_is_made_of_are_not_where_it_works():
    text = ("宁都讯 驻洛口镇工作队以南昌市东湖区政府为牵头单位，南昌市政协办、南昌电视台为成员单位，"
            "一共派了5名工作队员。")
    assert one(facts_of(text), 5).region == "洛口镇"
