"""Cadres in lists: a list laid out one cadre a line (NAME, a wide gap, the unit, the village and the post closing the
line) keeps its lines, and each row's name goes with its own post and village, not with the post that closes the
line before it; a village's team made of names listed, each perhaps after its unit (某村驻村工作队由县某局NAME、
县某局NAME和NAME组成). Every line is made up for the test (real division names, invented villages and people);
none is taken from a page.
"""
from __future__ import annotations

from flows.reports.normalise import normalise
from tests.unit.extract_asserts import people_by_name, roles_and_villages

ROWS = ("文山讯 全县优秀驻村第一书记名单\n"
        "罗国栋  县水务局派驻岩脚村第一书记\n"
        "苏婉清  县民政局派驻龙潭村第一书记\n"
        "蒋志平  县林草局派驻新寨村第一书记\n")


def test_rows_laid_out_in_columns_keep_their_lines():
    assert normalise(ROWS).text.count("\n") >= 3


def test_each_row_names_its_own_village():
    assert roles_and_villages(ROWS) == {"罗国栋": ("first_secretary", "岩脚村"), "苏婉清": ("first_secretary", "龙潭村"),
                                        "蒋志平": ("first_secretary", "新寨村")}


def test_each_row_gives_its_unit():
    assert {name: p.dispatch_unit for name, p in people_by_name(ROWS).items()} == \
        {"罗国栋": "县水务局", "苏婉清": "县民政局", "蒋志平": "县林草局"}


def test_a_single_line_with_a_gap_after_two_characters_is_still_joined_as_body_text():
    text = "文山讯 县里选派的驻村第一书记罗国栋来到岩脚村以后，带领群众修通了\n通组路  还建起了合作社。\n"
    assert "修通了通组路" in normalise(text).text


def test_a_team_made_of_names_each_after_its_unit_is_the_villages():
    people = roles_and_villages("文山讯 岩脚村驻村工作队由县水务局罗国栋、县民政局苏婉清、县林草局蒋志平组成。\n")
    assert people == {name: ("team_member", "岩脚村") for name in ("罗国栋", "苏婉清", "蒋志平")}


def test_a_team_made_of_names_counted_after_them_is_the_villages():
    people = roles_and_villages("文山讯 岩脚村驻村工作队由罗国栋、苏婉清和蒋志平三名同志组成。\n")
    assert people == {name: ("team_member", "岩脚村") for name in ("罗国栋", "苏婉清", "蒋志平")}


def test_a_team_made_of_units_names_no_one():
    assert people_by_name("文山讯 岩脚村驻村工作队由县水务局、县民政局和县林草局三个单位的干部组成。\n") == {}
