"""A cadre named at the opening of a sentence whose stay in the village closes a time clause right after the
name (NAME驻村后，…), the village taken from the sentences before; a given name ending in 书 the analyser reads
as one person's word before 驻村; a page header ending in one of its fields (来源：某网) is never joined to the body
line after it. Every sentence is made up for the test (real division names, invented villages, people and
figures); none is taken from a page.
"""
from __future__ import annotations

from flows.reports.normalise import normalise
from tests.unit.extract_asserts import people_by_name

STORY = ("平山县讯 县职业学院选派3名“第一书记”到岗南镇驻村。石门村过去缺水，庄稼常年靠天吃饭。"
         "王振书驻村后，多方奔走，跑来25万元资金打了两眼机井。王振书说，有了水，心里就踏实了。\n")


def test_a_name_opening_its_sentence_before_its_stay_is_a_cadre_of_the_village_before():
    person = people_by_name(STORY)["王振书"]
    assert (person.role, person.village) == ("first_secretary", "石门村")


def test_a_name_written_once_before_its_stay_is_not_enough():
    text = "平山县讯 县职业学院选派3名“第一书记”到岗南镇驻村。石门村过去缺水。王振书驻村后，跑来资金打了机井。\n"
    assert "王振书" not in people_by_name(text)


def test_a_header_ending_in_its_source_field_is_not_joined_to_the_body():
    text = normalise("打井引水解决吃水难题驻村工作队为村民办实事2022-08-0209:30:00作者:王平来源:平山新闻网\n"
                     "石门村过去吃水要到三里外挑，工作队来了以后，决定先解决吃水问题。\n").text
    assert "平山新闻网\n石门村" in text
