"""A cadre's name set off from the post before it: by a dash (某村第一书记——NAME), or opening the clause after
the post the cadre acts as (作为某村第一书记，NAME…); a given name closing on 中 before 的 (队长某某中的党课),
which the analyser reads as the locative 中的; a unit introduced by 这是 (这是某局驻某村第一书记NAME) without
the words that introduce it. Every sentence and name is made up for the test.
"""
from __future__ import annotations

from tests.unit.extract_asserts import people_by_name, roles_and_villages

OPENING = "宁都讯 宁都县洛口镇杨依村驻村工作队扎实开展帮扶。"


def test_name_after_a_dash_closing_the_post():
    found = roles_and_villages(OPENING + "她就是宁都县洛口镇洋坑村第一书记——芮晓岚。")
    assert found.get("芮晓岚") == ("first_secretary", "洋坑村")


def test_name_opening_the_clause_after_the_post_acted_as():
    for gap in ("，", " , "):
        found = roles_and_villages(OPENING + f"作为杨依村第一书记{gap}柏章福和村干部带领农户连夜防寒。")
        assert found.get("柏章福") == ("first_secretary", "杨依村"), gap


def test_no_name_read_from_a_pronoun_or_verb_after_the_post_acted_as():
    found = people_by_name(OPENING + "作为第一书记，必须带头干。作为第一书记，他带头干。")
    assert found == {}


def test_given_name_closing_on_zhong_before_de():
    found = people_by_name(OPENING + "这是宁都县交通局驻洛口镇杨依村第一书记、工作队长芮远中的讲话稿。")
    assert "芮远中" in found and "芮远" not in found
    assert found["芮远中"].dispatch_unit == "宁都县交通局"
