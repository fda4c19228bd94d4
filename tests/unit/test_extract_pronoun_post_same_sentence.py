"""A name opening a sentence and a later clause of the same sentence opened by 他是/她是 with the post (NAME已从新面孔
变成老熟人，他是某局驻某村第一书记): the post is that name's, as when the name stands in the sentence before. The
name must be written more than once on the page, as for a post pointing back. Every sentence is made up for the
test: invented places and names.
"""
from __future__ import annotations

from tests.unit.extract_asserts import roles_and_villages

OPENING = "宁都讯 近日，宁都县洛口镇杨依村很热闹。"


def test_name_then_pronoun_and_post_in_the_same_sentence():
    people = roles_and_villages(OPENING + "忙着招呼乡亲的芮远航，早已成了熟面孔，他是石城县税务局驻杨依村第一书记。"
                                          "芮远航说，要把产业做强。")
    assert people.get("芮远航") == ("first_secretary", "杨依村")


def test_a_name_written_once_is_not_taken():
    people = roles_and_villages(OPENING + "忙着招呼乡亲的芮远航，早已成了熟面孔，他是石城县税务局驻杨依村第一书记。")
    assert "芮远航" not in people
