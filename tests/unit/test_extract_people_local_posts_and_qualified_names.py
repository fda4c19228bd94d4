"""Classes of text around a cadre's name: a local post held beside the programme's, a name closing a clause
that qualifies it, staff of the village aid, a surname character read as an adverb, a one-character verb
with its particle after a name, and a team's name written often. Every sentence is made up for the test
(real county names, invented people, units and villages); none is taken from a page.
"""
from __future__ import annotations

from flows.reports.regions import PlaceFinder
from tests.unit.extract_asserts import people_by_name as _people


def test_a_township_post_between_the_programmes_post_and_the_name_leaves_the_unit_that_sent_the_cadre():
    people = _people("记者见到了市水利局驻平山县石门村工作队队员、岗南镇党委副书记庞世杰。\n")
    person = people["庞世杰"]
    assert (person.role, person.village, person.dispatch_unit) == ("team_member", "石门村", "市水利局")


def test_a_name_closing_a_clause_with_de_and_its_village_post_in_apposition_is_the_cadre():
    people = _people("在村口迎接我们的齐明远，石门村的驻村第一书记。\n")
    assert (people["齐明远"].role, people["齐明远"].village) == ("first_secretary", "石门村")
    # without the village's post after the comma the qualified name is no cadre
    assert "齐明远" not in _people("在村口迎接我们的齐明远，他很健谈。\n")


def test_the_staff_of_the_village_aid_are_team_members():
    people = _people("据石门村驻村帮扶工作人员庞世杰说，工作队已走访全村农户。\n")
    assert (people["庞世杰"].role, people["庞世杰"].village) == ("team_member", "石门村")


def test_a_surname_character_read_as_an_adverb_before_a_verb_is_no_name():
    text = "石门村驻村工作队有三人，第一书记庞世杰负总责，在岗南镇工作队员都有一个称呼。\n"
    assert set(_people(text)) == {"庞世杰"}
    assert set(_people("驻村工作队有三人。在岗南镇，工作队员都有自己的分工。\n")) == set()


def test_a_one_character_verb_with_its_particle_after_a_three_character_name_is_not_the_names():
    people = _people("市供电公司驻石门村工作队队长庞立红顶着寒风走访农户。\n")
    assert set(people) == {"庞立红"}


def test_a_team_named_again_and_again_is_no_transliterated_name_before_a_post():
    text = ("市里派出6支帮扶队进驻石门村等6个村。帮扶队入户调查，帮扶队与村两委议事，"
            "帮扶队按月总结。按照要求，帮扶队队长担任村第一书记。\n")
    assert "帮扶队" not in _people(text)


def test_a_profile_with_school_and_degree_before_a_station_into_the_village_names_the_cadre():
    people = _people("庞世杰，男，32岁，毕业于河北农业大学，博士学历，2021年3月进驻平山县岗南镇石门村，任第一书记。\n")
    person = people["庞世杰"]
    assert (person.role, person.village, person.start) == ("first_secretary", "石门村", "2021-03")


def test_a_birth_date_in_a_profile_is_no_start_of_the_posting():
    people = _people("庞世杰，男，1990年5月出生，2021年4月派驻石门村担任第一书记。\n")
    assert people["庞世杰"].start == "2021-04"


def test_entrusted_with_the_post_between_the_name_and_the_post_keeps_the_name():
    people = _people("去年秋天，庞世杰被委以重任，成为石门村的驻村第一书记。\n")
    assert (people["庞世杰"].role, people["庞世杰"].village) == ("first_secretary", "石门村")


def test_a_cadre_linked_to_a_township_to_help_a_village_is_a_team_member():
    people = _people("联镇帮村干部庞世杰来到石门村驻村，帮村里修好了水渠。\n")
    assert (people["庞世杰"].role, people["庞世杰"].village) == ("team_member", "石门村")


def test_a_cadre_stationed_in_this_village_who_leads_a_team_is_its_leader():
    people = _people("石门村是全县最偏远的山村。新桥建成，是驻该村的庞世杰带领的县水利局扶贫工作队和群众一起干出来的。\n")
    person = people["庞世杰"]
    assert (person.role, person.village, person.dispatch_unit) == ("team_leader", "石门村", "县水利局")


def test_the_village_next_door_is_no_village():
    text = "石门村把水厂建在隔壁村，与隔壁村共用。"
    assert [p.name for p in PlaceFinder(text).find(0, len(text)) if p.level == "village"] == ["石门村"]
