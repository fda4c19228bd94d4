"""Classes of text that post cadres to a county with no village named, list them with a count of colleagues, or
write given names that open with a function character. Every sentence is made up for the test (real county
names, invented people, units and dates); none is taken from a page.
"""
from __future__ import annotations

from tests.unit.extract_asserts import people_by_name as _people


def test_a_cadre_posted_to_a_county_as_first_secretary_is_read_with_the_county_and_no_village():
    people = _people("2022年3月，省人民医院主治医师罗文斌被选派到石柱县担任驻村第一书记。\n")
    assert set(people) == {"罗文斌"}
    person = people["罗文斌"]
    assert (person.role, person.village, person.county, person.start) == ("first_secretary", None, "石柱县", "2022-03")


def test_a_list_of_names_with_a_count_of_colleagues_before_a_posting_are_all_posted():
    people = _people("2022年3月，省人民医院医师罗文斌和彭立新、代明、汤静3名同事一起，被选派到石柱县担任驻村第一书记。\n")
    assert set(people) == {"罗文斌", "彭立新", "代明", "汤静"}
    assert {p.role for p in people.values()} == {"first_secretary"}
    assert {p.county for p in people.values()} == {"石柱县"}


def test_a_given_name_opening_with_a_function_character_is_read_inside_a_list_of_names():
    people = _people("省人民医院医师罗文斌、彭在明和汤静被选派到石柱县担任驻村第一书记。\n")
    assert set(people) == {"罗文斌", "彭在明", "汤静"}
    people = _people("省人民医院医师罗文斌、刘向阳和汤静被选派到石柱县担任驻村第一书记。\n")
    assert set(people) == {"罗文斌", "刘向阳", "汤静"}
    # outside a list the same characters are a preposition: the cadre is the one before it
    people = _people("医师罗文斌在石柱县担任驻村第一书记。\n")
    assert set(people) == {"罗文斌"}


def test_stationed_in_a_post_is_no_village_of_the_county_it_follows():
    people = _people("医师罗文斌被选派到石柱县担任驻村第一书记，走村入户。\n")
    assert people["罗文斌"].village is None


def test_a_post_of_another_team_before_the_programmes_post_leaves_the_name_to_the_first_secretary():
    people = _people("记者跟随石门村扶贫中队长、驻村第一书记孔令杰走访农户。\n")
    assert people["孔令杰"].role == "first_secretary"
    # a squad leader alone, of no work team on the page, is no stationed cadre
    assert "孔令杰" not in _people("记者跟随消防中队长孔令杰巡查。\n")


def test_entering_the_village_between_the_name_and_the_post_keeps_the_name_the_posts():
    people = _people("在彰武县大四家子乡石门村，来自市第二人民医院的齐明远去年5月入村担任第一书记。\n")
    person = people["齐明远"]
    assert (person.role, person.village, person.dispatch_unit) == ("first_secretary", "石门村", "市第二人民医院")


def test_a_cadres_home_post_after_a_dash_closes_on_the_name():
    people = _people("由石门村驻村工作队队长—县纪委第二检查组组长庞世杰积极协调，车间建成投产。\n")
    person = people["庞世杰"]
    assert (person.role, person.village) == ("team_leader", "石门村")
