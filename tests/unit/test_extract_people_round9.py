"""People named in reports, round 9 classes: names listed right after a dispatch verb and counted, then the post
they take (两位“第一书记”) or the team they form (3名骨干组成工作队); a team's possessive before a word that is no name.
Every sentence here is made up for the test (invented names, villages and units); none is taken from a real page.
"""
from __future__ import annotations

import pytest

from flows.reports.extract import extract_text


def _people(text: str) -> dict:
    return {p.name: (p.role, p.village) for p in extract_text(text).people}


@pytest.mark.parametrize("post", ["两位第一书记", "两位“第一书记”", "两名驻村第一书记"])
def test_names_sent_and_counted_take_the_post_written_after_the_count(post):
    text = f"今年5月，市交通局选派张文海、李春林{post}驻村帮扶，两人很快进入角色。"
    assert _people(text) == {"张文海": ("first_secretary", None), "李春林": ("first_secretary", None)}


def test_names_sent_and_counted_that_form_a_team_are_its_members_in_the_one_village_named():
    text = "今年5月，市医院选派张文海、李春林、王小梅3名骨干组成工作队，进驻青石县柳树镇石门村开展帮扶。"
    assert {n: r for n, (r, _) in _people(text).items()} == dict.fromkeys(["张文海", "李春林", "王小梅"], "team_member")
    assert {v for _, v in _people(text).values()} == {"石门村"}


def test_names_sent_but_not_as_many_as_the_count_name_no_one():
    assert _people("今年5月，市交通局选派张文海、李春林三位第一书记驻村帮扶。") == {}


@pytest.mark.parametrize("text", ["这些变化离不开驻村工作队的辛勤付出。", "石门村驻村工作队的关怀让村民很感动。"])
def test_an_ordinary_word_the_analyser_tags_as_a_person_s_after_a_team_s_possessive_is_no_name(text):
    assert _people(text) == {}


def test_a_name_after_a_team_s_possessive_is_still_its_member():
    assert _people("市交通局驻石门村工作队的张文海每天走访农户。") == {"张文海": ("team_member", "石门村")}
