"""Cadres named by the aid they give (帮扶干部NAME) or by unit and title (县某局干部NAME), stationed into a
village by the verb right after the name (入驻, 进驻); and a given name ending in a character of unit names
(局, 院) that the analyser reads as one person's word. Every sentence is made up for the test (real division
names, invented people, villages and figures); none is taken from a page.
"""
from __future__ import annotations

from tests.unit.extract_asserts import people_by_name


def test_an_aid_title_and_a_name_stationed_into_a_village_is_a_team_member():
    person = people_by_name("2020年6月，帮扶干部王建国入驻石门村。他先后走访了96户村民。\n")["王建国"]
    assert (person.role, person.village, person.start) == ("team_member", "石门村", "2020-06")


def test_an_aid_title_and_a_name_with_no_stationing_is_no_cadre():
    assert people_by_name("帮扶干部王建国来到贫困户家中，询问今年的收成。\n") == {}


def test_a_unit_and_title_and_a_name_stationed_into_a_village_is_a_team_member():
    person = people_by_name("平山县讯 驻村帮扶工作开展以来，县人社局干部王建国入驻石门村，走访农户120户。\n")["王建国"]
    assert (person.role, person.village, person.dispatch_unit) == ("team_member", "石门村", "县人社局")


def test_a_given_name_ending_in_a_unit_character_is_read_whole():
    people = people_by_name("平山县讯 石门村原驻村第一书记李国强离任后，新来的驻村第一书记罗承局走访了全村。\n")
    assert set(people) == {"李国强", "罗承局"}
    assert (people["罗承局"].role, people["罗承局"].village) == ("first_secretary", "石门村")


def test_a_unit_after_a_surname_is_still_no_name():
    people = people_by_name("平山县讯 驻村第一书记王建华和县财政局干部一起，走访了全村农户。\n")
    assert set(people) == {"王建华"}
