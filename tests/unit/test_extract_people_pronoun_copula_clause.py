"""A cadre named in one sentence and given the post in a later clause of the next, opened by a pronoun and the
copula (…来自外县，她是某村的驻村第一书记): people.PRONOUN_COPULA_CLAUSE, read by _demonstrative_post.
Every sentence is made up for the test: invented names and places.
"""
from __future__ import annotations

from tests.unit.extract_asserts import roles_and_villages


def test_the_post_in_a_later_clause_opened_by_she_is_is_the_cadres_named_before():
    text = ("赣州讯 宁都县黄陂镇杨依村，芮晓岚逐户核对信息。芮晓岚原是一名小学教师，她是杨依村的驻村第一书记。")
    assert roles_and_villages(text) == {"芮晓岚": ("first_secretary", "杨依村")}


def test_a_pronoun_clause_naming_the_helper_of_a_post_gives_no_cadre():
    text = "赣州讯 宁都县黄陂镇杨依村，芮晓岚逐户核对信息。芮晓岚笑着说，她是驻村第一书记的帮手。"
    assert "芮晓岚" not in roles_and_villages(text)
