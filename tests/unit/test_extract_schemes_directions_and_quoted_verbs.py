"""Figures inside brackets opening with 即 (namely) explain a scheme's terms and are no facts; a village stem
ending in a direction the analyser reads as a locative (某某西|村) is still a village when it reads the direction
and 村 as a place; a verb of taking office in quotation marks (NAME“走马上任”某村第一书记) names the post. Every
sentence is made up for the test (real division names, invented villages, people and figures); none is taken
from a page.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one, people_by_name


def test_counts_explaining_a_schemes_terms_in_namely_brackets_are_no_facts():
    facts = facts_of("太原讯 全省推行“3+1”驻村办法（即县直部门派出3名干部组队，乡镇派出1名干部联络），"
                     "今年共选派驻村工作队员3600名。\n")
    assert not [f for f in facts if f.value in (1, 3)]
    assert one(facts, 3600).kind == "dispatch"


def test_a_village_whose_stem_ends_in_a_direction_is_read():
    facts = facts_of("平山县讯 石门村工作组帮助村里修路2公里。文官西村工作组牵头成立养蜂专业协会6个，带动了一批农户。\n")
    assert one(facts, 6).region == "文官西村"
    assert one(facts, 2).region == "石门村"


def test_a_quoted_verb_of_taking_office_names_the_post():
    person = people_by_name("北京讯 2017年4月，王建华“走马上任”怀柔区渤海镇石门村第一书记。\n")["王建华"]
    assert (person.role, person.village, person.start) == ("first_secretary", "石门村", "2017-04")
