"""Counts the facts reader missed or misread for the form of their sentence: a 一 counting the last thing of
a list of counts, a village's inside (村里) in the description of what is counted, the people of so many
villages in a dispatch sentence. All sentences are made up for these tests."""
from __future__ import annotations

import pytest

from tests.unit.extract_asserts import facts_of as _facts, one as _one


@pytest.mark.parametrize("sentence", [
    "柳岸村讯 驻村工作队为村里新建了三口机井和一个提灌站。\n",
    "柳岸村讯 驻村工作队为村里新建了三口机井、一座泵站。\n",
])
def test_a_one_written_in_words_after_other_counts_of_a_list_is_a_count(sentence):
    fact = _one(_facts(sentence), 1)
    assert (fact.metric, fact.unit) == ("facilities_built", "item")


def test_a_one_written_in_words_with_no_count_before_it_stays_an_article():
    assert not [f for f in _facts("柳岸村讯 驻村工作队和一名村干部走访了农户。\n") if f.value == 1]


def test_the_village_inside_the_description_of_the_problems_counted_is_no_count_of_villages():
    fact = _one(_facts("柳岸村讯 驻村工作队解决了6个长期困扰村里的难题。\n"), 6)
    assert (fact.metric, fact.unit) == ("problems_solved", "item")


def test_the_people_of_so_many_villages_in_a_dispatch_sentence_are_the_villages_covered():
    fact = _one(_facts("柳岸村讯 某省将选派3000名干部驻村，服务1200个村的农牧民。\n"), 1200)
    assert (fact.metric, fact.unit) == ("villages_covered", "village")


def test_the_people_the_teams_just_counted_hold_in_all_are_their_members():
    fact = _one(_facts("柳岸县讯 全县5支驻村工作队共有16人，分别来自省市单位。\n"), 16)
    assert (fact.metric, fact.unit) == ("team_members_dispatched", "person")


def test_members_counted_with_a_title_of_merit_and_no_posting_verb_are_those_commended():
    fact = _one(_facts("柳岸县讯 县委号召向9名优秀驻村工作队队员学习。\n"), 9)
    assert fact.metric == "other"


def test_members_counted_with_a_title_of_merit_by_a_posting_verb_are_still_dispatched():
    fact = _one(_facts("柳岸县讯 县委选派9名优秀驻村工作队队员进驻各村。\n"), 9)
    assert fact.metric != "other"


def test_homes_renovated_counted_in_households_are_an_outcome():
    fact = _one(_facts("柳岸村讯 驻村工作队进村后改造危房41户、新修水窖9口。\n"), 41)
    assert (fact.metric, fact.unit) == ("other", "household")


def test_homes_a_village_has_counted_in_households_are_no_outcome():
    assert not [f for f in _facts("柳岸村讯 驻村工作队进村时，全村共有危房41户。\n") if f.value == 41]


def test_villages_counted_and_said_to_be_of_a_class_are_their_profile():
    assert not [f for f in _facts("柳岸县讯 甲村、乙村等4个村为全县一类贫困村，驻村工作队随后进驻。\n") if f.value == 4]


def test_villages_a_team_went_to_said_to_be_of_a_class_are_still_covered():
    fact = _one(_facts("柳岸县讯 驻村工作队进驻的4个村均为深度贫困村。\n"), 4)
    assert fact.metric == "villages_covered"


def test_villages_counted_as_cunzi_in_a_dispatch_sentence_are_covered():
    fact = _one(_facts("柳岸县讯 省里选派干部驻村，帮扶情况最难的60个村子。\n"), 60)
    assert (fact.metric, fact.unit) == ("villages_covered", "village")
