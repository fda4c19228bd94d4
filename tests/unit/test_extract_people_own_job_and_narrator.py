"""Cadres whose post is stated after something else about them: their own job set aside first (NAME除了在
某局上班，还兼任该村第一书记), a narrator who gives their name and then, in the next sentence, the posting
(我叫NAME，…。某年某月，被选派到某村，任第一书记), a work group's head written as its 领队. Sentences and
names made up for the test."""
from __future__ import annotations

import pytest

from tests.unit.extract_asserts import roles_and_villages


@pytest.mark.parametrize("sentence", [
    "石城县水利局干部芮远航来到该县洛口镇杨依村。芮远航除了在水利局上班，还兼任着该村的第一书记。",
    "芮远航除了水利局的本职工作以外，还兼任杨依村第一书记。",
])
def test_the_post_after_the_cadres_own_job(sentence: str) -> None:
    assert roles_and_villages("宁都讯 " + sentence)["芮远航"] == ("first_secretary", "杨依村")


def test_a_narrator_posted_in_the_sentence_after_the_name() -> None:
    text = "宁都讯 我叫芮远航，在赣州市文联工作。2020年秋天，被选派到石城县洛口镇杨依村，任第一书记。"
    assert roles_and_villages(text)["芮远航"] == ("first_secretary", "杨依村")


def test_someone_else_posted_after_the_narrator_is_not_the_narrator() -> None:
    text = "宁都讯 我叫芮远航，在赣州市文联工作。他被选派到石城县洛口镇杨依村，任第一书记。"
    assert "芮远航" not in roles_and_villages(text)


def test_a_work_groups_leader_written_as_its_lingdui() -> None:
    text = "宁都讯 赣州市统计局党组成员、驻村工作组领队芮远航说，杨依村今年新修了水渠。驻村工作队还帮村里修了路。"
    assert roles_and_villages(text)["芮远航"][0] == "team_leader"
