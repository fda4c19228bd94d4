"""A cadre named at the opening of a sentence whose stay in the village closes a time clause right after the
name (NAME驻村后，…), the village taken from the sentences before; a given name ending in 书 the analyser reads
as one person's word before 驻村; a page header ending in one of its fields (来源：某网) is never joined to the body
line after it. Every sentence is made up for the test (real division names, invented villages, people and
figures); none is taken from a page.
"""
from __future__ import annotations

from flows.reports.normalise import normalise
from tests.unit.extract_asserts import people_by_name

STORY = ("平山县讯 县农业大学选派3名“第一书记”到岗南镇驻村。石门村原有道路为土路，进出很难。"
         "王振书驻村后，通过协调，争取40万元帮扶资金为村里硬化道路6000余米。王振书说，路通了，村民的心也通了。\n")


def test_a_name_opening_its_sentence_before_its_stay_is_a_cadre_of_the_village_before():
    person = people_by_name(STORY)["王振书"]
    assert (person.role, person.village) == ("first_secretary", "石门村")


def test_a_name_written_once_before_its_stay_is_not_enough():
    text = "平山县讯 县农业大学选派3名“第一书记”到岗南镇驻村。石门村原有道路为土路。王振书驻村后，争取资金修了路。\n"
    assert "王振书" not in people_by_name(text)


def test_a_header_ending_in_its_source_field_is_not_joined_to_the_body():
    text = normalise("开渠筑路解民生难题驻村工作队帮村里修通了路2023-05-0112:00:00作者:李泽来源:平山新闻网\n"
                     "石门村原有道路为传统土路，每到秋收，车辆进出成了难题，驻村工作队想办法修路。\n").text
    assert "平山新闻网\n石门村" in text
