"""Cadres listed one after another, each with a note in brackets right after the name (the unit and title, or the
sex and nation), then the posting (NAME（县某局干部）派驻某村任第一书记；NAME（县某局）派驻某村任第一书记): the bracket
stands between the name and its posting, and a unit in it is the cadre's dispatch unit. Every sentence is made
up for the test (real division names, invented villages and people); none is taken from a page.
"""
from __future__ import annotations

from tests.unit.extract_asserts import people_by_name, roles_and_villages

LISTED = ("楚雄讯 禄丰市今年轮换驻村第一书记。贺云峰（市林草局干部）派驻白鹭村任第一书记；"
          "沈佳怡（市住建局）派驻青松村任第一书记。\n")


def test_names_each_with_a_bracketed_unit_then_a_posting_are_read():
    assert roles_and_villages(LISTED) == {"贺云峰": ("first_secretary", "白鹭村"),
                                          "沈佳怡": ("first_secretary", "青松村")}


def test_the_unit_in_the_bracket_is_the_cadres_dispatch_unit():
    people = people_by_name(LISTED)
    assert (people["贺云峰"].dispatch_unit, people["沈佳怡"].dispatch_unit) == ("市林草局", "市住建局")


def test_a_bracket_of_sex_and_nation_stands_between_the_name_and_the_posting_too():
    people = people_by_name("楚雄讯 禄丰市今年轮换驻村第一书记。贺云峰（男，彝族）派驻白鹭村任第一书记。\n")
    assert (people["贺云峰"].role, people["贺云峰"].village, people["贺云峰"].dispatch_unit) == \
        ("first_secretary", "白鹭村", None)


def test_post_holders_counted_then_a_colon_are_read_each_opening_a_clause():
    people = roles_and_villages("宁海讯 二十年来，石门村先后有过五任驻村指导员：高立群盖起了文化礼堂；韩志远拓宽了环村路；"
                                "孔德明和罗晓峰把茶叶卖到了网上。\n")
    assert set(people) == {"高立群", "韩志远", "孔德明", "罗晓峰"}
    assert {village for _, village in people.values()} == {"石门村"}


def test_clauses_after_a_colon_with_no_count_before_the_post_name_no_one_more():
    people = roles_and_villages("宁海讯 石门村的驻村指导员：高立群建起了文化礼堂；韩志远修通了环村路。\n")
    assert "韩志远" not in people


def test_a_posting_written_with_renzhi_is_read():
    people = people_by_name("济宁讯 2020年秋，38岁的韩志远从山东省科技厅到石门村任职第一书记，一干就是三年。\n")
    assert (people["韩志远"].role, people["韩志远"].village, people["韩志远"].dispatch_unit) == \
        ("first_secretary", "石门村", "山东省科技厅")


def test_a_one_character_verb_after_a_two_character_name_is_no_part_of_it():
    people = roles_and_villages("潍坊讯 石门村的变化有目共睹。前年，第一书记韩剑用县里拨付的产业资金办起了食用菌大棚。\n")
    assert people == {"韩剑": ("first_secretary", "石门村")}


def test_a_narrator_introducing_himself_then_arriving_later_in_the_sentence_is_the_cadre():
    people = people_by_name("我叫韩志远，是省农科院的一名研究员，2021年4月来到甘肃省定西市岷县石门村担任第一书记，"
                            "到今年已经两年多了。\n")
    assert (people["韩志远"].role, people["韩志远"].village, people["韩志远"].start) == \
        ("first_secretary", "石门村", "2021-04")


def test_a_name_before_the_year_its_stay_in_a_village_began_is_a_stationed_cadre():
    people = roles_and_villages("红河县讯 韩志远同志自2019年驻石门村以来，走访了全村农户。石门村驻村工作队成绩突出。\n")
    assert people == {"韩志远": ("team_member", "石门村")}
